using System.Text;
using ParseKamerstuk.Diagnostics;
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

    [Fact]
    public void The_dash_before_the_dossier_may_touch_it_and_the_number_may_follow_the_title()
    {
        // OCR gives "-10 973"; the older print sets "Nr. 6" under the title, which may carry its date in parentheses.
        var document = Parse("""
            Zitting 1970-1971 -10 973
            Wijziging van de Kleuteronderwijswet
            MEMORIE VAN ANTWOORD (Ingezonden bij brief van 16 december 1970)
            Nr. 6
            De ondergetekende is de commissie erkentelijk voor haar verslag.
            """);

        Assert.Equal(("1970-1971", "kst-10973-6"), (document.Vergaderjaar, document.Identifier));
        Assert.Equal("Wijziging van de Kleuteronderwijswet", Assert.Single(document.Dossiers).Title);
        Assert.Equal(("MEMORIE VAN ANTWOORD", DocumentType.MemorieVanAntwoord), (document.Title, document.DocumentType));
    }

    [Fact]
    public void A_budget_chapter_on_its_own_line_is_the_dossiers_suffix()
    {
        var document = Parse("""
            Tweede Kamer der Staten-Generaal
            Zitting 1985-1986
            Rijksbegroting voor het jaar 1986
            18 600
            Hoofdstuk VII Ministerie van Binnenlandse Zaken
            Nr. 12
            VERSLAG HOUDENDE EEN LIJST VAN VRAGEN EN ANTWOORDEN
            De vaste Commissie voor Binnenlandse Zaken heeft vragen gesteld.
            """);

        Assert.Equal("kst-18600-VII-12", document.Identifier);
        var dossier = Assert.Single(document.Dossiers);
        Assert.Equal(("18600", "VII", "Hoofdstuk VII Ministerie van Binnenlandse Zaken"), (dossier.Number, dossier.Suffix, dossier.Title));
    }

    [Fact]
    public void A_stuk_on_two_budget_chapters_belongs_to_both()
    {
        var document = Parse("""
            Tweede Kamer der Staten-Generaal
            Vergaderjaar 1988-1989
            Rijksbegroting voor het jaar 1989
            20 800
            Hoofdstuk V Ministerie van Buitenlandse Zaken Hoofdstuk X Ministerie van Defensie
            Nr. 131
            MOTIE VAN DE LEDEN JANSEN EN DE VRIES
            De Kamer, gehoord de beraadslaging, verzoekt de regering de steun voort te zetten, en gaat over tot de orde van de dag.
            """);

        Assert.Equal("kst-20800-V-131", document.Identifier);
        Assert.Equal(
            [("20800", "V", "Hoofdstuk V Ministerie van Buitenlandse Zaken"), ("20800", "X", "Hoofdstuk X Ministerie van Defensie")],
            document.Dossiers.Select(d => (d.Number, d.Suffix, d.Title)));
    }

    [Theory]
    [InlineData("Tweede Kamer, zitting 1985-1986, 19 300 hoofdstuk XI, nr. 33", "kst-19300-XI-33", "1985-1986")]
    [InlineData("Tweede Kamer, vergaderjaar 1988-1989, 20 800 hfdst. XI, nr. 33", "kst-20800-XI-33", "1988-1989")]
    [InlineData("Tweede Kamer, zitting 1977, 14 500, nr. 1", "kst-14500-1", "1977")]
    public void The_footer_names_the_chapter_and_a_one_year_session(string footer, string identifier, string vergaderjaar)
    {
        // The number under the title is unreadable OCR ("Nr. I"), so the footer gives the identity.
        var document = Parse($"""
            Tweede Kamer der Staten-Generaal
            Nr. I
            BRIEF VAN DE MINISTER VAN BINNENLANDSE ZAKEN
            Aan de Voorzitter van de Tweede Kamer der Staten-Generaal
            Hierbij bied ik u de nota aan.
            {footer}
            """);

        Assert.Equal((identifier, vergaderjaar), (document.Identifier, document.Vergaderjaar));
    }

    [Fact]
    public void Where_footer_and_heading_disagree_on_the_dossier_the_heading_wins()
    {
        var document = Parse("""
            Tweede Kamer der Staten-Generaal
            Zitting 1980-1981
            16 625
            Regels inzake de Postbank
            Nr. 7
            NOTA VAN WIJZIGING
            Het voorstel van wet wordt als volgt gewijzigd.
            Tweede Kamer, zitting 1980-1981, 16 652, nr. 7
            """);

        Assert.Equal("kst-16625-7", document.Identifier);
        Assert.Contains(document.Diagnostics, d => d.Code == DiagnosticCodes.IdentityConflict && d.Message.Contains("the title block is used", StringComparison.Ordinal));
    }

    [Fact]
    public void A_heading_without_the_chapter_the_footer_prints_does_not_disagree_with_it()
    {
        var document = Parse("""
            Tweede Kamer der Staten-Generaal
            Zitting 1982-1983
            Rijksbegroting voor het jaar 1983
            17 600
            Begroting van uitgaven
            Nr. 1
            MEMORIE VAN TOELICHTING
            De begroting wordt hierbij toegelicht.
            Tweede Kamer, zitting 1982-1983, 17 600 hoofdstuk IV, nr. 1
            """);

        Assert.Equal("kst-17600-IV-1", document.Identifier);
        Assert.DoesNotContain(document.Diagnostics, d => d.Code == DiagnosticCodes.IdentityConflict);
    }

    [Fact]
    public void The_printers_line_repeating_the_dossier_adds_none_and_a_starred_number_is_read()
    {
        var document = Parse("""
            Zitting 1972-1973 -12 000
            RIJKSBEGROTING VOOR HET DIENSTJAAR 1973
            VERSLAG
            Nr. 10*)
            De vaste Commissie voor Sociale Zaken heeft de eer verslag uit te brengen.
            12 000 XV, XVIII 10
            """);

        Assert.Equal(("kst-12000-10", "12000"), (document.Identifier, Assert.Single(document.Dossiers).Number));
    }

    [Theory]
    [InlineData("Zitting 1973-1974 Aanhangsel", "1973-1974")]
    [InlineData("Tweede Kamer, zitting 1974-1975, Aanhangsel", "1974-1975")]
    [InlineData("Zitting 1972 Aanhangsel", "1972")]
    public void The_older_Aanhangsel_foot_gives_its_session(string foot, string vergaderjaar)
    {
        var document = Parse($"""
            435. VRAGEN van het lid Jansen over de aankoop van vruchten. (Ingezonden 2 september 1974)
            1. Is het waar dat de regering deze aankoop steunt?
            ANTWOORD van de Minister van Economische Zaken. (Ontvangen 20 september 1974)
            1. De vraag wordt ontkennend beantwoord.
            {foot}
            """);

        Assert.Equal((vergaderjaar, "aanhangsel"), (document.Vergaderjaar, document.Publication));
        Assert.Null(document.Identifier); // the Aanhangsel's number is not on the page
    }

    [Theory]
    [InlineData("Zitting 1970-1971 -10 983 (R 758)", new[] { "10983" })]
    [InlineData("Zitting 1969-1970-9716", new[] { "9716" })]
    [InlineData("Zitting 1972-1973 -12 137, 12 138 en 12 247 (R886)", new[] { "12137", "12138", "12247" })]
    public void Session_lines_name_rijkswetten_and_lists_of_dossiers(string sessionLine, string[] dossiers)
    {
        var document = Parse($"""
            {sessionLine}
            Goedkeuring van het op 5 mei 1970 gesloten verdrag
            VERSLAG
            Nr. 5
            De commissie heeft het wetsontwerp onderzocht.
            """);

        Assert.Equal(dossiers, document.Dossiers.Select(d => d.Number));
        Assert.Equal("5", document.Ondernummer);
    }

    [Fact]
    public void A_dossier_number_at_the_end_of_a_title_line_is_the_next_dossier()
    {
        var document = Parse("""
            Tweede Kamer der Staten-Generaal
            Zitting 1978-1979
            14 472
            Goedkeuring van het op 5 mei 1976 te Brussel gesloten Verdrag 15 451
            Verlenging van de termijn van de Wet op de Rijksbegroting
            Nr. 3
            MEMORIE VAN TOELICHTING
            Het verdrag regelt de samenwerking van de lidstaten.
            """);

        Assert.Equal(
            [("14472", "Goedkeuring van het op 5 mei 1976 te Brussel gesloten Verdrag"), ("15451", "Verlenging van de termijn van de Wet op de Rijksbegroting")],
            document.Dossiers.Select(d => (d.Number, d.Title)));
        Assert.Equal("kst-14472-3", document.Identifier);
    }
}
