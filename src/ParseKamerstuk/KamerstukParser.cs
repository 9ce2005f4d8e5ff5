using System.Security.Cryptography;
using ParseKamerstuk.Diagnostics;
using ParseKamerstuk.Model;
using ParseKamerstuk.Reading;
using ParseKamerstuk.Segmentation;

namespace ParseKamerstuk;

/// <summary>
/// The one-call façade: bytes in, <see cref="KamerstukDocument"/> out. Reads with the reader for the format,
/// then segments.
/// </summary>
public static class KamerstukParser
{
    /// <summary>Parses a file.</summary>
    /// <exception cref="KamerstukInputException">
    /// The input cannot be used: it is missing, a directory, unreadable, over <see cref="ParseOptions.MaxBytes"/>, or
    /// not a document this library reads.
    /// </exception>
    public static KamerstukDocument ParseFile(string path, ParseOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(path);
        options ??= ParseOptions.Default;
        return Parse(ReadFile(path, options.MaxBytes), Path.GetFileName(path), options, cancellationToken);
    }

    /// <summary>
    /// Parses a file, reading it asynchronously. The parsing itself is work for the processor and runs on the thread
    /// that continues after the read; wrap the call in <see cref="Task.Run(Func{Task})"/> to keep it off a UI thread.
    /// </summary>
    /// <exception cref="KamerstukInputException">
    /// The input cannot be used: it is missing, a directory, unreadable, over <see cref="ParseOptions.MaxBytes"/>, or
    /// not a document this library reads.
    /// </exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public static async Task<KamerstukDocument> ParseFileAsync(string path, ParseOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(path);
        options ??= ParseOptions.Default;
        byte[] data;
        try
        {
            var stream = OpenFile(path, useAsync: true);
            await using (stream.ConfigureAwait(false))
            {
                var length = stream.CanSeek ? stream.Length : 0;
                CheckLength(length, options.MaxBytes);
                data = await ReadAtMostAsync(stream, length, options.MaxBytes, cancellationToken).ConfigureAwait(false);
            }
        }
        catch (Exception exception) when (AsInputError(exception) is { } error)
        {
            throw error;
        }

