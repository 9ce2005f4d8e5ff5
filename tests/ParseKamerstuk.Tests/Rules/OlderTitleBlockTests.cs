using System.Text;
using ParseKamerstuk.Model;

namespace ParseKamerstuk.Tests.Rules;

/// <summary>The session line of title blocks printed 1950–1995, as OCR gives it: made-up pages of that form.</summary>
public sealed class OlderTitleBlockTests
{
    private static KamerstukDocument Parse(string text) => KamerstukParser.Parse(Encoding.UTF8.GetBytes(text), "pagina.txt");

    [Theory]
    [InlineData("Zitting 1982-1983 Nr. 139c", "1982-1983", "139c")]
    [InlineData("Vergaderjaar 1993-1994 Nr. 358a", "1993-1994", "358a")]
    [InlineData("Zitting 1982-1983 Nr.l", "1982-1983", "1")]
    [InlineData("Zitting 1982-1983 Nr. l2", "1982-1983", "12")]
    public void The_stuk_number_on_the_session_line_comes_before_the_dossiers(string sessionLine, string vergaderjaar, string ondernummer)
    {
        var document = Parse($"""
            Eerste Kamer der Staten-Generaal
            {sessionLine}
            17 800
            Nadere wijziging van de Wet Werkloosheidsvoorziening
            EINDVERSLAG VAN DE VASTE COMMISSIE VOOR SOCIALE ZAKEN
            Vastgesteld 10 juni 1983
            De commissie heeft het wetsvoorstel besproken en acht het voldoende voorbereid.
            """);

        Assert.Equal((vergaderjaar, ondernummer), (document.Vergaderjaar, document.Ondernummer));
        var dossier = Assert.Single(document.Dossiers);
        Assert.Equal(("17800", "Nadere wijziging van de Wet Werkloosheidsvoorziening"), (dossier.Number, dossier.Title));
        Assert.Equal("kst-17800-" + ondernummer, document.Identifier);
        Assert.Equal("EINDVERSLAG VAN DE VASTE COMMISSIE VOOR SOCIALE ZAKEN", document.Title);
    }

    [Fact]
    public void The_dossiers_on_the_session_line_are_the_documents_dossiers()
    {
        var document = Parse("""
            ZITTING 1962—1963 — 7100, 7100 B
            Vaststelling van de begroting van het Ministerie van Verkeer
            VOORLOPIG VERSLAG
            Nr. 5
            De commissie heeft de begroting onderzocht.
            """);

        Assert.Equal("1962-1963", document.Vergaderjaar);
        Assert.Equal([("7100", null), ("7100", "B")], document.Dossiers.Select(d => (d.Number, d.Suffix)));
        Assert.Equal("Vaststelling van de begroting van het Ministerie van Verkeer", document.Dossiers[0].Title);
        Assert.Equal("5", document.Ondernummer);
    }

    [Fact]
    public void A_one_year_session_is_its_vergaderjaar_as_printed()
    {
        // An extraordinary session after an election: "Zitting 1977".
        var document = Parse("""
            Tweede Kamer der Staten-Generaal
            Zitting 1977
            14 632
            Regelen inzake de Postbank (Postbankwet)
            Nr. 4
            MEMORIE VAN ANTWOORD
            De ondergetekende heeft met belangstelling kennis genomen van het verslag.
            """);

        Assert.Equal("1977", document.Vergaderjaar);
        Assert.Equal("kst-14632-4", document.Identifier);
    }

    [Fact]
    public void The_dossier_after_a_dash_on_the_session_line()
    {
        var document = Parse("""
            Tweede Kamer der Staten-Generaal
            Zitting 1971-1972 - 11 500
            Nr. 12
            NOTA NAAR AANLEIDING VAN HET EINDVERSLAG
            De ondergetekende dankt de commissie voor haar verslag.
            """);

        Assert.Equal(("1971-1972", "11500"), (document.Vergaderjaar, Assert.Single(document.Dossiers).Number));
    }
}
