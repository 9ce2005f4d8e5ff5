using ParseKamerstuk.Model;

namespace ParseKamerstuk.Tests.Golden;

/// <summary>
/// The founding document: an Eerste Kamer verslag of a nader schriftelijk overleg (committee letter and the minister's
/// numbered answers), kept in <c>samples/text</c>. Every field the project promised for it, asserted one by one.
/// </summary>
public sealed class SeedDocumentTests
{
    private static readonly KamerstukDocument s_document = KamerstukParser.ParseFile(
        Path.Combine(TestPaths.Samples, "text", "ek-27925-verslag-nader-schriftelijk-overleg.txt"));

    [Fact]
    public void Has_two_letters_with_addressees_dates_and_signatories()
    {
        Assert.Collection(
            s_document.Letters,
            committee =>
            {
                Assert.Equal("Minister van Buitenlandse Zaken", committee.Addressee);
                Assert.Equal(new DateOnly(2018, 5, 1), committee.Date);
                Assert.Equal("Den Haag", committee.Place);
                Assert.Equal("J.G. Vlietstra", Assert.Single(committee.Signatories).Name);
                Assert.Equal(
                    "Voorzitter van de vaste commissie voor Buitenlandse Zaken, Defensie en Ontwikkelingssamenwerking",
                    committee.Signatories[0].Function);
                Assert.Empty(committee.OnBehalfOf);
            },
            minister =>
            {
                Assert.Equal("BRIEF VAN DE MINISTER VAN BUITENLANDSE ZAKEN", minister.Heading);
                Assert.Equal("Voorzitter van de Eerste Kamer der Staten-Generaal", minister.Addressee);
                Assert.Equal(new DateOnly(2018, 5, 8), minister.Date);
                Assert.Equal(new Signatory("Minister van Buitenlandse Zaken", "S.A. Blok"), Assert.Single(minister.Signatories));
                Assert.Equal(
                    ["Minister van Defensie", "Minister voor Buitenlandse Handel en Ontwikkelingssamenwerking"],
                    minister.OnBehalfOf);
            });
        Assert.Equal(
            "BRIEF VAN DE VOORZITTER VAN DE VASTE COMMISSIE VOOR BUITENLANDSE ZAKEN, DEFENSIE EN ONTWIKKELINGSSAMENWERKING",
            s_document.Letters[0].Heading);
    }

    [Fact]
    public void Has_one_committee_with_all_27_members_roles_and_clerk()
    {
        var committee = Assert.Single(s_document.Committees);
        Assert.Equal("vaste commissie voor Buitenlandse Zaken, Defensie en Ontwikkelingssamenwerking", committee.Name);
        Assert.Equal("BDO", committee.Abbreviation);
        Assert.Equal("1", committee.Footnote);
        Assert.Equal("Van Luijk", committee.Clerk);
        Assert.Equal(27, committee.Members.Count);
        Assert.All(committee.Members, m => Assert.False(string.IsNullOrEmpty(m.Party)));
        Assert.Equal(
            ["Kox", "Schaap", "Vlietstra"],
            committee.Members.Where(m => m.Roles.Count > 0).Select(m => m.Name));
        Assert.Equal(["vice-voorzitter"], committee.Members.Single(m => m.Name == "Kox").Roles);
        Assert.Equal(["vice-voorzitter"], committee.Members.Single(m => m.Name == "Schaap").Roles);
        Assert.Equal(["voorzitter"], committee.Members.Single(m => m.Name == "Vlietstra").Roles);
        Assert.Equal("PvdA", committee.Members.Single(m => m.Name == "Postema").Party);
        Assert.Equal("SGP", committee.Members.Single(m => m.Name == "D.J.H. van Dijk").Party);
        Assert.Equal(("Baay-Timmerman", "50PLUS"), (committee.Members[25].Name, committee.Members[25].Party));
        Assert.Equal("Aardema", committee.Members[^1].Name);
        Assert.Empty(committee.Substitutes);
        Assert.Empty(committee.Vacancies);
    }

    [Fact]
    public void Has_footnote_1_without_markers_left_in_the_text()
    {
        var footnote = Assert.Single(s_document.Footnotes);
        Assert.Equal("1", footnote.Number);
        Assert.StartsWith("Samenstelling: Kox (SP) (vice-voorzitter), Ten Hoeve (OSF)", footnote.Text, StringComparison.Ordinal);
        Assert.EndsWith("Baay-Timmerman (50PLUS), Aardema (PVV)", footnote.Text, StringComparison.Ordinal);
        Assert.Equal(["1"], s_document.Body[0].Footnotes);
        Assert.DoesNotContain(AllTexts(), t => t.Contains("Ontwikkelingssamenwerking1", StringComparison.Ordinal));
    }

