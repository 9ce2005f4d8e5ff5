using System.Text.RegularExpressions;
using ParseKamerstuk.Conventions;
using ParseKamerstuk.Model;
using ParseKamerstuk.Text;

namespace ParseKamerstuk.Segmentation.Rules;

/// <summary>
/// An amendment: <c>De ondergetekende stelt het volgende amendement voor:</c> (or <c>De ondergetekenden stellen de
/// volgende amendementen voor:</c>),
/// the changes, labelled <c>I</c>, <c>II</c>, … on a line of their own where there are several, then <c>Toelichting</c>
/// and its text, then the submitters' names. The title names them too (<c>AMENDEMENT VAN HET LID WEVERLING C.S.</c>).
/// </summary>
internal static partial class AmendmentRule
{
    /// <summary>Reads the amendment in <paramref name="texts"/>, or <see langword="null"/> when there is none.</summary>
    public static Amendment? Read(IReadOnlyList<(Paragraph Paragraph, string Text, int? Letter)> texts, string? title)
    {
        ArgumentNullException.ThrowIfNull(texts);
        var start = -1;
        for (var i = 0; i < texts.Count; i++)
        {
            if (ProposalRegex().IsMatch(texts[i].Text))
            {
                start = i;
                break;
            }
        }

        if (start < 0)
        {
            return null;
        }

        var changes = new List<(string? Label, List<string> Parts)>();
        var toelichting = new List<string>();
        var submitters = new List<Person>();
        var inToelichting = false;
        for (var i = start + 1; i < texts.Count; i++)
        {
            var text = texts[i].Text.Trim();
            var explanation = ToelichtingRegex().Match(text);
            if (!inToelichting && explanation.Success)
            {
                inToelichting = true;
                if (explanation.Groups["rest"].Value.Length > 0)
                {
                    toelichting.Add(explanation.Groups["rest"].Value);
                }

                continue;
            }

            if (inToelichting)
            {
                // The submitters sign under the explanation, one name a line.
                if (texts[i].Paragraph.Lines.All(l => PersonNames.IsName(l.Text.Trim())) && i >= texts.Count - 3)
                {
                    submitters.AddRange(texts[i].Paragraph.Lines.Select(l => new Person(l.Text.Trim(), null)));
                    continue;
                }

                toelichting.Add(text);
                continue;
            }

            var label = LabelRegex().Match(text);
            if (label.Success)
            {
                changes.Add((label.Groups["label"].Value, []));
                if (label.Groups["rest"].Value.Length > 0)
                {
                    changes[^1].Parts.Add(label.Groups["rest"].Value);
                }

                continue;
            }

            if (changes.Count == 0)
            {
                changes.Add((null, []));
            }

            changes[^1].Parts.Add(text);
        }

        if (submitters.Count == 0 && title is not null)
        {
            submitters.AddRange(TitleNames(title));
        }

        return new Amendment(
            submitters,
            changes.Where(c => c.Parts.Count > 0).Select(c => new AmendmentChange(c.Label, string.Join("\n\n", c.Parts))).ToArray(),
            toelichting.Count > 0 ? string.Join("\n\n", toelichting) : null);
    }

    private static IEnumerable<Person> TitleNames(string title)
    {
        var match = TitleNamesRegex().Match(title);
        if (!match.Success)
        {
            return [];
        }

        return PersonNames.SplitCapitals(match.Groups["names"].Value.Trim().TrimEnd('.'))
            .Where(n => n.Length > 0)
            .Select(n => new Person(PersonNames.TitleCase(n.Trim()), null));
    }

    [GeneratedRegex(@"^De\s+ondergetekenden?\s+stel(?:t|len)\s+(?:het\s+|de\s+)?(?:volgende\s+)?(?:amende\w*|wijziging\w*)\s+voor:?", RegexOptions.IgnoreCase)]
    private static partial Regex ProposalRegex();

    [GeneratedRegex(@"^Toelichting\b[:.]?\s*(?<rest>.*)$", RegexOptions.Singleline)]
    private static partial Regex ToelichtingRegex();

    [GeneratedRegex(@"^(?<label>[IVXLC]{1,6})\.?(?:\s+(?<rest>.+))?$", RegexOptions.Singleline)]
    private static partial Regex LabelRegex();

    [GeneratedRegex(@"AMENDEMENT\s+VAN\s+(?:HET\s+LID|DE\s+LEDEN)\s+(?<names>.+?)(?:\s+C\.S\.)?(?:\s+TER\s+VERVANGING.*)?$")]
    private static partial Regex TitleNamesRegex();

}
