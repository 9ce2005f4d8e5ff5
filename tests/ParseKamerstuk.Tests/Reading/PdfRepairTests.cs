using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using ParseKamerstuk.Diagnostics;
using ParseKamerstuk.Json;
using ParseKamerstuk.Reading;

namespace ParseKamerstuk.Tests.Reading;

/// <summary>
/// The sample letter (written by PdfPig's builder, a cross-reference table at its end) broken as real files are broken,
/// each giving the JSON of the unbroken file (the repair's own diagnostic aside). PdfPig's lenient reading already
/// finds a section a few bytes off in these files (a brute-force search); the repair is for what it cannot open.
/// </summary>
public sealed partial class PdfRepairTests
{
    private static readonly byte[] Sample = File.ReadAllBytes(Path.Combine(TestPaths.Samples, "pdf", "kst-36600-XIII-99.pdf"));

    private static string Latin1 => Encoding.Latin1.GetString(Sample);

    private static int XrefOffset => Latin1.LastIndexOf("\nxref\n", StringComparison.Ordinal) + 1;

    // The file with its last startxref offset changed.
    private static byte[] WithStartXref(byte[] pdf, long offset)
    {
        var text = Encoding.Latin1.GetString(pdf);
        var at = text.LastIndexOf("startxref\n", StringComparison.Ordinal) + 10;
        var end = text.IndexOf('\n', at);
        return Encoding.Latin1.GetBytes(text[..at] + offset.ToString(CultureInfo.InvariantCulture) + text[end..]);
    }

    // The sample with a cross-reference stream (object 9) in place of its table and trailer, as Aspose.PDF writes it.
    private static (byte[] Pdf, int ObjectOffset) WithXrefStream()
    {
        var text = Latin1;
        var offsets = EntryRegex().Matches(text[XrefOffset..]).Select(m => (long.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture), m.Groups[3].Value)).ToList();
        var body = text[..XrefOffset];
        var objectOffset = body.Length;
        offsets.Add((objectOffset, "n"));
        var entries = offsets.SelectMany(e => new byte[] { (byte)(e.Item2 == "n" ? 1 : 0), (byte)(e.Item1 >> 24), (byte)(e.Item1 >> 16), (byte)(e.Item1 >> 8), (byte)e.Item1, 0, 0 }).ToArray();
        entries[5] = entries[6] = 0xFF;
        var head = $"9 0 obj\n<</Type/XRef/Size 10/W[1 4 2]/Root 7 0 R/Info 8 0 R/Length {entries.Length}>>\nstream\n";
        byte[] pdf = [.. Encoding.Latin1.GetBytes(body + head), .. entries, .. Encoding.Latin1.GetBytes($"\nendstream\nendobj\nstartxref\n{objectOffset}\n%%EOF\n")];
        return (pdf, objectOffset);
    }

    private static string Json(byte[] pdf)
    {
        var document = KamerstukParser.Parse(pdf, "kst-36600-XIII-99.pdf");
        return KamerstukJson.Serialize(document with
        {
            Source = document.Source with { Sha256 = string.Empty },
            Diagnostics = [.. document.Diagnostics.Where(d => d.Code != DiagnosticCodes.Repaired)],
        });
    }

    private static bool Repaired(byte[] pdf) =>
        PdfDocumentReader.Instance.Read(pdf, ParseOptions.Default, CancellationToken.None).Diagnostics.Any(d => d.Code == DiagnosticCodes.Repaired && d.Severity == DiagnosticSeverity.Info);

    [Theory]
    [InlineData(-3)]
    [InlineData(-2)]
    [InlineData(-1)]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void A_startxref_offset_a_few_bytes_off_gives_the_json_of_the_unbroken_file(int shift)
    {
        Assert.Equal(Json(Sample), Json(WithStartXref(Sample, XrefOffset + shift)));
    }

    [Fact]
    public void A_cross_reference_stream_in_place_of_the_table_gives_the_json_of_the_table()
    {
        Assert.Equal(Json(Sample), Json(WithXrefStream().Pdf));
        Assert.False(Repaired(WithXrefStream().Pdf));
    }

    [Theory]
    [InlineData(-2)]
    [InlineData(-1)]
    [InlineData(1)]
    [InlineData(2)]
    public void A_startxref_on_the_white_space_before_a_cross_reference_stream_gives_the_json_of_the_unbroken_file(int shift)
    {
        // Aspose.PDF: "startxref" gives the offset of the line feed before "9 0 obj".
        var (pdf, objectOffset) = WithXrefStream();
        Assert.Equal(Json(Sample), Json(WithStartXref(pdf, objectOffset + shift)));
    }

    [Theory]
    [InlineData(-3)]
    [InlineData(-2)]
    [InlineData(-1)]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void A_startxref_offset_a_few_bytes_off_is_moved_onto_the_section(int shift)
    {
        Assert.Equal(WithStartXref(Sample, XrefOffset), PdfRepair.MoveStartXref(WithStartXref(Sample, XrefOffset + shift)));
        var (pdf, objectOffset) = WithXrefStream();
        Assert.Equal(pdf, PdfRepair.MoveStartXref(WithStartXref(pdf, objectOffset + shift)));
    }

    [Fact]
    public void A_truncated_cross_reference_table_is_rebuilt_from_the_object_headers()
    {
        // "xref 0 9" followed by four of its nine entries, and no trailer: PdfPig finds no trailer dictionary.
        var text = Latin1;
        var entries = text.IndexOf("0000000000 65535 f", XrefOffset, StringComparison.Ordinal);
        var broken = Encoding.Latin1.GetBytes(text[..(entries + (20 * 4))] + text[text.IndexOf("startxref", XrefOffset, StringComparison.Ordinal)..]);
        Assert.Equal(Json(Sample), Json(broken));
        Assert.True(Repaired(broken));
    }

    [Fact]
    public void A_truncated_cross_reference_table_with_its_trailer_gives_the_json_of_the_unbroken_file()
    {
        var text = Latin1;
        var entries = text.IndexOf("0000000000 65535 f", XrefOffset, StringComparison.Ordinal);
        var broken = Encoding.Latin1.GetBytes(text[..(entries + (20 * 4))] + text[text.IndexOf("trailer", XrefOffset, StringComparison.Ordinal)..]);
        Assert.Equal(Json(Sample), Json(broken));
    }

    [Fact]
    public void A_file_without_cross_reference_and_trailer_is_rebuilt_with_the_catalog_as_root()
    {
        var broken = Encoding.Latin1.GetBytes(Latin1[..XrefOffset] + "startxref\n" + XrefOffset.ToString(CultureInfo.InvariantCulture) + "\n%%EOF\n");
        Assert.Equal(Json(Sample), Json(broken));
        Assert.True(Repaired(broken));
    }

    [Fact]
    public void An_unbroken_file_is_not_repaired()
    {
        Assert.False(Repaired(Sample));
        Assert.Null(PdfRepair.MoveStartXref(Sample));
    }

    [GeneratedRegex(@"(\d{10}) (\d{5}) ([nf])")]
    private static partial Regex EntryRegex();
}
