using System.Globalization;
using ParseKamerstuk.Diagnostics;
namespace ParseKamerstuk.Cli;

/// <summary>
/// Runs a batch: documents are parsed in parallel, each job in a worker process of its own, and results are
/// reported and written in input order, so the bytes of a run do not depend on <c>--jobs</c>. A failing input
/// costs only its own result, also one that crashes its worker.
/// </summary>
internal sealed class BatchRunner
{
    private readonly CliEnvironment _environment;
    private readonly BatchSettings _settings;

    public BatchRunner(CliEnvironment environment, BatchSettings settings)
    {
        _environment = environment;
        _settings = settings;
    }

    /// <summary>The outcome of one input.</summary>
    /// <param name="Json">The JSON of the document (for JSON Lines and a single run; a file written to a directory is not kept).</param>
    /// <param name="Error">Why the input failed, or <see langword="null"/>.</param>
    /// <param name="Skipped">Whether the input was not processed: its JSON is up to date, or the batch stopped.</param>
    /// <param name="Diagnostics">The diagnostics of the parsed document.</param>
    public sealed record Outcome(byte[]? Json, string? Error, bool Skipped = false, IReadOnlyList<DiagnosticMark>? Diagnostics = null)
    {
        /// <summary>Whether the document has warning or error diagnostics.</summary>
        public bool Warned => Diagnostics?.Any(d => d.Severity != DiagnosticSeverity.Info) == true;
    }

    /// <summary>The exit code of a run that the user interrupted (128 + SIGINT, as shells report it).</summary>
    public const int Interrupted = 130;

    /// <summary>
    /// Parses one input in <paramref name="worker"/>, turning every failure into a one-line reason. Standard input is
    /// read here and sent as bytes; a file is read by the worker.
    /// </summary>
    public static Outcome ParseOne(InputItem item, BatchSettings settings, CliEnvironment environment, WorkerProcess worker, bool indented)
    {
        byte[]? data = null;
        if (item.Path == "-")
        {
            try
            {
                data = InputFiles.ReadAll(item.Path, environment, settings.Options.MaxBytes);
            }
            catch (Exception exception) when (InputFiles.IsInputProblem(exception))
            {
                return new Outcome(null, InputFiles.Reason(exception));
            }
        }

        var name = item.Path == "-" ? "-" : Path.GetFileName(item.Path);
        var reply = worker.Parse(new WorkerRequest(item.Path, name, data, settings.Options, indented, settings.Timeout, indented ? null : item.Display));
        return reply.Status == WorkerStatus.Parsed
            ? new Outcome(reply.Body, null, Diagnostics: reply.Diagnostics)
            : new Outcome(null, reply.Reason);
    }

