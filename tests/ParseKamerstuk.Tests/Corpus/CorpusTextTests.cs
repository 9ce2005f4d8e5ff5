using ParseKamerstuk.Diagnostics;
using ParseKamerstuk.Json;
using ParseKamerstuk.Model;

namespace ParseKamerstuk.Tests.Corpus;

/// <summary>Every text document of the shared corpus: parses, validates, and gives its committee compositions.</summary>
public sealed class CorpusTextTests
{
    public static TheoryData<string> TextFiles() => CorpusFiles.WithExtensions(".txt", ".md");

    [CorpusTheory]
    [MemberData(nameof(TextFiles))]
    public void Text_document_parses_into_valid_json(string file)
    {
        // Given / When
        var document = KamerstukParser.ParseFile(CorpusFiles.FullPath(file));
        var json = KamerstukJson.Serialize(document);

        // Then
        Assert.Empty(SchemaCheck.Errors(json));
        Assert.Equal("text", document.Source.Format);
        Assert.NotEmpty(document.Body);
    }

    [CorpusTheory]
    [MemberData(nameof(TextFiles))]
    public void Every_composition_footnote_gives_members_with_parties(string file)
    {
        var text = File.ReadAllText(CorpusFiles.FullPath(file));
        if (!text.Contains("Samenstelling", StringComparison.Ordinal))
        {
            return;
        }

        var document = KamerstukParser.ParseFile(CorpusFiles.FullPath(file));
        var composed = document.Committees.Where(c => c.Footnote is not null).ToList();
        Assert.NotEmpty(composed);
        Assert.All(composed, c => Assert.True(
            c.Members.Count(m => m.Party is not null) >= 8,
            $"{c.Name ?? "(unnamed)"}: only {c.Members.Count(m => m.Party is not null)} members with party"));
    }

    [CorpusFact]
    public void Ocr_compositions_keep_roles_and_lists()
    {
        // Tweede Kamer style: "Leden: …, Hillen (CDA), voorzitter, … en vacature CD. Plv. leden: …"
        var document = KamerstukParser.ParseFile(CorpusFiles.FullPath("tk-verslag/sgd-0000001187-ocr.txt"));
        var committee = Assert.Single(document.Committees, c => c.Footnote == "1");
        Assert.Equal("vaste Commissie voor Defensie", committee.Name);
        Assert.Equal(24, committee.Members.Count);
        Assert.Equal(25, committee.Substitutes.Count);
        Assert.Equal(["voorzitter"], committee.Members.Single(m => m.Name == "Hillen").Roles);
        Assert.Equal("CD", Assert.Single(committee.Vacancies).Party);
        Assert.Equal("kst-23787-4", document.Identifier);
        Assert.Equal(Chamber.TweedeKamer, document.Chamber);
        Assert.Equal("1994-1995", document.Vergaderjaar);
        Assert.Equal(new DateOnly(1994, 9, 22), document.Dates.Established);
    }

    [CorpusFact]
    public void Ocr_composition_with_roles_after_a_comma()
    {
        // "Castricum (PvdA), voorzitter, … Lankhorst (Groen-Links), ondervoorzitter, …"
        var document = KamerstukParser.ParseFile(CorpusFiles.FullPath("lijst-vragen-antwoorden/sgd-0000013526-ocr.txt"));
        var committee = Assert.Single(document.Committees);
        Assert.Equal(["voorzitter"], committee.Members.Single(m => m.Name == "Castricum").Roles);
        Assert.Equal(["ondervoorzitter"], committee.Members.Single(m => m.Name == "Lankhorst").Roles);
        Assert.Equal("Groen-Links", committee.Members.Single(m => m.Name == "Lankhorst").Party);
        Assert.Equal(23, committee.Members.Count);
        Assert.Equal(23, committee.Substitutes.Count);
    }

