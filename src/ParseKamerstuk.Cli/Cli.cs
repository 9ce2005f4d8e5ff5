using System.CommandLine;
using ParseKamerstuk.Json;
using ParseKamerstuk.Diagnostics;

namespace ParseKamerstuk.Cli;

/// <summary>The command line: <c>parsekamerstuk parse|text|schema|validate|completion</c>.</summary>
internal static partial class Cli
{
    /// <summary>Parses <paramref name="args"/> and runs the command in <paramref name="environment"/>.</summary>
    public static int Run(string[] args, CliEnvironment environment)
    {
        environment = environment with { Stderr = new QuietOnFailureWriter(environment.Stderr) };
        var root = BuildRootCommand(environment);
        var stdout = new StreamWriter(environment.Stdout, new System.Text.UTF8Encoding(false), 4096, leaveOpen: true) { NewLine = "\n", AutoFlush = true };
        var configuration = new InvocationConfiguration { Output = stdout, Error = environment.Stderr, EnableDefaultExceptionHandler = false };
        try
        {
            var parsed = root.Parse(args);

            // A wrong command line is one line that names what is wrong, never a help dump; --help still helps.
            if (parsed.Errors.Count > 0 && parsed.Action is not System.CommandLine.Help.HelpAction)
            {
                var error = parsed.Errors.FirstOrDefault(e => e.Message.StartsWith("Unrecognized", StringComparison.Ordinal)) ?? parsed.Errors[0];
                environment.Stderr.WriteLine($"parsekamerstuk: {UsageMessage(error.Message)}");
                return ExitCodes.Usage;
            }

            return parsed.Invoke(configuration);
        }
#pragma warning disable CA1031 // The last line of defence: a person gets one line, never a stack trace.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            environment.Stderr.WriteLine($"parsekamerstuk: internal error: {OneLine(exception.Message)}");
            return ExitCodes.InputError;
        }
        finally
        {
            stdout.Flush();
        }
    }

    /// <summary>Builds the root command.</summary>
    public static RootCommand BuildRootCommand(CliEnvironment environment)
    {
        var root = new RootCommand("Turns Dutch parliamentary papers (Kamerstukken) into structured JSON.");
        root.Subcommands.Add(ParseCommand.Build(environment));
        root.Subcommands.Add(BuildTextCommand(environment));
        root.Subcommands.Add(BuildSchemaCommand(environment));
        root.Subcommands.Add(ValidateCommand.Build(environment));
        root.Subcommands.Add(WorkerCommand.Build(environment));
        root.Subcommands.Add(SelfDescription.BuildCompletionCommand(environment));
        SelfDescription.Apply(root);
        return root;
    }

    /// <summary>System.CommandLine's own messages, in the tool's words: <c>unknown option --bogus</c>.</summary>
    public static string UsageMessage(string message)
    {
        message = OneLine(message);
        if (UnrecognizedPattern().Match(message) is { Success: true } unrecognized)
        {
            var token = unrecognized.Groups[1].Value;
            return token.StartsWith('-') ? $"unknown option {token}" : $"unknown command or argument '{token}'";
        }

        if (MissingValuePattern().Match(message) is { Success: true } missing)
        {
            return $"{missing.Groups[1].Value}: needs a value";
        }

        return message.TrimEnd('.');
    }

    /// <summary>Makes a one-line message out of <paramref name="message"/>.</summary>
    public static string OneLine(string message)
    {
        var line = message.ReplaceLineEndings(" ").Trim();
        return line.Length <= 300 ? line : line[..300] + "…";
    }

    private static Command BuildSchemaCommand(CliEnvironment environment)
    {
        var command = new Command("schema", "Prints the JSON Schema (draft 2020-12) of the output.");
        command.SetAction(_ =>
        {
            var bytes = System.Text.Encoding.UTF8.GetBytes(KamerstukJson.Schema);
            environment.Stdout.Write(bytes);
            environment.Stdout.Flush();
            return ExitCodes.Success;
        });
        return command;
    }

    private static Command BuildTextCommand(CliEnvironment environment)
    {
        var inputs = new Argument<string[]>("inputs") { Description = "The documents to read (files, directories, globs); - reads standard input.", Arity = ArgumentArity.OneOrMore };
        var output = new Option<string?>("--output", "-o") { Description = "Write to this file (one input) or directory (several: one <name.ext>.txt each); - is standard output." };
        var format = OptionValues.Format();
        var command = new Command("text", "Prints the normalized lines the segmenter works on, with page markers, for debugging a document.")
        {
            inputs,
            output,
            format,
        };
        command.SetAction(result =>
        {
            var options = new ParseOptions { Format = result.GetValue(format) };
            var target = result.GetValue(output) is "-" ? null : result.GetValue(output);
            var names = result.GetValue(inputs)!;
            var expansion = InputExpansion.Expand(names, new WalkSettings(WalkSettings.Documents, target is null ? null : Path.TrimEndingDirectorySeparator(Path.GetFullPath(target))));
            var several = names.Length > 1 || expansion.HadDirectoryOrGlob;
            var code = ExitCodes.Success;
            foreach (var missing in expansion.Missing)
            {
                environment.Stderr.WriteLine($"parsekamerstuk: {Messages.Name(missing)}: no such file or directory");
                code = ExitCodes.InputError;
            }

            if (expansion.Inputs.Count == 0 && expansion.Missing.Count == 0)
            {
                environment.Stderr.WriteLine($"parsekamerstuk: no documents found in {string.Join(", ", names.Select(Messages.Name))}");
                return ExitCodes.InputError;
            }

            if (several && target is not null && (File.Exists(target) || Path.GetExtension(target).ToLowerInvariant() is ".txt"))
            {
                return ParseCommand.UsageError(environment, $"-o {Messages.Name(target)}: several inputs need a directory, not a file");
            }

            foreach (var item in expansion.Inputs)
            {
                var name = item.Path == "-" ? "-" : Path.GetFileName(item.Path);
                try
                {
                    var data = InputFiles.ReadAll(item.Path, environment, options.MaxBytes);
                    if (data.Length == 0)
                    {
                        throw new KamerstukInputException("the input is empty");
                    }

                    var source = KamerstukParser.Read(data, name, options);
                    var text = Render(source, several && target is null ? item.Display : null);
                    if (target is null)
                    {
                        environment.Stdout.Write(text);
                        environment.Stdout.Flush();
                    }
                    else
                    {
                        var path = several || Directory.Exists(target) || target.EndsWith('/') ? Path.Combine(target, item.Relative + ".txt") : target;
                        AtomicFile.Write(path, stream => stream.Write(text));
                    }
                }
                catch (IOException) when (target is null)
                {
                    return code; // standard output closed ("| head")
                }
                catch (Exception exception) when (InputFiles.IsInputProblem(exception))
                {
                    environment.Stderr.WriteLine($"parsekamerstuk: {Messages.Name(item.Display)}: {InputFiles.Reason(exception)}");
                    code = ExitCodes.InputError;
                }
            }

            return code;
        });
        return command;
    }

    // The lines with page markers and the running lines; several documents to one stream each get a header line.
    private static byte[] Render(ParseKamerstuk.Text.SourceDocument source, string? header)
    {
        using var buffer = new MemoryStream();
        using (var writer = new StreamWriter(buffer, new System.Text.UTF8Encoding(false), 65536, leaveOpen: true) { NewLine = "\n" })
        {
            if (header is not null)
            {
                writer.WriteLine($"==> {Messages.Name(header)} <==");
            }

            int? page = null;
            foreach (var line in source.Lines)
            {
                if (line.Page != page && line.Page is { } p)
                {
                    writer.WriteLine($"=== page {p} ===");
                    page = p;
                }

                writer.WriteLine(line.Text);
            }

            foreach (var running in source.Metadata.RunningLines)
            {
                writer.WriteLine($"--- running: {running}");
            }
        }

        return buffer.ToArray();
    }

    [System.Text.RegularExpressions.GeneratedRegex("^Unrecognized command or argument '(.*)'")]
    private static partial System.Text.RegularExpressions.Regex UnrecognizedPattern();

    [System.Text.RegularExpressions.GeneratedRegex("^Required argument missing for option: '(.*)'")]
    private static partial System.Text.RegularExpressions.Regex MissingValuePattern();
}
