using System.Text;
using System.Text.RegularExpressions;
using System.Text.Unicode;
using ParseKamerstuk.Diagnostics;
using ParseKamerstuk.Reading;

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
        return MojibakeRegex().Count(text) < 2 ? text : RepairAll(text, out repaired).TrimStart('\uFEFF');
    }

    // Replaces each mojibake sequence of the text that re-decodes as one UTF-8 character.
    private static string RepairAll(string text, out bool repaired)
    {
        repaired = false;
        var matches = MojibakeRegex().Matches(text);
        if (matches.Count == 0)
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
        return builder.ToString();
    }

    [GeneratedRegex("[\u00C2-\u00F4][\u0080-\u00BF€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ]{1,3}")]
    private static partial Regex MojibakeRegex();

    /// <summary>
    /// Decodes <paramref name="data"/> as <see cref="Decode"/> and <see cref="RepairDoubleEncoding"/> do, but a line at a
    /// time, so that the whole text is never held as one string.
    /// </summary>
    /// <exception cref="KamerstukInputException">The bytes are binary data, not text.</exception>
    public static DecodedText DecodeLines(ReadOnlyMemory<byte> data, DecodeBudget budget)
    {
        ArgumentNullException.ThrowIfNull(budget);
        var bytes = data.Span;
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            return new DecodedText(data[3..], Utf8.IsValid(bytes[3..]) ? DecodedText.Kind.Utf8 : DecodedText.Kind.Windows1252, budget);
        }

        if (ByteOrderMark(bytes) is { } mark)
        {
            // UTF-16 and UTF-32 are decoded at once: their text is never longer than their bytes.
            budget.Spend(2L * mark.Encoding.GetCharCount(bytes[mark.Length..]), "the text");
            return new DecodedText(mark.Encoding.GetString(bytes[mark.Length..]), budget);
        }

        if (LooksBinary(bytes))
        {
            throw new KamerstukInputException("binary data, not text");
        }

        return new DecodedText(data, Utf8.IsValid(bytes) ? DecodedText.Kind.Utf8 : DecodedText.Kind.Windows1252, budget);
    }

    /// <summary>
    /// A text input, decoded a line at a time: the lines (split at <c>\n</c>, carriage returns at their ends taken off)
    /// of the text <see cref="Decode"/> and <see cref="RepairDoubleEncoding"/> give, decoded as they are read.
    /// </summary>
    internal sealed class DecodedText
    {
        private readonly ReadOnlyMemory<byte> _bytes;
        private readonly string? _text;
        private readonly Kind _kind;
        private readonly DecodeBudget _budget;
        private readonly bool _repair;

        internal DecodedText(ReadOnlyMemory<byte> bytes, Kind kind, DecodeBudget budget)
        {
            (_bytes, _kind, _budget) = (bytes, kind, budget);
            _repair = CountMojibake() >= 2;
        }

        internal DecodedText(string text, DecodeBudget budget)
        {
            (_text, _kind, _budget) = (text, Kind.Whole, budget);
            _repair = MojibakeRegex().Count(text) >= 2;
        }

        internal enum Kind
        {
            Utf8,
            Windows1252,
            Whole,
        }

        /// <summary>Whether the bytes were not valid UTF-8 and were read as Windows-1252.</summary>
        public bool UsedFallback => _kind == Kind.Windows1252;

        /// <summary>Whether a line read so far had double-encoded UTF-8 repaired.</summary>
        public bool Repaired { get; private set; }

        /// <summary>Whether the text holds a form feed.</summary>
        public bool HasFormFeed => _text is null ? _bytes.Span.Contains((byte)'\f') : _text.Contains('\f', StringComparison.Ordinal);

        /// <summary>Whether the text holds <paramref name="value"/>, an ASCII string.</summary>
        public bool Contains(string value) =>
            _text is null ? _bytes.Span.IndexOf(Encoding.ASCII.GetBytes(value)) >= 0 : _text.Contains(value, StringComparison.Ordinal);

        /// <summary>Whether a line that starts with <paramref name="start"/> (an ASCII character) matches <paramref name="regex"/>.</summary>
        public bool AnyLineStartingWith(char start, Regex regex)
        {
            ArgumentNullException.ThrowIfNull(regex);
            if (_text is not null)
            {
                return regex.IsMatch(_text);
            }

            var bytes = _bytes.Span;
            for (var at = bytes.IsEmpty || bytes[0] != (byte)start ? NextLineStart(bytes, 0, start) : 0; at >= 0; at = NextLineStart(bytes, at, start))
            {
                var end = bytes[at..].IndexOf((byte)'\n');
                if (regex.IsMatch(Decode(bytes.Slice(at, end < 0 ? bytes.Length - at : end), spend: false)))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>
        /// The lines, in order. A run of lines that are empty (or carriage returns only) comes as one empty line: a
        /// blank line ends a paragraph however many follow it.
        /// </summary>
        public IEnumerable<string> Lines()
        {
            var length = _text?.Length ?? _bytes.Length;
            var first = true;
            var empty = false;
            for (var start = 0; start <= length;)
            {
                var (line, next) = _text is null ? NextLine(_bytes.Span, start) : NextLine(_text, start);
                if (first && _repair)
                {
                    line = line.TrimStart('\uFEFF');
                }

                if (line.Length > 0 || !empty)
                {
                    yield return line;
                }

                (first, empty, start) = (false, line.Length == 0, next);
            }
        }

        // The line from start, and where the next one starts (past the end after the last line). An empty line
        // stands for the empty lines that follow it.
        private (string Line, int Next) NextLine(ReadOnlySpan<byte> bytes, int start)
        {
            var end = bytes[start..].IndexOf((byte)'\n');
            if (end < 0)
            {
                return (Decode(bytes[start..].TrimEnd((byte)'\r'), spend: true), bytes.Length + 1);
            }

            var line = Decode(bytes.Slice(start, end).TrimEnd((byte)'\r'), spend: true);
            return (line, line.Length == 0 ? SkipEmptyLines(bytes, start + end + 1) : start + end + 1);
        }

        private (string Line, int Next) NextLine(string text, int start)
        {
            var end = text.AsSpan(start).IndexOf('\n');
            if (end < 0)
            {
                return (Repair(text[start..].TrimEnd('\r')), text.Length + 1);
            }

            var line = Repair(text.Substring(start, end).TrimEnd('\r'));
            return (line, line.Length == 0 ? SkipEmptyLines(text, start + end + 1) : start + end + 1);
        }

        // From the start of a line: past the lines that hold nothing but carriage returns (past the end when the rest
        // of the text is such lines).
        private static int SkipEmptyLines(ReadOnlySpan<byte> bytes, int from)
        {
            var run = bytes[from..].IndexOfAnyExcept((byte)'\n', (byte)'\r');
            return run < 0 ? bytes.Length + 1 : from + bytes.Slice(from, run).LastIndexOf((byte)'\n') + 1;
        }

        private static int SkipEmptyLines(string text, int from)
        {
            var run = text.AsSpan(from).IndexOfAnyExcept('\n', '\r');
            return run < 0 ? text.Length + 1 : from + text.AsSpan(from, run).LastIndexOf('\n') + 1;
        }

        private static int NextLineStart(ReadOnlySpan<byte> bytes, int from, char start)
        {
            ReadOnlySpan<byte> pair = [(byte)'\n', (byte)start];
            var found = bytes[from..].IndexOf(pair);
            return found < 0 ? -1 : from + found + 1;
        }

        private string Decode(ReadOnlySpan<byte> line, bool spend)
        {
            if (line.IsEmpty)
            {
                return string.Empty;
            }

            var length = _kind == Kind.Utf8 ? Encoding.UTF8.GetCharCount(line) : line.Length;
            if (spend)
            {
                _budget.Spend(2L * length, "the text");
            }

            var text = _kind == Kind.Utf8
                ? Encoding.UTF8.GetString(line)
                : string.Create(line.Length, line, static (span, source) =>
                {
                    for (var i = 0; i < source.Length; i++)
                    {
                        var b = source[i];
                        span[i] = b is >= 0x80 and <= 0x9F ? s_cp1252High[b - 0x80] : (char)b;
                    }
                });
            return spend ? Repair(text) : text;
        }

        private string Repair(string line)
        {
            if (!_repair)
            {
                return line;
            }

            var repaired = RepairAll(line, out var any);
            Repaired |= any;
            return repaired;
        }

        // How many mojibake sequences the text holds, reading only the lines that have bytes above ASCII.
        private int CountMojibake()
        {
            var bytes = _bytes.Span;
            var count = 0;
            for (var at = bytes.IndexOfAnyInRange((byte)0x80, (byte)0xFF); at >= 0 && count < 2;)
            {
                var start = bytes[..at].LastIndexOf((byte)'\n') + 1;
                var end = bytes[at..].IndexOf((byte)'\n');
                var stop = end < 0 ? bytes.Length : at + end;
                count += MojibakeRegex().Count(Decode(bytes[start..stop], spend: false));
                var next = stop >= bytes.Length ? -1 : bytes[stop..].IndexOfAnyInRange((byte)0x80, (byte)0xFF);
                at = next < 0 ? -1 : stop + next;
            }

            return count;
        }
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
