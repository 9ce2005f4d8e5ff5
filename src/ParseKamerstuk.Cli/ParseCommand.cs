using System.CommandLine;
using System.Globalization;

namespace ParseKamerstuk.Cli;

/// <summary>
/// <c>parsekamerstuk parse</c>: one input to standard output or a file; many inputs (files, directories, globs,
/// <c>--files-from</c>) to a directory of JSON files or to JSON Lines, in input order, in parallel, each failure
/// isolated to its own input.
/// </summary>
internal static class ParseCommand
{
    /// <summary>
    /// The default memory ceiling of one worker process, in MB (<c>--max-memory</c>): a document peaks under 500 MB. The
    /// parser holds about 25 bytes for each byte of text, so 400 MB still parses 16 MB of text (some 5,000 pages); a
    /// part that inflates to just under the decoded limit, or 100 MB of short lines, is stopped in a few seconds.
    /// </summary>
    public const int DefaultMaxMemoryMegabytes = 400;

    /// <summary>The most jobs: each is a worker process with a heap of its own.</summary>
    public const int MaxJobs = 1024;

    /// <summary>The longest time limit, in seconds: a day.</summary>
    public const int MaxTimeoutSeconds = 86_400;

    /// <summary>The short usage printed when <c>parse</c> is run on a terminal with nothing to read.</summary>
    public const string Usage = "usage: parsekamerstuk parse FILE|DIR|GLOB|- … [-o OUT] [--jsonl] [--files-from LIST] (see parsekamerstuk parse --help)";

