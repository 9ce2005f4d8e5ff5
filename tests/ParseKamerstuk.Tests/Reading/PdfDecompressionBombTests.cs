using System.Text;
using ParseKamerstuk.Diagnostics;
using ParseKamerstuk.Reading;
using static ParseKamerstuk.Tests.Reading.PdfFiles;

namespace ParseKamerstuk.Tests.Reading;

public sealed class PdfDecompressionBombTests
{
    private const long Megabyte = 1024 * 1024;

    private static readonly ParseOptions FourMegabytes = ParseOptions.Default with { MaxDecodedBytes = 4 * Megabyte };

    // A page whose content stream has the filters and data given.
    private static byte[] Content(string filters, byte[] data) =>
        Make(Catalog, Pages, Page("/Contents 4 0 R/Resources<</Font<</F1 5 0 R>>>>"), Stream(filters, data), Font);

    // The text, then spaces: a content stream that decodes to the given size.
    private static byte[] Padded(long size) => [.. Encoding.ASCII.GetBytes(Greeting), .. Enumerable.Repeat((byte)' ', (int)size - Greeting.Length)];

    public static TheoryData<string, byte[]> Bombs => new()
    {
        { "one layer", Content("/Filter/FlateDecode", FlateZeros(5 * Megabyte)) },
        { "Flate inside Flate", Content("/Filter[/FlateDecode/FlateDecode]", Flate(FlateZeros(5 * Megabyte))) },
        { "Flate inside ASCIIHex", Content("/Filter[/ASCIIHexDecode/FlateDecode]", Encoding.ASCII.GetBytes(Convert.ToHexString(FlateZeros(5 * Megabyte)) + ">")) },
        { "a font file", Make(Catalog, Pages, Page(string.Empty), Stream("/Filter/FlateDecode/Length1 100", FlateZeros(5 * Megabyte))) },
        {
            "an object stream",
            Make(Catalog, Pages, Page(string.Empty), Stream("/Type/ObjStm/N 1/First 4/Filter/FlateDecode", Flate([.. "6 0 "u8, .. Enumerable.Repeat((byte)' ', (int)(5 * Megabyte))])))
        },
    };

    [Theory]
    [MemberData(nameof(Bombs))]
    public void A_stream_that_inflates_past_the_limit_is_refused(string what, byte[] pdf)
    {
        var exception = Assert.Throws<KamerstukInputException>(() => PdfDocumentReader.Instance.Read(pdf, FourMegabytes, CancellationToken.None));
        Assert.True(exception.Message == "a stream inflates past the limit of 4 MB (a decompression bomb?)", what + ": " + exception.Message);
    }

    [Fact]
    public void Streams_that_inflate_to_less_than_the_limit_together_are_read()
    {
        var source = PdfDocumentReader.Instance.Read(Content("/Filter[/FlateDecode/FlateDecode]", Flate(Flate(Padded(3 * Megabyte)))), FourMegabytes, CancellationToken.None);
        Assert.Contains(source.Lines, l => l.Text == "Hallo wereld");
    }

    [Fact]
    public void The_limit_is_for_all_streams_of_the_document_together()
    {
        // Two content streams of 2.5 MB each: either alone is under 4 MB, both are not.
        var half = Flate(Padded((long)(2.5 * Megabyte)));
        var pdf = Make(Catalog, Pages, Page("/Contents[4 0 R 6 0 R]/Resources<</Font<</F1 5 0 R>>>>"), Stream("/Filter/FlateDecode", half), Font, Stream("/Filter/FlateDecode", half));
        var exception = Assert.Throws<KamerstukInputException>(() => PdfDocumentReader.Instance.Read(pdf, FourMegabytes, CancellationToken.None));
        Assert.StartsWith("a stream inflates past the limit", exception.Message, StringComparison.Ordinal);
        Assert.Contains(PdfDocumentReader.Instance.Read(Content("/Filter/FlateDecode", half), FourMegabytes, CancellationToken.None).Lines, l => l.Text == "Hallo wereld");
    }

    [Fact]
    public void An_image_is_not_counted_because_it_is_not_decoded()
    {
        var pdf = Make(
            Catalog,
            Pages,
            Page("/Contents 4 0 R/Resources<</Font<</F1 5 0 R>>/XObject<</Im1 6 0 R>>>>"),
            Stream(string.Empty, "q 100 0 0 100 0 0 cm /Im1 Do Q " + Greeting),
            Font,
            Stream("/Type/XObject/Subtype/Image/Width 4096/Height 2048/ColorSpace/DeviceGray/BitsPerComponent 8/Filter/FlateDecode", FlateZeros(8 * Megabyte)));
        var source = PdfDocumentReader.Instance.Read(pdf, FourMegabytes, CancellationToken.None);
        Assert.Contains(source.Lines, l => l.Text == "Hallo wereld");
    }

    [Fact]
    public void The_default_limit_is_256_megabytes()
    {
        Assert.Equal(256 * Megabyte, ParseOptions.Default.MaxDecodedBytes);
    }
}
