using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using ParseKamerstuk.Model;

namespace ParseKamerstuk.Tests.Devsets;

/// <summary>One hand-labelled page of the sgd dev set, as written in <c>sgd-gold.json</c>.</summary>
/// <param name="File">The file name in <c>../shared/devsets/sgd</c>.</param>
/// <param name="Kind">The labeller's own word for the kind of stuk.</param>
/// <param name="Fields">The fields the page prints, read from the page.</param>
/// <param name="Note">What is special about the page.</param>
/// <param name="Known">The fields where the parser's output differs from the gold today.</param>
internal sealed record SgdGoldEntry(string File, string Kind, JsonElement Fields, string Note, IReadOnlyList<string> Known);

/// <summary>One labelled field of a page against the parser's output, both written as normalised text.</summary>
internal sealed record FieldCheck(string Field, string Expected, string Actual)
{
    public bool Agrees => string.Equals(Expected, Actual, StringComparison.Ordinal);
}

/// <summary>
/// The gold of the sgd dev set and its comparison with the parser. Texts are compared with whitespace collapsed,
/// dashes made uniform (– — - alike), soft hyphens removed and a final full stop ignored; dossiers as number and
/// suffix without spaces (<c>22 800 III</c> is <c>22800 III</c>); committees and member counts only for the
/// committees whose composition (<c>Samenstelling</c>) was read.
/// </summary>
internal static partial class SgdGold
{
    /// <summary>The fields a page can be labelled with, in the order the agreement is reported.</summary>
    public static IReadOnlyList<string> FieldNames { get; } =
    [
        "vergaderjaar", "chamber", "dossiers", "ondernummer", "aanhangselnummer", "documentType", "title",
        "committees", "members", "dates.established", "dates.received", "dates.submitted", "dates.proposed",
    ];

    public static string GoldFile => Path.Combine(TestPaths.RepositoryRoot, "tests", "ParseKamerstuk.Tests", "Devsets", "sgd-gold.json");

    public static IReadOnlyList<SgdGoldEntry> Entries => s_entries.Value;

    private static readonly Lazy<IReadOnlyList<SgdGoldEntry>> s_entries = new(Load);

    /// <summary>Every labelled field of <paramref name="entry"/> against <paramref name="document"/>.</summary>
    public static IReadOnlyList<FieldCheck> Check(SgdGoldEntry entry, KamerstukDocument document)
    {
        var checks = new List<FieldCheck>();
        foreach (var field in entry.Fields.EnumerateObject())
        {
            if (field.Name == "dates")
            {
                foreach (var date in field.Value.EnumerateObject())
                {
                    checks.Add(new("dates." + date.Name, Text(date.Value.GetString()), Text(ActualDate(document.Dates, date.Name))));
                }

                continue;
            }

            checks.Add(new(field.Name, Expected(field.Name, field.Value), Actual(field.Name, document)));
        }

        return checks;
    }

    private static string Expected(string field, JsonElement value) => field switch
    {
        "dossiers" => List(value.EnumerateArray().Select(d => Dossier(
            d.GetProperty("number").GetString()!,
            d.TryGetProperty("suffix", out var suffix) ? suffix.GetString() : null))),
        "committees" => List(value.EnumerateArray().Select(c => Text(c.GetString()))),
        "members" => List(value.EnumerateArray().Select(c => c.GetInt32().ToString(CultureInfo.InvariantCulture))),
        _ when FieldNames.Contains(field) => Text(value.ValueKind == JsonValueKind.Null ? null : value.GetString()),
        _ => throw new InvalidDataException($"sgd-gold.json: unknown field {field}"),
    };

    private static string Actual(string field, KamerstukDocument document) => field switch
    {
        "vergaderjaar" => Text(document.Vergaderjaar),
        "chamber" => Text(document.Chamber?.Name()),
        "dossiers" => List(document.Dossiers.Select(d => Dossier(d.Number, d.Suffix))),
        "ondernummer" => Text(document.Ondernummer),
        "aanhangselnummer" => Text(document.Aanhangselnummer),
        "documentType" => Text(document.DocumentType?.Name()),
        "title" => Text(document.Title),
        "committees" => List(Composed(document).Select(c => Text(c.Name))),
        "members" => List(Composed(document).Select(c => c.Members.Count(m => m.Party is not null).ToString(CultureInfo.InvariantCulture))),
        _ => throw new InvalidDataException($"sgd-gold.json: unknown field {field}"),
    };

    private static string? ActualDate(DocumentDates dates, string name) => (name switch
    {
        "established" => dates.Established,
        "received" => dates.Received,
        "submitted" => dates.Submitted,
        "proposed" => dates.Proposed,
        _ => throw new InvalidDataException($"sgd-gold.json: unknown date dates.{name}"),
    })?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    // The committees whose Samenstelling was read: the gold labels only those.
    private static IEnumerable<Committee> Composed(KamerstukDocument document) => document.Committees.Where(c => c.Members.Count > 0);

    private static string Dossier(string number, string? suffix) =>
        suffix is null ? WhitespaceRegex().Replace(number, string.Empty) : WhitespaceRegex().Replace(number, string.Empty) + " " + WhitespaceRegex().Replace(suffix, string.Empty);

    private static string List(IEnumerable<string> items) => "[" + string.Join(" | ", items) + "]";

    /// <summary>A text as compared: whitespace collapsed, dashes uniform, soft hyphens removed, no final full stop.</summary>
    public static string Text(string? text)
    {
        if (text is null)
        {
            return "null";
        }

        var uniform = DashRegex().Replace(text.Replace("\u00AD", string.Empty, StringComparison.Ordinal), "-");
        return WhitespaceRegex().Replace(uniform, " ").Trim().TrimEnd('.').TrimEnd();
    }

    private static List<SgdGoldEntry> Load()
    {
        using var json = JsonDocument.Parse(File.ReadAllText(GoldFile));
        return json.RootElement.GetProperty("entries").EnumerateArray().Select(e => new SgdGoldEntry(
            e.GetProperty("file").GetString()!,
            e.GetProperty("kind").GetString()!,
            e.GetProperty("fields").Clone(),
            e.GetProperty("note").GetString()!,
            e.GetProperty("known").EnumerateArray().Select(k => k.GetString()!).ToList())).ToList();
    }

    [GeneratedRegex(@"[\u2010-\u2015\u2212]")]
    private static partial Regex DashRegex();

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhitespaceRegex();
}
