using ParseKamerstuk.Reading;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

namespace ParseKamerstuk.Tests.Reading;

public sealed class PdfParallelPagesTests
{
    // A long PDF: each page a heading, two lines of body text and a running footer with its page number.
    internal static byte[] LongPdf(int pages)
    {
        var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        for (var number = 1; number <= pages; number++)
        {
            var page = builder.AddPage(UglyToad.PdfPig.Content.PageSize.A4);
            page.AddText($"Paragraaf {number}", 12, new PdfPoint(72, 760), font);
            page.AddText($"Op pagina {number} staat de tekst van het wetsvoorstel over de zorg en de", 10, new PdfPoint(72, 730), font);
            page.AddText($"bekostiging daarvan, artikel {number} tot en met {number + 1}.", 10, new PdfPoint(72, 716), font);
            page.AddText($"Tweede Kamer, vergaderjaar 2023–2024, 36 600, nr. 2 {number}", 8, new PdfPoint(72, 40), font);
        }

        return builder.Build();
    }

    [Fact]
    public void A_long_pdf_read_on_several_threads_gives_what_one_thread_gives()
    {
        var data = LongPdf(120);
        var serial = PdfDocumentReader.Instance.Read(data, new ParseOptions { MaxDegreeOfParallelism = 1 }, CancellationToken.None);
        var parallel = PdfDocumentReader.Instance.Read(data, new ParseOptions { MaxDegreeOfParallelism = 4 }, CancellationToken.None);

        Assert.Equal(serial.Lines, parallel.Lines);
        Assert.Equal(serial.Metadata.RunningLines, parallel.Metadata.RunningLines);
        Assert.Equal(serial.Metadata.Fields, parallel.Metadata.Fields);
        Assert.Equal(120, parallel.PageCount);

        // Every page's text is on that page, in page order.
        var headings = parallel.Lines.Where(l => l.Text.StartsWith("Paragraaf ", StringComparison.Ordinal)).ToList();
        Assert.Equal(Enumerable.Range(1, 120).Select(n => $"Paragraaf {n}"), headings.Select(l => l.Text));
        Assert.All(headings, l => Assert.Equal(int.Parse(l.Text["Paragraaf ".Length..], System.Globalization.CultureInfo.InvariantCulture), l.Page));
    }

    [Fact]
    public void A_cancelled_parallel_read_stops_with_the_cancellation()
    {
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();
        Assert.ThrowsAny<OperationCanceledException>(
            () => PdfDocumentReader.Instance.Read(LongPdf(110), new ParseOptions { MaxDegreeOfParallelism = 2 }, cancelled.Token));
    }
}
