using System.Text.RegularExpressions;
using ParseKamerstuk.Diagnostics;
using ParseKamerstuk.Model;

namespace ParseKamerstuk.Segmentation.Rules;

/// <summary>
/// Committees: the committee named with a footnote marker (<c>De leden van de vaste commissie voor Buitenlandse Zaken,
/// Defensie en Ontwikkelingssamenwerking1 hebben …</c>) has its composition in that footnote; an abbreviation follows
/// a mention in parentheses (<c>… Ontwikkelingssamenwerking (BDO)</c>); the clerk signs
/// <c>De griffier van de vaste commissie voor …,</c> / <c>Van Luijk</c>, or just <c>De griffier van de commissie, Meijers</c>
/// or <c>De griffier voor deze lijst,</c> / <c>Stahlie</c>, which is the one committee the text names (<c>De vaste
/// commissie voor Financiën, belast met …</c>); where it names several, the clerk's committee has no name.
/// </summary>
internal static partial class CommitteeRule
{
    /// <summary>A committee's name as the text gives it.</summary>
    /// <param name="Name">The name.</param>
    /// <param name="Marker">The footnote marker glued to it, if any.</param>
    /// <param name="Abbreviation">The abbreviation after it, if any.</param>
    public sealed record Mention(string Name, string? Marker, string? Abbreviation);

    /// <summary>Finds committee mentions in raw paragraph text (markers still in place).</summary>
    public static IEnumerable<Mention> Mentions(string rawText)
    {
        ArgumentNullException.ThrowIfNull(rawText);
        if (!rawText.Contains("ommissie", StringComparison.OrdinalIgnoreCase))
        {
            yield break; // most paragraphs name no committee; the patterns below cannot start from a literal
        }

        foreach (Match match in MarkedRegex().Matches(rawText))
        {
            yield return new Mention(NameOf(match, rawText), match.Groups["n"].Value, null);
        }

        foreach (Match match in AbbreviatedRegex().Matches(rawText))
        {
            yield return new Mention(NameOf(match, rawText), null, match.Groups["abbr"].Value);
        }

        foreach (Match match in PlainRegex().Matches(rawText))
        {
            yield return new Mention(NameOf(match, rawText), null, null);
        }
    }

    // The name runs from the kind of committee ("vaste"), read behind the match, to the end of "rest".
    private static string NameOf(Match match, string text)
    {
        var prefix = match.Groups["prefix"];
        var rest = match.Groups["rest"];
        return CleanName(text[(prefix.Success ? prefix.Index : rest.Index)..(rest.Index + rest.Length)]);
    }

