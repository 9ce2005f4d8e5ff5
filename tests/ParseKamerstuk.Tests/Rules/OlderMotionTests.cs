using ParseKamerstuk.Model;

namespace ParseKamerstuk.Tests.Rules;

/// <summary>Moties of the older print: a comma after the participle, the title and <c>De Kamer,</c> on one line.</summary>
public sealed class OlderMotionTests
{
    private static KamerstukDocument Parse(string text) => KamerstukParser.Parse(System.Text.Encoding.UTF8.GetBytes(text), "motie.txt");

    [Fact]
    public void A_motie_with_commas_and_the_title_on_the_line_of_De_Kamer_is_read()
    {
        var document = Parse("""
            Tweede Kamer der Staten-Generaal

            Vergaderjaar 1986-1987

            19 700

            Nr. 23

            MOTIE VAN DE LEDEN KOSTERS EN VAN DAM Voorgesteld 12 november 1986 De Kamer,
            gehoord de beraadslaging;
            overwegende, dat de uitgaven voor het onderhoud van de dijken achterblijven;
            van oordeel, dat dit de veiligheid op termijn aantast;
            verzoekt de Regering, in de begroting voor 1988 de middelen daarvoor te verhogen,
            en gaat over tot de orde van de dag.
            Kosters Van Dam
            """);

        var motion = document.Motion;
        Assert.NotNull(motion);
        Assert.Equal(2, motion.Considerations.Count);
        Assert.StartsWith("verzoekt de Regering, in de begroting", Assert.Single(motion.Requests), StringComparison.Ordinal);
        Assert.Equal(["Kosters", "Van Dam"], motion.Submitters.Select(s => s.Name));
        Assert.DoesNotContain(document.Diagnostics, d => d.Code == "PK1005");
    }

    [Fact]
    public void A_motie_of_before_the_war_runs_its_first_consideration_on()
    {
        var document = Parse("""
            MOTIE VAN DEN HEER DE BOER C.S. Voorgesteld 4 December 1925.

            De Kamer, van oordeel, dat de wedden van het personeel der posterijen onvoldoende zijn, noodigt de Regeering uit, daarin te voorzien, en gaat over tot de orde van den dag.
            """);

        var motion = document.Motion;
        Assert.NotNull(motion);
        Assert.StartsWith("van oordeel, dat de wedden", Assert.Single(motion.Considerations), StringComparison.Ordinal);
        Assert.StartsWith("noodigt de Regeering uit", Assert.Single(motion.Requests), StringComparison.Ordinal);
    }

    [Fact]
    public void A_motie_whose_text_cannot_be_read_says_so()
    {
        var document = Parse("""
            Tweede Kamer der Staten-Generaal

            Vergaderjaar 1986-1987

            19 700

            Nr. 24

            MOTIE VAN HET LID KOSTERS

            Voorgesteld 12 november 1986

            [De tekst van deze motie is onleesbaar.]
            """);

        Assert.Equal(DocumentType.Motie, document.DocumentType);
        Assert.Null(document.Motion);
        Assert.Contains(document.Diagnostics, d => d.Code == "PK1005");
    }
}
