using System.Globalization;
using ParseKamerstuk.Diagnostics;

namespace ParseKamerstuk.Reading;

/// <summary>
/// The bytes one document may decode to (<see cref="ParseOptions.MaxDecodedBytes"/>), counted as they are decoded:
/// the parts of a Word package as they inflate, the characters of a text as they are decoded (two bytes each, as a
/// string holds them). Past the limit the document is refused, before the rest is decoded.
/// </summary>
internal sealed class DecodeBudget(long limit)
{
    private long _spent;

    /// <summary>The limit, in bytes.</summary>
    public long Limit => limit;

    /// <summary>Counts <paramref name="bytes"/> decoded bytes of <paramref name="what"/> (<c>the text</c>, a part name).</summary>
    /// <exception cref="KamerstukInputException">The document's decoded bytes pass the limit.</exception>
    public void Spend(long bytes, string what)
    {
        _spent += bytes;
        if (_spent > limit)
        {
            var megabytes = (limit / (1024.0 * 1024)).ToString("0.##", CultureInfo.InvariantCulture);
            throw new KamerstukInputException($"{what} inflates past the limit of {megabytes} MB (a decompression bomb?)");
        }
    }

    /// <summary>A stream that reads <paramref name="inner"/> and counts what it reads against the budget.</summary>
    public Stream Counting(Stream inner, string what) => new CountingStream(inner, this, what);

    private sealed class CountingStream(Stream inner, DecodeBudget budget, string what) : Stream
    {
        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

        public override int Read(Span<byte> buffer)
        {
            var read = inner.Read(buffer);
            budget.Spend(read, what);
            return read;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                inner.Dispose();
            }

            base.Dispose(disposing);
        }
    }
}