    [Fact]
    public void Has_nine_question_answer_pairs_that_begin_and_end_where_the_document_does()
    {
        Assert.Equal(Enumerable.Range(1, 9), s_document.Qa.Select(q => Assert.Single(q.Questions)));
        Assert.All(s_document.Qa, q => Assert.Equal(q.Questions, q.Answers));
        Assert.All(s_document.Qa, q => Assert.Equal(1, q.Letter));
        (string QuestionStart, string QuestionEnd, string AnswerStart, string AnswerEnd)[] expected =
        [
            ("De regering spreekt in haar brief van dagelijkse aanvallen.", "Kan de regering dit nader preciseren?",
                "Acties ter zelfverdediging moeten", "in verhouding tot de aanvallen van ISIS op Irak."),
            ("Kan de regering aangeven in hoeverre aanvallen vanuit Syrië", "recentelijk zijn toe- dan wel afgenomen?",
                "De grens tussen Syrië en Irak is poreus", "vanuit een ondergrondse insurgency."),
            ("Kan de regering een inschatting geven", "de strijd om de steden Mosul en Raqqa?",
                "Zoals aangegeven in de Voortgangsrapportage van 13 april jl., zijn", "en in Irak 2.2 miljoen."),
            ("Welk effect heeft volgens de regering", "dreiging van terroristische aanslagen door ISIS?",
                "Zoals aangegeven in de artikel 100-brief van 11 september 2017", "(zie ook het antwoord op vraag 7)."),
            ("De regering stelt dat het een doeleinde is", "hier precies aan bij gaat dragen?",
                "Zie het antwoord op vraag 4.", "Zie het antwoord op vraag 4."),
            ("Is de dreiging verminderd", "sinds het begin van de militaire acties?",
                "Zoals gesteld in de artikel 100-brief", "nieuwe transnationale gewelddadige jihadistische netwerken."),
            ("Denkt de regering dat het voortzetten van de missie", "Zo ja, waar is dat dan op gebaseerd?",
                "De dreiging is na het militair verslaan van ISIS niet weg", "met vertakkingen buiten Syrië en Irak."),
            ("Kan de regering aangeven in hoeverre de berichtgeving", "door de bombardementen op Irak en Syrië is toegenomen?",
                "Zoals aangegeven in de Voortgangsrapportage van 13 april jl. heeft", "de kans op burgerslachtoffers en nevenschade."),
            ("De leden van de SP-fractie merken op dat", "waarom er in geen geval aanleiding was tot verder onderzoek.",
                "Het kabinet hecht aan open en transparante communicatie", "De afweging over de noodzaak voor nader onderzoek is aan het OM."),
        ];
        for (var i = 0; i < expected.Length; i++)
        {
            var pair = s_document.Qa[i];
            Assert.StartsWith(expected[i].QuestionStart, pair.Question, StringComparison.Ordinal);
            Assert.EndsWith(expected[i].QuestionEnd, pair.Question, StringComparison.Ordinal);
            Assert.StartsWith(expected[i].AnswerStart, pair.Answer, StringComparison.Ordinal);
            Assert.EndsWith(expected[i].AnswerEnd, pair.Answer, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Pairs_carry_their_section_headings()
    {
        Assert.Equal(
            [
                "Volkenrechtelijk mandaat", "Volkenrechtelijk mandaat", "Onbeantwoorde vragen", "Onbeantwoorde vragen",
                "Onbeantwoorde vragen", "Onbeantwoorde vragen", "Onbeantwoorde vragen", "Onbeantwoorde vragen", "Toezegging",
            ],
            s_document.Qa.Select(q => q.Section));
    }

    [Fact]
    public void Question_9_spans_two_paragraphs_and_answer_4_three()
    {
        Assert.Contains("burger-doden.\n\nDe leden van de SP-fractie vinden", s_document.Qa[8].Question, StringComparison.Ordinal);
        Assert.Equal(3, s_document.Qa[3].Answer!.Split("\n\n").Length);
    }

    [Fact]
    public void Answer_5_refers_to_question_4()
    {
        Assert.Equal([4], s_document.Qa[4].RefersTo);
        Assert.Equal([7], s_document.Qa[3].RefersTo);
    }

    [Fact]
    public void References_have_canonical_identifiers()
    {
        Assert.Equal(
            [
                new Reference("Kamerstuk 27 925 Q", "kst-27925-Q", null),
                new Reference("Tweede Kamerstuk 27 925 nr. 615", "kst-27925-615", Chamber.TweedeKamer),
                new Reference("Tweede Kamerstuk 27 925 nr. 616", "kst-27925-616", Chamber.TweedeKamer),
            ],
            s_document.References);
    }

    [Fact]
    public void Identity_is_null_with_a_diagnostic_because_the_title_page_is_missing()
    {
        Assert.Null(s_document.Identifier);
        Assert.Empty(s_document.Dossiers);
        Assert.Null(s_document.Ondernummer);
        Assert.Contains(s_document.Diagnostics, d => d.Code == Diagnostics.DiagnosticCodes.IdentityNotFound);
        Assert.Equal(DocumentType.VerslagNaderSchriftelijkOverleg, s_document.DocumentType);
    }

    [Fact]
    public void No_text_keeps_a_line_break_hyphen()
    {
        string[] broken = ["Voortgangs-rapportage", "Voortgangsrap-portage", "intensi-teit", "bijvoor-beeld", "ONTWIKKELINGSSAMEN-WERKING", "afgewo-gen"];
        foreach (var text in AllTexts())
        {
            foreach (var word in broken)
            {
                Assert.DoesNotContain(word, text, StringComparison.Ordinal);
            }
        }

        Assert.Contains(s_document.Qa, q => q.Question.Contains("toe- dan wel afgenomen", StringComparison.Ordinal));
        Assert.Contains(s_document.Qa, q => q.Answer!.Contains("artikel 100-brief", StringComparison.Ordinal));
        Assert.Contains(s_document.Qa, q => q.Answer!.Contains("Syrië- en Irakstrijders", StringComparison.Ordinal));
    }

    private static IEnumerable<string> AllTexts() =>
        s_document.Body.Select(b => b.Text)
            .Concat(s_document.Qa.SelectMany(q => new[] { q.Question, q.Answer ?? string.Empty }))
            .Concat(s_document.Footnotes.Select(f => f.Text))
            .Concat(s_document.Letters.Select(l => l.Heading ?? string.Empty));
}
