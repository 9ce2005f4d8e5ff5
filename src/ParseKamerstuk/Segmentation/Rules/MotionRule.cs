using System.Text.RegularExpressions;
using ParseKamerstuk.Conventions;
using ParseKamerstuk.Model;
using ParseKamerstuk.Text;

namespace ParseKamerstuk.Segmentation.Rules;

/// <summary>
/// A motion: <c>De Kamer,</c> / <c>gehoord de beraadslaging,</c> / considerations (<c>constaterende dat …;</c>,
/// <c>overwegende dat …;</c>, <c>van mening dat …;</c>) / requests (<c>verzoekt de regering …,</c>, <c>spreekt uit …</c>,
/// <c>roept … op</c>) / <c>en gaat over tot de orde van de dag.</c> / the submitters' names. The title names them too
/// (<c>MOTIE VAN DE LEDEN HOLMAN EN VAN CAMPEN</c>); a <c>GEWIJZIGDE MOTIE</c> replaces an earlier number
/// (<c>ter vervanging van die gedrukt onder nr. 12</c>).
/// </summary>
internal static partial class MotionRule
{
    private static readonly HashSet<string> s_notNames = new(StringComparer.Ordinal)
    {
        "Indieners", "Indiener", "Medeindieners", "Medeindiener", "Stemmingsuitslagen", "Kamerlid", "Motie", "Status",
    };

    /// <summary>Reads the motion in <paramref name="texts"/>, or <see langword="null"/> when there is none.</summary>
    public static Motion? Read(IReadOnlyList<(Paragraph Paragraph, string Text, int? Letter)> texts, string? title)
    {
        ArgumentNullException.ThrowIfNull(texts);
        var start = -1;
        var sequence = new List<(Paragraph Paragraph, string Text)>();
        for (var i = 0; i < texts.Count; i++)
        {
            // "De Kamer," on a line of its own, or closing the title paragraph as OCR joins it:
            // "MOTIE VAN HET LID WILLEMS Voorgesteld 20 januari 1993 De Kamer,".
            if (KamerRegex().IsMatch(texts[i].Text) || TitleThenKamerRegex().IsMatch(texts[i].Text))
            {
                start = i;
                break;
            }

            // The dictum run into one paragraph, as a web page or a quotation prints it:
            // "De Kamer, gehoord de beraadslaging, constaterende dat …; verzoekt de regering …, en gaat over tot de orde van de dag."
            if (InlineKamerRegex().Match(texts[i].Text) is { Success: true } inline)
            {
                start = i;
                sequence.Add((texts[i].Paragraph, inline.Groups["rest"].Value));
                break;
            }

            // The older print runs the first consideration on: "De Kamer, van oordeel, dat de pensioenen … onvoldoende zijn …".
            if (LeadingKamerRegex().Match(texts[i].Text) is { Success: true } leading)
            {
                start = i;
                sequence.Add((texts[i].Paragraph, leading.Groups["rest"].Value));
                break;
            }
        }

        if (start < 0)
        {
            return null;
        }

        sequence.AddRange(texts.Skip(start + 1).Select(t => (t.Paragraph, t.Text)));

        var considerations = new List<string>();
        var requests = new List<string>();
        var submitters = new List<Person>();
        var ended = false;
        foreach (var (paragraph, original) in sequence)
        {
            var text = original.Trim();
            if (ended)
            {
                // The submitters sign under the motion, one name a line; anything else ends the list
                // (a web page's "Indieners" block, a running footer).
                var lines = paragraph.Lines;
                if (!lines.All(l => PersonNames.IsName(l.Text.Trim()) && !s_notNames.Contains(l.Text.Trim())))
                {
                    break;
                }

                submitters.AddRange(lines.Select(l => new Person(l.Text.Trim(), null)));
                continue;
            }

            if (HeardRegex().IsMatch(text))
            {
                continue;
            }

            var end = EndRegex().Match(text);
            var body = end.Success ? text[..end.Index].Trim() : text;
            if (end.Success && end.Index + end.Length < text.Length)
            {
                // The names follow the closing formula in the same paragraph (lines of a Word paragraph).
                var lines = paragraph.Lines;
                var closing = lines.ToList().FindIndex(l => OrderOfTheDayRegex().IsMatch(l.Text));
                foreach (var line in lines.Skip(closing + 1).Select(l => l.Text.Trim()))
                {
                    if (PersonNames.IsName(line) && !s_notNames.Contains(line))
                    {
                        submitters.Add(new Person(line, null));
                    }
                }
            }

            foreach (var clause in ClauseSplitRegex().Split(body).Select(c => c.Trim()).Where(c => c.Length > 0))
            {
                // A clause that is neither (a list item under "verzoekt de regering: …") goes on the one before, which
                // keeps its punctuation ("…hersteld; • een wijziging …"): only the end of the whole clause is cleaned.
                if (ConsiderationRegex().IsMatch(clause))
                {
                    considerations.Add(clause);
                }
                else if (RequestRegex().IsMatch(clause))
                {
                    requests.Add(clause);
                }
                else if (requests.Count > 0)
                {
                    requests[^1] += " " + clause;
                }
                else if (considerations.Count > 0)
                {
                    considerations[^1] += " " + clause;
                }
            }

            ended = end.Success;
        }

        if (considerations.Count == 0 && requests.Count == 0)
        {
            return null;
        }

        if (title is not null && (submitters.Count == 0 ? FromTitle(title) : SplitAsTitled(submitters, FromTitle(title))) is { } fromTitle)
        {
            submitters.Clear();
            submitters.AddRange(fromTitle);
        }

        var amended = title is not null && title.Contains("GEWIJZIGDE MOTIE", StringComparison.Ordinal);
        string? replaces = null;
        foreach (var text in texts.Select(t => t.Text).Prepend(title ?? string.Empty))
        {
            var match = ReplacesRegex().Match(text);
            if (match.Success)
            {
                replaces = match.Groups["nr"].Value;
                amended = true;
                break;
            }
        }

        return new Motion(submitters, [.. considerations.Select(Clean)], [.. requests.Select(Clean)], amended, replaces);
    }

