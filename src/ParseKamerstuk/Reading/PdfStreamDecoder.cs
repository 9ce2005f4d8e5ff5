using System.Globalization;
using System.IO.Compression;
using ParseKamerstuk.Diagnostics;

namespace ParseKamerstuk.Reading;

/// <summary>
/// Decodes PDF streams for the structure check, counting every decoded byte of the document against one limit:
/// a chain of filters (<c>/Filter[/FlateDecode/FlateDecode]</c>) is decoded as a chain of streams, each layer
/// counted, so a decompression bomb is stopped at the limit without holding its output. Flate, ASCIIHex, ASCII85 and
/// RunLength are decoded; a chain stops at any other filter (LZW, images), whose bytes are not counted.
/// </summary>
internal sealed class PdfStreamDecoder(long limit)
{
    private long _decoded;

    /// <summary>The decoded bytes counted so far.</summary>
    public long Decoded => _decoded;

    /// <summary>
    /// Decodes the data of <paramref name="stream"/>: its bytes when <paramref name="keep"/> (<see langword="null"/>
    /// when a filter is not decoded here), otherwise only counted.
    /// </summary>
    /// <exception cref="KamerstukInputException">The document's decoded bytes pass the limit.</exception>
    public byte[]? Decode(byte[] file, PdfScannedObject stream, Func<object?, object?> resolve, bool keep)
    {
        var filters = resolve(stream.Dictionary!.GetValueOrDefault("Filter")) switch
        {
            PdfName name => [name.Value],
            List<object?> list => list.Select(f => (resolve(f) as PdfName)?.Value ?? string.Empty).ToList(),
            _ => [],
        };
        if (filters.Count == 0)
        {
            return keep ? file.AsSpan(stream.DataStart, stream.DataLength).ToArray() : null;
        }

        Stream current = new MemoryStream(file, stream.DataStart, stream.DataLength, writable: false);
        var complete = true;
        var layers = 0;
        foreach (var filter in filters)
        {
            Stream? layer = filter switch
            {
                "FlateDecode" or "Fl" => Inflate(current),
                "ASCIIHexDecode" or "AHx" => new AsciiHexStream(current),
                "ASCII85Decode" or "A85" => new Ascii85Stream(current),
                "RunLengthDecode" or "RL" => new RunLengthStream(current),
                _ => null,
            };
            if (layer is null)
            {
                complete = false;
                break;
            }

            current = new CountingStream(layer, this);
            layers++;
        }

        if (layers == 0)
        {
            current.Dispose();
            return null;
        }

        using var output = keep && complete ? new MemoryStream() : null;
        var buffer = new byte[81920];
        try
        {
            int read;
            while ((read = current.Read(buffer, 0, buffer.Length)) > 0)
            {
                output?.Write(buffer, 0, read);
            }
        }
        catch (Exception exception) when (exception is InvalidDataException or IOException)
        {
            // Broken data: PdfPig reads what it can, and so is it counted.
        }
        finally
        {
            current.Dispose();
        }

        return output?.ToArray();
    }

    private void Count(int bytes)
    {
        _decoded += bytes;
        if (_decoded > limit)
        {
            var megabytes = (limit / (1024.0 * 1024)).ToString("0.##", CultureInfo.InvariantCulture);
            throw new KamerstukInputException($"a stream inflates past the limit of {megabytes} MB (a decompression bomb?)");
        }
    }

    // Flate data starts with a two-byte zlib header (most writers) or not (a few); raw deflate either way.
    private static DeflateStream Inflate(Stream source)
    {
        var header = new byte[2];
        var length = source.ReadAtLeast(header, 2, throwOnEndOfStream: false);
        var zlib = length == 2 && (header[0] & 0x0F) == 8 && ((header[0] << 8) | header[1]) % 31 == 0;
        return new DeflateStream(zlib ? source : new PrefixedStream(header.AsSpan(0, length).ToArray(), source), CompressionMode.Decompress);
    }

    // The bytes read ahead to look for a header, then the rest of the stream.
    private sealed class PrefixedStream(byte[] prefix, Stream rest) : ReadOnlyStream
    {
        private int _next;

        public override int Read(byte[] buffer, int offset, int count)
        {
            if (_next < prefix.Length && count > 0)
            {
                var n = Math.Min(count, prefix.Length - _next);
                Array.Copy(prefix, _next, buffer, offset, n);
                _next += n;
                return n;
            }

            return rest.Read(buffer, offset, count);
        }

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                rest.Dispose();
            }

