using System.Globalization;
using ParseKamerstuk.Reading;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

namespace ParseKamerstuk.Tests.Robustness;

/// <summary>
/// Each reader step takes time in proportion to its input, on the shapes that once made them quadratic: many accents,
/// superscripts, body lines or running lines on one page.
/// </summary>
[Collection(ScalingGroup.Name)]
public sealed class ReaderScalingTests
{
    [Fact]
    public void Spacing_accents_on_one_page() =>
        Scaling.AssertLinear(AccentPdf, ReadPdf, 1500);

    [Fact]
    public void Superscripts_on_one_page() =>
        Scaling.AssertLinear(SuperscriptPdf, ReadPdf, 150);

    [Fact]
    public void Running_lines_at_the_bottom_of_a_page() =>
        Scaling.AssertLinear(FooterPdf, ReadPdf, 1200);

    [Fact]
    public void Body_lines_on_one_page_find_their_column() =>
        Scaling.AssertLinear(BodyLines, EmitLines, 5000);

    private static ParseKamerstuk.Text.SourceDocument ReadPdf(byte[] data) => PdfDocumentReader.Instance.Read(data, ParseOptions.Default, default);

    // Lines of body text down one page, in two columns of ragged width.
    private static List<PdfTextLine> BodyLines(int count) =>
        [.. Enumerable.Range(0, count).Select(i => new PdfTextLine(
            "Regel van de tekst die doorloopt.", 72 + (i % 2 * 250), 300 + (i % 2 * 250) - (i % 7), 100_000 - (i * 12), 10, false, false, []))];

    private static List<ParseKamerstuk.Text.SourceLine> EmitLines(List<PdfTextLine> body)
    {
        var lines = new List<ParseKamerstuk.Text.SourceLine>();
        PdfDocumentReader.Emit(body, 1, 10, lines, firstOfPage: true);
        return lines;
    }

    // Lines of "e´e´e´…": as many spacing accents as letters, all on one page.
    private static byte[] AccentPdf(int pairs)
    {
        const int PerLine = 50;
        var lines = (pairs + PerLine - 1) / PerLine;
        var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        var page = builder.AddPage(800, 100 + (lines * 12));
        for (var line = 0; line < lines; line++)
        {
            page.AddText(string.Concat(Enumerable.Repeat("e´", PerLine)), 10, new PdfPoint(20, 50 + (line * 12)), font);
        }

        return builder.Build();
    }

    // Lines of body text with five footnote markers each, set small and raised.
    private static byte[] SuperscriptPdf(int markers)
    {
        const int PerLine = 5;
        var lines = markers / PerLine;
        var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        var page = builder.AddPage(600, 100 + (lines * 14));
        for (var line = 0; line < lines; line++)
        {
            var y = 50 + (line * 14);
            page.AddText("Zie de brief, de nota en het verslag van de commissie hierover.", 10, new PdfPoint(72, y), font);
            for (var k = 1; k <= PerLine; k++)
            {
                page.AddText(((line * PerLine) + k).ToString(CultureInfo.InvariantCulture)[^1..], 6, new PdfPoint(72 + (55 * k), y + 3), font);
            }
        }

        return builder.Build();
    }

    // Short distinct running lines ("AAA0", "AAA1", …) in the bottom 8 per cent of one tall page.
    private static byte[] FooterPdf(int count)
    {
        var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        var page = builder.AddPage(600, 1000 + (count * 10 / 0.08));
        for (var i = 0; i < count; i++)
        {
            var name = string.Create(CultureInfo.InvariantCulture, $"{(char)('A' + (i / 2600 % 26))}{(char)('A' + (i / 100 % 26))}{(char)('A' + (i / 10 % 26))}{i % 10}");
            page.AddText(name, 8, new PdfPoint(72, 20 + (i * 10)), font);
        }

        return builder.Build();
    }
}
