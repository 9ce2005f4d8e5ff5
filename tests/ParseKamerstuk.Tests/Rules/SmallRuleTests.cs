using ParseKamerstuk.Model;
using ParseKamerstuk.Segmentation;
using ParseKamerstuk.Segmentation.Rules;

namespace ParseKamerstuk.Tests.Rules;

public sealed class SignatureRuleTests
{
    [Theory]
    [InlineData("De Minister van Buitenlandse Zaken, S.A. Blok", "Minister van Buitenlandse Zaken", "S.A. Blok")]
    [InlineData("Voorzitter van de vaste commissie voor Buitenlandse Zaken, Defensie en Ontwikkelingssamenwerking, J.G. Vlietstra",
        "Voorzitter van de vaste commissie voor Buitenlandse Zaken, Defensie en Ontwikkelingssamenwerking", "J.G. Vlietstra")]
    [InlineData("De griffier van de vaste commissie voor Buitenlandse Zaken, Defensie en Ontwikkelingssamenwerking, Van Luijk",
        "Griffier van de vaste commissie voor Buitenlandse Zaken, Defensie en Ontwikkelingssamenwerking", "Van Luijk")]
    [InlineData("De Griffier van de Commissie, mw. Dijkstra-Liesveld", "Griffier van de Commissie", "mw. Dijkstra-Liesveld")]
    [InlineData("De Staatssecretaris van Justitie en Veiligheid, E. van der Burg", "Staatssecretaris van Justitie en Veiligheid", "E. van der Burg")]
    public void Reads_function_and_name(string text, string function, string name)
    {
        Assert.True(SignatureRule.TryRead(text, out var signatory));
        Assert.Equal(function, signatory.Function);
        Assert.Equal(name, signatory.Name);
    }

    [Theory]
    [InlineData("De Minister heeft op 8 mei 2018 gereageerd.")]
    [InlineData("De Minister van Buitenlandse Zaken, die hierover schreef, gaat op reis.")]
    public void Leaves_sentences_alone(string text)
    {
        Assert.False(SignatureRule.TryRead(text, out _));
    }
}

/// <summary>A ministry's letter (a Kamerbrief): letter head without "Aan", "Datum … Betreft …", a signature in capitals.</summary>
public sealed class MinistryLetterTests
{
    private const string Letter = """
        > Retouradres Postbus 20901 2500 EX Den Haag

        De voorzitter van de Tweede Kamer der Staten-Generaal
        Postbus 20018
        2500 EA DEN HAAG

        Datum 18 oktober 2023 Betreft Verzamelbrief luchtvaart

        Geachte voorzitter,

        Met deze brief wordt u geïnformeerd over de voortgang op een viertal onderwerpen.

        Hoogachtend,

        DE MINISTER VAN INFRASTRUCTUUR EN WATERSTAAT,

        Mark Harbers
        """;

    [Fact]
    public void Addressee_date_and_signature_of_the_letter_head_are_read()
    {
        var document = KamerstukParser.Parse(System.Text.Encoding.UTF8.GetBytes(Letter), "brief.txt");

        var letter = Assert.Single(document.Letters);
        Assert.Equal("Voorzitter van de Tweede Kamer der Staten-Generaal", letter.Addressee);
        Assert.Equal(new DateOnly(2023, 10, 18), letter.Date);
        Assert.Equal(new Model.Signatory("Minister van Infrastructuur en Waterstaat", "Mark Harbers"), Assert.Single(letter.Signatories));
        Assert.Equal(Chamber.TweedeKamer, document.Chamber);
        Assert.Equal(((DocumentType?)DocumentType.Brief, "brief"), (document.DocumentType, document.Publication));
    }

