using System.Text.RegularExpressions;
using ParseKamerstuk.Conventions;
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

        // "De vaste Commissies voor Verkeer1 en voor Financiën2": a committee each, each with its own footnote.
        var plurals = new HashSet<int>();
        foreach (Match match in SeveralCommitteesRegex().Matches(rawText))
        {
            plurals.Add(match.Groups["word"].Index);
            var word = match.Groups["word"].Value[..^1]; // "Commissies" → "Commissie", in the case printed
            var kind = match.Groups["prefix"].Success ? match.Groups["prefix"].Value : string.Empty;
            foreach (Capture part in match.Groups["part"].Captures)
            {
                var marked = TrailingMarkerRegex().Match(part.Value);
                var name = ProperName(kind + word + " " + part.Value[..marked.Index]);
                if (name.Length > 0)
                {
                    yield return new Mention(name, marked.Length > 0 ? marked.Value : null, null);
                }
            }
        }

        foreach (Match match in MarkedRegex().Matches(rawText))
        {
            var name = NameOf(match, rawText);
            var marker = MarkerOf(match.Groups["n"].Value);

            // An apostrophe closing a quotation ("de commissie voor 'Ruimte'") is no marker.
            if (name.Length > 0 && !plurals.Contains(match.Groups["rest"].Index) && (char.IsDigit(match.Groups["n"].Value[0]) || !name.AsSpan().ContainsAny("'‘’")))
            {
                yield return new Mention(name, marker, null);
            }
        }

        // "De commissie2, gezien …", "De bijzondere commissie1 die …": the committee of that footnote, not named.
        foreach (Match match in GenericMarkedRegex().Matches(rawText))
        {
            yield return new Mention(CleanName(match.Groups["name"].Value), MarkerOf(match.Groups["n"].Value), null);
        }

        foreach (Match match in AbbreviatedRegex().Matches(rawText))
        {
            if (!plurals.Contains(match.Groups["rest"].Index) && NameOf(match, rawText) is { Length: > 0 } name)
            {
                yield return new Mention(name, null, match.Groups["abbr"].Value);
            }
        }

        foreach (Match match in PlainRegex().Matches(rawText))
        {
            if (!plurals.Contains(match.Groups["rest"].Index) && NameOf(match, rawText, proper: true) is { Length: > 0 } name)
            {
                yield return new Mention(name, null, null);
            }
        }
    }

    // OCR reads a superscript 1 as an apostrophe: "Minderhedenbeleid' heeft", "' Samenstelling: …".
    private static string MarkerOf(string printed) => printed.Trim() is "'" or "’" or "‘" ? "1" : printed;

    // The name runs from the kind of committee ("vaste"), read behind the match, to the end of "rest".
    // A name closed by a marker or an abbreviation is the name as printed; one named where it acts ends where its
    // capitals do.
    private static string NameOf(Match match, string text, bool proper = false)
    {
        var prefix = match.Groups["prefix"];
        var rest = match.Groups["rest"];
        var name = text[(prefix.Success ? prefix.Index : rest.Index)..(rest.Index + rest.Length)];
        return proper ? ProperName(name) : CleanName(name);
    }

    // A committee's name is written in capitals after "voor", "van" or "inzake" ("commissie voor Binnenlandse Zaken en de
    // Hoge Colleges van Staat / Algemene Zaken en Huis van de Koning"): it ends at the first word that is neither
    // capitalised nor a joining word ("Commissie van Rapporteurs voor het wetsontwerp …" is the Commissie van Rapporteurs).
    private static string ProperName(string text)
    {
        var words = CleanName(text).Split(' ');
        var k = 0;
        while (k < words.Length && KindOrCommitteeRegex().IsMatch(words[k]))
        {
            k++; // "vaste commissie", "VASTE COMMISSIE"
        }

        k++; // "voor", "van", "inzake"
        var (end, capitalised) = (k, 0);
        for (; k < words.Length; k++)
        {
            var word = words[k].TrimEnd(',');
            if (JoiningWordRegex().IsMatch(word))
            {
                continue;
            }

            if (word.Length == 0 || !char.IsUpper(word[0]))
            {
                break;
            }

            capitalised++;
            end = k + 1;
        }

        // "… voor Defensie van de Tweede Kamer": the chamber is not part of the name.
        return capitalised == 0 ? string.Empty : ChamberTailRegex().Replace(CleanName(string.Join(' ', words[..end])), string.Empty);
    }

    /// <summary>Builds the committees from the mentions, the composition footnotes, the signed list and the clerks' signatures.</summary>
    public static IReadOnlyList<Committee> Build(
        IReadOnlyList<Mention> mentions,
        IReadOnlyList<Footnote> footnotes,
        SignatureListReader.SignedList? signed,
        IReadOnlyList<Signatory> clerks,
        List<Diagnostic> diagnostics)
    {
        ArgumentNullException.ThrowIfNull(mentions);
        ArgumentNullException.ThrowIfNull(footnotes);
        ArgumentNullException.ThrowIfNull(clerks);
        ArgumentNullException.ThrowIfNull(diagnostics);
        var committees = new List<Committee>();

        // The committees the text names, once each; a generic "De commissie2" names none.
        var named = mentions.Where(m => !IsGeneric(m.Name)).Select(m => m.Name).DistinctBy(QuestionAnswerRule.Fold).ToList();
        var onlyNamed = named.Count == 1 && !named[0].Contains("commissies", StringComparison.OrdinalIgnoreCase) ? named[0] : null;

        // 1. One committee per composition (a footnote may compose several committees).
        var compositionFootnotes = footnotes.Where(f => CompositionParser.IsComposition(f.Text)).ToList();
        foreach (var footnote in compositionFootnotes)
        {
            var compositions = CompositionParser.Parse(footnote.Text);
            var marked = mentions.FirstOrDefault(m => m.Marker == footnote.Number && !IsBareGeneric(m.Name));

            // A composition whose marker OCR lost, or put on a bare "De commissie1": the one committee the text names.
            if (marked is null && compositionFootnotes.Count == 1 && onlyNamed is not null && !mentions.Any(m => m.Marker is not null && m.Marker != footnote.Number && !IsBareGeneric(m.Name)))
            {
                marked = new Mention(onlyNamed, footnote.Number, null);
            }

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

        // 2. The names that older verslagen print as their signature ("THURLINGS (Voorzitter)" / "TERWINDT" / …): the
        //    members of the one committee the text names, where no composition gives them.
        if (signed is not null && committees.All(c => c.Members.Count == 0))
        {
            var index = committees.Count == 1 ? 0 : onlyNamed is null ? -1 : committees.FindIndex(c => SameName(c.Name, onlyNamed));
            if (index < 0)
            {
                committees.Add(new Committee(onlyNamed, null, null, signed.Members, signed.Substitutes, [], null));
            }
            else
            {
                committees[index] = committees[index] with { Members = signed.Members, Substitutes = signed.Substitutes };
            }
        }

        // 3. A committee named without a composition is a committee all the same: its name, no members.
        foreach (var mention in mentions)
        {
            if (!IsGeneric(mention.Name) && !mention.Name.Contains("commissies", StringComparison.OrdinalIgnoreCase) && Find(committees, mention.Name) is null)
            {
                committees.Add(new Committee(mention.Name, null, null, [], [], [], null));
            }
        }

        // 4. Abbreviations and clerks.
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
                name = committees.Count == 0 ? onlyNamed : null;
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

    // "commissie", "bijzondere commissie": a committee of the document without a name of its own.
    private static bool IsGeneric(string name) => GenericNameRegex().IsMatch(name) || GenericKindRegex().IsMatch(name);

    private static bool IsBareGeneric(string name) => GenericNameRegex().IsMatch(name);

    private static Committee? Find(List<Committee> committees, string name) => committees.FirstOrDefault(c => SameName(c.Name, name));

    // "vaste commissie voor Justitie", "commissie voor Justitie", "VASTE COMMISSIE VOOR JUSTITIE" and a composition's label
    // "Justitie" are one committee.
    private static bool SameName(string? a, string? b) =>
        a is not null && b is not null && string.Equals(QuestionAnswerRule.Fold(Core(a)), QuestionAnswerRule.Fold(Core(b)), StringComparison.Ordinal);

    private static string Core(string name) => CoreRegex().Replace(name, string.Empty);

    private static string CleanName(string name) => PersonNames.JoinLineBreaks(Regex.Replace(name.Trim(), @"\s+", " ").TrimEnd(',', ' '));

    private static string Shorten(string text) => text.Length <= 60 ? text : text[..60] + "…";

    // The kinds of committee: "vaste commissie", "bijzondere commissie" …
    private const string Kind = "(?:vaste|algemene|tijdelijke|bijzondere|parlementaire)";

    // The name: an optional kind ("vaste commissie voor …"), then "commissie voor|van|inzake …". The kind is read in a
    // lookbehind so that the search starts from the word "commissie" itself, not from every word starting with v, a, t…
    private const string Name = @"(?:(?<=\b(?<prefix>" + Kind + @"\s+))|\b)(?<rest>commissies?\s+(?:voor|van|inzake)\s+[^.;:()\d«»]{2,160}?)";

    // The marker: digits glued to the name, or a superscript 1 that OCR read as an apostrophe ("Zaken' geen", "JUSTITIE '").
    [GeneratedRegex(Name + @"(?<=\p{L})(?<n>\d{1,2}|\s?['’‘])(?=[\s,.;:)]|$)", RegexOptions.IgnoreCase)]
    private static partial Regex MarkedRegex();

    // "De vaste Commissies voor Verkeer1 en voor Financiën2", "… commissies voor Justitie1, voor Defensie2, en voor
    // Financiën3 hebben …": each part a committee with its own marker; the last part runs on, and its name ends where
    // the capitals do.
    [GeneratedRegex(
        @"(?:(?<=\b(?<prefix>" + Kind + @"\s+))|\b)(?<word>commissies)\s+(?<part>(?:voor|van)\s+[^.;:()\d«»]{2,100}?(?:(?<=\p{L})\d{1,2})?)(?:(?:,\s+(?:en\s+)?|\s+en\s+)(?<part>(?:voor|van)\s+[^.;:()\d«»]{2,100}?(?:(?<=\p{L})\d{1,2})?))*(?:,\s+(?:en\s+)?|\s+en\s+)(?<part>(?:voor|van)\s+[^.;:()\d«»]{2,100}(?:(?<=\p{L})\d{1,2}(?=[\s,.;:)]|$))?)",
        RegexOptions.IgnoreCase)]
    private static partial Regex SeveralCommitteesRegex();

    [GeneratedRegex(@"^(?:en|de|het|der|den|van|voor|inzake|betreffende|op|/|&|-|'t|'s)$", RegexOptions.IgnoreCase)]
    private static partial Regex JoiningWordRegex();

    [GeneratedRegex(@"^(?:" + Kind + @"|commissies?)$", RegexOptions.IgnoreCase)]
    private static partial Regex KindOrCommitteeRegex();

    [GeneratedRegex(@"\s+(?:van|uit)\s+de[r]?\s+(?:Tweede|Twee-de|Eerste)\s+Kamer\b.*$", RegexOptions.IgnoreCase)]
    private static partial Regex ChamberTailRegex();

    [GeneratedRegex(@"\d{1,2}$|$")]
    private static partial Regex TrailingMarkerRegex();

    // "De commissie2, gezien …", "De bijzondere commissie1 die …".
    [GeneratedRegex(@"\b[Dd]e\s+(?<name>(?:" + Kind + @"\s+)?[Cc]ommissie)(?<n>\d{1,2})(?=[\s,.;:)]|$)")]
    private static partial Regex GenericMarkedRegex();

    [GeneratedRegex(Name + @"\s*\((?<abbr>[A-Z][A-Za-z&]{1,9})\)", RegexOptions.IgnoreCase)]
    private static partial Regex AbbreviatedRegex();

    // A committee named where it acts: "De vaste commissie voor Financiën, belast met …", "… heeft de eer …", "… is van
    // oordeel …", and in the title: "EINDVERSLAG van de vaste Commissie voor Financiën omtrent het ontwerp van wet …".
    [GeneratedRegex(Name + @"(?=,?\s+(?:heeft|hebben|had|brengt|belast|omtrent|is\s+(?:van\s+oordeel|voornemens))\b)", RegexOptions.IgnoreCase)]
    private static partial Regex PlainRegex();

    [GeneratedRegex(@"^(?:de\s+)?commissie$", RegexOptions.IgnoreCase)]
    private static partial Regex GenericNameRegex();

    [GeneratedRegex(@"^(?:(?:de\s+)?" + Kind + @"\s+)?commissie\s+(?:voor|van)\s+", RegexOptions.IgnoreCase)]
    private static partial Regex CoreRegex();

    [GeneratedRegex("^" + Kind + @"\s+commissie$", RegexOptions.IgnoreCase)]
    private static partial Regex GenericKindRegex();

    [GeneratedRegex(@"(?:griffier|voorzitter)\s+van\s+de\s+(?<name>.+)$", RegexOptions.IgnoreCase)]
    private static partial Regex ClerkOfRegex();
}
