using System.Text.RegularExpressions;
using ParseKamerstuk.Conventions;
using ParseKamerstuk.Model;
using ParseKamerstuk.Text;

namespace ParseKamerstuk.Segmentation.Rules;

/// <summary>
/// Reads a committee composition footnote. The convention:
/// <c>Samenstelling: Kox (SP) (vice-voorzitter), Ten Hoeve (OSF), …, Postema (PvdA) Vlietstra (PvdA) (voorzitter), …</c>;
/// Tweede Kamer compositions split <c>Leden: …</c> and <c>Plv. leden: …</c>; roles stand in parentheses or after a comma
/// (<c>Blauw (VVD), voorzitter,</c>); seats may be <c>Vacature PvdA</c>; names may carry <c>Mw.</c>; a footnote may
/// list several committees (<c>Financiën: Christiaanse (CDA), voorzitter, …</c>). Older compositions are OCR text:
/// a missing comma, <c>(PvdAI,</c> for <c>(PvdA),</c>, <c>(C.D.A.]</c>, <c>(Voorzit-ter)</c> all occur and are read.
/// </summary>
internal static partial class CompositionParser
{
    /// <summary>
    /// Where a composition footnote's paragraphs start: the footnote itself ("1 Samenstelling: …") starts one, even after a
    /// hyphen, and a label ("1 Samenstelling:", "Leden:") introduces the names on the lines after it.
    /// </summary>
    internal sealed partial class ParagraphStarts : IParagraphStarts
    {
        public bool StartsParagraph(in LineJoin join) => FootnoteLineRegex().IsMatch(join.Line.Text);

        public bool Introduces(in LineJoin join) => LabelLineRegex().IsMatch(join.Previous!.Text);

        [GeneratedRegex(@"^\S{1,2}\s+Samenstelling\b")]
        private static partial Regex FootnoteLineRegex();

        [GeneratedRegex(@"(?:^|\s)(?:Samenstelling|Leden|Plv\. leden|Plaatsvervangende leden):$")]
        private static partial Regex LabelLineRegex();
    }

    /// <summary>One composition found in a footnote.</summary>
    /// <param name="Label">The committee label before a colon, where a footnote lists several committees.</param>
    /// <param name="Members">The members.</param>
    /// <param name="Substitutes">The substitute members.</param>
    /// <param name="Vacancies">The vacant seats.</param>
    /// <param name="Unread">Pieces of text that could not be read as a member.</param>
    public sealed record Composition(
        string? Label,
        IReadOnlyList<Member> Members,
        IReadOnlyList<Member> Substitutes,
        IReadOnlyList<Vacancy> Vacancies,
        IReadOnlyList<string> Unread);

    /// <summary>Whether <paramref name="footnoteText"/> is a composition footnote.</summary>
    public static bool IsComposition(string footnoteText)
    {
        ArgumentNullException.ThrowIfNull(footnoteText);
        return SamenstellingRegex().IsMatch(footnoteText);
    }

    /// <summary>Parses the compositions in a footnote's text (with or without the leading <c>Samenstelling:</c>).</summary>
    public static IReadOnlyList<Composition> Parse(string footnoteText)
    {
        ArgumentNullException.ThrowIfNull(footnoteText);
        var match = SamenstellingRegex().Match(footnoteText);
        var text = match.Success ? footnoteText[(match.Index + match.Length)..] : footnoteText;

        // 1. Split on committee labels ("Financiën: …") where a footnote lists several committees.
        var result = new List<Composition>();
        var labels = LabelRegex().Matches(text).Where(m => !IsListLabel(m.Groups["label"].Value)).ToList();
        if (labels.Count == 0)
        {
            result.Add(ParseOne(null, text));
            return result;
        }

        var prefix = text[..labels[0].Index];
        var prefixHasMembers = PartyRegex().IsMatch(prefix);
        if (prefixHasMembers)
        {
            result.Add(ParseOne(null, prefix));
        }

        for (var i = 0; i < labels.Count; i++)
        {
            var start = labels[i].Index + labels[i].Length;
            var end = i + 1 < labels.Count ? labels[i + 1].Index : text.Length;
            result.Add(ParseOne(labels[i].Groups["label"].Value.Trim(), text[start..end]));
        }

        return result;
    }