    [Theory]
    [InlineData("'\ns-Gravenhage, 9 november 1994", "'s-Gravenhage", "1994-11-09")] // OCR puts the apostrophe on a line of its own
    [InlineData("'s-Gravenhage, 16juni 1993", "'s-Gravenhage", "1993-06-16")]
    [InlineData("Rijswijk, 15 mei 1990", "Rijswijk", "1990-05-15")]
    [InlineData("Rijswijk, 17 november 1988 Ter voldoening aan mijn toezegging zend ik u het overzicht.", "Rijswijk", "1988-11-17")] // run on
    public void The_place_and_date_line_as_OCR_gives_it(string line, string place, string date)
    {
        var document = KamerstukParser.Parse(System.Text.Encoding.UTF8.GetBytes($"BRIEF VAN DE MINISTER VAN FINANCIËN\n\nAan de Voorzitter van de Tweede Kamer der Staten-Generaal\n\n{line}\n\nHierbij zend ik u de nota.\n"), "brief.txt");

        var letter = Assert.Single(document.Letters);
        Assert.Equal((place, date), (letter.Place, letter.Date?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Theory]
    [InlineData("DE STAATSSECRETARIS VAN ONDERWIJS, CULTUUR EN WETENSCHAP,", "Hugo de Jonge", "Staatssecretaris van Onderwijs, Cultuur en Wetenschap")]
    [InlineData("DE MINISTER VOOR ARMOEDEBELEID, PARTICIPATIE EN PENSIOENEN,", "Dilan Yeşilgöz-Zegerius", "Minister voor Armoedebeleid, Participatie en Pensioenen")]
    [InlineData("De minister van Justitie en Veiligheid,", "Dilan Yeşilgöz-Zegerius", "Minister van Justitie en Veiligheid")]
    public void A_function_line_and_a_name_written_out_are_a_signature(string function, string name, string expected)
    {
        var document = KamerstukParser.Parse(System.Text.Encoding.UTF8.GetBytes($"Geachte voorzitter,\n\nHierbij bied ik u de brief aan.\n\nHoogachtend,\n\n{function}\n\n{name}\n"), "brief.txt");

        Assert.Equal(new Model.Signatory(expected, name), Assert.Single(Assert.Single(document.Letters).Signatories));
    }
}

public sealed class OnBehalfOfReaderTests
{
    [Fact]
    public void Splits_office_holders_but_not_the_en_inside_an_office()
    {
        Assert.Equal(
            ["Minister van Defensie", "Minister voor Buitenlandse Handel en Ontwikkelingssamenwerking"],
            OnBehalfOfReader.Read("Middels deze brief geef ik, mede namens de Minister van Defensie en de Minister voor Buitenlandse Handel en Ontwikkelingssamenwerking, antwoord op de nadere vragen"));
    }

    [Fact]
    public void Reads_a_comma_list()
    {
        Assert.Equal(
            ["Minister van Justitie en Veiligheid", "Minister van Financiën", "Staatssecretaris van Economische Zaken"],
            OnBehalfOfReader.Read("Hierbij bied ik u, mede namens de Minister van Justitie en Veiligheid, de Minister van Financiën en de Staatssecretaris van Economische Zaken, de antwoorden aan."));
    }

    [Fact]
    public void An_office_ends_before_its_abbreviation_or_the_rest_of_the_sentence()
    {
        Assert.Equal(
            ["minister van Sociale Zaken en Werkgelegenheid"],
            OnBehalfOfReader.Read("Deze brief stuur ik u mede namens de minister van Sociale Zaken en Werkgelegenheid (SZW) in verband met de motie van het lid De Hoop."));
        Assert.Equal(
            ["Minister van Financiën"],
            OnBehalfOfReader.Read("Ik schrijf u mede namens de Minister van Financiën over de stand van zaken."));
    }

    [Fact]
    public void Finds_nothing_without_mede_namens()
    {
        Assert.Empty(OnBehalfOfReader.Read("Hierbij bied ik u de antwoorden aan."));
    }
}

public sealed class ReferenceReaderTests
{
    [Theory]
    [InlineData("(Kamerstuk 27 925 Q) is ISIS", "Kamerstuk 27 925 Q", "kst-27925-Q", null)]
    [InlineData("(Tweede Kamerstuk 27 925 nr. 615), de", "Tweede Kamerstuk 27 925 nr. 615", "kst-27925-615", "tweede-kamer")]
    [InlineData("zie Kamerstukken II 2017/18, 36 600 XIII, nr. 71.", "Kamerstukken II 2017/18, 36 600 XIII, nr. 71", "kst-36600-XIII-71", "tweede-kamer")]
    [InlineData("Kamerstukken I 2016/17, 34 550, C", "Kamerstukken I 2016/17, 34 550, C", "kst-34550-C", "eerste-kamer")]
    [InlineData("Kamerstuk 21 501-02, nr. 2000", "Kamerstuk 21 501-02, nr. 2000", "kst-21501-02-2000", null)]
    [InlineData("Handelingen II 2017/18, nr. 60, item 4", "Handelingen II 2017/18, nr. 60, item 4", "h-tk-20172018-60-4", "tweede-kamer")]
    [InlineData("Aanhangsel Handelingen II 2023/24, nr. 1314", "Aanhangsel Handelingen II 2023/24, nr. 1314", "ah-tk-20232024-1314", "tweede-kamer")]
    [InlineData("Zie ook Aanhangsel Handelingen, vergaderjaar 2022–2023, 1412.", "Aanhangsel Handelingen, vergaderjaar 2022–2023, 1412", "ah-tk-20222023-1412", null)]
    [InlineData("Handelingen II, vergaderjaar 2021–2022, nr. 40", "Handelingen II, vergaderjaar 2021–2022, nr. 40", "h-tk-20212022-40", "tweede-kamer")]
    public void Gives_canonical_identifiers(string text, string reference, string identifier, string? chamber)
    {
        var found = ReferenceReader.Read(text).First();
        Assert.Equal(reference, found.Text);
        Assert.Equal(identifier, found.Identifier);
        Assert.Equal(chamber, found.Chamber?.Name());
    }
}

public sealed class IdentityRuleTests
{
    [Theory]
    [InlineData("Eerste Kamer, vergaderjaar 2017–2018, 27 925, R", "kst-27925-R", "eerste-kamer", "2017-2018", "R")]
    [InlineData("Tweede Kamer, vergaderjaar 1992-1993, 22 396, nr. 22", "kst-22396-22", "tweede-kamer", "1992-1993", "22")]
    [InlineData("Eerste Kamer, zitting 1981-1982, 17 100 X, nr. 53b", "kst-17100-X-53b", "eerste-kamer", "1981-1982", "53b")]
    [InlineData("Tweede Kamer, vergaderjaar 1994-1995, 23 787 (R 1506), nr. 4", "kst-23787-4", "tweede-kamer", "1994-1995", "4")]
    [InlineData("Eerste Kamer.zitting 1978-1979,14472 (R 1071), nr.67", "kst-14472-67", "eerste-kamer", "1978-1979", "67")] // OCR
    [InlineData("Eerste Kamer, vergaderjaar 1 988-1989, 20 973, nr. 202a", "kst-20973-202a", "eerste-kamer", "1988-1989", "202a")]
    [InlineData("Eerste Kamer, vergaderjaar 1984-1985,18947, nr, 221a", "kst-18947-221a", "eerste-kamer", "1984-1985", "221a")]
    [InlineData("Eerste Kamer, zitting 1975-1976, 13 623 e.v., nr. 144", "kst-13623-144", "eerste-kamer", "1975-1976", "144")]
    public void Reads_the_running_footer(string line, string identifier, string chamber, string vergaderjaar, string ondernummer)
    {
        var identity = IdentityRule.Read([line])!;
        Assert.Equal(identifier, identity.Identifier);
        Assert.Equal(chamber, identity.Chamber?.Name());
        Assert.Equal(vergaderjaar, identity.Vergaderjaar);
        Assert.Equal(ondernummer, identity.Ondernummer);
    }

    [Fact]
    public void Reads_an_Aanhangsel_footer()
    {
        var identity = IdentityRule.Read(["Tweede Kamer, vergaderjaar 2023–2024, Aanhangsel 1314"])!;
        Assert.Equal("ah-tk-20232024-1314", identity.Identifier);
        Assert.Equal("aanhangsel", identity.Publication);
        Assert.Equal("1314", identity.Aanhangselnummer);
    }
}

public sealed class FootnoteMarkersTests
{
    [Theory]
    [InlineData("commissie voor Ontwikkelingssamenwerking1 hebben", "commissie voor Ontwikkelingssamenwerking hebben")]
    [InlineData("VERSLAG VAN DE VASTE COMMISSIE VOOR FINANCIËN1 Vastgesteld", "VERSLAG VAN DE VASTE COMMISSIE VOOR FINANCIËN Vastgesteld")]
    [InlineData("zie het verslag.1 Verder", "zie het verslag. Verder")]
    [InlineData("in 2017 en D66 en 1.5 miljoen", "in 2017 en D66 en 1.5 miljoen")]
    [InlineData("COVID19 en G20", "COVID19 en G20")]
    public void Removes_markers_of_existing_footnotes_only(string text, string expected)
    {
        var found = new List<string>();
        Assert.Equal(expected, FootnoteMarkers.Strip(text, new HashSet<string> { "1", "5" }, found));
    }

    [Theory]
    [InlineData("Bent u daarover geïnformeerd?3", "Bent u daarover geïnformeerd?", "3")]
    [InlineData("Waarom is dat niet in 2022?7 Waarom niet?", "Waarom is dat niet in 2022? Waarom niet?", "7")]
    [InlineData("Kent u de «ziekenhuisnota»1, 2 van de minister?", "Kent u de «ziekenhuisnota» van de minister?", "1,2")]
    [InlineData("In mijn brief van 7 november 20231 heb ik u geïnformeerd", "In mijn brief van 7 november 2023 heb ik u geïnformeerd", "1")]
    [InlineData("Zo geeft NIS2⁴ (de richtlijn) aan dat", "Zo geeft NIS2 (de richtlijn) aan dat", "4")]
    [InlineData("de brief van 7 november 2023¹ en de nota»¹, ²", "de brief van 7 november 2023 en de nota»", "1,2")]
    [InlineData("Hoe staat het met de stichting Both Ends3 ?", "Hoe staat het met de stichting Both Ends?", "3")]
    [InlineData("kennis genomen van de Amerikaanse wetgeving4 . Deze", "kennis genomen van de Amerikaanse wetgeving. Deze", "4")]
    [InlineData("de cijfers van de nota»1, 5 keer zo hoog", "de cijfers van de nota», 5 keer zo hoog", "1")]
    [InlineData("per 1 januari 2024 12 gemeenten en in 2023, 2024 en", "per 1 januari 2024 12 gemeenten en in 2023, 2024 en", "")]
    [InlineData("een volume van 10⁵ kubieke meter in 20245", "een volume van 10⁵ kubieke meter in 20245", "")]
    public void Removes_markers_after_punctuation_after_numbers_and_in_lists(string text, string expected, string markers)
    {
        var found = new List<string>();
        Assert.Equal(expected, FootnoteMarkers.Strip(text, new HashSet<string> { "1", "2", "3", "4", "7" }, found));
        Assert.Equal(markers, string.Join(',', found));
    }

    [Theory]
    [InlineData("Ken u de uitzending van Argos 'Het laatste kwartier van Sammy'? 1)", "Ken u de uitzending van Argos 'Het laatste kwartier van Sammy'?", "1)")]
    [InlineData("wat voor traumatische ervaringen worden hier bedoeld? 1) 2)", "wat voor traumatische ervaringen worden hier bedoeld?", "1),2)")]
    [InlineData("op hoofddoek bij boa's (nos.nl)”1)?", "op hoofddoek bij boa's (nos.nl)”?", "1)")]
    [InlineData("zich tot de Code Interbestuurlijke Verhoudingen 2), met name", "zich tot de Code Interbestuurlijke Verhoudingen, met name", "2)")]
    [InlineData("Kent u het Handelingskader aanpak personen verward gedrag2) waarin", "Kent u het Handelingskader aanpak personen verward gedrag waarin", "2)")]
    [InlineData("“centraal wat moet” (artikel 3) dat overheden", "“centraal wat moet” (artikel 3) dat overheden", "")]
    [InlineData("het boa-uniform (Kamerstuk 35925-VI-2) en van", "het boa-uniform (Kamerstuk 35925-VI-2) en van", "")]
    [InlineData("de vragen 4) en 5) van het lid", "de vragen 4) en 5) van het lid", "")]
    [InlineData("kinderen gewond zijn geraakt[1], een eigenaar is omgekomen [2], en", "kinderen gewond zijn geraakt, een eigenaar is omgekomen, en", "[1],[2]")]
    [InlineData("in Dalfsen keerde overleden’? [1] [2]", "in Dalfsen keerde overleden’?", "[1],[2]")]
    [InlineData("[1] NOS, 23 mei 2024", "[1] NOS, 23 mei 2024", "")]
    [InlineData("gewond zijn geraakt[1][2] (zie bijlage [12a])", "gewond zijn geraakt (zie bijlage [12a])", "[1],[2]")]
    public void Removes_source_markers_of_existing_source_notes(string text, string expected, string markers)
    {
        var found = new List<string>();
        Assert.Equal(expected, FootnoteMarkers.Strip(text, new HashSet<string> { "1", "1)", "2)", "3)", "[1]", "[2]" }, found));
        Assert.Equal(markers, string.Join(',', found));
    }
}

public sealed class FootnoteRuleTests
{
    [Fact]
    public void Source_notes_after_the_answers_are_footnotes_named_by_their_marker()
    {
        var found = Find(
            "Vraag 1", "Kent u het bericht ‘Hoe een provocatie uit de hand liep’? 1)", "Antwoord op vraag 1", "Ja.",
            "1) AD, 13 januari 2024, Hoe een provocatie uit de hand liep (www.ad.nl).", "1 Aanhangsel van de Handelingen, nr. 1121.");
        Assert.Equal("1)", found[4].Number);
        Assert.Equal("AD, 13 januari 2024, Hoe een provocatie uit de hand liep (www.ad.nl).", found[4].Text);
        Assert.False(found.ContainsKey(5)); // a Word footnote with no marker in the text is no source note either
    }

    [Fact]
    public void A_list_numbered_with_a_dot_is_taken_only_when_it_ends_the_document_and_asks_nothing()
    {
        string[] questions = ["Het bericht (zie ook 1) en 2)) en de reactie: 1) de kosten; 2) de baten.", "1. Kent u het bericht?", "2. Wat vindt u ervan?"];
        Assert.Empty(Find(questions));
        Assert.Empty(Find([.. questions, "1. Argos, 27 september 2023, www.vpro.nl", "Hoogachtend, de minister."]));
        Assert.Equal(["1)", "2)"], Find("Kent u de uitzending? 1)", "En het kader2) waarin dit staat?", "1. Argos, 27 september 2023", "2. vng.nl/kader.pdf").Values.Select(f => f.Number));
    }

    [Fact]
    public void Bracketed_notes_may_skip_a_number_and_continue_in_a_paragraph_of_their_own()
    {
        var found = Find(
            "Wat is uw reactie op de bijtincidenten, waarbij kinderen gewond zijn geraakt[1], een eigenaar is omgekomen [2], en een baby is overleden [3]?",
            "Kent u de berichten ‘Politiehond overleden’? [4]",
            "[1] https://www.nhnieuws.nl/nieuws/313687",
            "[2] RTV Oost, 25 mei 2024, 'Politiehond die zich tegen arrestatieteam keerde overleden',",
            ") https://www.rtvoost.nl/nieuws/2371937).",
            "[4] Centrum voor Criminaliteitspreventie en Veiligheid. 2018. De gebeten hond.");
        Assert.Equal(["[1]", "[2]", "", "[4]"], found.OrderBy(f => f.Key).Select(f => f.Value.Number));
        Assert.True(found[4].Continuation);
        Assert.Equal("RTV Oost, 25 mei 2024, 'Politiehond die zich tegen arrestatieteam keerde overleden', ) https://www.rtvoost.nl/nieuws/2371937).", found[3].Text);
    }

    [Fact]
    public void A_note_run_whose_numbers_are_not_marked_before_it_is_text()
    {
        Assert.Empty(Find("De minister noemt twee punten.", "1) de kosten", "2) de baten"));
        Assert.Empty(Find("1) de kosten", "2) de baten", "Zie punt 1) hierboven."));
    }

    private static IReadOnlyDictionary<int, FootnoteRule.Found> Find(params string[] paragraphs) =>
        FootnoteRule.Find(Segmenter.Default.BuildParagraphs(
            [.. paragraphs.SelectMany(p => new ParseKamerstuk.Text.SourceLine[] { new(p, null), new(string.Empty, null) })]));
}

public sealed class TitleBlockTests
{
    [Theory]
    [InlineData("33 506 Voorstel van wet van het lid Pia Dijkstra tot wijziging van de Wet op de orgaandonatie\n\nAB VERSLAG VAN EEN NADER SCHRIFTELIJK OVERLEG\n\nVastgesteld 14 mei 2019",
        "kst-33506-AB", "eerste-kamer", "verslag-nader-schriftelijk-overleg")]
    [InlineData("34 377 Wijziging van de Kieswet\n\nA VOORLOPIG VERSLAG VAN DE VASTE COMMISSIE VOOR BINNENLANDSE ZAKEN\n\nVastgesteld 27 maart 2017",
        "kst-34377-A", "eerste-kamer", "voorlopig-verslag")]
    [InlineData("27 925\nBestrijding internationaal terrorisme\n\nC\nMEMORIE VAN ANTWOORD\n\nOntvangen 8 mei 2018",
        "kst-27925-C", "eerste-kamer", "memorie-van-antwoord")]
    [InlineData("26 976\nPositie van de Eerste Kamer\n\nnr. 2\nLIJST VAN VRAGEN EN ANTWOORDEN\n\nVastgesteld 3 maart 2000",
        "kst-26976-2", null, "lijst-van-vragen-en-antwoorden")]
    [InlineData("36 600 XIII Vaststelling van de begrotingsstaten van het Ministerie van Economische Zaken\n\nNr. 99 BRIEF VAN DE MINISTER VAN ECONOMISCHE ZAKEN\n\nAan de Voorzitter van de Tweede Kamer der Staten-Generaal",
        "kst-36600-XIII-99", "tweede-kamer", "brief")]
    public void Reads_the_stuk_number_or_letter_after_the_dossier(string text, string identifier, string? chamber, string type)
    {
        var document = KamerstukParser.Parse(System.Text.Encoding.UTF8.GetBytes(text), "stuk.txt");
        Assert.Equal(identifier, document.Identifier);
        Assert.Equal(chamber, document.Chamber?.Name());
        Assert.Equal(type, document.DocumentType?.Name());
    }

    [Fact]
    public void An_Eerste_Kamer_dossier_numbered_in_Roman_numerals_gives_the_identifier()
    {
        const string Text = "CXXIV Verslag van de Tijdelijke Commissie Werkwijze Eerste Kamer\n\nG BRIEF VAN DE VOORZITTER VAN DE EERSTE KAMER DER STATEN-GENERAAL\n\nAan de leden\n\nDen Haag, 5 december 2017\n\nHierbij zend ik u een voorstel.\n";
        var document = KamerstukParser.Parse(System.Text.Encoding.UTF8.GetBytes(Text), "brief.txt");
        Assert.Equal("kst-CXXIV-G", document.Identifier);
        Assert.Equal(Chamber.EersteKamer, document.Chamber);
        Assert.Equal("Verslag van de Tijdelijke Commissie Werkwijze Eerste Kamer", Assert.Single(document.Dossiers).Title);
        var letter = Assert.Single(document.Letters);
        Assert.Equal("leden", letter.Addressee);
        Assert.Equal(new DateOnly(2017, 12, 5), letter.Date);
    }

    [Theory]
    [InlineData("G BRIEF VAN DE VOORZITTER\n\nHierbij zend ik u een voorstel.\n\nEerste Kamer, vergaderjaar 2017–2018, CXXIV, G 1\n")] // page footer
    [InlineData("Hierbij zend ik u een voorstel.\n\nkst-CXXIV-G\nISSN 0921 - 7371\n")] // publication id line
    public void A_Roman_dossier_number_is_read_from_the_footer_and_the_id_line(string text)
    {
        var document = KamerstukParser.Parse(System.Text.Encoding.UTF8.GetBytes(text), "stuk.txt");
        Assert.Equal("kst-CXXIV-G", document.Identifier);
        Assert.Equal("CXXIV", Assert.Single(document.Dossiers).Number);
        Assert.Equal("G", document.Ondernummer);
    }

    [Theory]
    [InlineData("II Algemeen\n\nA BRIEF VAN DE MINISTER\n\nTekst.")] // a section number, under 50
    [InlineData("XLIX Slotbepalingen\n\nA BRIEF VAN DE MINISTER\n\nTekst.")]
    [InlineData("LIC Verslag\n\nA BRIEF VAN DE MINISTER\n\nTekst.")] // not a well-formed numeral
    [InlineData("CIVIL Verslag\n\nA BRIEF VAN DE MINISTER\n\nTekst.")]
    public void A_Roman_section_number_or_a_capital_word_is_no_dossier(string text)
    {
        var document = KamerstukParser.Parse(System.Text.Encoding.UTF8.GetBytes(text), "stuk.txt");
        Assert.Null(document.Identifier);
        Assert.Empty(document.Dossiers);
    }

    [Fact]
    public void Dossier_numbers_printed_before_their_titles_take_the_titles_in_order()
    {
        const string Text = """
            Tweede Kamer der Staten-Generaal

            Vergaderjaar 1991-1992

            21 122 (R 1402)

            21 281

            Nr. 48

            Een regeling voor het cursorisch beroepsonderwijs

            Wijziging van de Wet op het voortgezet onderwijs

            MOTIE VAN HET LID LAMBRECHTS

            Voorgesteld 12 maart 1992

            Tweede Kamer, vergaderjaar 1991-1992, 21 122 en 21 281, nr. 48
            """;
        var document = KamerstukParser.Parse(System.Text.Encoding.UTF8.GetBytes(Text), "motie.txt");
        Assert.Equal("kst-21122-48", document.Identifier);
        Assert.Equal(
            [("21122", "Een regeling voor het cursorisch beroepsonderwijs"), ("21281", "Wijziging van de Wet op het voortgezet onderwijs")],
            document.Dossiers.Select(d => (d.Number, d.Title)));
    }

    [Fact]
    public void A_capital_word_after_the_dossier_title_is_not_a_letter()
    {
        var document = KamerstukParser.Parse(System.Text.Encoding.UTF8.GetBytes("33 506 Orgaandonatie\n\nDE VASTE COMMISSIE HEEFT VRAGEN\n\nIn het verslag staat"), "stuk.txt");
        Assert.Null(document.Ondernummer);
    }
}

public sealed class BareAnswerLabelTests
{
    [Theory]
    [InlineData("1.\nBent u bekend met het bericht «ME'er weigert inzet»?\n\nAntwoord\nJa.\n\n2.\nHoe vaak komt dit voor?\n\nAntwoord:\nDat is niet bekend.\n")]
    [InlineData("Vraag 1\nBent u bekend met het bericht «ME'er weigert inzet»?\n\nAntwoord\nJa.\n\nVraag 2\nHoe vaak komt dit voor?\n\nAntwoord: Dat is niet bekend.\n")]
    public void A_bare_answer_label_answers_the_question_just_asked(string text)
    {
        var document = KamerstukParser.Parse(System.Text.Encoding.UTF8.GetBytes(text), "antwoorden.txt");
        Assert.Equal(2, document.Qa.Count);
        Assert.Equal("Bent u bekend met het bericht «ME'er weigert inzet»?", document.Qa[0].Question);
        Assert.Equal("Ja.", document.Qa[0].Answer);
        Assert.Equal("Hoe vaak komt dit voor?", document.Qa[1].Question);
        Assert.Equal("Dat is niet bekend.", document.Qa[1].Answer);
    }
}

public sealed class InlineMotionTests
{
    [Fact]
    public void A_dictum_run_into_one_paragraph_is_read_clause_by_clause()
    {
        const string Text = "De Kamer, gehoord de beraadslaging, constaterende dat veel boeren onzeker zijn over hun toekomst; overwegende dat duidelijkheid nodig is; verzoekt de regering om voor 1 januari een plan te presenteren, en gaat over tot de orde van de dag.\n\nVan Campen\nGrinwis\n";
        var document = KamerstukParser.Parse(System.Text.Encoding.UTF8.GetBytes(Text), "motie.txt");
        Assert.Equal(DocumentType.Motie, document.DocumentType);
        var motion = Assert.IsType<Model.Motion>(document.Motion);
        Assert.Equal(["constaterende dat veel boeren onzeker zijn over hun toekomst", "overwegende dat duidelijkheid nodig is"], motion.Considerations);
        Assert.Equal(["verzoekt de regering om voor 1 januari een plan te presenteren"], motion.Requests);
        Assert.Equal(["Van Campen", "Grinwis"], motion.Submitters.Select(s => s.Name));
    }
}

public sealed class LetterTitleTests
{
    [Fact]
    public void A_stuk_titled_brief_is_one_letter_whose_heading_may_take_two_lines()
    {
        const string Text = "20 848\n\nFinancieel overzicht zorg 1989\n\nNr. 10\n\nBRIEF VAN DE MINISTER VAN WELZIJN, VOLKSGEZONDHEID\n\nEN CULTUUR\n\nAan de Voorzitter van de Tweede Kamer der Staten-Generaal\n\nRijswijk, 17 november 1988\n\nTer voldoening aan mijn toezegging bericht ik u het volgende.\n";
        var document = KamerstukParser.Parse(System.Text.Encoding.UTF8.GetBytes(Text), "brief.txt");
        var letter = Assert.Single(document.Letters);
        Assert.Equal("BRIEF VAN DE MINISTER VAN WELZIJN, VOLKSGEZONDHEID EN CULTUUR", letter.Heading);
        Assert.Equal("Voorzitter van de Tweede Kamer der Staten-Generaal", letter.Addressee);
        Assert.Equal("Rijswijk", letter.Place);
        Assert.Equal(new DateOnly(1988, 11, 17), letter.Date);
        Assert.Equal("kst-20848-10", document.Identifier);
    }
}

/// <summary>An older list of questions and answers: the number without a dot before the question, the answer after it.</summary>
public sealed class BareNumberedItemTests
{
    private const string Lijst = """
        Tweede Kamer der Staten-Generaal
        Vergaderjaar 1989-1990
        21 300 B
        Nr. 4
        LIJST VAN VRAGEN EN ANTWOORDEN Ontvangen 22 januari 1990

        1 Kunnen voor alle artikelonderdelen meerjarencijfers worden gegeven?

        De meerjarencijfers staan in bijlage 2.

        2a Betreft het bedrag van 49 miljoen uitsluitend personeel?

        Ja.

        2b Op welke basis wordt het deel van de uitgaven bepaald?

        De doorberekening is forfaitair.

        011725F ISSN 0921-7371 Sdu Uitgeverij 's-Gravenhage 1990

        Tweede Kamer, vergaderjaar 1989-1990, 21 300 B, nr. 4
        """;

    [Fact]
    public void Numbers_count_up_letters_share_a_number_and_the_page_foot_is_no_part_of_an_answer()
    {
        var document = KamerstukParser.Parse(System.Text.Encoding.UTF8.GetBytes(Lijst), "lijst.txt");

        Assert.Equal(DocumentType.LijstVanVragenEnAntwoorden, document.DocumentType);
        Assert.Equal([[1], [2], [2]], document.Qa.Select(q => q.Questions.ToArray()));
        Assert.Equal(["De meerjarencijfers staan in bijlage 2.", "Ja.", "De doorberekening is forfaitair."], document.Qa.Select(q => q.Answer));
    }

    [Fact]
    public void A_number_without_a_dot_that_asks_nothing_or_is_not_the_next_is_no_item()
    {
        var document = KamerstukParser.Parse(System.Text.Encoding.UTF8.GetBytes("""
            LIJST VAN VRAGEN EN ANTWOORDEN

            1 Inleiding

            De regering antwoordt als volgt.

            3 Is dit de derde vraag?
            """), "lijst.txt");

        Assert.Empty(document.Qa);
    }
}

/// <summary>A clerk who signs for "de commissie" belongs to the committee the text names where it acts.</summary>
public sealed class GenericClerkTests
{
    [Theory]
    [InlineData("De vaste commissie voor Financiën, belast met het voorbereidend onderzoek van dit voorstel, heeft de eer verslag uit te brengen.", "vaste commissie voor Financiën")]
    [InlineData("De vaste commissie voor Volkshuisvesting, Ruimtelijke Ordening en Milieubeheer heeft de regering vragen voorgelegd.", "vaste commissie voor Volkshuisvesting, Ruimtelijke Ordening en Milieubeheer")]
    [InlineData("Het verslag is vastgesteld.", null)]
    public void The_clerk_of_the_commissie_is_the_clerk_of_the_committee_named_in_the_text(string opening, string? name)
    {
        var document = KamerstukParser.Parse(System.Text.Encoding.UTF8.GetBytes($"""
            {opening}

            De voorzitter van de commissie, De Vries

            De griffier van de commissie, Meijers
            """), "verslag.txt");

        var committee = Assert.Single(document.Committees);
        Assert.Equal(name, committee.Name);
        Assert.Equal("Meijers", committee.Clerk);
    }

    [Fact]
    public void Where_the_text_names_several_committees_the_clerk_of_the_commissie_stands_apart()
    {
        var document = KamerstukParser.Parse(System.Text.Encoding.UTF8.GetBytes("""
            De leden van de vaste commissies voor Justitie en Veiligheid en voor Financiën hebben vragen gesteld.

            De griffier van de commissie, Meijers
            """), "verslag.txt");

        Assert.Equal(
            [("vaste commissie voor Justitie en Veiligheid", null), ("vaste commissie voor Financiën", null), (null, "Meijers")],
            document.Committees.Select(c => (c.Name, c.Clerk)));
    }

    [Fact]
    public void Chair_and_clerk_sign_with_their_surname_on_the_line_after_their_function()
    {
        var document = KamerstukParser.Parse(System.Text.Encoding.UTF8.GetBytes("""
            De vaste commissie voor Binnenlandse Zaken heeft de regering de volgende vragen voorgelegd.

            De voorzitter van de commissie,

            Buijs

            De griffier voor deze lijst,

            Stahlie

            1

            Wat vindt het kabinet van dit standpunt?

            Het kabinet deelt het standpunt.
            """), "lijst.txt");

        Assert.Equal(new Model.Signatory("Voorzitter van de commissie", "Buijs"), Assert.Single(Assert.Single(document.Letters).Signatories));
        Assert.Equal(("vaste commissie voor Binnenlandse Zaken", "Stahlie"), (Assert.Single(document.Committees).Name, document.Committees[0].Clerk));
        Assert.Null(Assert.Single(document.Qa).Section);
    }
}

/// <summary>A verslag only asks: its numbered questions have no answers in it.</summary>
public sealed class AskingOnlyTests
{
    [Theory]
    [InlineData("VOORLOPIG VERSLAG VAN DE VASTE COMMISSIE VOOR FINANCIËN", null)]
    [InlineData("MEMORIE VAN ANTWOORD", "De regering stemt daarmee in.")]
    public void What_follows_a_question_in_a_verslag_is_more_of_the_question(string title, string? answer)
    {
        var document = KamerstukParser.Parse(System.Text.Encoding.UTF8.GetBytes($"""
            36 100 Wijziging van de Wet op de omzetbelasting

            A {title}

            Vastgesteld 12 mei 2024

            1. Kan de regering toelichten waarom het tarief wordt verhoogd? De leden van de CDA-fractie vragen dit ook.

            2. Hoe verhoudt dit zich tot het regeerakkoord? De regering stemt daarmee in.
            """), "stuk.txt");

        var second = document.Qa[1];
        Assert.Equal(answer, second.Answer);
        if (answer is null)
        {
            Assert.Equal("Hoe verhoudt dit zich tot het regeerakkoord? De regering stemt daarmee in.", second.Question);
            Assert.Contains(document.Diagnostics, d => d.Code == ParseKamerstuk.Diagnostics.DiagnosticCodes.QuestionWithoutAnswer);
        }
    }
}

/// <summary>A Mededeling (the answers come later) whose page prints the questions between its head and its text.</summary>
public sealed class MededelingTests
{
    [Fact]
    public void The_questions_between_the_head_and_the_text_are_questions_and_the_text_after_the_label_is_the_mededeling()
    {
        var document = KamerstukParser.Parse(System.Text.Encoding.UTF8.GetBytes("""
            Vragen van het lid Bergkamp (D66) aan de Minister van Onderwijs, Cultuur en Wetenschap over het regenboogbeleid (ingezonden 18 februari 2020).

            Mededeling van Minister Van Engelshoven (Onderwijs, Cultuur en Wetenschap) (ontvangen 13 maart 2020).

            Vraag 1

            Klopt het dat één provincie geen regenboogprovincie is?

            Vraag 2

            Bent u bereid daarover in gesprek te gaan?

            Mededeling

            Tot mijn spijt is beantwoording binnen de gestelde termijn niet mogelijk.
            """), "mededeling.txt");

        Assert.Equal("Tot mijn spijt is beantwoording binnen de gestelde termijn niet mogelijk.", document.Kamervragen!.Mededeling);
        Assert.Equal(["Klopt het dat één provincie geen regenboogprovincie is?", "Bent u bereid daarover in gesprek te gaan?"], document.Qa.Select(q => q.Question));
        Assert.All(document.Qa, q => Assert.Null(q.Answer));
    }
}
