using System.Text;

namespace ParseKamerstuk.Reading;

/// <summary>A reference <c>12 0 R</c> in a scanned PDF object (the generation is not kept).</summary>
internal sealed record PdfReference(int Number);

/// <summary>A name <c>/FlateDecode</c> in a scanned PDF object, without its slash.</summary>
internal sealed record PdfName(string Value);

/// <summary>
/// One object of a scanned PDF: its number and generation, where it starts (for an object inside an object stream,
/// where that stream starts), its value (a dictionary is a <see cref="Dictionary{TKey, TValue}"/> of names without
/// slash, an array a <see cref="List{T}"/>, numbers <see cref="long"/> or <see cref="double"/>, strings and keywords
/// <see cref="string"/>), the range of its stream data if it has one, and for an object stored in an object stream,
/// that stream's number and the object's index in it.
/// </summary>
internal sealed record PdfScannedObject(int Number, int Generation, long Offset, object? Value, int DataStart = -1, int DataLength = 0, int Container = -1, int Index = 0)
{
    /// <summary>The dictionary of the object or of its stream, or <see langword="null"/>.</summary>
    public Dictionary<string, object?>? Dictionary => Value as Dictionary<string, object?>;

    /// <summary>Whether the object is a stream.</summary>
    public bool IsStream => DataStart >= 0;
}

/// <summary>
/// A linear scan of a PDF's bytes for its objects (<c>12 0 obj … endobj</c>), without the cross-reference table, so
/// that a file can be checked before PdfPig reads it and repaired when its cross-reference is broken. Each body is
/// read by a small parser that builds at most <see cref="MaxNesting"/> levels of arrays and dictionaries and skips
/// what is deeper, so no input makes it recurse without bound. Stream data is skipped, not decoded; the objects
/// inside object streams are added by <see cref="AddCompressed"/> from their decoded bytes.
/// </summary>
internal sealed class PdfObjectScan
{
    /// <summary>The deepest nesting of arrays and dictionaries read in one object.</summary>
    public const int MaxNesting = 256;

    private readonly byte[] _data;
    private int _position;
    private int _depth;

    private PdfObjectScan(byte[] data) => _data = data;

