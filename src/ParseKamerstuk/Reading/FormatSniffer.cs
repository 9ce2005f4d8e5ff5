using System.Text;
using ParseKamerstuk.Diagnostics;
using ParseKamerstuk.Text;

namespace ParseKamerstuk.Reading;

/// <summary>
/// Decides an input's format from its first bytes: PDF magic, a ZIP holding <c>word/document.xml</c>,
/// <c>&lt;html</c>, <c>&lt;?xml</c> with its root element, else text. The file extension only breaks ties.
/// </summary>
internal static class FormatSniffer
{
    /// <summary>Returns the format of <paramref name="data"/>.</summary>
    /// <exception cref="KamerstukInputException">The input is a format we do not read (legacy Word, other ZIP, binary).</exception>
    public static InputFormat Detect(ReadOnlySpan<byte> data, string? fileName)
    {
        var extension = Path.GetExtension(fileName ?? string.Empty).ToLowerInvariant();
        var head = data[..Math.Min(data.Length, 1024)];
        if (head.IndexOf("%PDF-"u8) is >= 0 and < 1024)
        {
            return InputFormat.Pdf;
        }

        if (head.StartsWith("PK\u0003\u0004"u8))
        {
            if (data.IndexOf("word/document.xml"u8) >= 0 || extension == ".docx")
            {
                return InputFormat.Docx;
            }

            throw new KamerstukInputException("unsupported format: a ZIP archive that is not a Word document");
        }

        if (head.StartsWith((ReadOnlySpan<byte>)[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]))
        {
            throw new KamerstukInputException("unsupported format: legacy Word (.doc); save it as .docx or PDF");
        }

        if (extension is ".csv" or ".tsv" or ".xlsx" or ".json")
        {
            throw new KamerstukInputException($"unsupported format: {extension[1..]} is a data file, not a document");
        }

        if (extension is ".pdf" && !TextDecoder.LooksBinary(data) && data.Length > 0 && LooksLikeMarkup(head) is null)
        {
            // A file named .pdf without PDF magic: read as text only when it is clearly text.
            return InputFormat.Text;
        }

        var markup = LooksLikeMarkup(head);
        if (markup is not null)
        {
            return markup.Value;
        }

        return extension switch
        {
            ".html" or ".htm" when LooksLikeMarkup(data[..Math.Min(data.Length, 65536)]) is not null => InputFormat.Html,
            _ => InputFormat.Text,
        };
    }

    private static InputFormat? LooksLikeMarkup(ReadOnlySpan<byte> head)
    {
        var start = 0;
        if (head.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            start = 3;
        }
        else if (head.StartsWith((ReadOnlySpan<byte>)[0xC3, 0xAF, 0xC2, 0xBB, 0xC2, 0xBF]))
        {
            start = 6; // a byte order mark that was encoded twice
        }

        while (start < head.Length && head[start] is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n')
        {
            start++;
        }

        if (start >= head.Length || head[start] != (byte)'<')
        {
            return null;
        }

        var text = Encoding.UTF8.GetString(head[start..]).ToLowerInvariant();
        if (text.StartsWith("<!doctype html", StringComparison.Ordinal) || text.Contains("<html", StringComparison.Ordinal))
        {
            return InputFormat.Html;
        }

        if (text.StartsWith("<?xml", StringComparison.Ordinal) || text.StartsWith("<officiele-publicatie", StringComparison.Ordinal))
        {
            return text.Contains("<html", StringComparison.Ordinal) ? InputFormat.Html : InputFormat.Xml;
        }

        return text.StartsWith("<!doctype", StringComparison.Ordinal) || text.StartsWith("<head", StringComparison.Ordinal)
            || text.StartsWith("<body", StringComparison.Ordinal) || text.StartsWith("<div", StringComparison.Ordinal)
            ? InputFormat.Html
            : null;
    }
}
