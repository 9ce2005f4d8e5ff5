using System.CommandLine;
using System.Text.Json;
using Json.Schema;
using ParseKamerstuk.Json;

namespace ParseKamerstuk.Cli;

/// <summary><c>parsekamerstuk validate</c>: checks output files against the shipped JSON Schema.</summary>
internal static class ValidateCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Build(CliEnvironment environment)
    {
        var files = new Argument<string[]>("files") { Description = "JSON files to check.", Arity = ArgumentArity.OneOrMore };
        var command = new Command("validate", "Checks JSON files against the output schema and prints what is wrong.") { files };
        command.SetAction(result =>
        {
            var schema = SchemaValidation.Schema;
            var invalid = 0;
            var unreadable = 0;
            foreach (var file in result.GetValue(files)!)
            {
                try
                {
                    using var document = JsonDocument.Parse(File.ReadAllBytes(file));
                    var errors = SchemaValidation.Errors(schema, document.RootElement);
                    if (errors.Count == 0)
                    {
                        continue;
                    }

                    invalid++;
                    foreach (var error in errors)
                    {
                        environment.Stderr.WriteLine($"parsekamerstuk: {file}: {error}");
                    }
                }
                catch (Exception exception) when (exception is JsonException or IOException or UnauthorizedAccessException)
                {
                    unreadable++;
                    environment.Stderr.WriteLine($"parsekamerstuk: {file}: {(exception is JsonException ? "not JSON: " + Cli.OneLine(exception.Message) : InputFiles.Reason(exception))}");
                }
            }

            return unreadable > 0 ? ExitCodes.InputError : invalid > 0 ? ExitCodes.Strict : ExitCodes.Success;
        });
        return command;
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
            if (detail.Errors is null)
            {
                continue;
            }

            foreach (var (_, message) in detail.Errors)
            {
                var location = detail.InstanceLocation.ToString();
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
