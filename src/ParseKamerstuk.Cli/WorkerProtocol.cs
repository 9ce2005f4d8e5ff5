using System.Buffers.Binary;
using System.Text;
using ParseKamerstuk.Diagnostics;
using ParseKamerstuk.Reading;

namespace ParseKamerstuk.Cli;

/// <summary>One document for a worker to parse.</summary>
/// <param name="Path">The file to read, or <c>-</c> when <paramref name="Data"/> holds the bytes of standard input.</param>
/// <param name="Name">The name the parser sees (the file name, without directory).</param>
/// <param name="Data">The bytes of standard input, or <see langword="null"/> when the worker reads <paramref name="Path"/>.</param>
/// <param name="Options">The parse options.</param>
/// <param name="Indented">Whether the JSON is indented (a file) or one line (JSON Lines).</param>
/// <param name="Timeout">How long the worker gives the document before it gives up on it itself.</param>
/// <param name="SourcePath">For JSON Lines: the path as given, written as <c>source.path</c>; otherwise <see langword="null"/>.</param>
internal sealed record WorkerRequest(string Path, string Name, byte[]? Data, ParseOptions Options, bool Indented, TimeSpan Timeout, string? SourcePath = null);

/// <summary>How a worker finished a document.</summary>
internal enum WorkerStatus : byte
{
    /// <summary>Parsed: the body is the JSON.</summary>
    Parsed = 0,

    /// <summary>The input cannot be used: the body is the one-line reason (exit code 2).</summary>
    Failed = 2,

    /// <summary>The document ran out of the worker's memory; the worker exits after this reply.</summary>
    OutOfMemory = 4,
}

/// <summary>A diagnostic of a parsed document as the parent needs it: for the file's line and for <c>--fail-on</c>.</summary>
/// <param name="Code">The stable code, such as <c>PK2001</c>.</param>
/// <param name="Severity">How bad it is.</param>
internal readonly record struct DiagnosticMark(string Code, DiagnosticSeverity Severity);

/// <summary>A worker's answer.</summary>
/// <param name="Status">How the document went.</param>
/// <param name="Body">The JSON bytes, or the UTF-8 reason.</param>
/// <param name="Diagnostics">The document's diagnostics, in document order (empty for a failure).</param>
internal sealed record WorkerReply(WorkerStatus Status, byte[] Body, IReadOnlyList<DiagnosticMark> Diagnostics)
{
    /// <summary>A failure with a one-line reason.</summary>
    public static WorkerReply Failure(string reason) => new(WorkerStatus.Failed, Encoding.UTF8.GetBytes(reason), []);

    /// <summary>The reason of a failure.</summary>
    public string Reason => Encoding.UTF8.GetString(Body);
}

/// <summary>
/// The framing between the parent and its workers, over the worker's standard input and output: each message is a
/// 4-byte little-endian length followed by that many bytes. A started worker first sends an empty frame, so the
/// time limit of a document does not count the worker's start. A request holds the path (or the bytes of standard
/// input), the format and the options; a reply holds a status byte, the diagnostics (a count, then a severity byte and a
/// length-prefixed code each) and the JSON or the reason.
/// </summary>
internal static class WorkerProtocol
{
    private const int MaxFrame = int.MaxValue - 64;

    /// <summary>Writes <paramref name="request"/> as one frame and flushes.</summary>
    public static void WriteRequest(Stream stream, WorkerRequest request)
    {
        using var buffer = new MemoryStream();
        using (var writer = new BinaryWriter(buffer, Encoding.UTF8, leaveOpen: true))
        {
            writer.Write(request.Path);
            writer.Write(request.Name);
            writer.Write(request.Data is not null);
            writer.Write(request.Data?.Length ?? 0);
            writer.Write(request.Data ?? []);
            writer.Write((byte)request.Options.Format);
            writer.Write(request.Options.MaxBytes);
            writer.Write(request.Options.MaxPages);
            writer.Write(request.Options.MaxDegreeOfParallelism);
            writer.Write(request.Indented);
            writer.Write(request.Timeout.Ticks);
            writer.Write(request.SourcePath is not null);
            writer.Write(request.SourcePath ?? "");
        }

        WriteFrame(stream, buffer.GetBuffer().AsSpan(0, (int)buffer.Length));
    }

