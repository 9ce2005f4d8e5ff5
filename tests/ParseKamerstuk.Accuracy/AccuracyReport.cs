using System.Globalization;
using System.Text;
using ParseKamerstuk.Model;

namespace ParseKamerstuk.Accuracy;

/// <summary>
/// Compares documents that exist in two forms in the corpus (MANIFEST column <c>counterpart_in_corpus</c>). Where one
/// side is the official XML it is the oracle; otherwise the first form is. A field is compared when the oracle has a
/// value, and agrees when the other form gives the same value (texts compared with spacing and dashes made uniform).
/// A text field on which they disagree counts as <em>printed differently</em>, not as an error, when the other form's
/// own text holds the value extracted from it but not the oracle's: the two forms are worded differently there (a
/// scanned motion as submitted against the edited publication), and no extraction could agree.
/// </summary>
public sealed class AccuracyReport
{
    private readonly List<(string Pair, string Field, bool Agrees, bool NotPrintedAlike, string Detail)> _rows = [];
    private string _otherText = string.Empty;

    /// <summary>
    /// The comparisons made: pair, field, agreement, whether the other form does not print the value at all (it is
    /// <see langword="null"/> there) or prints it in other words, and for a disagreement both values.
    /// </summary>
    public IReadOnlyList<(string Pair, string Field, bool Agrees, bool NotPrintedAlike, string Detail)> Rows => _rows;

    /// <summary>Builds the report for the corpus at <paramref name="corpus"/>.</summary>
    public static AccuracyReport Build(string corpus)
    {
        var report = new AccuracyReport();
        foreach (var (oracle, other) in Pairs(corpus))
        {
            report.AddPair($"{other} ~ {oracle}", Path.Combine(corpus, oracle), Path.Combine(corpus, other));
        }

        return report;
    }

    /// <summary>Compares the document at <paramref name="other"/> with the one at <paramref name="oracle"/>, as <paramref name="pair"/>.</summary>
    public void AddPair(string pair, string oracle, string other)
    {
        var expected = KamerstukParser.ParseFile(oracle);
        var actual = KamerstukParser.ParseFile(other);
        _otherText = FlowText(KamerstukParser.Read(File.ReadAllBytes(other), Path.GetFileName(other)).Lines.Select(l => l.Text));
        Compare(pair, expected, actual);
    }

