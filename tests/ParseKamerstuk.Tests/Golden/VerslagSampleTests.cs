using ParseKamerstuk.Model;

namespace ParseKamerstuk.Tests.Golden;

/// <summary>
/// The sample verslag van een schriftelijk overleg as text and as the PDF laid out from it: both give the same
/// structure, and that structure is the one the verslag prints.
/// </summary>
public sealed class VerslagSampleTests
{
    private static readonly KamerstukDocument s_text =
        KamerstukParser.ParseFile(Path.Combine(TestPaths.Samples, "text", "tk-29984-verslag-schriftelijk-overleg.txt"));

    private static readonly KamerstukDocument s_pdf =
        KamerstukParser.ParseFile(Path.Combine(TestPaths.Samples, "pdf", "kst-29984-1120.pdf"));

    public static TheoryData<string> Forms() => ["text", "pdf"];

    private static KamerstukDocument Form(string form) => form == "pdf" ? s_pdf : s_text;

    [Theory]
    [MemberData(nameof(Forms))]
    public void The_verslag_gives_its_type_identity_signatories_and_one_pair_per_fractie(string form)
    {
        var document = Form(form);

        Assert.Equal("kst-29984-1120", document.Identifier);
        Assert.Equal(DocumentType.VerslagSchriftelijkOverleg, document.DocumentType);
        Assert.Equal("Verslag van een schriftelijk overleg", document.Title);
        Assert.Equal(new DateOnly(2024, 3, 12), document.Dates.Established);
        Assert.Equal([new Signatory("Voorzitter van de commissie", "Vijlbrief")], document.Letters.SelectMany(l => l.Signatories));
        Assert.Equal("Koerselman", Assert.Single(document.Committees).Clerk);
        Assert.Equal(["VVD", "GroenLinks-PvdA", "NSC"], document.Qa.Select(q => q.Fractie));
        Assert.All(document.Qa, q => Assert.StartsWith($"De leden van de {q.Fractie}-fractie", q.Question, StringComparison.Ordinal));
        Assert.All(document.Qa, q => Assert.StartsWith($"De leden van de {q.Fractie}-fractie vragen", q.Answer, StringComparison.Ordinal));
        Assert.DoesNotContain(document.Diagnostics, d => d.Severity == ParseKamerstuk.Diagnostics.DiagnosticSeverity.Warning);
    }

    [Fact]
    public void The_pdf_and_the_text_give_the_same_pairs_and_headings()
    {
        Assert.Equal(s_text.Qa.Select(q => (q.Fractie, q.Question, q.Answer)), s_pdf.Qa.Select(q => (q.Fractie, q.Question, q.Answer)));
        Assert.Equal(s_text.Qa.Select(q => q.Pages), s_pdf.Qa.Select(q => q.Pages));
        Assert.Equal(
            s_text.Body.Where(b => b.Type == BlockTypes.Heading).Select(b => b.Text).SkipWhile(t => !t.StartsWith("I ", StringComparison.Ordinal)),
            s_pdf.Body.Where(b => b.Type == BlockTypes.Heading).Select(b => b.Text).SkipWhile(t => !t.StartsWith("I ", StringComparison.Ordinal)));
    }
}
