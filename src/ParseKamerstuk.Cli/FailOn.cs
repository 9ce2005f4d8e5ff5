using System.Text.RegularExpressions;
using ParseKamerstuk.Diagnostics;

namespace ParseKamerstuk.Cli;

/// <summary>
/// <c>--fail-on warning|error|PKnnnn…</c>: which diagnostics make a parsed document fail the run (exit code 3).
/// <c>--strict</c> is <c>--fail-on error</c>.
/// </summary>
/// <param name="Warnings">Any warning or error fails.</param>
/// <param name="Errors">Any error fails.</param>
/// <param name="Codes">These codes fail, whatever their severity.</param>
internal sealed partial record FailOn(bool Warnings, bool Errors, IReadOnlySet<string> Codes)
{
    /// <summary>Nothing fails.</summary>
    public static FailOn None { get; } = new(false, false, new HashSet<string>());

    /// <summary>Whether anything fails.</summary>
    public bool IsSet => Warnings || Errors || Codes.Count > 0;

    /// <summary>Reads the values of <c>--fail-on</c> (each may list several, separated by commas).</summary>
    /// <returns>The policy, or <see langword="null"/> with <paramref name="error"/> saying which value is wrong.</returns>
    public static FailOn? Parse(IEnumerable<string> values, bool strict, out string? error)
    {
        error = null;
        var warnings = false;
        var errors = strict;
        var codes = new HashSet<string>(StringComparer.Ordinal);
        foreach (var value in values.SelectMany(v => v.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)))
        {
            switch (value.ToLowerInvariant())
            {
                case "warning" or "warnings":
                    warnings = true;
                    break;
                case "error" or "errors":
                    errors = true;
                    break;
                default:
                    if (!CodePattern().IsMatch(value))
                    {
                        error = $"'{value}' is not warning, error or a diagnostic code such as PK4004";
                        return null;
                    }

                    codes.Add(value.ToUpperInvariant());
                    break;
            }
        }

        return new FailOn(warnings, errors, codes);
    }

    /// <summary>The codes of <paramref name="diagnostics"/> that fail, each once, in document order.</summary>
    public List<string> Matches(IReadOnlyList<DiagnosticMark> diagnostics) => diagnostics
        .Where(d => Codes.Contains(d.Code)
            || (Errors && d.Severity == DiagnosticSeverity.Error)
            || (Warnings && d.Severity != DiagnosticSeverity.Info))
        .Select(d => d.Code)
        .Distinct(StringComparer.Ordinal)
        .ToList();

    /// <summary>
    /// What a file's line says of a parsed document: <c>ok</c>, or <c>ok (2 warnings: PK2001, PK1001)</c>, with errors
    /// first (<c>ok (1 error: PK4003; 1 warning: PK2001)</c>). Info diagnostics are not named.
    /// </summary>
    public static string Describe(IReadOnlyList<DiagnosticMark> diagnostics)
    {
        var parts = new List<string>();
        foreach (var (severity, one, many) in new[] { (DiagnosticSeverity.Error, "error", "errors"), (DiagnosticSeverity.Warning, "warning", "warnings") })
        {
            var count = diagnostics.Count(d => d.Severity == severity);
            if (count > 0)
            {
                var codes = string.Join(", ", diagnostics.Where(d => d.Severity == severity).Select(d => d.Code).Distinct(StringComparer.Ordinal));
                parts.Add(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{count} {(count == 1 ? one : many)}: {codes}"));
            }
        }

        return parts.Count == 0 ? "ok" : $"ok ({string.Join("; ", parts)})";
    }

    // "PK" and four digits, as DiagnosticCodes spells them.
    [GeneratedRegex("^PK[0-9]{4}$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CodePattern();
}