            base.Dispose(disposing);
        }
    }

    private sealed class CountingStream(Stream inner, PdfStreamDecoder owner) : ReadOnlyStream
    {
        public override int Read(byte[] buffer, int offset, int count)
        {
            var read = inner.Read(buffer, offset, count);
            owner.Count(read);
            return read;
        }

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                inner.Dispose();
            }

            base.Dispose(disposing);
        }
    }

    // A decoder that produces one byte at a time from the bytes of the layer below; -1 at the end.
    private abstract class ByteDecoder(Stream source) : ReadOnlyStream
    {
        private readonly BufferedStream _source = new(source);

        public override int Read(byte[] buffer, int offset, int count)
        {
            var n = 0;
            while (n < count)
            {
                var b = Next();
                if (b < 0)
                {
                    break;
                }

                buffer[offset + n++] = (byte)b;
            }

            return n;
        }

        protected int ReadSource() => _source.ReadByte();

        protected abstract int Next();

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                _source.Dispose();
            }

            base.Dispose(disposing);
        }
    }

    // Pairs of hexadecimal digits, white-space skipped, up to ">".
    private sealed class AsciiHexStream(Stream source) : ByteDecoder(source)
    {
        private bool _done;

        protected override int Next()
        {
            var high = Digit();
            if (high < 0)
            {
                return -1;
            }

            var low = Digit();
            return (high << 4) | Math.Max(low, 0);
        }

        private int Digit()
        {
            while (!_done)
            {
                var b = ReadSource();
                if (b < 0 || b == '>')
                {
                    _done = true;
                    break;
                }

                var value = b switch
                {
                    >= '0' and <= '9' => b - '0',
                    >= 'a' and <= 'f' => b - 'a' + 10,
                    >= 'A' and <= 'F' => b - 'A' + 10,
                    _ => -1,
                };
                if (value >= 0)
                {
                    return value;
                }
            }

            return -1;
        }
    }

    // Groups of five base-85 digits give four bytes, "z" four zeros, up to "~>".
    private sealed class Ascii85Stream(Stream source) : ByteDecoder(source)
    {
        private readonly byte[] _group = new byte[4];
        private int _next;
        private int _count;
        private bool _done;

        protected override int Next()
        {
            if (_next == _count && !Fill())
            {
                return -1;
            }

            return _group[_next++];
        }

        private bool Fill()
        {
            _next = _count = 0;
            if (_done)
            {
                return false;
            }

            var digits = 0;
            long value = 0;
            while (digits < 5)
            {
                var b = ReadSource();
                if (b < 0 || b == '~')
                {
                    _done = true;
                    break;
                }

                if (b == 'z' && digits == 0)
                {
                    Array.Clear(_group);
                    _count = 4;
                    return true;
                }

                if (b is >= '!' and <= 'u')
                {
                    value = (value * 85) + (b - '!');
                    digits++;
                }
            }

            if (digits < 2)
            {
                return false;
            }

            for (var pad = digits; pad < 5; pad++)
            {
                value = (value * 85) + 84;
            }

            _count = digits - 1;
            for (var i = 0; i < _count; i++)
            {
                _group[i] = (byte)(value >> (24 - (8 * i)));
            }

            return true;
        }
    }

    // A length byte: 0–127 copies the next n+1 bytes, 129–255 repeats the next byte 257−n times, 128 ends.
    private sealed class RunLengthStream(Stream source) : ByteDecoder(source)
    {
        private int _copy;
        private int _repeat;
        private int _byte;

        protected override int Next()
        {
            while (true)
            {
                if (_copy > 0)
                {
                    _copy--;
                    return ReadSource();
                }

                if (_repeat > 0)
                {
                    _repeat--;
                    return _byte;
                }

                var length = ReadSource();
                if (length is < 0 or 128)
                {
                    return -1;
                }

                if (length < 128)
                {
                    _copy = length + 1;
                }
                else
                {
                    _byte = ReadSource();
                    if (_byte < 0)
                    {
                        return -1;
                    }

                    _repeat = 257 - length;
                }
            }
        }
    }

    private abstract class ReadOnlyStream : Stream
    {
        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
