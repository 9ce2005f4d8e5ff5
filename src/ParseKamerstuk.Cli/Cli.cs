using System.CommandLine;
using ParseKamerstuk.Json;
using ParseKamerstuk.Reading;

namespace ParseKamerstuk.Cli;

/// <summary>The command line: <c>parsekamerstuk parse|text|schema|validate|completion</c>.</summary>
internal static class Cli
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
            return root.Parse(args).Invoke(configuration);
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

    /// <summary>The <c>--format</c> option, shared by the commands that read documents.</summary>
    public static Option<string> FormatOption()
    {
        var option = new Option<string>("--format")
        {
            Description = "The input format; auto decides from the content, the extension only breaks ties.",
            DefaultValueFactory = _ => "auto",
        };
        option.AcceptOnlyFromAmong("auto", "text", "pdf", "html", "xml", "docx");
        return option;
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
        var input = new Argument<string>("input") { Description = "The document to read; - reads standard input." };
        var format = FormatOption();
        var command = new Command("text", "Prints the normalized lines the segmenter works on, with page markers, for debugging a document.")
        {
            input,
            format,
        };
        command.SetAction(result =>
        {
            var path = result.GetValue(input)!;
            var options = new ParseOptions { Format = InputFormats.Parse(result.GetValue(format)!) ?? InputFormat.Auto };
            var name = path == "-" ? "-" : Path.GetFileName(path);
            try
            {
                var data = InputFiles.ReadAll(path, environment, options.MaxBytes);
                var source = KamerstukParser.Read(data, name, options);
                using var writer = new StreamWriter(environment.Stdout, new System.Text.UTF8Encoding(false), 65536, leaveOpen: true) { NewLine = "\n" };
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

                return ExitCodes.Success;
            }
            catch (Exception exception) when (InputFiles.IsInputProblem(exception))
            {
                environment.Stderr.WriteLine($"parsekamerstuk: {name}: {InputFiles.Reason(exception)}");
                return ExitCodes.InputError;
            }
        });
        return command;
    }
}
