using System.Text;
using System.Text.RegularExpressions;
using ParseKamerstuk.Diagnostics;

namespace ParseKamerstuk.Text;

/// <summary>
/// Turns the bytes of a text input into a string: UTF-8 with or without BOM, UTF-16 and UTF-32 with BOM,
/// and Windows-1252 for older files that are not valid UTF-8. Binary data is refused.
/// </summary>
internal static partial class TextDecoder
{
    // Windows-1252 differs from Latin-1 only in 0x80–0x9F; five of those are unassigned.
    private static readonly char[] s_cp1252High =
    [
        '€', '\uFFFD', '‚', 'ƒ', '„', '…', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ', '\uFFFD', 'Ž', '\uFFFD',
        '\uFFFD', '‘', '’', '“', '”', '•', '–', '—', '˜', '™', 'š', '›', 'œ', '\uFFFD', 'ž', 'Ÿ',
    ];

    private static readonly UTF32Encoding s_utf32LittleEndian = new(bigEndian: false, byteOrderMark: false);
    private static readonly UTF32Encoding s_utf32BigEndian = new(bigEndian: true, byteOrderMark: false);

    private static readonly UTF8Encoding s_strictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Decodes <paramref name="bytes"/>; <paramref name="usedFallback"/> tells whether Windows-1252 was used.</summary>
    /// <exception cref="KamerstukInputException">The bytes are binary data, not text.</exception>
    public static string Decode(ReadOnlySpan<byte> bytes, out bool usedFallback)
    {
        usedFallback = false;
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            return Utf8OrFallback(bytes[3..], out usedFallback);
        }

        if (ByteOrderMark(bytes) is { } mark)
        {
            return mark.Encoding.GetString(bytes[mark.Length..]);
        }

        if (LooksBinary(bytes))
        {
            throw new KamerstukInputException("binary data, not text");
        }

        return Utf8OrFallback(bytes, out usedFallback);
    }

    /// <summary>
    /// The UTF-16 or UTF-32 encoding whose byte order mark <paramref name="bytes"/> starts with, and the mark's length;
    /// null without one. UTF-32 LE is tested before UTF-16 LE: its mark <c>FF FE 00 00</c> starts with <c>FF FE</c>.
    /// </summary>
    internal static (Encoding Encoding, int Length)? ByteOrderMark(ReadOnlySpan<byte> bytes) => bytes switch
    {
        [0xFF, 0xFE, 0x00, 0x00, ..] => (s_utf32LittleEndian, 4),
        [0x00, 0x00, 0xFE, 0xFF, ..] => (s_utf32BigEndian, 4),
        [0xFF, 0xFE, ..] => (Encoding.Unicode, 2),
        [0xFE, 0xFF, ..] => (Encoding.BigEndianUnicode, 2),
        _ => null,
    };

    /// <summary>
    /// Repairs UTF-8 that was decoded as Windows-1252 and encoded again ("KrÃ¶ger" for "Kröger", a leading "ï»¿"):
    /// when such sequences are common, each one that re-decodes as one UTF-8 character is replaced by it.
    /// </summary>
    public static string RepairDoubleEncoding(string text, out bool repaired)
    {
        ArgumentNullException.ThrowIfNull(text);
        repaired = false;
        var matches = MojibakeRegex().Matches(text);
        if (matches.Count < 2)
        {
            return text;
        }

        var builder = new StringBuilder(text.Length);
        var last = 0;
        Span<byte> bytes = stackalloc byte[4];
        foreach (Match match in matches)
        {
            var length = 0;
            foreach (var c in match.Value)
            {
                var index = Array.IndexOf(s_cp1252High, c);
                bytes[length++] = c is >= '\u0080' and <= '\u009F' || c > '\u00FF' ? (byte)(0x80 + index) : (byte)c;
            }

            string decoded;
            try
            {
                decoded = s_strictUtf8.GetString(bytes[..length]);
            }
            catch (DecoderFallbackException)
            {
                continue;
            }

            builder.Append(text, last, match.Index - last).Append(decoded);
            last = match.Index + match.Length;
            repaired = true;
        }

        builder.Append(text, last, text.Length - last);
        return builder.ToString().TrimStart('\uFEFF');
    }

    [GeneratedRegex("[\u00C2-\u00F4][\u0080-\u00BF€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ]{1,3}")]
    private static partial Regex MojibakeRegex();

    /// <summary>Whether the first bytes look like binary data: NUL bytes or many control characters.</summary>
    public static bool LooksBinary(ReadOnlySpan<byte> bytes)
    {
        var sample = bytes[..Math.Min(bytes.Length, 8192)];
        if (sample.IsEmpty)
        {
            return false;
        }

        var control = 0;
        foreach (var b in sample)
        {
            if (b == 0)
            {
                return true;
            }

            if (b < 0x20 && b is not ((byte)'\n' or (byte)'\r' or (byte)'\t' or (byte)'\f'))
            {
                control++;
            }
        }

        return control * 20 > sample.Length;
    }

    private static string Utf8OrFallback(ReadOnlySpan<byte> bytes, out bool usedFallback)
    {
        try
        {
            usedFallback = false;
            return s_strictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            usedFallback = true;
            return string.Create(bytes.Length, bytes.ToArray(), static (span, source) =>
            {
                for (var i = 0; i < source.Length; i++)
                {
                    var b = source[i];
                    span[i] = b is >= 0x80 and <= 0x9F ? s_cp1252High[b - 0x80] : (char)b;
                }
            });
        }
    }
}