    /// <summary>Every object header <c>N G obj</c> in the file, in file order, with its parsed value.</summary>
    public static List<PdfScannedObject> Scan(byte[] data, CancellationToken cancellationToken)
    {
        var objects = new List<PdfScannedObject>();
        var scan = new PdfObjectScan(data);
        var from = 0;
        while (from < data.Length)
        {
            var hit = data.AsSpan(from).IndexOf("obj"u8);
            if (hit < 0)
            {
                break;
            }

            var at = from + hit;
            from = at + 3;
            if (!HeaderBefore(data, at, out var number, out var generation, out var start) || (from < data.Length && !IsDelimiterOrSpace(data[from])))
            {
                continue;
            }

            if ((objects.Count & 1023) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            scan._position = from;
            var value = scan.ReadValueAt();
            var (dataStart, dataLength) = scan.StreamAfter(value as Dictionary<string, object?>);
            objects.Add(new PdfScannedObject(number, generation, start, value, dataStart, dataLength));
            from = dataStart >= 0 ? dataStart + dataLength : Math.Max(from, scan._position);
        }

        return objects;
    }

    /// <summary>
    /// The objects of an object stream (<c>/Type/ObjStm /N 3 /First 18</c>) from its decoded bytes: <c>N</c> pairs of
    /// object number and offset, then the objects from <c>/First</c> on.
    /// </summary>
    public static void AddCompressed(PdfScannedObject stream, byte[] decoded, List<PdfScannedObject> objects)
    {
        var dictionary = stream.Dictionary!;
        if (dictionary.GetValueOrDefault("N") is not long count || dictionary.GetValueOrDefault("First") is not long first || first < 0 || first > decoded.Length)
        {
            return;
        }

        var scan = new PdfObjectScan(decoded);
        for (var index = 0; index < count; index++)
        {
            var number = scan.ReadValueAt();
            var offset = scan.ReadValueAt();
            if (number is not long n || offset is not long o || n < 0 || n > int.MaxValue || o < 0 || first + o >= decoded.Length)
            {
                return;
            }

            var header = scan._position;
            scan._position = (int)(first + o);
            objects.Add(new PdfScannedObject((int)n, 0, stream.Offset, scan.ReadValueAt(), Container: stream.Number, Index: index));
            scan._position = header;
        }
    }

    /// <summary>The object of each number that the file defines last (an incremental update replaces objects).</summary>
    public static Dictionary<int, PdfScannedObject> Live(List<PdfScannedObject> objects)
    {
        var live = new Dictionary<int, PdfScannedObject>();
        foreach (var o in objects.OrderBy(o => o.Offset))
        {
            live[o.Number] = o;
        }

        return live;
    }

    /// <summary>The last dictionary after a <c>trailer</c> keyword, or <see langword="null"/>.</summary>
    public static Dictionary<string, object?>? LastTrailer(byte[] data)
    {
        var at = data.AsSpan().LastIndexOf("trailer"u8);
        while (at >= 0)
        {
            var scan = new PdfObjectScan(data) { _position = at + 7 };
            if (scan.ReadValueAt() is Dictionary<string, object?> trailer)
            {
                return trailer;
            }

            at = data.AsSpan(0, at).LastIndexOf("trailer"u8);
        }

        return null;
    }

    /// <summary>Whether <c>N G</c> precede the <c>obj</c> at <paramref name="at"/>, and where the header starts.</summary>
    public static bool HeaderBefore(byte[] data, int at, out int number, out int generation, out int start)
    {
        number = generation = start = 0;
        var i = at - 1;
        if (!ReadNumberBackwards(data, ref i, out var g, requireSpace: false) || !ReadNumberBackwards(data, ref i, out var n, requireSpace: true))
        {
            return false;
        }

        if (i >= 0 && !IsDelimiterOrSpace(data[i]))
        {
            return false;
        }

        number = (int)Math.Min(n, int.MaxValue);
        generation = (int)Math.Min(g, int.MaxValue);
        start = i + 1;
        return true;
    }

    /// <summary>PDF white-space: NUL, tab, line feed, form feed, carriage return, space.</summary>
    public static bool IsSpace(byte b) => b is 0 or 9 or 10 or 12 or 13 or 32;

    /// <summary>White-space or a PDF delimiter <c>( ) &lt; &gt; [ ] { } / %</c>.</summary>
    public static bool IsDelimiterOrSpace(byte b) => IsSpace(b) || b is (byte)'(' or (byte)')' or (byte)'<' or (byte)'>' or (byte)'[' or (byte)']' or (byte)'{' or (byte)'}' or (byte)'/' or (byte)'%';

    // Digits ending at i (after optional white-space when requireSpace is false, at least one space when true).
    private static bool ReadNumberBackwards(byte[] data, ref int i, out long value, bool requireSpace)
    {
        value = 0;
        var spaces = 0;
        while (i >= 0 && IsSpace(data[i]) && spaces < 64)
        {
            i--;
            spaces++;
        }

        if (requireSpace != (spaces > 0) && requireSpace)
        {
            return false;
        }

        var end = i;
        while (i >= 0 && data[i] is >= (byte)'0' and <= (byte)'9' && end - i < 10)
        {
            i--;
        }

        if (i == end)
        {
            return false;
        }

        for (var k = i + 1; k <= end; k++)
        {
            value = (value * 10) + (data[k] - '0');
        }

        return true;
    }

    // After an object's value: the keyword "stream", an end of line, the data up to "endstream".
    private (int Start, int Length) StreamAfter(Dictionary<string, object?>? dictionary)
    {
        if (dictionary is null)
        {
            return (-1, 0);
        }

        SkipSpace();
        if (!_data.AsSpan(_position).StartsWith("stream"u8))
        {
            return (-1, 0);
        }

        var start = _position + 6;
        if (start < _data.Length && _data[start] == '\r')
        {
            start++;
        }

        if (start < _data.Length && _data[start] == '\n')
        {
            start++;
        }

        // A direct /Length is trusted when "endstream" follows it; otherwise the data ends before "endstream".
        if (dictionary.GetValueOrDefault("Length") is long length && length >= 0 && length <= _data.Length - start)
        {
            var after = start + (int)length;
            while (after < _data.Length && IsSpace(_data[after]) && after - start - length < 4)
            {
                after++;
            }

            if (_data.AsSpan(after).StartsWith("endstream"u8))
            {
                return (start, (int)length);
            }
        }

        var end = _data.AsSpan(start).IndexOf("endstream"u8);
        return end < 0 ? (start, _data.Length - start) : (start, end);
    }

    private object? ReadValueAt()
    {
        _depth = 0;
        return ReadValue();
    }

    private object? ReadValue()
    {
        SkipSpace();
        if (_position >= _data.Length)
        {
            return null;
        }

        var b = _data[_position];
        switch (b)
        {
            case (byte)'<' when _position + 1 < _data.Length && _data[_position + 1] == '<':
                _position += 2;
                return ReadDictionary();
            case (byte)'<':
                var close = _data.AsSpan(_position).IndexOf((byte)'>');
                _position = close < 0 ? _data.Length : _position + close + 1;
                return "<>";
            case (byte)'[':
                _position++;
                return ReadArray();
            case (byte)'(':
                SkipString();
                return "()";
            case (byte)'/':
                return new PdfName(ReadToken(1));
            case (byte)'>' or (byte)']' or (byte)')' or (byte)'{' or (byte)'}':
                _position++;
                return null;
        }

        var token = ReadToken(0);
        if (token.Length == 0)
        {
            _position++;
            return null;
        }

        if (long.TryParse(token, System.Globalization.NumberStyles.AllowLeadingSign, System.Globalization.CultureInfo.InvariantCulture, out var integer))
        {
            // "12 0 R": a reference.
            var mark = _position;
            SkipSpace();
            var generation = ReadToken(0);
            SkipSpace();
            if (integer is >= 0 and <= int.MaxValue && generation.Length > 0 && generation.All(char.IsAsciiDigit)
                && _position < _data.Length && _data[_position] == 'R' && (_position + 1 == _data.Length || IsDelimiterOrSpace(_data[_position + 1])))
            {
                _position++;
                return new PdfReference((int)integer);
            }

            _position = mark;
            return integer;
        }

        return double.TryParse(token, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var real) ? real : token;
    }

    private Dictionary<string, object?> ReadDictionary()
    {
        var dictionary = new Dictionary<string, object?>(StringComparer.Ordinal);
        if (!Nest())
        {
            return dictionary;
        }

        while (true)
        {
            SkipSpace();
            if (_position >= _data.Length)
            {
                break;
            }

            if (_data[_position] == '>')
            {
                _position = Math.Min(_data.Length, _position + 2);
                break;
            }

            if (_data[_position] != '/')
            {
                // Not a key: a broken dictionary ends here ("endobj", "stream").
                if (ReadValue() is string keyword && keyword is "endobj" or "stream" or "obj")
                {
                    _position -= keyword.Length;
                    break;
                }

                continue;
            }

            var key = ReadToken(1);
            dictionary[key] = ReadValue();
        }

        _depth--;
        return dictionary;
    }

    private List<object?> ReadArray()
    {
        var array = new List<object?>();
        if (!Nest())
        {
            return array;
        }

        while (true)
        {
            SkipSpace();
            if (_position >= _data.Length)
            {
                break;
            }

            if (_data[_position] == ']')
            {
                _position++;
                break;
            }

            var value = ReadValue();
            if (value is string keyword && keyword is "endobj" or "stream" or "obj")
            {
                _position -= keyword.Length;
                break;
            }

            array.Add(value);
        }

        _depth--;
        return array;
    }

    // One level deeper; past the limit the rest of the nested value is skipped (PdfPig reads such values without
    // recursion, and nothing the check follows is that deep).
    private bool Nest()
    {
        if (++_depth <= MaxNesting)
        {
            return true;
        }

        _depth--;
        for (var level = 1; _position < _data.Length && level > 0;)
        {
            var b = _data[_position];
            if (b == '(')
            {
                SkipString();
                continue;
            }

            if (b == '[' || (b == '<' && _position + 1 < _data.Length && _data[_position + 1] == '<'))
            {
                level++;
                _position += b == '[' ? 1 : 2;
            }
            else if (b == ']' || (b == '>' && _position + 1 < _data.Length && _data[_position + 1] == '>'))
            {
                level--;
                _position += b == ']' ? 1 : 2;
            }
            else
            {
                _position++;
            }
        }

        return false;
    }

    // A literal string: balanced parentheses, backslash escapes.
    private void SkipString()
    {
        var level = 0;
        for (; _position < _data.Length; _position++)
        {
            var b = _data[_position];
            if (b == '\\')
            {
                _position++;
            }
            else if (b == '(')
            {
                level++;
            }
            else if (b == ')' && --level == 0)
            {
                _position++;
                return;
            }
        }
    }

    private string ReadToken(int skip)
    {
        _position += skip;
        var start = _position;
        while (_position < _data.Length && !IsDelimiterOrSpace(_data[_position]))
        {
            _position++;
        }

        return Encoding.Latin1.GetString(_data, start, _position - start);
    }

    private void SkipSpace()
    {
        while (_position < _data.Length)
        {
            var b = _data[_position];
            if (IsSpace(b))
            {
                _position++;
            }
            else if (b == '%')
            {
                while (_position < _data.Length && _data[_position] is not (byte)'\n' and not (byte)'\r')
                {
                    _position++;
                }
            }
            else
            {
                return;
            }
        }
    }
}
