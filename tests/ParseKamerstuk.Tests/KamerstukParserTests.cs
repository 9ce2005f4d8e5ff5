using ParseKamerstuk.Diagnostics;
using ParseKamerstuk.Json;
using ParseKamerstuk.Tests.Golden;

namespace ParseKamerstuk.Tests;

/// <summary>
/// The façade's entry points: what a file that cannot be read is told; streams and asynchronous reads give what
/// <see cref="KamerstukParser.ParseFile"/> gives.
/// </summary>
public sealed class KamerstukParserTests
{
    [Fact]
    public void A_missing_file_is_an_input_error()
    {
        // Given a path where no file is,
        var path = Path.Combine(Path.GetTempPath(), "parsekamerstuk-missing-" + Guid.NewGuid().ToString("N") + ".txt");

        // when it is parsed, then the input is refused, with a plain reason.
        var exception = Assert.Throws<KamerstukInputException>(() => KamerstukParser.ParseFile(path));
        Assert.Equal("no such file", exception.Message);
    }

    [Fact]
    public void A_file_in_a_missing_directory_is_an_input_error()
    {
        var path = Path.Combine(Path.GetTempPath(), "parsekamerstuk-missing-" + Guid.NewGuid().ToString("N"), "x.txt");
        var exception = Assert.Throws<KamerstukInputException>(() => KamerstukParser.ParseFile(path));
        Assert.Equal("no such file or directory", exception.Message);
    }

    [Fact]
    public void A_directory_is_an_input_error()
    {
        var exception = Assert.Throws<KamerstukInputException>(() => KamerstukParser.ParseFile(Path.GetTempPath()));
        Assert.Equal("is a directory", exception.Message);
    }

    [Fact]
    public void A_file_that_cannot_be_read_is_an_input_error()
    {
        // Given a file that opens but fails on reading (the memory of this process, whose first page is unmapped;
        // a file without read permission would not do: the tests may run as root),
        const string path = "/proc/self/mem";

        // when it is parsed, then the input is refused.
        var exception = Assert.Throws<KamerstukInputException>(() => KamerstukParser.ParseFile(path));
        Assert.DoesNotContain("Exception", exception.Message, StringComparison.Ordinal);
    }

    public static TheoryData<string> Samples() => GoldenFileTests.Samples();

    [Theory]
    [MemberData(nameof(Samples))]
    public async Task Streams_and_asynchronous_reads_give_the_json_of_ParseFile(string sample)
    {
        // Given a sample and its JSON as ParseFile gives it,
        var path = Path.Combine(TestPaths.Samples, sample);
        var name = Path.GetFileName(path);
        var expected = KamerstukJson.Serialize(KamerstukParser.ParseFile(path));
        var token = CancellationToken.None;

        // when it is parsed from a file stream, a stream that cannot seek, and asynchronously from both,
        using var file = File.OpenRead(path);
        var fromStream = KamerstukParser.Parse(file, name, cancellationToken: token);
        using var unseekable = new UnseekableStream(File.ReadAllBytes(path));
        var fromUnseekable = await KamerstukParser.ParseAsync(unseekable, name, cancellationToken: token);
        var fromFile = await KamerstukParser.ParseFileAsync(path, cancellationToken: token);

        // then each gives the same JSON.
        Assert.Equal(expected, KamerstukJson.Serialize(fromStream));
        Assert.Equal(expected, KamerstukJson.Serialize(fromUnseekable));
        Assert.Equal(expected, KamerstukJson.Serialize(fromFile));
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void A_stream_without_a_file_name_is_sniffed_from_its_bytes(string sample)
    {
        // Given a sample read from a stream named "-" (standard input: no extension to go by),
        var path = Path.Combine(TestPaths.Samples, sample);
        using var stream = new UnseekableStream(File.ReadAllBytes(path));
        var document = KamerstukParser.Parse(stream, "-", cancellationToken: CancellationToken.None);

        // then it is read as its format, and all but the name is what the file gives.
        var expected = KamerstukJson.Serialize(KamerstukParser.ParseFile(path));
        Assert.Equal(expected, KamerstukJson.Serialize(document with { Source = document.Source with { Name = Path.GetFileName(path) } }));
    }

    [Fact]
    public async Task A_read_that_waits_is_cancelled_by_the_token()
    {
        // Given a stream whose data never comes,
        using var stalled = new StalledStream();
        using var cancellation = new CancellationTokenSource(TimeSpan.FromMilliseconds(100));

        // when it is parsed with a token that is cancelled, then the parse ends as cancelled.
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => KamerstukParser.ParseAsync(stalled, "-", cancellationToken: cancellation.Token));
    }

    [Fact]
    public async Task A_cancelled_token_stops_a_file_parse()
    {
        var path = Path.Combine(TestPaths.Samples, "text", "ek-27925-verslag-nader-schriftelijk-overleg.txt");
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => KamerstukParser.ParseFileAsync(path, cancellationToken: new CancellationToken(canceled: true)));
        using var stream = File.OpenRead(path);
        Assert.ThrowsAny<OperationCanceledException>(() => KamerstukParser.Parse(stream, "x.txt", cancellationToken: new CancellationToken(canceled: true)));
    }

    [Fact]
    public async Task Asynchronous_file_reads_report_input_errors_as_ParseFile_does()
    {
        var path = Path.Combine(Path.GetTempPath(), "parsekamerstuk-missing-" + Guid.NewGuid().ToString("N") + ".txt");
        var exception = await Assert.ThrowsAsync<KamerstukInputException>(() => KamerstukParser.ParseFileAsync(path, cancellationToken: CancellationToken.None));
        Assert.Equal("no such file", exception.Message);
    }

    [Fact]
    public async Task A_stream_over_the_size_limit_is_refused_whatever_its_length_says()
    {
        // Given 2,000 bytes of text from a stream that cannot tell its length, and a limit of 1,000 bytes,
        var options = new ParseOptions { MaxBytes = 1000 };
        var data = System.Text.Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("Vraag 1\nKan dat?\n", 120)));

        // then both the synchronous and the asynchronous read refuse it.
        using var first = new UnseekableStream(data);
        Assert.Throws<KamerstukInputException>(() => KamerstukParser.Parse(first, "-", options, CancellationToken.None));
        using var second = new UnseekableStream(data);
        await Assert.ThrowsAsync<KamerstukInputException>(() => KamerstukParser.ParseAsync(second, "-", options, CancellationToken.None));
    }

    /// <summary>A stream of given bytes that cannot seek and hands out at most 1,000 bytes a read, as a pipe does.</summary>
    private sealed class UnseekableStream(byte[] data) : Stream
    {
        private readonly MemoryStream _inner = new(data, writable: false);

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count) => _inner.Read(buffer, offset, Math.Min(count, 1000));

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            _inner.Dispose();
            base.Dispose(disposing);
        }
    }

    /// <summary>A stream whose reads wait until they are cancelled.</summary>
    private sealed class StalledStream : Stream
    {
        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
        {
            await Task.Delay(Timeout.Infinite, cancellationToken);
            return 0;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