    /// <summary>Runs the batch and returns the exit code.</summary>
    /// <param name="items">The inputs.</param>
    /// <param name="passedOver">How many files the walks passed over (no documents), counted as skipped.</param>
    public int Run(IReadOnlyList<InputItem> items, int passedOver)
    {
        RemoveStaleTemporaryFiles();
        var results = new TaskCompletionSource<Outcome>[items.Count];
        for (var i = 0; i < results.Length; i++)
        {
            results[i] = new TaskCompletionSource<Outcome>(TaskCreationOptions.RunContinuationsAsynchronously);
        }

        // One job runs on this thread between reports; more run on threads of their own, each with its worker
        // process, which the thread waits on (so a job never waits on the thread pool).
        var parallel = _settings.Jobs > 1 && items.Count > 1;

        // Files written to a directory do not depend on each other: the largest inputs go first, so that one big
        // document does not run alone on one core at the end of the batch. JSON Lines come out in input order, and
        // a window of results bounds the memory that documents finished ahead of their turn can hold.
        var order = _settings.Jsonl ? Enumerable.Range(0, items.Count).ToArray() : LargestFirst(items);
        using var window = _settings.Jsonl && parallel ? new SemaphoreSlim(_settings.Jobs * 4) : null;

        // Stopped by --fail-fast, by Ctrl-C and by a closed standard output: what is not started is not run.
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(_environment.Interrupt);
        var notRun = new Outcome(null, null, Skipped: true);
        var next = -1;
        void Work()
        {
            using var worker = new WorkerProcess(_settings.MaxMemoryMegabytes);
            while (true)
            {
                // Once stopped, no slot is waited for: what is left is marked as not run at once.
                var slot = false;
                try
                {
                    window?.Wait(stop.Token);
                    slot = window is not null;
                }
                catch (OperationCanceledException)
                {
                    // Stopped.
                }

                var position = Interlocked.Increment(ref next);
                if (position >= order.Length)
                {
                    if (slot)
                    {
                        window!.Release();
                    }

                    return;
                }

                var index = order[position];
                results[index].TrySetResult(stop.IsCancellationRequested ? notRun : Process(items[index], worker));
            }
        }

        var workers = !parallel
            ? []
            : Enumerable.Range(0, Math.Min(_settings.Jobs, items.Count))
                .Select(_ => Task.Factory.StartNew(Work, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default))
                .ToArray();

        using var serial = workers.Length == 0 ? new WorkerProcess(_settings.MaxMemoryMegabytes) : null;
        var parsed = 0;
        var skipped = passedOver;
        var warned = 0;
        var failed = 0;
        var failedOn = 0;
        var closed = false;
        var progress = new Progress(_environment, _settings.Quiet, items);

        // Reported in the order of processing, so progress moves as documents finish.
        for (var done = 0; done < order.Length; done++)
        {
            var i = order[done];
            if (workers.Length == 0)
            {
                results[i].TrySetResult(stop.IsCancellationRequested ? notRun : Process(items[i], serial!));
            }

            var outcome = results[i].Task.GetAwaiter().GetResult();
            window?.Release();
            if (outcome.Skipped && outcome.Error is null)
            {
                skipped++;
                progress.Report(items[i], null);
                continue;
            }

            if (outcome.Error is not null)
            {
                failed++;
                progress.Clear();
                _environment.Stderr.WriteLine($"parsekamerstuk: {Messages.Name(items[i].Display)}: {outcome.Error}");

                // Every input gives one line of JSON Lines, so that a line can be joined back to its input.
                var name = items[i].Path == "-" ? "-" : Path.GetFileName(items[i].Path);
                if (_settings.Jsonl && !TryWriteStdout(JsonLines.ErrorRecord(name, items[i].Display, outcome.Error)))
                {
                    closed = true;
                    stop.Cancel();
                    break;
                }

                if (_settings.FailFast)
                {
                    stop.Cancel();
                }

                continue;
            }

            if (outcome.Json is not null && !TryWriteStdout(outcome.Json))
            {
                // Standard output is closed ("| head"): stop at once, quietly, as jq and ripgrep do.
                closed = true;
                stop.Cancel();
                break;
            }

            parsed++;
            var diagnostics = outcome.Diagnostics ?? [];
            warned += outcome.Warned ? 1 : 0;
            if (_settings.FailOn.Matches(diagnostics) is [_, ..] matches)
            {
                failedOn++;
                progress.Clear();
                _environment.Stderr.WriteLine($"parsekamerstuk: {Messages.Name(items[i].Display)}: fails --fail-on: {string.Join(", ", matches)}");
            }

            progress.Report(items[i], FailOn.Describe(diagnostics));
        }

        Task.WaitAll(workers);
        progress.Clear();
        if (closed)
        {
            return ExitCodes.Success;
        }

        if (!TryFlushStdout())
        {
            return ExitCodes.Success;
        }

        if (_environment.Interrupt.IsCancellationRequested)
        {
            _environment.Stderr.WriteLine(string.Create(CultureInfo.InvariantCulture, $"interrupted: {parsed} of {items.Count} written; run again with --skip-existing to go on"));
            return Interrupted;
        }

        if (!_settings.Quiet)
        {
            _environment.Stderr.WriteLine(Summary(parsed, skipped, warned, failed, failedOn));
        }

        return failed > 0 ? ExitCodes.InputError : failedOn > 0 ? ExitCodes.Strict : ExitCodes.Success;
    }

    /// <summary>The closing line: <c>N parsed, N skipped, N with warnings, N failed</c>, and what failed <c>--fail-on</c>.</summary>
    public static string Summary(int parsed, int skipped, int warned, int failed, int failedOn) => string.Create(
        CultureInfo.InvariantCulture,
        $"{parsed} parsed, {skipped} skipped, {warned} with warnings, {failed} failed{(failedOn > 0 ? $", {failedOn} failing --fail-on" : "")}");

    // One write per document, straight to standard output, which the batch does not own; false once it is closed.
    private bool TryWriteStdout(byte[] json)
    {
        try
        {
            _environment.Stdout.Write(json);
            return true;
        }
        catch (IOException)
        {
            return false;
        }
    }

    private bool TryFlushStdout()
    {
        try
        {
            _environment.Stdout.Flush();
            return true;
        }
        catch (IOException)
        {
            return false;
        }
    }

