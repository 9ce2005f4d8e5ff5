using System.Diagnostics;
using System.Globalization;
using ParseKamerstuk.Reading;

namespace ParseKamerstuk.Cli;

/// <summary>
/// One long-lived worker process, as Apache Tika's forked mode runs its parsers: the same executable with the
/// hidden <c>worker</c> subcommand, its standard input and output a pipe of <see cref="WorkerProtocol"/> frames,
/// its standard error drained so nothing reaches the terminal. A worker that dies (a stack overflow in the PDF
/// reader), runs past the time limit (killed from here) or runs out of memory costs only its document; the next
/// document starts a new one. Not thread-safe: each batch job owns one.
/// </summary>
internal sealed class WorkerProcess : IDisposable
{
    // The worker gives up on a document itself at the time limit; this is how long it has to answer after that
    // before it is killed (a document that never reaches a cancellation check).
    private static readonly TimeSpan s_grace = TimeSpan.FromSeconds(1);

    private readonly int _maxMemoryMegabytes;
    private Process? _process;
    private Stream? _requests;
    private Stream? _replies;
    private string _lastError = "";

    /// <summary>Creates a worker that starts with the first document.</summary>
    /// <param name="maxMemoryMegabytes">The worker's GC heap limit in MB; 0 for none.</param>
    public WorkerProcess(int maxMemoryMegabytes) => _maxMemoryMegabytes = maxMemoryMegabytes;

    /// <summary>Parses <paramref name="request"/> in the worker; a dead worker is reported as the document's failure.</summary>
    public WorkerReply Parse(WorkerRequest request)
    {
        if (_process is { HasExited: true })
        {
            Discard();
        }

        if (_process is null && Start() is { } failure)
        {
            return WorkerReply.Failure(failure);
        }

        var process = _process!;
        var killed = false;
        WorkerReply? reply = null;
        using (var deadline = new CancellationTokenSource(request.Timeout + s_grace))
        using (deadline.Token.Register(() =>
        {
            killed = true;
            Kill(process);
        }))
        {
            try
            {
                WorkerProtocol.WriteRequest(_requests!, request);
                reply = WorkerProtocol.ReadReply(_replies!);
            }
            catch (IOException)
            {
                // The worker died while the request was written.
            }
        }

        // The registration is disposed: the timer cannot fire any more, and killed says whether it did.
        if (reply is not null && !killed)
        {
            if (reply.Status == WorkerStatus.OutOfMemory)
            {
                Discard();
                return WorkerReply.Failure(OutOfMemory());
            }

            return reply;
        }

        Discard();
        if (killed)
        {
            return reply ?? WorkerReply.Failure(WorkerCommand.TimedOut(request.Timeout));
        }

        return WorkerReply.Failure(DiedOfMemory()
            ? OutOfMemory()
            : IsPdf(request) ? "the PDF crashed the reader (a reference cycle?)" : "the reader crashed on this document");
    }

    /// <summary>Ends the worker: it exits when its standard input closes, and is waited for, so none outlives the run.</summary>
    public void Dispose()
    {
        if (_process is not { } process)
        {
            return;
        }

        try
        {
            _requests?.Dispose();
        }
        catch (IOException)
        {
            // Already gone.
        }

        if (!process.WaitForExit(s_grace))
        {
            Kill(process);
        }

        process.Dispose();
        _process = null;
    }