    /// <summary>The pairs of the manifest, each once, the official XML first where there is one.</summary>
    public static IEnumerable<(string Oracle, string Other)> Pairs(string corpus)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var line in File.ReadLines(Path.Combine(corpus, "MANIFEST.tsv")).Skip(1))
        {
            var columns = line.Split('\t');
            if (columns.Length < 7 || !columns[6].StartsWith("yes (", StringComparison.Ordinal))
            {
                continue;
            }

            var path = columns[0];
            var counterpart = columns[6]["yes (".Length..].TrimEnd(')');
            counterpart = counterpart[(counterpart.IndexOf(':', StringComparison.Ordinal) + 1)..];
            var key = string.CompareOrdinal(path, counterpart) < 0 ? path + "|" + counterpart : counterpart + "|" + path;
            if (!seen.Add(key) || !File.Exists(Path.Combine(corpus, path)) || !File.Exists(Path.Combine(corpus, counterpart)))
            {
                continue;
            }

            yield return counterpart.EndsWith(".xml", StringComparison.Ordinal) ? (counterpart, path)
                : path.EndsWith(".xml", StringComparison.Ordinal) ? (path, counterpart)
                : string.CompareOrdinal(path, counterpart) < 0 ? (path, counterpart) : (counterpart, path);
        }
    }

    /// <summary>Fields compared, fields the other form prints as the oracle does, and fields that agree, over the pairs matching <paramref name="filter"/>.</summary>
    public (int Compared, int Present, int Agreed) Totals(Func<string, bool>? filter = null)
    {
        var rows = _rows.Where(r => filter is null || filter(r.Pair)).ToList();
        return (rows.Count, rows.Count(r => !r.NotPrintedAlike), rows.Count(r => r.Agrees));
    }

    /// <summary>The report as Markdown: per field, then (unless <paramref name="includeDisagreements"/> is false) the disagreements.</summary>
    public string ToMarkdown(bool includeDisagreements = true)
    {
        var text = new StringBuilder();
        text.AppendLine("| field | compared | printed alike in both | agree | agreement where printed alike | agreement of all |")
            .AppendLine("|---|---:|---:|---:|---:|---:|");
        foreach (var group in _rows.GroupBy(r => r.Field).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            Line(text, group.Key, group.Count(), group.Count(r => !r.NotPrintedAlike), group.Count(r => r.Agrees));
        }

        var (compared, present, agreed) = Totals();
        Line(text, "**all fields**", compared, present, agreed);
        foreach (var kind in new[] { "pdf", "txt", "docx" })
        {
            var (c, p, a) = Totals(pair => pair.Split(" ~ ")[0].EndsWith("." + kind, StringComparison.Ordinal) && pair.Contains("motie/", StringComparison.Ordinal) && pair.EndsWith(".xml", StringComparison.Ordinal));
            if (c > 0)
            {
                Line(text, $"moties, {kind} against XML", c, p, a);
            }
        }

        if (!includeDisagreements)
        {
            return text.ToString();
        }

        text.AppendLine().AppendLine("Disagreements:").AppendLine();
        foreach (var row in _rows.Where(r => !r.Agrees))
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"- `{row.Pair}` {row.Field}: {row.Detail}");
        }

        return text.ToString();
    }

    private static void Line(StringBuilder text, string name, int compared, int present, int agreed) =>
        text.AppendLine(CultureInfo.InvariantCulture, $"| {name} | {compared} | {present} | {agreed} | {Percent(agreed, present)} | {Percent(agreed, compared)} |");

    private static string Percent(int part, int whole) =>
        whole == 0 ? "–" : (100.0 * part / whole).ToString("0.0", CultureInfo.InvariantCulture) + " %";

    private void Compare(string pair, KamerstukDocument expected, KamerstukDocument actual)
    {
        Field(pair, "identifier", expected.Identifier, actual.Identifier);
        Field(pair, "chamber", expected.Chamber?.Name(), actual.Chamber?.Name());
        Field(pair, "vergaderjaar", expected.Vergaderjaar, actual.Vergaderjaar);
        Field(pair, "dossiers", Join(expected.Dossiers.Select(d => d.Number + d.Suffix)), Join(actual.Dossiers.Select(d => d.Number + d.Suffix)));
        Field(pair, "ondernummer", expected.Ondernummer, actual.Ondernummer);
        Field(pair, "documentType", expected.DocumentType?.Name(), actual.DocumentType?.Name());
        Field(pair, "title", expected.Title, actual.Title);
        Field(pair, "dates.proposed", Iso(expected.Dates.Proposed), Iso(actual.Dates.Proposed));
        Field(pair, "dates.established", Iso(expected.Dates.Established), Iso(actual.Dates.Established));
        Field(pair, "dates.received", Iso(expected.Dates.Received), Iso(actual.Dates.Received));
        Field(pair, "dates.submitted", Iso(expected.Dates.Submitted), Iso(actual.Dates.Submitted));
        if (expected.Motion is { } motion)
        {
            Field(pair, "motion.submitters", Join(motion.Submitters.Select(s => s.Name)), Join(actual.Motion?.Submitters.Select(s => s.Name) ?? []));
            Field(pair, "motion.considerations", Join(motion.Considerations), Join(actual.Motion?.Considerations ?? []));
            Field(pair, "motion.requests", Join(motion.Requests), Join(actual.Motion?.Requests ?? []));
            Field(pair, "motion.isAmended", motion.IsAmended ? "yes" : "no", actual.Motion is null ? null : actual.Motion.IsAmended ? "yes" : "no");
        }

        if (expected.Qa.Count > 0)
        {
            Field(pair, "qa.count", expected.Qa.Count.ToString(CultureInfo.InvariantCulture), actual.Qa.Count.ToString(CultureInfo.InvariantCulture));
            var similarity = expected.Qa.Zip(actual.Qa, (a, b) => Similarity(a.Question + " " + a.Answer, b.Question + " " + b.Answer)).DefaultIfEmpty(0).Average();
            _rows.Add((pair, "qa.text (similarity ≥ 0.95)", similarity >= 0.95, actual.Qa.Count == 0, similarity.ToString("0.000", CultureInfo.InvariantCulture)));
        }
    }

    private static string? Iso(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private void Field(string pair, string field, string? expected, string? actual)
    {
        if (string.IsNullOrEmpty(expected))
        {
            return;
        }

        var agrees = string.Equals(Normalize(expected), Normalize(actual ?? string.Empty), StringComparison.Ordinal);
        var missing = string.IsNullOrEmpty(actual);
        var worded = !agrees && !missing && PrintedDifferently(expected, actual!);
        _rows.Add((pair, field, agrees, missing || worded,
            agrees ? string.Empty
            : missing ? "not printed in this form"
            : worded ? $"printed differently in this form: expected «{Excerpt(expected, actual!)}», printed «{Excerpt(actual!, expected)}»"
            : $"expected «{Excerpt(expected, actual!)}», got «{Excerpt(actual!, expected)}»"));
    }

    // True when every part of the extracted value is in the other form's text and some part of the oracle's is not.
    private bool PrintedDifferently(string expected, string actual)
    {
        static IEnumerable<string> Parts(string value) => value.Split(" | ").Select(p => Normalize(p).ToLowerInvariant());
        return Parts(actual).All(p => _otherText.Contains(p, StringComparison.Ordinal))
            && !Parts(expected).All(p => _otherText.Contains(p, StringComparison.Ordinal));
    }

    // The lines as one lower-case flow of words, a line-final hyphen joined to the next line's word.
    private static string FlowText(IEnumerable<string> lines)
    {
        var text = new StringBuilder();
        foreach (var line in lines)
        {
            var trimmed = line.Trim();
            if (text.Length > 0 && text[^1] == '-' && trimmed.Length > 0 && char.IsLower(trimmed[0]))
            {
                text.Length--;
            }
            else if (text.Length > 0)
            {
                text.Append(' ');
            }

            text.Append(trimmed);
        }

        return Normalize(text.ToString()).ToLowerInvariant();
    }

    private static string Join(IEnumerable<string> values) => string.Join(" | ", values);

    private static string Normalize(string text) =>
        string.Join(' ', text.Replace('–', '-').Replace('\u00A0', ' ').Split(' ', StringSplitOptions.RemoveEmptyEntries));

    // At most 120 characters of the text, from a little before where it first differs from the other.
    private static string Excerpt(string text, string other)
    {
        var same = 0;
        while (same < text.Length && same < other.Length && text[same] == other[same])
        {
            same++;
        }

        var start = text.Length <= 120 ? 0 : Math.Clamp(same - 40, 0, text.Length - 120);
        var end = Math.Min(text.Length, start + 120);
        return (start > 0 ? "…" : string.Empty) + text[start..end] + (end < text.Length ? "…" : string.Empty);
    }

    // Word-level similarity: twice the shared words over all words (Dice), order-insensitive.
    private static double Similarity(string a, string b)
    {
        var left = Words(a);
        var right = Words(b);
        if (left.Count + right.Count == 0)
        {
            return 1;
        }

        var shared = 0;
        foreach (var (word, count) in left)
        {
            shared += Math.Min(count, right.GetValueOrDefault(word));
        }

        return 2.0 * shared / (left.Values.Sum() + right.Values.Sum());
    }

    private static Dictionary<string, int> Words(string text)
    {
        var words = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var word in text.ToLowerInvariant().Split([' ', '\n'], StringSplitOptions.RemoveEmptyEntries))
        {
            words[word] = words.GetValueOrDefault(word) + 1;
        }

        return words;
    }
}