    [CorpusFact]
    public void Ocr_pages_without_pairs_report_no_errors()
    {
        foreach (var file in CorpusFiles.Paths(".txt", ".md"))
        {
            var document = KamerstukParser.ParseFile(CorpusFiles.FullPath(file));
            Assert.DoesNotContain(document.Diagnostics, d => d.Severity == DiagnosticSeverity.Error);
        }
    }
}

/// <summary>The Aanhangsels of Staten-Generaal Digitaal (OCR of the older print): questions and answers numbered without a label.</summary>
public sealed class CorpusOcrAanhangselTests
{
    [CorpusFact]
    public void Every_ocr_aanhangsel_gives_its_questions_in_order_with_submitted_and_received_dates()
    {
        var files = CorpusFiles.Paths(".txt").Where(p => p.StartsWith("aanhangsel-kamervragen/sgd-", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(files);
        foreach (var file in files)
        {
            var document = KamerstukParser.ParseFile(CorpusFiles.FullPath(file));
            Assert.True(document.Qa.Count >= 3, $"{file}: {document.Qa.Count} pairs");
            Assert.Equal(Enumerable.Range(1, document.Qa.Count), document.Qa.Select(q => Assert.Single(q.Questions)));
            Assert.True(document.Qa[0].Answer is not null, $"{file}: question 1 has no answer");
            Assert.All(document.Qa, q => Assert.Null(q.Section));
            Assert.All(document.Qa, q => Assert.DoesNotContain("ISSN", q.Answer ?? string.Empty, StringComparison.Ordinal));
            Assert.NotNull(document.Dates.Received);
            Assert.NotEmpty(document.Kamervragen!.Askers);
        }
    }

    [CorpusFact]
    public void Lost_numbers_are_taken_from_the_order_of_the_paragraphs()
    {
        // "2 Wat is de juridische status van dit bureau?" / "Hebben de medewerkers een ambtelijke status? 4 Zo neen, …"
        var document = KamerstukParser.ParseFile(CorpusFiles.FullPath("aanhangsel-kamervragen/sgd-0000091317-ocr.txt"));
        Assert.Equal(7, document.Qa.Count);
        Assert.All(document.Qa, q => Assert.Equal(q.Questions, q.Answers));
        Assert.Equal("Hebben de medewerkers een ambtelijke status?", document.Qa[2].Question);
        Assert.StartsWith("De medewerkers hebben bij de reorganisatie", document.Qa[2].Answer, StringComparison.Ordinal);
        Assert.Equal([1], document.Qa[5].RefersTo);
        Assert.Equal("het Bureau Managementontwikkeling en Ondersteuning", document.Kamervragen!.Subject);
        Assert.Equal(new DateOnly(1989, 4, 19), document.Dates.Submitted);
        Assert.Equal(2, document.Diagnostics.Count(d => d.Code == DiagnosticCodes.NumberInferred));
    }
}

/// <summary>The amendments of the corpus: changes, explanation and submitters.</summary>
public sealed class CorpusAmendmentTests
{
    [CorpusFact]
    public void Every_amendment_gives_its_changes_and_submitters()
    {
        var files = CorpusFiles.Paths(".txt").Where(p => p.StartsWith("amendement/", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(files);
        foreach (var file in files)
        {
            var document = KamerstukParser.ParseFile(CorpusFiles.FullPath(file));
            var amendment = Assert.IsType<Model.Amendment>(document.Amendment);
            Assert.NotEmpty(amendment.Changes);
            Assert.NotEmpty(amendment.Submitters);
        }
    }

    [CorpusFact]
    public void A_gewijzigd_amendment_with_numbered_changes_names_both_submitters()
    {
        var document = KamerstukParser.ParseFile(CorpusFiles.FullPath("amendement/sgd-0000000962-ocr.txt"));
        Assert.Equal(["Van der Heijden", "Mulder-van Dam"], document.Amendment!.Submitters.Select(s => s.Name));
        Assert.Equal("I", document.Amendment.Changes[0].Label);
    }
}