    /// <summary>Builds the command.</summary>
    public static Command Build(CliEnvironment environment)
    {
        var inputs = new Argument<string[]>("inputs")
        {
            Description = "Files, directories (read recursively) or globs (*, ?, **) to parse; - reads standard input.",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var output = new Option<string?>("--output", "-o")
        {
            Description = "Write to this file (one input) or directory (many inputs, or a path ending in /); - is standard output. Written atomically.",
        };
        var format = OptionValues.Format();
        var strict = new Option<bool>("--strict") { Description = "The same as --fail-on error." };
        var failOn = new Option<string[]>("--fail-on")
        {
            Description = "Exit with code 3 when a document has these diagnostics: warning, error, or codes such as PK4004 (comma-separated, or repeated).",
            HelpName = "warning|error|PKnnnn",
            AllowMultipleArgumentsPerToken = false,
        };
        failOn.Validators.Add(result =>
        {
            if (FailOn.Parse(result.Tokens.Select(t => t.Value), false, out var error) is null)
            {
                result.AddError($"--fail-on: {error}");
            }
        });
        var jsonl = new Option<bool>("--jsonl") { Description = "Write one compact JSON document per line to standard output, in input order; a failed input is an error record." };
        var filesFrom = new Option<string?>("--files-from") { Description = "Read the paths to parse from this file, one per line (relative paths are relative to the current directory); - reads standard input." };
        var nul = new Option<bool>("--null", "-0") { Description = "With --files-from: the paths are separated by NUL characters (find -print0)." };
        var shard = new Option<string?>("--shard") { Description = "Process only shard K of N (K/N, 1-based): a stable subset, so N machines can split an archive." };
        shard.Validators.Add(result =>
        {
            var value = result.Tokens.Count > 0 ? result.Tokens[^1].Value : "";
            if (!TryParseShard(value, out _, out _))
            {
                result.AddError($"--shard: '{value}' is not K/N with 1 <= K <= N");
            }
        });
        var skipExisting = new Option<bool>("--skip-existing") { Description = "With -o DIR: skip inputs whose JSON exists and was made from the same bytes (resume an interrupted run)." };
        var jobs = OptionValues.Integer("--jobs", "How many documents (or pages of one long PDF) to parse at once.", Environment.ProcessorCount, 1, MaxJobs, "a worker process each", "-j");
        var follow = new Option<bool>("--follow", "-L") { Description = "Follow directory symlinks in walks (each directory once); by default they are not followed." };
        var failFast = new Option<bool>("--fail-fast") { Description = "Stop at the first input that fails." };
        var quiet = new Option<bool>("--quiet", "-q") { Description = "Print nothing on standard error but errors." };
        var maxBytes = OptionValues.Size("--max-bytes", "Refuse inputs larger than this (1048576, 512k, 1MB, 2G).", ParseOptions.Default.MaxBytes, Array.MaxLength, "the most one document can hold");
        var maxPages = OptionValues.Integer("--max-pages", "Refuse PDFs with more pages than this.", ParseOptions.Default.MaxPages, 1, 1_000_000, "a million pages");
        var timeout = OptionValues.Integer("--timeout", "Give up on a document after this many seconds.", 120, 1, MaxTimeoutSeconds, "a day");
        var maxMemory = OptionValues.Integer("--max-memory", "Give up on a document that needs more than this many MB of memory (0: no limit).", DefaultMaxMemoryMegabytes, 0, 1_048_576, "a terabyte");

        var command = new Command("parse", "Parses documents into JSON (see the output contract in the README).")
        {
            inputs, output, format, strict, failOn, jsonl, filesFrom, nul, shard, skipExisting, jobs, follow, failFast, quiet, maxBytes, maxPages, timeout, maxMemory,
        };
        command.SetAction(result =>
        {
            var settings = new BatchSettings(
                result.GetValue(output),
                new ParseOptions
                {
                    Format = result.GetValue(format),
                    MaxBytes = result.GetValue(maxBytes),
                    MaxPages = result.GetValue(maxPages),

                    // A long PDF spreads its pages over the jobs; in a batch this keeps the cores busy at the end,
                    // when one long document is left.
                    MaxDegreeOfParallelism = result.GetValue(jobs),
                },
                FailOn.Parse(result.GetValue(failOn) ?? [], result.GetValue(strict), out _)!,
                result.GetValue(jsonl),
                result.GetValue(skipExisting),
                result.GetValue(jobs),
                result.GetValue(failFast),
                result.GetValue(quiet),
                TimeSpan.FromSeconds(result.GetValue(timeout)),
                result.GetValue(maxMemory));
            var listed = new List<string>(result.GetValue(inputs) ?? []);

            // A mistyped option lands among the inputs; a file whose name starts with - is still reachable as ./-name.
            if (listed.FirstOrDefault(i => i.Length > 1 && i[0] == '-' && !File.Exists(i) && !Directory.Exists(i)) is { } unknown)
            {
                return UsageError(environment, $"unknown option {unknown}");
            }

            var list = result.GetValue(filesFrom);
            if (list is null && listed.Count == 0)
            {
                // Nothing named and nothing piped in: say how to use it rather than wait for a terminal's input.
                if (environment.StdinIsTerminal)
                {
                    environment.Stderr.WriteLine(Usage);
                    return ExitCodes.Usage;
                }

                listed.Add("-");
            }

            var toStdout = settings.Output == "-";
            if (toStdout)
            {
                settings = settings with { Output = null };
            }

            void Warn(string message)
            {
                if (!settings.Quiet)
                {
                    environment.Stderr.WriteLine($"parsekamerstuk: warning: {message}");
                }
            }

            if (result.GetValue(nul) && list is null)
            {
                Warn("--null does nothing without --files-from");
            }

            if (list is not null)
            {
                try
                {
                    var paths = ReadList(list, result.GetValue(nul), environment);
                    if (paths.Count == 0 && listed.Count == 0)
                    {
                        environment.Stderr.WriteLine($"parsekamerstuk: no documents found in {(list == "-" ? "standard input" : Messages.Name(list))}");
                        return ExitCodes.InputError;
                    }

                    listed.AddRange(paths);
                }
                catch (Exception exception) when (InputFiles.IsInputProblem(exception))
                {
                    environment.Stderr.WriteLine($"parsekamerstuk: {Messages.Name(list)}: {InputFiles.Reason(exception)}");
                    return ExitCodes.InputError;
                }
            }

            var outputDirectory = settings.Jsonl || settings.Output is null ? null : Path.TrimEndingDirectorySeparator(Path.GetFullPath(settings.Output));
            var expansion = InputExpansion.Expand(listed, new WalkSettings(WalkSettings.Documents, outputDirectory, result.GetValue(follow)));
            foreach (var missing in expansion.Missing)
            {
                // .NET reads a name that is not valid UTF-8 with U+FFFD in place of the bad bytes.
                var reason = missing.Contains('\uFFFD', StringComparison.Ordinal) ? "the file name is not valid UTF-8" : "no such file or directory";
                environment.Stderr.WriteLine($"parsekamerstuk: {Messages.Name(missing)}: {reason}");
            }

            foreach (var unreadable in expansion.Problems)
            {
                environment.Stderr.WriteLine($"parsekamerstuk: {unreadable}");
            }

            if (expansion.Inputs.Count == 0 && expansion.Missing.Count == 0 && expansion.Problems.Count == 0)
            {
                var named = string.Join(", ", (list is null ? listed : listed.Prepend(list == "-" ? "standard input" : list).Take(1)).Select(Messages.Name));
                environment.Stderr.WriteLine($"parsekamerstuk: no documents found in {named}");
                return ExitCodes.InputError;
            }

            foreach (var glob in expansion.Empty.Where(e => !Directory.Exists(e)))
            {
                Warn($"{Messages.Name(glob)} matches no documents");
            }

            var items = expansion.Inputs;
            if (result.GetValue(shard) is { } shardValue && TryParseShard(shardValue, out var k, out var n))
            {
                items = items.Where(i => Shards.Of(i.Relative, n) == k).ToList();
            }

            var batch = listed.Count > 1 || expansion.HadDirectoryOrGlob || settings.Jsonl;
            if (settings.Jsonl && settings.Output is not null)
            {
                Warn("-o does nothing with --jsonl, which writes to standard output");
            }

            if (batch && !settings.Jsonl)
            {
                if (settings.Output is null)
                {
                    return UsageError(environment, toStdout
                        ? "several inputs cannot go to standard output as one JSON; use --jsonl"
                        : "several inputs need -o DIR or --jsonl");
                }

                if (File.Exists(settings.Output) || (!Directory.Exists(settings.Output) && !EndsWithSeparator(settings.Output)
                    && Path.GetExtension(settings.Output).ToLowerInvariant() is ".json" or ".jsonl"))
                {
                    return UsageError(environment, $"-o {Messages.Name(settings.Output)}: several inputs need a directory, not a file");
                }
            }

            if (settings.SkipExisting && (settings.Jsonl || settings.Output is null || !batch))
            {
                Warn("--skip-existing does nothing without -o DIR and several inputs");
            }

            if (settings.FailFast && !batch)
            {
                Warn("--fail-fast does nothing with one input");
            }

            // Two inputs that would write one file: refuse before any work, so that neither result is lost.
            if (batch && !settings.Jsonl && InputExpansion.Collisions(items) is [var (first, second), ..])
            {
                environment.Stderr.WriteLine($"parsekamerstuk: {Messages.Name(first.Display)} and {Messages.Name(second.Display)} would both be written to {Messages.Name(Path.Join(settings.Output, first.OutputName))}; nothing was parsed");
                return ExitCodes.Usage;
            }

            // The output is checked before the work: an unwritable directory is one error, not one per input.
            if (!settings.Jsonl && settings.Output is { } target
                && OutputProblem(batch || Directory.Exists(target) || EndsWithSeparator(target) ? target : Path.GetDirectoryName(Path.GetFullPath(target))!) is { } problem)
            {
                environment.Stderr.WriteLine($"parsekamerstuk: -o {Messages.Name(target)}: {problem}");
                return ExitCodes.InputError;
            }

            var code = batch
                ? new BatchRunner(environment, settings).Run(items, expansion.Skipped)
                : RunSingle(environment, settings, items.Count == 1 ? items[0] : null);
            return expansion.Missing.Count + expansion.Problems.Count > 0 && code != BatchRunner.Interrupted ? Math.Max(code, ExitCodes.InputError) : code;
        });
        return command;
    }

    /// <summary>Prints a usage error in one line and returns its exit code.</summary>
    public static int UsageError(CliEnvironment environment, string message)
    {
        environment.Stderr.WriteLine($"parsekamerstuk: {message}");
        return ExitCodes.Usage;
    }

    /// <summary>
    /// Why nothing can be written into <paramref name="directory"/> (created if absent), in plain words; or
    /// <see langword="null"/> when a file can be created there.
    /// </summary>
    public static string? OutputProblem(string directory)
    {
        var full = Path.GetFullPath(directory);

        // "-o x/y.json" where x is a file: name the file, as the system's "Not a directory" does not.
        for (var parent = full; parent is not null; parent = Path.GetDirectoryName(parent))
        {
            if (File.Exists(parent))
            {
                return $"{Messages.Name(Path.GetRelativePath(Directory.GetCurrentDirectory(), parent))} is a file, not a directory";
            }
        }

        try
        {
            Directory.CreateDirectory(full);
            var probe = Path.Combine(full, "." + Guid.NewGuid().ToString("N")[..12] + AtomicFile.TempSuffix);
            using (new FileStream(probe, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1, FileOptions.DeleteOnClose))
            {
            }

            return null;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return $"cannot write there ({InputFiles.Reason(exception)})";
        }
    }

    private static bool EndsWithSeparator(string path) => path.EndsWith('/') || path.EndsWith(Path.DirectorySeparatorChar);

    private static int RunSingle(CliEnvironment environment, BatchSettings settings, InputItem? item)
    {
        if (item is null)
        {
            return ExitCodes.InputError;
        }

        // One document is isolated as a batch's are: a document that crashes the reader costs one line, not the process.
        BatchRunner.Outcome outcome;
        using (var worker = new WorkerProcess(settings.MaxMemoryMegabytes))
        {
            outcome = BatchRunner.ParseOne(item, settings, environment, worker, indented: true);
        }

        if (outcome.Json is not { } json)
        {
            environment.Stderr.WriteLine($"parsekamerstuk: {Messages.Name(item.Display)}: {outcome.Error}");
            return ExitCodes.InputError;
        }

        var target = settings.Output;
        if (target is null)
        {
            try
            {
                environment.Stdout.Write(json);
                environment.Stdout.Flush();
            }
            catch (IOException)
            {
                return ExitCodes.Success; // standard output closed ("| head"): nothing more to say
            }
        }
        else
        {
            try
            {
                if (Directory.Exists(target) || EndsWithSeparator(target))
                {
                    target = Path.Combine(target, item.OutputName);
                }

                AtomicFile.Write(target, stream => stream.Write(json));
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
                environment.Stderr.WriteLine($"parsekamerstuk: -o {Messages.Name(settings.Output!)}: cannot write: {InputFiles.Reason(exception)}");
                return ExitCodes.InputError;
            }
        }

        if (settings.FailOn.Matches(outcome.Diagnostics ?? []) is [_, ..] matches)
        {
            environment.Stderr.WriteLine($"parsekamerstuk: {Messages.Name(item.Display)}: fails --fail-on: {string.Join(", ", matches)}");
            return ExitCodes.Strict;
        }

        return ExitCodes.Success;
    }

    // The paths of a list: one a line, or NUL-separated with --null (find -print0), as written (not trimmed then).
    private static List<string> ReadList(string list, bool nul, CliEnvironment environment)
    {
        using var stream = list == "-" ? environment.OpenStdin() : File.OpenRead(list);
        using var reader = new StreamReader(stream);
        if (nul)
        {
            return reader.ReadToEnd().Split('\0', StringSplitOptions.RemoveEmptyEntries).ToList();
        }

        var paths = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            if (line.Trim().Length > 0)
            {
                paths.Add(line.Trim());
            }
        }

        return paths;
    }

    private static bool TryParseShard(string value, out int k, out int n)
    {
        k = n = 0;
        var parts = value.Split('/');
        return parts.Length == 2
            && int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out k)
            && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out n)
            && n >= 1 && k >= 1 && k <= n;
    }
}

/// <summary>The settings of one parse run.</summary>
internal sealed record BatchSettings(
    string? Output,
    ParseOptions Options,
    FailOn FailOn,
    bool Jsonl,
    bool SkipExisting,
    int Jobs,
    bool FailFast,
    bool Quiet,
    TimeSpan Timeout,
    int MaxMemoryMegabytes);

/// <summary>Stable sharding: an input belongs to shard <c>1 + (FNV-1a(relative path) mod N)</c>.</summary>
internal static class Shards
{
    /// <summary>The 1-based shard of <paramref name="relative"/> among <paramref name="count"/>.</summary>
    public static int Of(string relative, int count)
    {
        var hash = 2166136261u;
        foreach (var b in System.Text.Encoding.UTF8.GetBytes(relative.Replace('\\', '/')))
        {
            hash = (hash ^ b) * 16777619u;
        }

        return (int)(hash % (uint)count) + 1;
    }
}