    private static bool IsListLabel(string label)
    {
        var normalized = label.Trim().TrimEnd('.').ToLowerInvariant();
        return normalized.EndsWith("leden", StringComparison.Ordinal) || normalized is "leden" or "plv. leden" or "plv leden" or "plaatsvervangende leden" or "plv.leden"
            || !char.IsUpper(label.TrimStart()[0]) || label.Contains('(', StringComparison.Ordinal);
    }

    private static Composition ParseOne(string? label, string text)
    {
        var members = new List<Member>();
        var substitutes = new List<Member>();
        var vacancies = new List<Vacancy>();
        var unread = new List<string>();

        // 2. Split "Leden: … Plv. leden: …".
        var substitutesAt = SubstitutesRegex().Match(text);
        var membersPart = substitutesAt.Success ? text[..substitutesAt.Index] : text;
        var substitutesPart = substitutesAt.Success ? text[(substitutesAt.Index + substitutesAt.Length)..] : string.Empty;
        membersPart = MembersLabelRegex().Replace(membersPart, " ", 1);

        ReadList(membersPart, members, vacancies, "members", unread);
        ReadList(substitutesPart, substitutes, vacancies, "substitutes", unread);
        return new Composition(label, members, substitutes, vacancies, unread);
    }

    private static void ReadList(string text, List<Member> members, List<Vacancy> vacancies, string list, List<string> unread)
    {
        var position = 0;
        while (position < text.Length)
        {
            // 3. Separators between entries: commas, periods, "en".
            var separator = SeparatorRegex().Match(text, position);
            if (separator.Success && separator.Index == position && separator.Length > 0)
            {
                position += separator.Length;
                continue;
            }

            var vacancy = VacancyRegex().Match(text, position);
            if (vacancy.Success && vacancy.Index == position)
            {
                var party = vacancy.Groups["party"].Success ? CleanParty(vacancy.Groups["party"].Value) : null;
                if (party is not null && party.EndsWith('.') && party.Count(c => c == '.') == 1)
                {
                    party = party[..^1];
                }

                vacancies.Add(new Vacancy(party, list));
                position += vacancy.Length;
                continue;
            }

            var member = MemberRegex().Match(text, position);
            if (member.Success && member.Index == position)
            {
                position += member.Length;
                var roles = new List<string>();
                while (true)
                {
                    var role = RoleRegex().Match(text, position);
                    if (!role.Success || role.Index != position)
                    {
                        break;
                    }

                    var name = CanonicalRole(role.Groups["role"].Value);
                    if (!roles.Contains(name))
                    {
                        roles.Add(name);
                    }

                    position += role.Length;
                }

                var memberName = CleanName(member.Groups["name"].Value);
                if (memberName.Length == 0)
                {
                    unread.Add(member.Value.Trim());
                    continue;
                }

                members.Add(new Member(memberName, CleanParty(member.Groups["party"].Value), roles));
                continue;
            }

            // 4. Not a member: skip to the next comma and remember what was skipped.
            var next = text.IndexOf(',', position);
            var end = next < 0 ? text.Length : next + 1;
            var skipped = text[position..end].Trim().TrimEnd(',').Trim();
            if (skipped.Length > 0 && skipped.Any(char.IsLetter))
            {
                unread.Add(skipped);
            }

            position = end;
        }
    }

    private static string CanonicalRole(string role)
    {
        var letters = new string(role.Where(char.IsLetter).ToArray()).ToLowerInvariant();
        return letters switch
        {
            "vicevoorzitter" => "vice-voorzitter",
            "ondervoorzitter" => "ondervoorzitter",
            "plvvoorzitter" => "plv. voorzitter",
            _ => "voorzitter",
        };
    }

    private static string CleanName(string name)
    {
        var cleaned = HonorificRegex().Replace(name.Trim(), string.Empty).Trim();
        cleaned = cleaned.TrimStart(',', '.', ';', ' ', '-', '\'', '’').TrimEnd(',', ';', ' ');
        if (cleaned.StartsWith("en ", StringComparison.Ordinal))
        {
            cleaned = cleaned[3..].TrimStart();
        }

        return PersonNames.JoinLineBreaks(NameTail(cleaned));
    }

