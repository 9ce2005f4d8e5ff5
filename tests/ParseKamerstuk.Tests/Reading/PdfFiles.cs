using System.IO.Compression;
using System.Text;

namespace ParseKamerstuk.Tests.Reading;

/// <summary>
/// Writes small PDFs for the reader tests: the objects given, numbered from 1, with a correct cross-reference table
/// and a trailer whose <c>/Root</c> is object 1.
/// </summary>
internal static class PdfFiles
{
    public const string Catalog = "<</Type/Catalog/Pages 2 0 R>>";

    public const string Pages = "<</Type/Pages/Kids[3 0 R]/Count 1>>";

    public const string Font = "<</Type/Font/Subtype/Type1/BaseFont/Helvetica>>";

    public const string Greeting = "BT /F1 12 Tf 72 720 Td (Hallo wereld) Tj ET";

    /// <summary>A page of the tree <see cref="Pages"/> with the extra entries given.</summary>
    public static string Page(string entries = "/Contents 4 0 R") => "<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]" + entries + ">>";

    /// <summary>The PDF of these objects (Latin-1 text or bytes).</summary>
    public static byte[] Make(params object[] objects)
    {
        var output = new MemoryStream();
        Write(output, "%PDF-1.7\n");
        var offsets = new List<long>();
        for (var i = 0; i < objects.Length; i++)
        {
            offsets.Add(output.Length);
            Write(output, $"{i + 1} 0 obj\n");
            output.Write(objects[i] is byte[] bytes ? bytes : Encoding.Latin1.GetBytes((string)objects[i]));
            Write(output, "\nendobj\n");
        }

        var xref = output.Length;
        Write(output, $"xref\n0 {objects.Length + 1}\n0000000000 65535 f \n");
        offsets.ForEach(o => Write(output, $"{o:D10} 00000 n \n"));
        Write(output, $"trailer\n<</Size {objects.Length + 1}/Root 1 0 R>>\nstartxref\n{xref}\n%%EOF\n");
        return output.ToArray();
    }

    /// <summary>A stream object: the dictionary entries given, a direct <c>/Length</c>, the data.</summary>
    public static byte[] Stream(string entries, byte[] data) =>
        [.. Encoding.Latin1.GetBytes($"<<{entries}/Length {data.Length}>>\nstream\n"), .. data, .. "\nendstream"u8];

    /// <summary>A stream object of text data.</summary>
    public static byte[] Stream(string entries, string data) => Stream(entries, Encoding.Latin1.GetBytes(data));

    /// <summary>The zlib (<c>/FlateDecode</c>) encoding of the data.</summary>
    public static byte[] Flate(byte[] data)
    {
        var output = new MemoryStream();
        using (var zlib = new ZLibStream(output, CompressionLevel.SmallestSize, leaveOpen: true))
        {
            zlib.Write(data);
        }

        return output.ToArray();
    }

    /// <summary>The zlib encoding of <paramref name="count"/> zero bytes, written without holding them.</summary>
    public static byte[] FlateZeros(long count)
    {
        var output = new MemoryStream();
        using (var zlib = new ZLibStream(output, CompressionLevel.SmallestSize, leaveOpen: true))
        {
            var chunk = new byte[1 << 20];
            for (var left = count; left > 0; left -= chunk.Length)
            {
                zlib.Write(chunk, 0, (int)Math.Min(left, chunk.Length));
            }
        }

        return output.ToArray();
    }

    private static void Write(MemoryStream output, string text) => output.Write(Encoding.Latin1.GetBytes(text));
}
