using System.CommandLine;
using System.Globalization;
using ParseKamerstuk.Diagnostics;
using ParseKamerstuk.Model;
using ParseKamerstuk.Reading;

namespace ParseKamerstuk.Cli;

/// <summary>
/// <c>parsekamerstuk parse</c>: one input to standard output or a file; many inputs (files, directories, globs,
/// <c>--files-from</c>) to a directory of JSON files or to JSON Lines, in input order, in parallel, each failure
/// isolated to its own input.
/// </summary>
internal static class ParseCommand
{
    /// <summary>The default memory ceiling of one worker process, in MB (<c>--max-memory</c>).</summary>
    public const int DefaultMaxMemoryMegabytes = 4096;

    /// <summary>Builds the command.</summary>
    public static Command Build(CliEnvironment environment)
    {
        var inputs = new Argument<string[]>("inputs")
        {
            Description = "Files, directories (read recursively) or globs to parse; - reads standard input.",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var output = new Option<string?>("--output", "-o")
        {
            Description = "Write to this file (one input) or directory (many inputs, or a path ending in /). Written atomically.",
        };
        var format = Cli.FormatOption();
        var strict = new Option<bool>("--strict") { Description = "Exit with code 3 when a document has error diagnostics." };
        var jsonl = new Option<bool>("--jsonl") { Description = "Write one compact JSON document per line to standard output, in input order." };
        var filesFrom = new Option<string?>("--files-from") { Description = "Read the paths to parse from this file, one per line; - reads standard input." };
        var shard = new Option<string?>("--shard") { Description = "Process only shard K of N (K/N, 1-based): a stable subset, so N machines can split an archive." };
        var skipExisting = new Option<bool>("--skip-existing") { Description = "With -o DIR: skip inputs whose JSON already exists (resume an interrupted run)." };
        var jobs = new Option<int>("--jobs", "-j")
        {
            Description = "How many documents (or pages of one long PDF) to parse at once.",
            DefaultValueFactory = _ => Environment.ProcessorCount,
        };
        var failFast = new Option<bool>("--fail-fast") { Description = "Stop at the first input that fails." };
        var quiet = new Option<bool>("--quiet", "-q") { Description = "Print nothing on standard error but errors." };
        var maxBytes = new Option<long>("--max-bytes")
        {
            Description = "Refuse inputs larger than this many bytes.",
            DefaultValueFactory = _ => ParseOptions.Default.MaxBytes,
        };
        var maxPages = new Option<int>("--max-pages")
        {
            Description = "Refuse PDFs with more pages than this.",
            DefaultValueFactory = _ => ParseOptions.Default.MaxPages,
        };
        var timeout = new Option<int>("--timeout")
        {
            Description = "Give up on a document after this many seconds.",
            DefaultValueFactory = _ => 120,
        };

        var maxMemory = new Option<int>("--max-memory")
        {
            Description = "Give up on a document that needs more than this many MB of memory (0: no limit).",
            DefaultValueFactory = _ => DefaultMaxMemoryMegabytes,
        };

        var command = new Command("parse", "Parses documents into JSON (see the output contract in the README).")
        {
            inputs, output, format, strict, jsonl, filesFrom, shard, skipExisting, jobs, failFast, quiet, maxBytes, maxPages, timeout, maxMemory,
        };
        command.SetAction(result =>
        {
            if (result.GetValue(jobs) < 1 || result.GetValue(timeout) < 1 || result.GetValue(maxMemory) < 0
                || (result.GetValue(shard) is { } s && !TryParseShard(s, out _, out _)))
            {
                environment.Stderr.WriteLine("parsekamerstuk: --jobs and --timeout must be 1 or more, --max-memory 0 or more, and --shard K/N must have 1 <= K <= N.");
                return ExitCodes.Usage;
            }

            var settings = new BatchSettings(
                result.GetValue(output),
                new ParseOptions
                {
                    Format = InputFormats.Parse(result.GetValue(format)!) ?? InputFormat.Auto,
                    MaxBytes = result.GetValue(maxBytes),
                    MaxPages = result.GetValue(maxPages),

                    // A long PDF spreads its pages over the jobs; in a batch this keeps the cores busy at the end,
                    // when one long document is left.
                    MaxDegreeOfParallelism = result.GetValue(jobs),
                },
                result.GetValue(strict),
                result.GetValue(jsonl),
                result.GetValue(skipExisting),
                result.GetValue(jobs),
                result.GetValue(failFast),
                result.GetValue(quiet),
                TimeSpan.FromSeconds(result.GetValue(timeout)),
                result.GetValue(maxMemory));
            var shardValue = result.GetValue(shard);
            var listed = new List<string>(result.GetValue(inputs) ?? []);

            // A mistyped option lands among the inputs; a file whose name starts with - is still reachable as ./-name.
            if (listed.FirstOrDefault(i => i.Length > 1 && i[0] == '-' && !File.Exists(i) && !Directory.Exists(i)) is { } unknown)
            {
                environment.Stderr.WriteLine($"parsekamerstuk: unknown option {unknown} (see parsekamerstuk parse --help)");
                return ExitCodes.Usage;
            }

            if (result.GetValue(filesFrom) is { } list)
            {
                try
                {
                    listed.AddRange(ReadList(list, environment));
                }
                catch (Exception exception) when (InputFiles.IsInputProblem(exception))
                {
                    environment.Stderr.WriteLine($"parsekamerstuk: {list}: {InputFiles.Reason(exception)}");
                    return ExitCodes.InputError;
                }
            }
            else if (listed.Count == 0)
            {
                listed.Add("-");
            }

            var outputDirectory = settings.Jsonl || settings.Output is null ? null : Path.TrimEndingDirectorySeparator(Path.GetFullPath(settings.Output));
            var expansion = InputExpansion.Expand(listed, new WalkSettings(WalkSettings.Documents, outputDirectory));
            foreach (var missing in expansion.Missing)
            {
                environment.Stderr.WriteLine($"parsekamerstuk: {missing}: no such file or directory");
            }

            var items = expansion.Inputs;
            if (shardValue is not null && TryParseShard(shardValue, out var k, out var n))
            {
                items = items.Where(i => Shards.Of(i.Relative, n) == k).ToList();
            }

            var batch = listed.Count > 1 || expansion.HadDirectoryOrGlob || settings.Jsonl;
            if (batch && !settings.Jsonl && settings.Output is null)
            {
                environment.Stderr.WriteLine("parsekamerstuk: several inputs need -o DIR or --jsonl.");
                return ExitCodes.Usage;
            }

            // Two inputs that would write one file: refuse before any work, so that neither result is lost.
            if (batch && !settings.Jsonl && InputExpansion.Collisions(items) is [var (first, second), ..])
            {
                environment.Stderr.WriteLine($"parsekamerstuk: {first.Display} and {second.Display} would both be written to {Path.Join(settings.Output, first.OutputName)}; nothing was parsed");
                return ExitCodes.Usage;
            }

            var code = batch
                ? new BatchRunner(environment, settings).Run(items, expansion.Skipped)
                : RunSingle(environment, settings, items.Count == 1 ? items[0] : null);
            return expansion.Missing.Count > 0 ? Math.Max(code, ExitCodes.InputError) : code;
        });
        return command;
    }

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
            environment.Stderr.WriteLine($"parsekamerstuk: {item.Display}: {outcome.Error}");
            return ExitCodes.InputError;
        }

        try
        {
            var target = settings.Output;
            if (target is null)
            {
                environment.Stdout.Write(json);
                environment.Stdout.Flush();
            }
            else
            {
                if (Directory.Exists(target) || target.EndsWith('/') || target.EndsWith(Path.DirectorySeparatorChar))
                {
                    target = Path.Combine(target, item.OutputName);
                }

                AtomicFile.Write(target, stream => stream.Write(json));
            }
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            environment.Stderr.WriteLine($"parsekamerstuk: {settings.Output ?? "standard output"}: cannot write: {InputFiles.Reason(exception)}");
            return ExitCodes.InputError;
        }

        return outcome.StrictFailed ? ExitCodes.Strict : ExitCodes.Success;
    }

    /// <summary>Whether <paramref name="document"/> has error diagnostics.</summary>
    public static bool HasErrors(KamerstukDocument document) => document.Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error);

    private static List<string> ReadList(string list, CliEnvironment environment)
    {
        using var stream = list == "-" ? environment.OpenStdin() : File.OpenRead(list);
        using var reader = new StreamReader(stream);
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
    bool Strict,
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
