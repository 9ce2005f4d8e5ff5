using System.Text.RegularExpressions;
using ParseKamerstuk.Model;

namespace ParseKamerstuk.Tests.Corpus;

/// <summary>
/// The PDFs of the corpus. The expected values of the Aanhangsel answers were read from the PDFs themselves
/// (title block, running footer, questions block, the "Vraag" labels).
/// </summary>
public sealed partial class CorpusPdfTests
{
    public static TheoryData<string, string, string, string, string, string, string, int> Aanhangsels() => new()
    {
        // file, identifier, submitted, received, askers (name/party; …), answered by, first addressee, pairs
        { "00fe7edd-24c8-4857-98da-774ed3b06836.pdf", "ah-tk-20232024-1314", "2024-03-06", "2024-03-25", "Mutluer/GroenLinks-PvdA;Kostić/PvdD", "Dijkgraaf", "Minister van Onderwijs, Cultuur en Wetenschap", 4 },
        { "1a2d8959-7ce1-411d-bffe-c78970ae8d6b.pdf", "ah-tk-20232024-2210", "2024-07-02", "2024-07-23", "Erkens/VVD", "Hermans", "Minister van Klimaat en Groene Groei", 13 },
        { "1aa9bd01-68a1-4a4a-a808-5b0183bc217a.pdf", "ah-tk-20232024-1076", "2023-11-20", "2024-02-20", "Van Haga/Groep Van Haga", "De Jonge", "Minister van Binnenlandse Zaken en Koninkrijksrelaties", 5 },
        { "1b26915f-b542-4707-8495-b5c21f0edfe1.pdf", "ah-tk-20232024-1771", "2024-03-29", "2024-05-17", "Van Nispen/SP", "Heijnen", "Minister van Justitie en Veiligheid", 6 },
        { "1b38043f-a835-4a63-a135-42c593d3ba77.pdf", "ah-tk-20232024-1292", "2024-03-11", "2024-03-21", "Keijzer/BBB", "De Jonge", "Minister van Binnenlandse Zaken en Koninkrijksrelaties", 10 },
        { "1b62ee8d-e406-4042-b7f5-7e235f7bd1c0.pdf", "ah-tk-20232024-1432", "2024-03-07", "2024-04-05", "Van Zanten/BBB", "Gräper-van Koolwijk", "Staatssecretaris van Onderwijs, Cultuur en Wetenschap", 6 },
        { "1b650dd7-71d6-4b8f-8625-36c000046742.pdf", "ah-tk-20232024-1481", "2024-02-12", "2024-04-11", "Koekkoek/Volt", "Van Huffelen", "Staatssecretaris van Volksgezondheid, Welzijn en Sport", 6 },
        { "1b922783-f576-4df5-a031-ad0063d2afd4.pdf", "ah-tk-20232024-2395", "2024-08-15", "2024-08-30", "Crijns/PVV", "Karremans", "Staatssecretaris van Volksgezondheid Welzijn en Sport", 5 },
        { "1bca1484-2edb-43d1-913f-de5022c9a02b.pdf", "ah-tk-20232024-2313", "2024-07-05", "2024-08-22", "Bushoff/GroenLinks-PvdA;Patijn/GroenLinks-PvdA", "Van Hijum", "Minister van Sociale Zaken en Werkgelegenheid", 10 },
        { "1bd47dc8-229e-4a1a-a405-8e2672436e1f.pdf", "ah-tk-20232024-1893", "2024-04-18", "2024-06-03", "Klaver/GroenLinks-PvdA", "Bruins Slot", "Minister van Buitenlandse Zaken", 7 },
        { "1c0f765c-d7b4-455e-a241-35a4e9a9dc36.pdf", "ah-tk-20232024-1178", "2024-01-16", "2024-03-07", "Sneller/D66", "Van Huffelen", "Staatssecretaris van Binnenlandse Zaken en Koninkrijksrelaties", 9 },
        { "1c83f4f5-0047-4b11-8051-e11def445937.pdf", "ah-tk-20232024-1984", "2024-05-29", "2024-06-14", "Van Eijk/VVD;Aartsen/VVD", "Van Rij", "Staatssecretaris van Financiën", 10 },
        { "1cf0c343-2da4-429d-8a6d-729da6008af1.pdf", "ah-tk-20232024-2168", "2024-06-18", "2024-07-17", "Erkens/VVD", "Hermans", "Minister voor Klimaat en Energie", 10 },
        { "1dac45ca-7591-47a6-877d-9b549c18500a.pdf", "ah-tk-20232024-878", "2023-12-13", "2024-01-26", "Inge vanDijk/CDA", "Van Huffelen", "Staatssecretaris van Binnenlandse Zaken en Koninkrijksrelaties", 7 },
    };