    // Names are short. A long "name" is OCR text of a neighbouring column run into the composition
    // ("… vastgelegd in het Borgman"): keep the trailing words that look like a name.
    private static string NameTail(string name)
    {
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length <= 5 && !name.Contains(". ", StringComparison.Ordinal) && !name.Contains('?', StringComparison.Ordinal))
        {
            return name;
        }

        var start = words.Length;
        while (start > 0 && words.Length - start < 5 && NameWordRegex().IsMatch(words[start - 1]))
        {
            start--;
        }

        while (start < words.Length - 1 && PersonNames.IsParticle(words[start]) && !char.IsUpper(words[start][0]))
        {
            start++;
        }

        return start == words.Length ? words[^1] : string.Join(' ', words[start..]);
    }

    private static string? CleanParty(string party)
    {
        var cleaned = party.Trim().TrimEnd(']', '}', ')').Trim();
        return cleaned.Length == 0 || cleaned.All(c => !char.IsLetterOrDigit(c)) ? null : Parties.Read(cleaned);
    }

    [GeneratedRegex(@"^[^:]{0,12}?Samenstelling\s*[:.;]?\s*", RegexOptions.CultureInvariant)]
    private static partial Regex SamenstellingRegex();

    [GeneratedRegex(@"(?:^|(?<=[.)]\s*|\s))(?<label>[A-Z][^():,]{2,100}?):\s", RegexOptions.CultureInvariant)]
    private static partial Regex LabelRegex();

    [GeneratedRegex(@"\([^)]{1,20}\)", RegexOptions.CultureInvariant)]
    private static partial Regex PartyRegex();

    [GeneratedRegex(@"(?:Plv\.?|Plaatsvervangende)\s*leden\s*[:.;]?", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex SubstitutesRegex();

    [GeneratedRegex(@"^\s*Leden\s*[:.;]", RegexOptions.CultureInvariant)]
    private static partial Regex MembersLabelRegex();

    [GeneratedRegex(@"\G(?:\s+|,|\.|;|\ben\b(?=\s))+", RegexOptions.CultureInvariant)]
    private static partial Regex SeparatorRegex();

    [GeneratedRegex(
        @"\G(?:en\s+)?[Vv]acatures?\b\s*(?:\((?<party>[^)]{1,20})\)|(?<party>(?!en\b)[A-Z][\w'.+&-]*(?:\s+\d+\+)?))?",
        RegexOptions.CultureInvariant)]
    private static partial Regex VacancyRegex();

    // A name runs to the opening parenthesis; the party closes with ")" or, in OCR, "]", "}", or "I" before a comma. OCR
    // may read the opening parenthesis as "!" ("Bakker !D66)") or as a letter glued to the party ("tGroenLinks)").
    [GeneratedRegex(
        @"\G(?<name>[^(),;]{1,80}?)\s*(?:[\(\{\[]|(?<=\s)[!tlIij1](?=" + Parties.Frequent + @"\)))\s*(?<party>[^()\[\]{},]{0,30}?)\s*(?:[\)\]\}]|I(?=\s*[,.])|(?=,))",
        RegexOptions.CultureInvariant)]
    private static partial Regex MemberRegex();

    [GeneratedRegex(
        @"\G\s*[,.]?\s*[\(\{\[]?\s*(?<role>(?:vice-?\s*|onder-?\s*|plv\.?\s*)?voor-?\s*zit-?\s*ter)\s*[\)\}\]]?(?=\s*(?:[,.;]|$|[A-Z(])|\s+en\b)",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex RoleRegex();

    [GeneratedRegex(@"^(?:\p{Lu}[\p{L}'’.-]*|" + PersonNames.Particle + @"|mw\.)$")]
    private static partial Regex NameWordRegex();

    [GeneratedRegex(@"^(?:(?:mw|mevr|mevrouw|dhr|mr|drs|dr|prof|ir|ing)\.?\s+)+", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex HonorificRegex();
}
