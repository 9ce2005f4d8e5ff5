using System.Text.Json;
using Json.Schema;
using ParseKamerstuk.Json;

namespace ParseKamerstuk.Tests;

/// <summary>Validates JSON against the shipped schema.</summary>
internal static class SchemaCheck
{
    private static readonly JsonSchema s_schema = JsonSchema.FromText(KamerstukJson.Schema);

    public static IReadOnlyList<string> Errors(string json)
    {
        using var document = JsonDocument.Parse(json);
        var results = s_schema.Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
        if (results.IsValid)
        {
            return [];
        }

        var errors = (results.Details ?? [])
            .Where(d => d.Errors is not null && !d.EvaluationPath.ToString().StartsWith("/if", StringComparison.Ordinal))
            .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}"))
            .ToList();
        return errors.Count == 0 ? ["does not match the schema"] : errors;
    }
}