    /// <summary>The submitters named in a title: <c>MOTIE VAN DE LEDEN HOLMAN EN VAN CAMPEN</c> → Holman, Van Campen.</summary>
    public static IReadOnlyList<Person> FromTitle(string title)
    {
        ArgumentNullException.ThrowIfNull(title);
        var match = TitleNamesRegex().Match(title);
        if (!match.Success)
        {
            return [];
        }

        var names = PersonNames.SplitCapitals(match.Groups["names"].Value.Trim().TrimEnd('.'));
        return names.Where(n => n.Length > 0).Select(n => new Person(PersonNames.TitleCase(n.Trim()), null)).ToArray();
    }

    // OCR runs the names signed side by side into one line ("Pronk Herfkens"); the title names them apart
    // (MOTIE VAN DE LEDEN PRONK EN HERFKENS): cut the signed line where the title's names end, letters counted.
    private static List<Person>? SplitAsTitled(List<Person> signed, IReadOnlyList<Person> titled)
    {
        static string Letters(string text) => new([.. text.Where(char.IsLetter).Select(char.ToLowerInvariant)]);
        if (titled.Count <= signed.Count || Letters(string.Concat(signed.Select(p => p.Name))) != Letters(string.Concat(titled.Select(p => p.Name))))
        {
            return null;
        }

        var line = string.Join(' ', signed.Select(p => p.Name));
        var result = new List<Person>();
        var at = 0;
        foreach (var length in titled.Select(p => Letters(p.Name).Length))
        {
            var (from, counted) = (at, 0);
            while (at < line.Length && counted < length)
            {
                counted += char.IsLetter(line[at++]) ? 1 : 0;
            }

            while (at < line.Length && !char.IsWhiteSpace(line[at]) && !char.IsLetter(line[at]))
            {
                at++;
            }

            result.Add(new Person(line[from..at].Trim(), null));
        }

        // Cut only at spaces: a cut inside a word means the names are not the same.
        return result.All(p => p.Name.Length > 0 && PersonNames.IsName(p.Name)) && at >= line.TrimEnd().Length ? result : null;
    }