    // Input positions, the largest file first; equal sizes keep input order.
    private static int[] LargestFirst(IReadOnlyList<InputItem> items) =>
        Enumerable.Range(0, items.Count).OrderByDescending(i => items[i].Size).ThenBy(i => i).ToArray();

    // A run that was killed leaves its temporary files (never a half-written .json); the next run removes those of
    // runs that are gone, and leaves a run that is still writing into the same directory alone. Directory symlinks
    // are not followed (the cleanup stays inside the output directory), and a directory it cannot read is passed by.
    private void RemoveStaleTemporaryFiles()
    {
        if (_settings.Jsonl || _settings.Output is not { } directory || !Directory.Exists(directory))
        {
            return;
        }

        var pending = new Stack<DirectoryInfo>([new DirectoryInfo(directory)]);
        while (pending.TryPop(out var current))
        {
            try
            {
                foreach (var entry in current.EnumerateFileSystemInfos())
                {
                    if (entry is DirectoryInfo subdirectory && subdirectory.LinkTarget is null)
                    {
                        pending.Push(subdirectory);
                    }
                    else if (entry is FileInfo file && (AtomicFile.RunOf(file.Name) is not { } run || !IsAlive(run)) && file.Name.EndsWith(AtomicFile.TempSuffix, StringComparison.Ordinal))
                    {
                        file.Delete();
                    }
                }
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
                // lost+found, or a file another run removes: not ours to fix.
            }
        }
    }

    private static bool IsAlive(int processId)
    {
        if (processId == Environment.ProcessId)
        {
            return true;
        }

        try
        {
            using var process = System.Diagnostics.Process.GetProcessById(processId);
            return !process.HasExited;
        }
        catch (Exception exception) when (exception is ArgumentException or InvalidOperationException)
        {
            return false;
        }
    }

    // The first existing directory between root (excluded) and target that is a symlink: writing through it could
    // leave the output directory ("out/sub -> ../outside").
    private static string? LinkBetween(string root, string target)
    {
        var parts = Path.GetRelativePath(root, Path.GetDirectoryName(target)!).Split(Path.DirectorySeparatorChar);
        var current = root;
        foreach (var part in parts.Where(p => p is not "."))
        {
            current = Path.Combine(current, part);
            var info = new DirectoryInfo(current);
            if (!info.Exists && info.LinkTarget is null)
            {
                return null;
            }

            if (info.LinkTarget is not null)
            {
                return current;
            }
        }

        return null;
    }

    // Whether the JSON at target was made from the bytes now at input: its source.sha256 is the input's.
    private static bool IsUpToDate(string target, string input)
    {
        string? recorded;
        try
        {
            using var stream = File.OpenRead(target);
            using var json = System.Text.Json.JsonDocument.Parse(stream);
            recorded = json.RootElement.ValueKind == System.Text.Json.JsonValueKind.Object
                && json.RootElement.TryGetProperty("source", out var source)
                && source.ValueKind == System.Text.Json.JsonValueKind.Object
                && source.TryGetProperty("sha256", out var sha) && sha.ValueKind == System.Text.Json.JsonValueKind.String
                ? sha.GetString()
                : null;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or System.Text.Json.JsonException)
        {
            return false; // absent, unreadable or not JSON: parse again
        }

        if (recorded is null)
        {
            return false;
        }

        try
        {
            using var stream = File.OpenRead(input);
            return string.Equals(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(stream)), recorded, StringComparison.OrdinalIgnoreCase);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return false; // parsing it will say what is wrong
        }
    }

    private Outcome Process(InputItem item, WorkerProcess worker)
    {
        string? target = null;
        if (!_settings.Jsonl && _settings.Output is { } directory)
        {
            target = Path.GetFullPath(Path.Combine(directory, item.OutputName));
            var root = Path.GetFullPath(directory).TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar;
            if (!target.StartsWith(root, StringComparison.Ordinal) || LinkBetween(root, target) is not null)
            {
                return new Outcome(null, "its output would lie outside the output directory (through a symlink in it)");
            }

            if (_settings.SkipExisting && item.Path != "-" && IsUpToDate(target, item.Path))
            {
                return new Outcome(null, null, Skipped: true);
            }
        }

        var outcome = ParseOne(item, _settings, _environment, worker, indented: target is not null);
        if (outcome.Json is not { } json || target is null)
        {
            return outcome;
        }

        // What the report needs; the JSON itself is not kept.
        try
        {
            AtomicFile.Write(target, stream => stream.Write(json));
            return outcome with { Json = null };
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return new Outcome(null, $"cannot write {target}: {InputFiles.Reason(exception)}");
        }
    }
}