        return Parse(data, Path.GetFileName(path), options, cancellationToken);
    }

    /// <summary>
    /// Parses the document <paramref name="stream"/> holds, from its position to its end. The stream is left open.
    /// </summary>
    /// <param name="stream">The document's bytes; at most <see cref="ParseOptions.MaxBytes"/> of them are read.</param>
    /// <param name="name">
    /// The document's name, written as <see cref="SourceInfo.Name"/>: a file name without directory, or <c>-</c> for a
    /// document without one. The format is sniffed from the bytes; the name's extension only breaks ties.
    /// </param>
    /// <param name="options">The options, or <see langword="null"/> for <see cref="ParseOptions.Default"/>.</param>
    /// <param name="cancellationToken">Cancels the parse.</param>
    /// <exception cref="KamerstukInputException">The input cannot be used. The stream's own exceptions pass through.</exception>
    public static KamerstukDocument Parse(Stream stream, string name, ParseOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(name);
        options ??= ParseOptions.Default;
        var expected = Remaining(stream);
        CheckLength(expected, options.MaxBytes);
        return Parse(ReadAtMost(stream, expected, options.MaxBytes), name, options, cancellationToken);
    }

    /// <summary>
    /// Parses the document <paramref name="stream"/> holds, from its position to its end, reading it asynchronously;
    /// the parsing itself runs on the thread that continues after the read. The stream is left open.
    /// </summary>
    /// <param name="stream">The document's bytes; at most <see cref="ParseOptions.MaxBytes"/> of them are read.</param>
    /// <param name="name">
    /// The document's name, written as <see cref="SourceInfo.Name"/>: a file name without directory, or <c>-</c> for a
    /// document without one. The format is sniffed from the bytes; the name's extension only breaks ties.
    /// </param>
    /// <param name="options">The options, or <see langword="null"/> for <see cref="ParseOptions.Default"/>.</param>
    /// <param name="cancellationToken">Cancels the read and the parse.</param>
    /// <exception cref="KamerstukInputException">The input cannot be used. The stream's own exceptions pass through.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public static async Task<KamerstukDocument> ParseAsync(Stream stream, string name, ParseOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(name);
        options ??= ParseOptions.Default;
        var expected = Remaining(stream);
        CheckLength(expected, options.MaxBytes);
        var data = await ReadAtMostAsync(stream, expected, options.MaxBytes, cancellationToken).ConfigureAwait(false);
        return Parse(data, name, options, cancellationToken);
    }

    // The bytes left in a stream that knows its length; 0 (unknown) for one that does not.
    private static long Remaining(Stream stream) => stream.CanSeek ? Math.Max(0, stream.Length - stream.Position) : 0;

    // The bytes of the file at path, at most limit of them; a file that cannot be read is an input error with a plain
    // reason, as the CLI words it.
    private static byte[] ReadFile(string path, long limit)
    {
        try
        {
            using var stream = OpenFile(path, useAsync: false);
            var length = stream.CanSeek ? stream.Length : 0;
            CheckLength(length, limit);
            return ReadAtMost(stream, length, limit);
        }
        catch (Exception exception) when (AsInputError(exception) is { } error)
        {
            throw error;
        }
    }

    private static FileStream OpenFile(string path, bool useAsync)
    {
        if (Directory.Exists(path))
        {
            throw new KamerstukInputException("is a directory");
        }

        return new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1, useAsync);
    }

    private static void CheckLength(long length, long limit)
    {
        if (length > limit)
        {
            throw new KamerstukInputException($"input is {length} bytes, over the limit of {limit} bytes");
        }
    }

    // The input error a failure to open or read a file is, or null for any other exception.
    private static KamerstukInputException? AsInputError(Exception exception) => exception switch
    {
        FileNotFoundException => new KamerstukInputException("no such file", exception),
        DirectoryNotFoundException => new KamerstukInputException("no such file or directory", exception),
        UnauthorizedAccessException => new KamerstukInputException("permission denied", exception),
        PathTooLongException => new KamerstukInputException("the path is too long", exception),
        IOException => new KamerstukInputException("the file could not be read", exception),
        _ => null,
    };

    /// <summary>
    /// Reads <paramref name="stream"/> to its end, expecting <paramref name="expected"/> bytes but refusing more than
    /// <paramref name="limit"/> whatever it said: a device (<c>/dev/zero</c>) reports a length of 0, a file may grow.
    /// </summary>
    /// <exception cref="KamerstukInputException">The stream holds more than <paramref name="limit"/> bytes.</exception>
    internal static byte[] ReadAtMost(Stream stream, long expected, long limit)
    {
        var cap = Math.Min(limit, Array.MaxLength);
        var buffer = new byte[Math.Clamp(expected, 0, cap)];
        var total = 0;
        var probe = new byte[1];
        while (true)
        {
            if (total == buffer.Length)
            {
                // As long as was said (or the buffer is full): one more byte tells whether there is more.
                if (stream.Read(probe, 0, 1) == 0)
                {
                    return buffer;
                }

                if (total >= cap)
                {
                    throw new KamerstukInputException($"input is over the limit of {limit} bytes");
                }

                Array.Resize(ref buffer, (int)Math.Min(cap, Math.Max(81920L, buffer.Length * 2L)));
                buffer[total++] = probe[0];
                continue;
            }

            var read = stream.Read(buffer, total, buffer.Length - total);
            if (read == 0)
            {
                return buffer[..total];
            }

            total += read;
        }
    }

    /// <summary>As <see cref="ReadAtMost"/>, reading asynchronously.</summary>
    /// <exception cref="KamerstukInputException">The stream holds more than <paramref name="limit"/> bytes.</exception>
    internal static async Task<byte[]> ReadAtMostAsync(Stream stream, long expected, long limit, CancellationToken cancellationToken)
    {
        var cap = Math.Min(limit, Array.MaxLength);
        var buffer = new byte[Math.Clamp(expected, 0, cap)];
        var total = 0;
        var probe = new byte[1];
        while (true)
        {
            if (total == buffer.Length)
            {
                if (await stream.ReadAsync(probe, cancellationToken).ConfigureAwait(false) == 0)
                {
                    return buffer;
                }

                if (total >= cap)
                {
                    throw new KamerstukInputException($"input is over the limit of {limit} bytes");
                }

                Array.Resize(ref buffer, (int)Math.Min(cap, Math.Max(81920L, buffer.Length * 2L)));
                buffer[total++] = probe[0];
                continue;
            }

            var read = await stream.ReadAsync(buffer.AsMemory(total), cancellationToken).ConfigureAwait(false);
            if (read == 0)
            {
                return buffer[..total];
            }

            total += read;
        }
    }

    /// <summary>Parses the bytes of one document named <paramref name="name"/> (the file name, without directory).</summary>
    /// <exception cref="KamerstukInputException">The input cannot be used.</exception>
    public static KamerstukDocument Parse(ReadOnlyMemory<byte> data, string name, ParseOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(name);
        options ??= ParseOptions.Default;
        if (data.Length > options.MaxBytes)
        {
            throw new KamerstukInputException($"input is {data.Length} bytes, over the limit of {options.MaxBytes} bytes");
        }

        if (data.IsEmpty)
        {
            throw new KamerstukInputException("the input is empty");
        }

        var source = Read(data, name, options, cancellationToken);
        var info = new SourceInfo(name, source.Format, Convert.ToHexStringLower(SHA256.HashData(data.Span)), source.PageCount);
        return options.Segmenter.Segment(source, info, cancellationToken);
    }

    /// <summary>Reads the bytes of one document into lines, without segmenting.</summary>
    /// <exception cref="KamerstukInputException">The input cannot be used.</exception>
    public static Text.SourceDocument Read(ReadOnlyMemory<byte> data, string name, ParseOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(name);
        options ??= ParseOptions.Default;
        var format = options.Format == InputFormat.Auto ? FormatSniffer.Detect(data.Span, name) : options.Format;
        return ReaderFor(format).Read(data, options, cancellationToken);
    }

    /// <summary>The reader for <paramref name="format"/>.</summary>
    /// <exception cref="KamerstukInputException">The format is not supported.</exception>
    public static IDocumentReader ReaderFor(InputFormat format) => format switch
    {
        InputFormat.Text => PlainTextDocumentReader.Instance,
        InputFormat.Pdf => PdfDocumentReader.Instance,
        InputFormat.Xml => XmlDocumentReader.Instance,
        InputFormat.Docx => WordDocumentReader.Instance,
        InputFormat.Html => HtmlDocumentReader.Instance,
        _ => throw new KamerstukInputException($"unsupported format: {InputFormats.Name(format)}"),
    };
}
