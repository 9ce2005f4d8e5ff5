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
        if (IsPdf(data, head))
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

    // "The first line of a PDF file shall be a header consisting of the 5 characters %PDF- followed by a version
    // number" (ISO 32000-1, 7.5.2); readers accept it anywhere in the first kilobyte, after junk a mail or web server
    // put before it. A header further in than the first byte counts only when the file also has a PDF's ending
    // (startxref, %%EOF): a text that mentions %PDF- is text.
    private static bool IsPdf(ReadOnlySpan<byte> data, ReadOnlySpan<byte> head)
    {
        var at = head.IndexOf("%PDF-"u8);
        return at == 0 || (at > 0 && (data.IndexOf("startxref"u8) >= 0 || data.IndexOf("%%EOF"u8) >= 0));
    }

    private static InputFormat? LooksLikeMarkup(ReadOnlySpan<byte> head)
    {
        // Markup in UTF-16 or UTF-32 (with its byte order mark) is sniffed in its decoded characters.
        if (TextDecoder.ByteOrderMark(head) is { } mark)
        {
            var length = mark.Length + ((head.Length - mark.Length) / mark.Length * mark.Length); // whole code units; a mark is one unit long
            return LooksLikeMarkup(mark.Encoding.GetString(head[mark.Length..length]).TrimStart(' ', '\t', '\r', '\n'));
        }

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

        return LooksLikeMarkup(Encoding.UTF8.GetString(head[start..]));
    }

    // The text starts at its first non-blank character.
    private static InputFormat? LooksLikeMarkup(string head)
    {
        if (!head.StartsWith('<'))
        {
            return null;
        }

        var text = head.ToLowerInvariant();
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
