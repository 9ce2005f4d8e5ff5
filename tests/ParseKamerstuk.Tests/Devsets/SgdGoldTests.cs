using System.Globalization;
using System.Text;
using System.Text.Json;
using Xunit.Abstractions;

namespace ParseKamerstuk.Tests.Devsets;

/// <summary>
/// The hand-labelled page-one fields of older OCR Kamerstukken (<c>sgd-gold.json</c>) against the parser. A field
/// the parser gets wrong today is listed in the entry's <c>known</c>; once it agrees, the test asks to remove it, so
/// the list only shrinks.
/// </summary>
public sealed class SgdGoldTests(ITestOutputHelper output)
{
    public static TheoryData<string> Files()
    {
        var data = new TheoryData<string>();
        foreach (var entry in SgdGold.Entries)
        {
            data.Add(entry.File);
        }

        return data;
    }

    [DevsetsTheory]
    [MemberData(nameof(Files))]
    public void Every_labelled_field_agrees_except_the_known(string file)
    {
        // Given
        var entry = SgdGold.Entries.Single(e => e.File == file);

        // When
        var checks = SgdGold.Check(entry, KamerstukParser.ParseFile(Path.Combine(DevsetPaths.Sgd, file)));

        // Then
        var problems = new List<string>();
        foreach (var check in checks)
        {
            var known = entry.Known.Contains(check.Field);
            if (check.Agrees && known)
            {
                problems.Add($"{check.Field}: now right: remove it from known");
            }
            else if (!check.Agrees && !known)
            {
                problems.Add($"{check.Field}: expected {check.Expected}, got {check.Actual}");
            }
        }

        problems.AddRange(entry.Known.Where(k => checks.All(c => c.Field != k)).Select(k => $"{k}: in known but not labelled"));
        Assert.True(problems.Count == 0, $"{file}:\n  " + string.Join("\n  ", problems));
    }

    [Fact]
    public void The_gold_covers_sixty_pages_of_eight_kinds_in_both_chambers_and_every_era()
    {
        var entries = SgdGold.Entries;
        Assert.True(entries.Count >= 60, $"{entries.Count} pages");
        Assert.Equal(entries.Count, entries.Select(e => e.File).Distinct().Count());
        Assert.True(entries.Select(e => Field(e, "documentType")).Distinct().Count() >= 8);
        Assert.Contains(entries, e => Field(e, "chamber") == "eerste-kamer");
        Assert.Contains(entries, e => Field(e, "chamber") == "tweede-kamer");
        Assert.Contains(entries, e => e.Fields.TryGetProperty("members", out _));
        Assert.Contains(entries, e => Field(e, "vergaderjaar") is { Length: 4 });
        foreach (var decade in new[] { "195", "196", "197", "198", "199" })
        {
            Assert.Contains(entries, e => Field(e, "vergaderjaar")?.StartsWith(decade, StringComparison.Ordinal) == true);
        }

        Assert.All(entries, e => Assert.All(e.Known, k => Assert.Contains(k, SgdGold.FieldNames)));
    }

    [DevsetsFact]
    public void Every_gold_page_is_in_the_dev_set()
    {
        var manifest = File.ReadLines(Path.Combine(DevsetPaths.Sgd, "MANIFEST.tsv")).Skip(1).Select(l => l.Split('\t')[0]).ToHashSet(StringComparer.Ordinal);
        Assert.All(SgdGold.Entries, e => Assert.Contains(e.File, manifest));
    }

    /// <summary>Writes the agreement of the parser with the gold, per field and overall: fields agreeing / fields labelled.</summary>
    [DevsetsFact]
    public void Agreement_per_field_is_the_labelled_count_less_the_known()
    {
        var agreeing = new Dictionary<string, int>(StringComparer.Ordinal);
        var labelled = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var entry in SgdGold.Entries)
        {
            foreach (var check in SgdGold.Check(entry, KamerstukParser.ParseFile(Path.Combine(DevsetPaths.Sgd, entry.File))))
            {
                labelled[check.Field] = labelled.GetValueOrDefault(check.Field) + 1;
                agreeing[check.Field] = agreeing.GetValueOrDefault(check.Field) + (check.Agrees ? 1 : 0);
            }
        }

        var report = new StringBuilder();
        foreach (var field in SgdGold.FieldNames.Where(labelled.ContainsKey))
        {
            report.AppendLine(CultureInfo.InvariantCulture, $"{field,-18} {agreeing[field],3} / {labelled[field],3}");
        }

        var total = agreeing.Values.Sum();
        var all = labelled.Values.Sum();
        report.AppendLine(CultureInfo.InvariantCulture, $"{"all fields",-18} {total,3} / {all,3} ({100.0 * total / all:0.0}%)");
        output.WriteLine(report.ToString());
        Assert.Equal(all - SgdGold.Entries.Sum(e => e.Known.Count), total);
    }

    private static string? Field(SgdGoldEntry entry, string name) =>
        entry.Fields.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
