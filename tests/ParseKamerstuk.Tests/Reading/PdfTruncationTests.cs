using ParseKamerstuk.Diagnostics;
using ParseKamerstuk.Reading;

namespace ParseKamerstuk.Tests.Reading;

public sealed class PdfTruncationTests
{
    private static byte[] Sample() => File.ReadAllBytes(Path.Combine(TestPaths.Samples, "pdf", "kst-36600-XIII-99.pdf"));

    [Fact]
    public void Every_sample_pdf_ends_with_its_end_marker()
    {
        Assert.All(Directory.GetFiles(Path.Combine(TestPaths.Samples, "pdf"), "*.pdf"), f => Assert.True(PdfDocumentReader.EndsWithEndMarker(File.ReadAllBytes(f)), f));
    }

    [Fact]
    public void A_pdf_cut_after_its_pages_keeps_its_text_and_says_it_may_be_truncated()
    {
        var data = Sample();
        var cut = data[..(data.Length - 20)];
        var source = PdfDocumentReader.Instance.Read(cut, ParseOptions.Default, CancellationToken.None);
        Assert.Contains(source.Diagnostics, d => d.Code == DiagnosticCodes.Truncated && d.Severity == DiagnosticSeverity.Warning);
        Assert.Contains(source.Lines, l => !l.IsBlank);
    }

    [CorpusFact]
    public void A_pdf_cut_so_that_no_page_can_be_read_is_an_input_error_not_an_empty_document()
    {
        // The bill keeps its first cross-reference section at the start: cut anywhere after it, the lenient reader
        // still opens the file and finds a page without content.
        var data = File.ReadAllBytes(Path.Combine(TestPaths.Corpus, "voorstel-van-wet", "vm1kkye15yy2.pdf"));
        foreach (var percent in new[] { 5, 30, 70 })
        {
            var cut = data[..(data.Length * percent / 100)];
            var exception = Assert.Throws<KamerstukInputException>(() => PdfDocumentReader.Instance.Read(cut, ParseOptions.Default, CancellationToken.None));
            Assert.StartsWith("truncated PDF", exception.Message, StringComparison.Ordinal);
        }
    }
}
