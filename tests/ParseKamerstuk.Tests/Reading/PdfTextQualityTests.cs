using ParseKamerstuk.Diagnostics;
using ParseKamerstuk.Reading;
using ParseKamerstuk.Text;

namespace ParseKamerstuk.Tests.Reading;

public sealed class PdfTextQualityTests
{
    [Fact]
    public void A_broken_font_map_is_an_error_diagnostic_not_silent_garbage()
    {
        SourceLine[] lines = [new("(cid:12)(cid:40)(cid:3)(cid:71) Vraag 1", 1), new("\uFFFD\uFFFD\uFFFD\uFFFD Antwoord", 1)];
        var diagnostic = PdfDocumentReader.TextQuality(lines);
        Assert.Equal(DiagnosticCodes.UnreadableFontMapping, diagnostic?.Code);
        Assert.Equal(DiagnosticSeverity.Error, diagnostic?.Severity);
    }

    [Fact]
    public void A_page_without_text_is_named_as_such()
    {
        Assert.Equal(DiagnosticCodes.NoText, PdfDocumentReader.TextQuality([new(string.Empty, 1)])?.Code);
    }

    [Fact]
    public void Good_text_has_no_diagnostic()
    {
        Assert.Null(PdfDocumentReader.TextQuality([new("Kan de regering dit nader preciseren? Kostić", 1)]));
    }
}