    [CorpusTheory]
    [MemberData(nameof(Aanhangsels))]
    public void Aanhangsel_answers_give_identity_questions_block_and_pairs(
        string file, string identifier, string submitted, string received, string askers, string answeredBy, string addressee, int pairs)
    {
        // Given / When
        var document = KamerstukParser.ParseFile(CorpusFiles.FullPath("aanhangsel-kamervragen/" + file));

        // Then
        Assert.Equal(identifier, document.Identifier);
        Assert.Equal("aanhangsel", document.Publication);
        Assert.Equal(Chamber.TweedeKamer, document.Chamber);
        Assert.Equal("2023-2024", document.Vergaderjaar);
        Assert.Equal(identifier.Split('-')[^1], document.Aanhangselnummer);
        Assert.Equal(DocumentType.AntwoordKamervragen, document.DocumentType);
        Assert.Equal(submitted, document.Dates.Submitted?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(received, document.Dates.Received?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        var kamervragen = Assert.IsType<Kamervragen>(document.Kamervragen);
        Assert.Equal(askers, string.Join(';', kamervragen.Askers.Select(a => $"{a.Name}/{a.Party}")));
        Assert.Equal(answeredBy, kamervragen.AnsweredBy[0].Name);
        Assert.Equal(addressee, kamervragen.Addressees[0]);
        Assert.Equal(pairs, document.Qa.Count);
        Assert.All(document.Qa, q => Assert.False(string.IsNullOrWhiteSpace(q.Answer)));
        Assert.All(document.Qa, q => Assert.Equal(q.Questions.Count, q.Questions.Distinct().Count()));
        Assert.Equal([1, 2], Enumerable.Range(1, 2).Where(n => document.Qa.Any(q => q.Questions.Contains(n))));
    }

    [CorpusTheory]
    [MemberData(nameof(Aanhangsels))]
    public void Aanhangsel_pairs_hold_no_running_lines_page_numbers_or_footnotes(
        string file, string identifier, string submitted, string received, string askers, string answeredBy, string addressee, int pairs)
    {
        _ = (submitted, received, askers, answeredBy, addressee, pairs);
        var document = KamerstukParser.ParseFile(CorpusFiles.FullPath("aanhangsel-kamervragen/" + file));
        var texts = document.Qa.SelectMany(q => new[] { q.Question, q.Answer ?? string.Empty }).ToList();
        foreach (var text in texts)
        {
            Assert.DoesNotMatch(RunningLineRegex(), text);
            Assert.DoesNotContain(identifier, text, StringComparison.Ordinal);
        }

        foreach (var footnote in document.Footnotes)
        {
            Assert.DoesNotContain(texts, t => footnote.Text.Length > 30 && t.Contains(footnote.Text, StringComparison.Ordinal));
        }
    }

    [CorpusFact]
    public void Kostic_is_composed_from_a_spacing_accent()
    {
        var document = KamerstukParser.ParseFile(CorpusFiles.FullPath("aanhangsel-kamervragen/00fe7edd-24c8-4857-98da-774ed3b06836.pdf"));
        Assert.Equal("Kostić", document.Kamervragen!.Askers[1].Name);
        Assert.Contains("regenboogprovincie te mogen noemen", document.Qa[1].Question, StringComparison.Ordinal);
        Assert.Equal("1", document.Footnotes[0].Number);
        Assert.EndsWith("regenboogbeleid»?", document.Qa[0].Question, StringComparison.Ordinal);
    }

    [CorpusFact]
    public void The_252_page_bill_parses_with_its_identity_and_no_running_headers()
    {
        var document = KamerstukParser.ParseFile(CorpusFiles.FullPath("voorstel-van-wet/vm1kkye15yy2.pdf"));
        Assert.Equal(252, document.Source.Pages);
        Assert.Equal("kst-36327-2", document.Identifier);
        Assert.Equal(DocumentType.VoorstelVanWet, document.DocumentType);
        Assert.Equal(Chamber.TweedeKamer, document.Chamber);
        Assert.Equal("2022-2023", document.Vergaderjaar);
        Assert.DoesNotContain(document.Body, b => RunningLineRegex().IsMatch(b.Text));
    }

    [CorpusFact]
    public void A_page_that_writes_its_spaces_keeps_tracked_capitals_in_their_words()
    {
        // The ministry letter sets its footnotes and side column in Verdana 7 pt with wide tracking after capitals.
        var document = KamerstukParser.ParseFile(CorpusFiles.FullPath("brief-regering/verzamelbrief-luchtvaart.pdf"));
        var text = string.Join(" ", document.Body.Select(b => b.Text).Concat(document.Footnotes.Select(f => f.Text)));
        Assert.Contains("Toezegging TZ202309-010", text, StringComparison.Ordinal);
        Assert.Contains("Nederlandse Arbeidsinspectie", text, StringComparison.Ordinal);
        Assert.DoesNotMatch(@"\b[ACMOPT] (?:agina|oezegging|rbeids|ngevallen|ijfers|lgemene)", text);
        Assert.DoesNotContain("Pagina 1 van", text, StringComparison.Ordinal); // the side column's page count is a running line
    }

    [CorpusFact]
    public void Handelingen_and_besluitenlijsten_parse_without_running_lines_in_the_body()
    {
        foreach (var file in CorpusFiles.Paths(".pdf").Where(p => p.StartsWith("handelingen/", StringComparison.Ordinal) || p.StartsWith("besluitenlijst/", StringComparison.Ordinal)))
        {
            var document = KamerstukParser.ParseFile(CorpusFiles.FullPath(file));
            Assert.Equal(file.Split('/')[0], document.DocumentType?.Name());
            Assert.DoesNotContain(document.Body, b => RunningLineRegex().IsMatch(b.Text) && b.Text.Length > 3 || HandelingenRunningRegex().IsMatch(b.Text));
            if (document.DocumentType == DocumentType.Handelingen)
            {
                Assert.Equal(Chamber.TweedeKamer, document.Chamber);
                Assert.Matches(@"^h-tk-\d{8}-\d+-\d+$", document.Identifier);
            }
        }
    }

    [CorpusTheory]
    [InlineData("motie/motie.pdf", "motie/b3d8dcc1-7e7a-401f-9d54-b90ebf014dd7.xml")]
    [InlineData("motie/d7a5dc6c-3636-4acd-8630-96c14e97dcce.pdf", "motie/4fc8e28c-5f92-418a-8e7c-ace40e2b677e.xml")]
    public void Motie_pdf_agrees_with_its_official_xml(string pdf, string xml)
    {
        var fromPdf = KamerstukParser.ParseFile(CorpusFiles.FullPath(pdf));
        var fromXml = KamerstukParser.ParseFile(CorpusFiles.FullPath(xml));
        Assert.Equal(fromXml.Identifier, fromPdf.Identifier);
        Assert.Equal(fromXml.Vergaderjaar, fromPdf.Vergaderjaar);
        Assert.Equal(fromXml.Chamber, fromPdf.Chamber);
        Assert.Equal(fromXml.Ondernummer, fromPdf.Ondernummer);
        Assert.Equal(fromXml.Title, fromPdf.Title);
        Assert.Equal(fromXml.Dates.Proposed, fromPdf.Dates.Proposed);
        Assert.Equal(fromXml.Dossiers.Select(d => (d.Number, d.Suffix, d.Title)), fromPdf.Dossiers.Select(d => (d.Number, d.Suffix, d.Title)));
        Assert.Equal(fromXml.Motion!.Submitters.Select(s => s.Name), fromPdf.Motion!.Submitters.Select(s => s.Name));
        Assert.Equal(fromXml.Motion.Considerations, fromPdf.Motion.Considerations);
        Assert.Equal(fromXml.Motion.Requests, fromPdf.Motion.Requests);
    }

    [GeneratedRegex(@"vergaderjaar\s+\d{4}[–-]\d{4},|ISSN\s+0921|['’]s-Gravenhage\s+\d{4}$|^\d{1,3}$")]
    private static partial Regex RunningLineRegex();

    [GeneratedRegex(@"^(?:TK|EK)\s+\d{1,3}$|^\d{1,3}-\d{1,3}-\d{1,4}$")]
    private static partial Regex HandelingenRunningRegex();
}

/// <summary>An officielebekendmakingen page (the HTML sample) and the corpus PDF of the same Aanhangsel agree.</summary>
public sealed class HtmlAndPdfAgreementTests
{
    [CorpusFact]
    public void The_html_page_and_the_pdf_give_the_same_identity_and_the_same_pairs()
    {
        var html = KamerstukParser.ParseFile(Path.Combine(TestPaths.Samples, "html", "ah-tk-20232024-1314.html"));
        var pdf = KamerstukParser.ParseFile(CorpusFiles.FullPath("aanhangsel-kamervragen/00fe7edd-24c8-4857-98da-774ed3b06836.pdf"));
        Assert.Equal(pdf.Identifier, html.Identifier);
        Assert.Equal(pdf.Publication, html.Publication);
        Assert.Equal(pdf.Chamber, html.Chamber);
        Assert.Equal(pdf.Vergaderjaar, html.Vergaderjaar);
        Assert.Equal(pdf.Aanhangselnummer, html.Aanhangselnummer);
        Assert.Equal(pdf.DocumentType, html.DocumentType);
        Assert.Equal(pdf.Dates.Submitted, html.Dates.Submitted);
        Assert.Equal(pdf.Dates.Received, html.Dates.Received);
        Assert.Equal(pdf.Kamervragen!.Askers, html.Kamervragen!.Askers);
        Assert.Equal(pdf.Kamervragen.AnsweredBy, html.Kamervragen.AnsweredBy);
        Assert.Equal(pdf.Qa.Select(q => string.Join(',', q.Questions)), html.Qa.Select(q => string.Join(',', q.Questions)));
        Assert.Equal(pdf.Qa[0].Question, html.Qa[0].Question);
    }
}
