using System.Text;
using ParseKamerstuk.Diagnostics;

namespace ParseKamerstuk.Text;

/// <summary>
/// Turns the bytes of a text input into a string: UTF-8 with or without BOM, UTF-16 with BOM,
/// and Windows-1252 for older files that are not valid UTF-8. Binary data is refused.
/// </summary>
public static class TextDecoder
{
    // Windows-1252 differs from Latin-1 only in 0x80–0x9F; five of those are unassigned.
    private static readonly char[] s_cp1252High =
    [
        '€', '\uFFFD', '‚', 'ƒ', '„', '…', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ', '\uFFFD', 'Ž', '\uFFFD',
        '\uFFFD', '‘', '’', '“', '”', '•', '–', '—', '˜', '™', 'š', '›', 'œ', '\uFFFD', 'ž', 'Ÿ',
    ];

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

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            return Encoding.Unicode.GetString(bytes[2..]);
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return Encoding.BigEndianUnicode.GetString(bytes[2..]);
        }

        if (LooksBinary(bytes))
        {
            throw new KamerstukInputException("binary data, not text");
        }

        return Utf8OrFallback(bytes, out usedFallback);
    }

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
