using System.CommandLine;
using System.Text.Json;
using Json.Schema;
using ParseKamerstuk.Json;

namespace ParseKamerstuk.Cli;

/// <summary>
/// <c>parsekamerstuk validate</c>: checks output against the shipped JSON Schema. Takes what <c>parse</c> writes, as
/// <c>parse</c> takes its inputs: files, directories (their <c>.json</c> and <c>.jsonl</c> files), globs, and <c>-</c>
/// for standard input; a <c>.jsonl</c> file, or standard input holding more than one document, is JSON Lines.
/// </summary>
internal static class ValidateCommand
{
    // A walk takes what parse writes.
    private static readonly WalkSettings s_walk = new(new HashSet<string>(StringComparer.OrdinalIgnoreCase) { ".json", ".jsonl" });

    /// <summary>Builds the command.</summary>
    public static Command Build(CliEnvironment environment)
    {
        var files = new Argument<string[]>("files") { Description = "JSON or JSON Lines files, directories or globs to check; - reads standard input.", Arity = ArgumentArity.OneOrMore };
        var command = new Command("validate", "Checks JSON files against the output schema and prints what is wrong.") { files };
        command.SetAction(result =>
        {
            var counts = new Counts();
            var unreadable = 0;
            foreach (var name in result.GetValue(files)!)
            {
                var expansion = InputExpansion.Expand([name], s_walk);
                foreach (var missing in expansion.Missing)
                {
                    unreadable++;
                    environment.Stderr.WriteLine($"parsekamerstuk: {missing}: no such file or directory");
                }

                var walked = Directory.Exists(name);
                foreach (var input in expansion.Inputs.Where(i => !walked || IsJsonFile(i.Path)))
                {
                    try
                    {
                        if (input.Path != "-" && FileKind.Of(input.Path).Type == FileType.Special)
                        {
                            throw new IOException("not a regular file");
                        }

                        var bytes = input.Path == "-" ? ReadAll(environment.OpenStdin()) : File.ReadAllBytes(input.Path);
                        var lines = input.Path.EndsWith(".jsonl", StringComparison.OrdinalIgnoreCase) || (input.Path == "-" && !IsOneDocument(bytes));
                        if (lines)
                        {
                            CheckLines(input.Display, bytes, counts, environment.Stderr);
                        }
                        else
                        {
                            Check(input.Display, bytes, counts, environment.Stderr);
                        }
                    }
                    catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
                    {
                        unreadable++;
                        environment.Stderr.WriteLine($"parsekamerstuk: {input.Display}: {InputFiles.Reason(exception)}");
                    }
                }
            }

            environment.Stderr.WriteLine($"{counts.Valid} valid, {counts.Invalid + unreadable} invalid");
            return unreadable > 0 || counts.Unreadable > 0 ? ExitCodes.InputError : counts.Invalid > 0 ? ExitCodes.Strict : ExitCodes.Success;
        });
        return command;
    }

    private static bool IsJsonFile(string path) =>
        path.EndsWith(".json", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".jsonl", StringComparison.OrdinalIgnoreCase);

    private static byte[] ReadAll(Stream stream)
    {
        using var memory = new MemoryStream();
        stream.CopyTo(memory);
        return memory.ToArray();
    }

    // Whether the bytes are one JSON value (a file parse wrote), rather than JSON Lines.
    private static bool IsOneDocument(byte[] bytes)
    {
        var reader = new Utf8JsonReader(bytes, new JsonReaderOptions { AllowMultipleValues = true });
        try
        {
            return reader.TrySkip() && !reader.Read();
        }
        catch (JsonException)
        {
            return true; // not JSON at all: reported as one unreadable document
        }
    }

    private static void CheckLines(string name, byte[] bytes, Counts counts, TextWriter stderr)
    {
        var number = 0;
        foreach (var line in System.Text.Encoding.UTF8.GetString(bytes).Split('\n'))
        {
            number++;
            if (line.Trim().Length > 0)
            {
                Check(name + ":" + number.ToString(System.Globalization.CultureInfo.InvariantCulture), System.Text.Encoding.UTF8.GetBytes(line), counts, stderr);
            }
        }
    }

    private static void Check(string name, byte[] bytes, Counts counts, TextWriter stderr)
    {
        try
        {
            using var document = JsonDocument.Parse(bytes);
            var errors = SchemaValidation.Errors(SchemaValidation.Schema, document.RootElement);
            if (errors.Count == 0)
            {
                counts.Valid++;
                return;
            }

            counts.Invalid++;
            foreach (var error in errors)
            {
                stderr.WriteLine($"parsekamerstuk: {name}: {error}");
            }
        }
        catch (JsonException exception)
        {
            counts.Invalid++;
            counts.Unreadable++;
            stderr.WriteLine($"parsekamerstuk: {name}: not JSON: {Cli.OneLine(exception.Message)}");
        }
    }

    private sealed class Counts
    {
        public int Valid { get; set; }

        public int Invalid { get; set; }

        public int Unreadable { get; set; }
    }
}

/// <summary>Schema validation with readable errors.</summary>
internal static class SchemaValidation
{
    private static readonly Lazy<JsonSchema> s_schema = new(() => JsonSchema.FromText(KamerstukJson.Schema));

    /// <summary>The shipped schema, read once (the schema library keeps a registry of schema ids per process).</summary>
    public static JsonSchema Schema => s_schema.Value;

    /// <summary>The errors of <paramref name="instance"/> against <paramref name="schema"/>, as "path: message" lines.</summary>
    public static List<string> Errors(JsonSchema schema, JsonElement instance)
    {
        var results = schema.Evaluate(instance, new EvaluationOptions { OutputFormat = OutputFormat.List });
        var errors = new List<string>();
        if (results.IsValid)
        {
            return errors;
        }

        foreach (var detail in results.Details ?? [])
        {
            // The schema's "if" only tells an error record from a document; that a document is no error record is
            // no error.
            if (detail.Errors is null || detail.EvaluationPath.ToString().StartsWith("/if", StringComparison.Ordinal))
            {
                continue;
            }

            foreach (var (_, message) in detail.Errors)
            {
                var location = detail.InstanceLocation.ToString();

                // The schema's only false subschemas are its "additionalProperties": false, which report a property
                // the contract does not have as failing against the false schema; say what it is.
                if (message == ErrorMessages.FalseSchema)
                {
                    var slash = location.LastIndexOf('/');
                    var parent = location[..Math.Max(slash, 0)];
                    errors.Add($"{(parent.Length == 0 ? "(root)" : parent)}: unknown property '{location[(slash + 1)..]}'");
                    continue;
                }

                errors.Add($"{(location.Length == 0 ? "(root)" : location)}: {message}");
            }
        }

        if (errors.Count == 0)
        {
            errors.Add("does not match the schema");
        }

        return errors;
    }
}
