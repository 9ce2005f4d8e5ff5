using ParseKamerstuk.Text;

namespace ParseKamerstuk.Tests.Text;

public sealed class DehyphenatorTests
{
    [Theory]
    [InlineData("van de Voortgangs-", "rapportage van de Nederlandse", "van de Voortgangsrapportage van de Nederlandse")]
    [InlineData("Ontwikkelingssamen-", "werking (BDO)", "Ontwikkelingssamenwerking (BDO)")]
    [InlineData("niveau (intensi-", "teit) te specificeren", "niveau (intensiteit) te specificeren")]
    [InlineData("recentelijk zijn toe-", "dan wel afgenomen?", "recentelijk zijn toe- dan wel afgenomen?")]
    [InlineData("terugkeer van Syrië-", "en Irakstrijders", "terugkeer van Syrië- en Irakstrijders")]
    [InlineData("in de artikel 100-", "brief van 11 september", "in de artikel 100-brief van 11 september")]
    [InlineData("de leden van GroenLinks-", "PvdA vragen", "de leden van GroenLinks-PvdA vragen")]
    [InlineData("Het VN-", "bureau voor", "Het VN-bureau voor")]
    [InlineData("ONTWIKKELINGSSAMEN-", "WERKING", "ONTWIKKELINGSSAMENWERKING")]
    [InlineData("een zee-", "egel", "een zee-egel")]
    [InlineData("kosten –", "en baten", "kosten – en baten")]
    public void Joins_lines_as_Dutch_typesetting_means_them(string left, string right, string expected)
    {
        Assert.Equal(expected, Dehyphenator.Plain.Join(left, right));
    }

    [Fact]
    public void The_documents_own_spelling_wins()
    {
        // Given a document that writes "lhbti-gemeenschap" with a hyphen elsewhere
        var dehyphenator = new Dehyphenator(["de lhbti-gemeenschap is bezorgd"]);

        // When the word is broken at the hyphen
        var joined = dehyphenator.Join("voor de lhbti-", "gemeenschap");

        // Then the hyphen stays
        Assert.Equal("voor de lhbti-gemeenschap", joined);
    }

    [Fact]
    public void A_word_broken_over_three_lines_is_joined_whole()
    {
        SourceLine[] lines = [new("de ont-", 1), new("wikkelings-", 1), new("samenwerking en https://", 1), new("www.movisie.nl/ziet", 1)];
        Assert.Equal("de ontwikkelingssamenwerking en https://www.movisie.nl/ziet", Paragraph.JoinLines(lines, Dehyphenator.Plain));
    }
}
