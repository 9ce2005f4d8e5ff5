using System.Globalization;
using System.Text;
using ParseKamerstuk.Diagnostics;
using ParseKamerstuk.Reading;
using ParseKamerstuk.Tests.Reading;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

namespace ParseKamerstuk.Tests.Robustness;

/// <summary>
/// Each reader step takes time in proportion to its input, on the shapes that once made them quadratic: many accents
/// or superscripts on one page, many running lines, many meta records, footnotes or paragraphs, and HTML whose tags
/// nest in the tree builder though a count of tags says they close.
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

    [Fact]
    public void Meta_records_in_xml() =>
        Scaling.AssertLinear(MetaXml, data => XmlDocumentReader.Instance.Read(data, ParseOptions.Default, default), 5000);

    [Fact]
    public void Footnotes_in_a_word_document() =>
        Scaling.AssertLinear(FootnoteDocx, data => WordDocumentReader.Instance.Read(data, ParseOptions.Default, default), 1000);

    [Fact]
    public void Flat_paragraphs_in_html() =>
        Scaling.AssertLinear(n => Html(n, i => $"<p>Alinea {i}.</p>"), ReadHtml, 3000);

    [Theory]
    [InlineData("<dl>")]
    [InlineData("<div></b>")]
    [InlineData("<div></span>")]
    [InlineData("<span><div></span>")]
    [InlineData("<select><option><optgroup>")]
    [InlineData("<table><td><div></td>")]
    public void Html_that_nests_in_the_tree_builder(string repeated) =>
        Scaling.AssertLinear(n => Html(n, _ => repeated), ReadHtml, 2000);

    [Theory]
    [InlineData("<dl>")]
    [InlineData("<div></b>")]
    [InlineData("<span><div></span>")]
    public void Html_that_nests_deep_in_the_tree_builder_is_refused(string repeated)
    {
        var exception = Assert.Throws<KamerstukInputException>(() => HtmlDocumentReader.Instance.Read(Html(100_000, _ => repeated), ParseOptions.Default, default));
        Assert.Equal("the HTML is nested more than 1000 elements deep", exception.Message);
    }

    [Theory]
    [InlineData("<p>Alinea")]
    [InlineData("<li>punt")]
    [InlineData("<div>blok</div>")]
    [InlineData("<p><b>vet</p>")]
    [InlineData("<a name=\"x\"/>anker")]
    [InlineData("<table><tr><td>cel</table>")]
    [InlineData("<select><option>a<option>b</select>")]
    [InlineData("<b>vet</b></i></span>")]
    public void Html_whose_elements_close_themselves_is_read(string repeated)
    {
        var source = ReadHtml(Html(5000, _ => repeated));
        Assert.NotNull(source);
        Assert.NotEmpty(source.Lines);
    }

    private static ParseKamerstuk.Text.SourceDocument ReadPdf(byte[] data) => PdfDocumentReader.Instance.Read(data, ParseOptions.Default, default);

    private static ParseKamerstuk.Text.SourceDocument? ReadHtml(byte[] data)
    {
        try
        {
            return HtmlDocumentReader.Instance.Read(data, ParseOptions.Default, default);
        }
        catch (KamerstukInputException)
        {
            return null;
        }
    }

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

    private static byte[] MetaXml(int count) => Encoding.UTF8.GetBytes(
        "<?xml version=\"1.0\"?><officiele-publicatie><metadata>"
        + string.Concat(Enumerable.Range(0, count).Select(i => $"<meta name=\"DC.identifier\" content=\"kst-36600-{i}\"/>"))
        + "</metadata><kamerstuk><stuk><al>tekst</al></stuk></kamerstuk></officiele-publicatie>");

    // Paragraphs of ten footnote references each, and the notes they refer to.
    private static byte[] FootnoteDocx(int count)
    {
        var body = new StringBuilder();
        for (var i = 1; i <= count; i++)
        {
            body.Append(i % 10 == 1 ? "<w:p>" : string.Empty)
                .Append(CultureInfo.InvariantCulture, $"""<w:r><w:t xml:space="preserve">Zie </w:t></w:r><w:r><w:footnoteReference w:id="{i}"/></w:r>""")
                .Append(i % 10 == 0 || i == count ? "</w:p>" : string.Empty);
        }

        var notes = new StringBuilder($"""<w:footnotes xmlns:w="{WordReaderTests.W}">""");
        for (var i = 1; i <= count; i++)
        {
            notes.Append(CultureInfo.InvariantCulture, $"""<w:footnote w:id="{i}"><w:p><w:r><w:t>Noot {i}</w:t></w:r></w:p></w:footnote>""");
        }

        notes.Append("</w:footnotes>");
        var document = $"""<w:document xmlns:w="{WordReaderTests.W}"><w:body>{body}</w:body></w:document>""";
        return WordReaderTests.Package(WordReaderTests.MainType, document, null, notes.ToString());
    }

    private static byte[] Html(int count, Func<int, string> element) => Encoding.UTF8.GetBytes(
        "<!DOCTYPE html><html><head><title>x</title></head><body>" + string.Concat(Enumerable.Range(0, count).Select(element)) + "</body></html>");
}