    /// <summary>Builds the committees from the mentions, the composition footnotes and the clerks' signatures.</summary>
    public static IReadOnlyList<Committee> Build(
        IReadOnlyList<Mention> mentions,
        IReadOnlyList<Footnote> footnotes,
        IReadOnlyList<Signatory> clerks,
        List<Diagnostic> diagnostics)
    {
        ArgumentNullException.ThrowIfNull(mentions);
        ArgumentNullException.ThrowIfNull(footnotes);
        ArgumentNullException.ThrowIfNull(clerks);
        ArgumentNullException.ThrowIfNull(diagnostics);
        var committees = new List<Committee>();

        // 1. One committee per composition (a footnote may compose several committees).
        foreach (var footnote in footnotes)
        {
            if (!CompositionParser.IsComposition(footnote.Text))
            {
                continue;
            }

            var compositions = CompositionParser.Parse(footnote.Text);
            var marked = mentions.FirstOrDefault(m => m.Marker == footnote.Number);
            foreach (var composition in compositions)
            {
                var name = composition.Label ?? marked?.Name;
                if (composition.Unread.Count > 0)
                {
                    diagnostics.Add(new Diagnostic(
                        DiagnosticCodes.CompositionNotUnderstood,
                        DiagnosticSeverity.Warning,
                        $"Footnote {footnote.Number}: {composition.Unread.Count} part(s) of the composition are not a member with party: '{Shorten(composition.Unread[0])}'.",
                        footnote.Pages));
                }

                committees.Add(new Committee(
                    name, null, footnote.Number, composition.Members, composition.Substitutes, composition.Vacancies, null));
            }
        }

        // 2. Committees that are named with an abbreviation but have no footnote.
        foreach (var mention in mentions)
        {
            if (Find(committees, mention.Name) is null && mention.Abbreviation is not null)
            {
                committees.Add(new Committee(mention.Name, null, null, [], [], [], null));
            }
        }

        // 3. Abbreviations and clerks.
        for (var i = 0; i < committees.Count; i++)
        {
            var committee = committees[i];
            var abbreviation = mentions.FirstOrDefault(m => m.Abbreviation is not null && SameName(m.Name, committee.Name))?.Abbreviation;
            committees[i] = committee with { Abbreviation = abbreviation };
        }

        foreach (var clerk in clerks)
        {
            var clerkOf = ClerkOfRegex().Match(clerk.Function ?? string.Empty);
            var name = clerkOf.Success ? CleanName(clerkOf.Groups["name"].Value) : null;

            // "De griffier van de commissie", "De griffier voor deze lijst": the committee the document names ("De vaste
            // commissie voor Financiën heeft …"), or none; "commissie" alone is no name.
            if (name is null || GenericNameRegex().IsMatch(name))
            {
                var named = mentions.Select(m => m.Name).DistinctBy(QuestionAnswerRule.Fold).ToList();
                name = committees.Count == 0 && named.Count == 1 && !named[0].Contains("commissies", StringComparison.OrdinalIgnoreCase) ? named[0] : null;
            }

            var index = name is null ? -1 : committees.FindIndex(c => SameName(c.Name, name));
            if (index < 0 && committees.Count == 1)
            {
                index = 0;
            }

            if (index < 0)
            {
                committees.Add(new Committee(name, null, null, [], [], [], clerk.Name));
            }
            else if (committees[index].Clerk is null)
            {
                committees[index] = committees[index] with { Clerk = clerk.Name };
            }
        }

        return committees;
    }

    private static Committee? Find(List<Committee> committees, string name) => committees.FirstOrDefault(c => SameName(c.Name, name));

    private static bool SameName(string? a, string? b) =>
        a is not null && b is not null && string.Equals(QuestionAnswerRule.Fold(a), QuestionAnswerRule.Fold(b), StringComparison.Ordinal);

    private static string CleanName(string name) => Regex.Replace(name.Trim(), @"\s+", " ").TrimEnd(',', ' ');

    private static string Shorten(string text) => text.Length <= 60 ? text : text[..60] + "…";

    // The name: an optional kind ("vaste commissie voor …"), then "commissie voor|van|inzake …". The kind is read in a
    // lookbehind so that the search starts from the word "commissie" itself, not from every word starting with v, a, t…
    private const string Name = @"(?:(?<=\b(?<prefix>(?:vaste|algemene|tijdelijke|bijzondere|parlementaire)\s+))|\b)(?<rest>commissies?\s+(?:voor|van|inzake)\s+[^.;:()\d«»]{2,160}?)";

    [GeneratedRegex(Name + @"(?<=\p{L})(?<n>\d{1,2})(?=[\s,.;:)]|$)", RegexOptions.IgnoreCase)]
    private static partial Regex MarkedRegex();

    [GeneratedRegex(Name + @"\s*\((?<abbr>[A-Z][A-Za-z&]{1,9})\)", RegexOptions.IgnoreCase)]
    private static partial Regex AbbreviatedRegex();

    // A committee named where it acts: "De vaste commissie voor Financiën, belast met …", "… heeft de eer …".
    [GeneratedRegex(Name + @"(?=,?\s+(?:heeft|hebben|had|brengt|belast)\b)", RegexOptions.IgnoreCase)]
    private static partial Regex PlainRegex();

    [GeneratedRegex(@"^(?:de\s+)?commissie$", RegexOptions.IgnoreCase)]
    private static partial Regex GenericNameRegex();

    [GeneratedRegex(@"(?:griffier|voorzitter)\s+van\s+de\s+(?<name>.+)$", RegexOptions.IgnoreCase)]
    private static partial Regex ClerkOfRegex();
}