    /// <summary>Reads a request; <see langword="null"/> when the parent has closed the stream.</summary>
    public static WorkerRequest? ReadRequest(Stream stream)
    {
        if (ReadFrame(stream) is not { } frame)
        {
            return null;
        }

        using var reader = new BinaryReader(new MemoryStream(frame), Encoding.UTF8);
        var path = reader.ReadString();
        var name = reader.ReadString();
        var hasData = reader.ReadBoolean();
        var data = reader.ReadBytes(reader.ReadInt32());
        var options = new ParseOptions
        {
            Format = (InputFormat)reader.ReadByte(),
            MaxBytes = reader.ReadInt64(),
            MaxPages = reader.ReadInt32(),
            MaxDegreeOfParallelism = reader.ReadInt32(),
        };
        var indented = reader.ReadBoolean();
        var timeout = TimeSpan.FromTicks(reader.ReadInt64());
        var hasSourcePath = reader.ReadBoolean();
        var sourcePath = reader.ReadString();
        return new WorkerRequest(path, name, hasData ? data : null, options, indented, timeout, hasSourcePath ? sourcePath : null);
    }

    /// <summary>Writes the empty frame a worker sends once it has started, before it reads a request.</summary>
    public static void WriteReady(Stream stream) => WriteFrame(stream, []);

    /// <summary>Whether the worker has started (its ready frame came), as opposed to having died on the way.</summary>
    public static bool ReadReady(Stream stream) => ReadFrame(stream) is { Length: 0 };

    /// <summary>Writes <paramref name="reply"/> as one frame and flushes.</summary>
    public static void WriteReply(Stream stream, WorkerReply reply)
    {
        using var buffer = new MemoryStream();
        using (var writer = new BinaryWriter(buffer, Encoding.UTF8, leaveOpen: true))
        {
            writer.Write((byte)reply.Status);
            writer.Write(reply.Diagnostics.Count);
            foreach (var diagnostic in reply.Diagnostics)
            {
                writer.Write((byte)diagnostic.Severity);
                writer.Write(diagnostic.Code);
            }

            writer.Write(reply.Body);
        }

        WriteFrame(stream, buffer.GetBuffer().AsSpan(0, (int)buffer.Length));
    }

    /// <summary>Reads a reply; <see langword="null"/> when the worker is gone (its output ended, whole or part-way).</summary>
    public static WorkerReply? ReadReply(Stream stream)
    {
        if (ReadFrame(stream) is not { Length: >= 5 } frame)
        {
            return null;
        }

        using var memory = new MemoryStream(frame);
        using var reader = new BinaryReader(memory, Encoding.UTF8);
        var status = (WorkerStatus)reader.ReadByte();
        var count = reader.ReadInt32();
        var diagnostics = new List<DiagnosticMark>(Math.Min(count, 1024));
        for (var i = 0; i < count; i++)
        {
            var severity = (DiagnosticSeverity)reader.ReadByte();
            diagnostics.Add(new DiagnosticMark(reader.ReadString(), severity));
        }

        return new WorkerReply(status, frame[(int)memory.Position..], diagnostics);
    }

    private static void WriteFrame(Stream stream, ReadOnlySpan<byte> payload)
    {
        Span<byte> length = stackalloc byte[4];
        BinaryPrimitives.WriteInt32LittleEndian(length, payload.Length);
        stream.Write(length);
        stream.Write(payload);
        stream.Flush();
    }

    // A frame, or null at the end of the stream (also when it ends inside a frame: the other side died).
    private static byte[]? ReadFrame(Stream stream)
    {
        Span<byte> length = stackalloc byte[4];
        if (stream.ReadAtLeast(length, 4, throwOnEndOfStream: false) < 4)
        {
            return null;
        }

        var size = BinaryPrimitives.ReadInt32LittleEndian(length);
        if (size is < 0 or > MaxFrame)
        {
            throw new InvalidDataException($"a worker message of {size} bytes");
        }

        var frame = new byte[size];
        return stream.ReadAtLeast(frame, size, throwOnEndOfStream: false) < size ? null : frame;
    }
}
