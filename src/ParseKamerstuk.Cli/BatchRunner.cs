using System.Diagnostics;
using ParseKamerstuk.Diagnostics;
using ParseKamerstuk.Json;
using ParseKamerstuk.Model;

namespace ParseKamerstuk.Cli;

/// <summary>
/// Runs a batch: documents are parsed in parallel, results are reported and written in input order, so the
/// bytes of a run do not depend on <c>--jobs</c>. A failing input costs only its own result.
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
    public sealed record Outcome(KamerstukDocument? Document, string? Error, bool Skipped = false, byte[]? Json = null);

    /// <summary>Parses one input, turning every failure into a one-line reason.</summary>
    public static Outcome ParseOne(InputItem item, BatchSettings settings, CliEnvironment environment)
    {
        try
        {
            var data = InputFiles.ReadAll(item.Path, environment, settings.Options.MaxBytes);
            var name = item.Path == "-" ? "-" : Path.GetFileName(item.Path);

            // The parser checks the token between pages and paragraphs; parsing runs on this thread, so a batch's
            // workers never wait on thread-pool work of their own.
            using var cancellation = new CancellationTokenSource(settings.Timeout);
            return new Outcome(KamerstukParser.Parse(data, name, settings.Options, cancellation.Token), null);
        }
        catch (OperationCanceledException)
        {
            return new Outcome(null, $"took longer than the time limit of {settings.Timeout.TotalSeconds.ToString("0", System.Globalization.CultureInfo.InvariantCulture)} s");
        }
#pragma warning disable CA1031 // Any failure of one input is reported for that input; the batch goes on.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            return new Outcome(null, Describe(exception));
        }
    }

    private static string Describe(Exception exception) => InputFiles.IsInputProblem(exception)
        ? InputFiles.Reason(exception)
        : exception is OutOfMemoryException or InsufficientExecutionStackException
            ? "the document is too large or too deeply nested to parse"
            : $"could not be parsed ({exception.GetType().Name}: {Cli.OneLine(exception.Message)})";

    /// <summary>Runs the batch and returns the exit code.</summary>
    public int Run(IReadOnlyList<InputItem> items)
    {
        RemoveStaleTemporaryFiles();
        var results = new TaskCompletionSource<Outcome>[items.Count];
        for (var i = 0; i < results.Length; i++)
        {
            results[i] = new TaskCompletionSource<Outcome>(TaskCreationOptions.RunContinuationsAsynchronously);
        }

        using var stop = new CancellationTokenSource();
        using var window = new SemaphoreSlim(Math.Max(1, _settings.Jobs * 4));
        var next = -1;
        var workers = Enumerable.Range(0, Math.Min(_settings.Jobs, Math.Max(1, items.Count))).Select(_ => Task.Factory.StartNew(() =>
        {
            while (true)
            {
                window.Wait();
                var index = Interlocked.Increment(ref next);
                if (index >= items.Count || stop.IsCancellationRequested)
                {
                    window.Release();
                    if (index < items.Count)
                    {
                        results[index].TrySetResult(new Outcome(null, null, Skipped: true));
                        continue;
                    }

                    return;
                }

                results[index].TrySetResult(Process(items[index]));
            }
        }, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default)).ToArray();

        var parsed = 0;
        var warned = 0;
        var failed = 0;
        var strictFailed = false;
        var clock = Stopwatch.StartNew();
        var progress = new Progress(_environment, _settings.Quiet, items.Count);
        for (var i = 0; i < items.Count; i++)
        {
            var outcome = results[i].Task.GetAwaiter().GetResult();
            window.Release();
            if (outcome.Skipped && outcome.Document is null && outcome.Error is null)
            {
                progress.Report(i + 1, items[i], "skipped", clock.Elapsed);
                continue;
            }

            if (outcome.Error is not null)
            {
                failed++;
                progress.Clear();
                _environment.Stderr.WriteLine($"parsekamerstuk: {items[i].Display}: {outcome.Error}");
                if (_settings.FailFast)
                {
                    stop.Cancel();
                }

                continue;
            }

            parsed++;
            var document = outcome.Document!;
            if (document.Diagnostics.Any(d => d.Severity != DiagnosticSeverity.Info))
            {
                warned++;
            }

            strictFailed |= _settings.Strict && ParseCommand.HasErrors(document);
            if (outcome.Json is not null)
            {
                // One write per document, straight to standard output, which the batch does not own.
                _environment.Stdout.Write(outcome.Json);
            }

            progress.Report(i + 1, items[i], "ok", clock.Elapsed);
        }

        _environment.Stdout.Flush();
        Task.WaitAll(workers);
        progress.Clear();
        if (!_settings.Quiet)
        {
            _environment.Stderr.WriteLine($"{parsed} parsed, {warned} with warnings, {failed} failed");
        }

        return failed > 0 ? ExitCodes.InputError : strictFailed ? ExitCodes.Strict : ExitCodes.Success;
    }

    // A run that was killed leaves its temporary files (never a half-written .json); the next run removes them.
    private void RemoveStaleTemporaryFiles()
    {
        if (_settings.Jsonl || _settings.Output is not { } directory || !Directory.Exists(directory))
        {
            return;
        }

        foreach (var file in Directory.EnumerateFiles(directory, "*" + AtomicFile.TempSuffix, SearchOption.AllDirectories))
        {
            try
            {
                File.Delete(file);
            }
            catch (IOException)
            {
                // Another run may be writing it; it removes its own.
            }
        }
    }

    private Outcome Process(InputItem item)
    {
        string? target = null;
        if (!_settings.Jsonl && _settings.Output is { } directory)
        {
            target = Path.GetFullPath(Path.Combine(directory, item.OutputName));
            var root = Path.GetFullPath(directory).TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar;
            if (!target.StartsWith(root, StringComparison.Ordinal))
            {
                return new Outcome(null, "its output would lie outside the output directory");
            }

            if (_settings.SkipExisting && File.Exists(target))
            {
                return new Outcome(null, null, Skipped: true);
            }
        }

        var outcome = ParseOne(item, _settings, _environment);
        if (outcome.Document is null)
        {
            return outcome;
        }

        try
        {
            if (target is not null)
            {
                AtomicFile.Write(target, stream => KamerstukJson.Write(outcome.Document, stream));
                return outcome;
            }

            using var buffer = new MemoryStream();
            KamerstukJson.Write(outcome.Document, buffer, indented: false);
            return outcome with { Json = buffer.ToArray() };
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return new Outcome(null, $"cannot write {target}: {InputFiles.Reason(exception)}");
        }
    }
}