    private static string Clean(string clause) => clause.Trim().TrimEnd(';', ',').TrimEnd();

    // Two clauses run into one paragraph: "… 500 miljard kubieke meter gas bevat, verzoekt de regering …".
    [GeneratedRegex(@"(?<=[;,.])\s+(?=(?:(?:voorts|tevens|ook|mede)\s+)?(?:\p{Ll}+ende|verzoekt|spreekt|roept|draagt|besluit|n(?:o)?odigt|van\s+(?:mening|oordeel))\b)|(?<=\S)\s+(?=verzoekt\s+(?:de|het)\s+(?:regering|kabinet|Presidium)\b)")]
    private static partial Regex ClauseSplitRegex();

    [GeneratedRegex(@"^De\s+Kamer,?$")]
    private static partial Regex KamerRegex();

    [GeneratedRegex(@"^De\s+Kamer,\s+gehoord\s+de\s+beraadslaging[,;]\s+(?<rest>\p{Ll}.*\borde\s+van\s+de\s+dag\b.*)$", RegexOptions.Singleline)]
    private static partial Regex InlineKamerRegex();

    [GeneratedRegex(@"orde\s+van\s+den?\s+dag")]
    private static partial Regex OrderOfTheDayRegex();

    [GeneratedRegex(@"\bVoorgesteld\b.{0,120}\sDe\s+Kamer,$", RegexOptions.Singleline)]
    private static partial Regex TitleThenKamerRegex();

    [GeneratedRegex(@"^De\s+Kamer,\s+(?<rest>(?:gehoord\s+de\s+beraadslaging|\p{Ll}+ende\b|van\s+(?:mening|oordeel)\b).*)$", RegexOptions.Singleline)]
    private static partial Regex LeadingKamerRegex();

    [GeneratedRegex(@"^gehoord\s+de\s+beraadslaging[,;.]?$")]
    private static partial Regex HeardRegex();

    // "en gaat over tot de orde van de dag.", before 1950 "…, gaat over tot de orde van den dag."
    [GeneratedRegex(@",?\s*(?:en\s+)?gaat\s+over\s+tot\s+de\s+orde\s+van\s+den?\s+dag\.?")]
    private static partial Regex EndRegex();

    // "constaterende dat", "overwegende dat", "van mening dat", "voorts overwegende", "gelet op", "in aanmerking nemende".
    [GeneratedRegex(@"^(?:(?:voorts|tevens|ook|mede|verder|daarnaast|nog)\s+)?(?:\p{Ll}+ende\b|\p{Ll}+end\b|van\s+(?:mening|oordeel)\b|gelet\s+op\b|in\s+aanmerking\s+nemende\b|mede\s+gelet\b)")]
    private static partial Regex ConsiderationRegex();

    // "verzoekt de regering", "spreekt uit", "roept … op", "draagt … op", "besluit".
    [GeneratedRegex(@"^(?:(?:en|voorts|tevens)\s+)?(?:verzoekt|spreekt|roept|draagt|besluit|vraagt|dringt|n(?:o)?odigt|zegt|betreurt|veroordeelt|steunt|stelt|acht|wijst|keurt|onderschrijft|constateert|verklaart|geeft|wenst|is\s+van\s+mening)\b")]
    private static partial Regex RequestRegex();

    [GeneratedRegex(@"MOTIE\s+VAN\s+(?:HET\s+LID|DE\s+LEDEN)\s+(?<names>.+)$")]
    private static partial Regex TitleNamesRegex();

    [GeneratedRegex(@"ter\s+vervanging\s+van\s+(?:die|de\s+motie)\s+gedrukt\s+onder\s+nr\.\s*(?<nr>\d+)", RegexOptions.IgnoreCase)]
    private static partial Regex ReplacesRegex();
}
