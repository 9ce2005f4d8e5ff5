using CsCheck;
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
    public void Joining_into_a_builder_gives_what_joining_strings_gives()
    {
        // Lines made of words that break, compound, suspend, dash and address in every way the rules know.
        string[] words = ["ont-", "wikkelings-", "samenwerking", "toe-", "dan", "VN-", "bureau", "100-", "brief", "–", "zee-", "egel",
            "https://", "www.movisie.nl/", "GroenLinks-", "PvdA", "-", "a", "ONTWIKKELINGSSAMEN-", "WERKING", "lhbti-", "gemeenschap"];
        var dehyphenator = new Dehyphenator(["de lhbti-gemeenschap en de ontwikkelingssamenwerking"]);
        Gen.Int[0, words.Length - 1].Array[0, 3].Select(ix => string.Join(' ', ix.Select(i => words[i]))).Array[1, 6]
            .Sample(lines =>
            {
                var joined = lines.Aggregate(string.Empty, (text, line) => text.Length == 0 ? line : dehyphenator.Join(text, line));
                var builder = new System.Text.StringBuilder();
                foreach (var line in lines)
                {
                    dehyphenator.JoinInto(builder, line);
                }

                Assert.Equal(joined, builder.ToString());
            }, iter: 20_000);
    }
}