    /// <summary>How the worker is started: the running executable, or <c>dotnet parsekamerstuk.dll</c> under the JIT host.</summary>
    internal static (string FileName, string[] Arguments) Command()
    {
        var self = Environment.ProcessPath ?? "dotnet";
        var name = Path.GetFileNameWithoutExtension(self);
        var assembly = Path.Combine(AppContext.BaseDirectory, typeof(WorkerProcess).Assembly.GetName().Name + ".dll");
        var isDotnet = string.Equals(name, "dotnet", StringComparison.OrdinalIgnoreCase);

        // The native build and the apphost run themselves; dotnet (dotnet parsekamerstuk.dll, a test host) and any
        // other host that loaded the CLI run the assembly beside it.
        if (!isDotnet && (name == "parsekamerstuk" || !File.Exists(assembly)))
        {
            return (self, [WorkerCommand.Name]);
        }

        return (isDotnet ? self : Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet", [assembly, WorkerCommand.Name]);
    }

    private string OutOfMemory() => _maxMemoryMegabytes > 0
        ? $"the document needs more than {_maxMemoryMegabytes.ToString(CultureInfo.InvariantCulture)} MB of memory (--max-memory)"
        : "the document is too large or too deeply nested to parse";

    // Whether the last words of the dead worker were about memory: a fatal out-of-memory, or E_OUTOFMEMORY from
    // the runtime's start ("Failed to create CoreCLR, HRESULT: 0x8007000E").
    private bool DiedOfMemory() =>
        _lastError.Contains("OutOfMemory", StringComparison.Ordinal)
        || _lastError.Contains("out of memory", StringComparison.OrdinalIgnoreCase)
        || _lastError.Contains("0x8007000E", StringComparison.OrdinalIgnoreCase);

    // Starts the worker and waits until it is ready; the reason when it cannot start.
    private string? Start()
    {
        var (fileName, arguments) = Command();
        var start = new ProcessStartInfo(fileName, arguments)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        if (_maxMemoryMegabytes > 0)
        {
            start.Environment["DOTNET_GCHeapHardLimit"] = ((long)_maxMemoryMegabytes * 1024 * 1024).ToString("X", CultureInfo.InvariantCulture);
        }

        // A crash writes no dump; its stack trace goes to the drained standard error.
        start.Environment["DOTNET_DbgEnableMiniDump"] = "0";

        // Under the JIT every worker compiles the parser anew; without profile-guided tiers (which compile hot code
        // twice more) the corpus batch with --jobs 2 costs 11.5 s of CPU instead of 14.5 s (10.5 s in one process).
        // The native build has no JIT and ignores it.
        start.Environment.TryAdd("DOTNET_TieredPGO", "0");
        Process process;
        try
        {
            process = Process.Start(start) ?? throw new InvalidOperationException($"cannot start {fileName}");
        }
        catch (Exception exception) when (exception is InvalidOperationException or System.ComponentModel.Win32Exception)
        {
            return $"cannot start a worker process ({fileName}: {Cli.OneLine(exception.Message)})";
        }

        _lastError = "";

        // Standard error is read to its end so the worker never blocks on it; the last lines tell an out-of-memory
        // death from a stack overflow.
        process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is { Length: > 0 } line)
            {
                _lastError = line.Length > 500 ? line[..500] : line;
            }
        };
        process.BeginErrorReadLine();
        _process = process;
        _requests = process.StandardInput.BaseStream;
        _replies = process.StandardOutput.BaseStream;
        if (WorkerProtocol.ReadReady(_replies))
        {
            return null;
        }

        Discard();
        return DiedOfMemory()
            ? $"a worker process cannot start within {_maxMemoryMegabytes.ToString(CultureInfo.InvariantCulture)} MB of memory (--max-memory)"
            : $"the worker process did not start ({(_lastError.Length > 0 ? _lastError : "no reason given")})";
    }

    private static void Kill(Process process)
    {
        try
        {
            process.Kill(entireProcessTree: true);
        }
        catch (Exception exception) when (exception is InvalidOperationException or System.ComponentModel.Win32Exception)
        {
            // It has exited.
        }
    }

    // Throws the worker away after it died or was killed, once its standard error has been read to the end.
    private void Discard()
    {
        if (_process is not { } process)
        {
            return;
        }

        Kill(process);
        process.WaitForExit();
        Dispose();
    }

    // Whether the crashed document is a PDF, for the message: named so, or sniffed so (the PDF header may follow
    // some junk, as readers allow, within the first kilobyte).
    private static bool IsPdf(WorkerRequest request)
    {
        if (request.Options.Format != InputFormat.Auto)
        {
            return request.Options.Format == InputFormat.Pdf;
        }

        if (request.Data is null && request.Path.EndsWith(".pdf", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        try
        {
            var head = new byte[1024];
            int read;
            if (request.Data is { } data)
            {
                read = Math.Min(data.Length, head.Length);
                data.AsSpan(0, read).CopyTo(head);
            }
            else
            {
                using var file = File.OpenRead(request.Path);
                read = file.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
            }

            return head.AsSpan(0, read).IndexOf("%PDF-"u8) >= 0;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }
}
