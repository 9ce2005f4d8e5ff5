using System.Text.RegularExpressions;
using ParseKamerstuk.Conventions;
using ParseKamerstuk.Model;
using ParseKamerstuk.Text;

namespace ParseKamerstuk.Segmentation.Rules;

/// <summary>
/// The names that older verslagen print as their signature, under <c>Vastgesteld 14 september 1972.</c>: the members
/// who drew up the verslag, in capitals, one or more a line, the chair and the substitutes marked
/// (<c>THURLINGS (Voorzitter)</c> / <c>TERWINDT</c> / <c>WITTEVEEN (plv.)</c> / <c>VAN DER SPEK (Voorzitter) JANSEN, DE VRIES</c>),
/// before 1940 each closed by a full stop (<c>VAN DER FELTZ.</c> / <c>DE MEESTER. DE MONTÉ VER LOREN.</c>), later also in
/// mixed case (<c>Thurlings (voorzitter)</c> / <c>Van Hulst</c>). Where the names end with a full stop, each is one name
/// (<c>VAN ASCH VAN WIJCK.</c>); without one, a line of columns runs names together, and a name starts at a word that
/// follows another word that is no particle (<c>ELFFERICH NIERS</c> is Elfferich and Niers, <c>GLASTRA VAN LOON</c> one name).
/// </summary>
internal static partial class SignatureListReader
{
    /// <summary>The members and substitutes who sign.</summary>
    /// <param name="Members">The members, the chair with the role <c>voorzitter</c>.</param>
    /// <param name="Substitutes">The members marked <c>(plv.)</c>.</param>
    public sealed record SignedList(IReadOnlyList<Member> Members, IReadOnlyList<Member> Substitutes);

    // Words that stand in capitals under a verslag but are no name: running heads, headings, the printer's lines.
    private static readonly HashSet<string> s_notNames = new(StringComparer.OrdinalIgnoreCase)
    {
        "Kamer", "Tweede", "Eerste", "Staten-Generaal", "Handelingen", "Bijlage", "Bijlagen", "Zitting", "Vergaderjaar",
        "Nr", "Voorzitter", "Griffier", "Commissie", "Verslag", "Eindverslag", "Memorie", "Nota", "Algemeen", "Inleiding",
        "Hoofdstuk", "Artikel", "Artikelen", "Wetsontwerp", "Lijst", "Vragen", "Antwoord", "Brief", "Motie", "Amendement",
        "Herdruk", "Minister", "Staatssecretaris", "Regering", "Koningin", "Koning", "Toelichting", "Inhoud", "Slotopmerkingen", "Opmerkingen", "Vastgesteld", "Voorlopig",
    };

    /// <summary>Reads the signed list under a <c>Vastgesteld</c> line, or <see langword="null"/> when there is none.</summary>
    public static SignedList? Read(IReadOnlyList<(Paragraph Paragraph, string Text, int? Letter)> texts)
    {
        ArgumentNullException.ThrowIfNull(texts);
        for (var i = 0; i < texts.Count; i++)
        {
            var established = EstablishedRegex().Match(texts[i].Text);
            if (!established.Success)
            {
                continue;
            }

            // 1. The lines after the date, on its own line and in the paragraphs after it, while they hold only names.
            var lines = new List<string> { established.Groups["rest"].Value };
            lines.AddRange(texts.Skip(i + 1).SelectMany(t => t.Paragraph.Lines).Select(l => l.Text));
            var entries = new List<(string Name, string? Role)>();
            foreach (var line in lines.Select(l => JunkRegex().Replace(l, " ").Trim()))
            {
                if (line.Length == 0)
                {
                    continue;
                }

                if (Entries(line) is not { } read)
                {
                    break;
                }

                entries.AddRange(read);
            }

            // 2. Names closed by a full stop are one name each; without, a line of columns runs names together.
            var stopped = entries.Count(e => e.Name.EndsWith('.')) * 2 >= entries.Count;
            var names = new List<(string Name, string? Role)>();
            foreach (var (name, role) in entries)
            {
                var parts = stopped ? [name.TrimEnd('.').Trim()] : Split(name.TrimEnd('.').Trim()).ToList();
                for (var k = 0; k < parts.Count; k++)
                {
                    names.Add((parts[k], k == parts.Count - 1 ? role : null)); // "KNOTTNERUS BROEKSZ (Voorzitter)": the chair is Broeksz
                }
            }

            if (names.Count < 3)
            {
                continue;
            }

            var members = new List<Member>();
            var substitutes = new List<Member>();
            foreach (var (name, role) in names)
            {
                var written = PersonNames.JoinLineBreaks(name.Any(char.IsLower) ? name : PersonNames.TitleCase(name));
                var office = role is null ? null : RoleOf(role);
                (office == "plv." ? substitutes : members).Add(new Member(written, null, office is null or "plv." ? [] : [office]));
            }

            return new SignedList(members, substitutes);
        }

        return null;
    }

    // The entries of one line, or null when the line holds anything but names.
    private static List<(string Name, string? Role)>? Entries(string line)
    {
        var entries = new List<(string, string?)>();
        var position = 0;
        while (position < line.Length)
        {
            var entry = EntryRegex().Match(line, position);
            if (!entry.Success || entry.Length == 0)
            {
                return null;
            }

            var name = entry.Groups["name"].Value.Trim();
            var words = name.TrimEnd('.').Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var capitals = !name.Any(char.IsLower) || words.All(w => PersonNames.IsParticle(w) || !w.Skip(1).Any(char.IsLower));
            if (words.Any(s_notNames.Contains) || (!capitals && (words.Length > 4 || entries.Count > 0 || entry.Index + entry.Length < line.Length)))
            {
                return null; // a mixed-case line is one name alone ("Van Hulst"), never a sentence or a running head
            }

            entries.Add((name, entry.Groups["role"].Success ? entry.Groups["role"].Value : null));
            position = entry.Index + entry.Length;
        }

        return entries;
    }

    // "ELFFERICH NIERS" → Elfferich, Niers; "GLASTRA VAN LOON", "DE GEER VAN OUDEGEIN" stay one name each.
    private static IEnumerable<string> Split(string name)
    {
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var current = new List<string>();
        for (var k = 0; k < words.Length; k++)
        {
            var word = words[k];
            if (current.Count > 0 && !PersonNames.IsParticle(word.ToLowerInvariant()) && !PersonNames.IsParticle(current[^1].ToLowerInvariant()) && !IsInitials(current[^1]))
            {
                yield return string.Join(' ', current);
                current.Clear();
            }

            current.Add(word);
        }

        if (current.Count > 0)
        {
            yield return string.Join(' ', current);
        }
    }

    private static bool IsInitials(string word) => InitialsRegex().IsMatch(word);

    private static string RoleOf(string role)
    {
        var letters = new string(role.Where(char.IsLetter).ToArray()).ToLowerInvariant();
        return letters switch
        {
            "plv" or "plaatsv" => "plv.",
            "ondervoorzitter" => "ondervoorzitter",
            "vicevoorzitter" => "vice-voorzitter",
            _ => "voorzitter",
        };
    }

    // "Vastgesteld 14 september 1972.", "Vastgesteld den 9den Juni 1915.", "Vastgesteld door de Commissie van
    // Rapporteurs den 27sten November 1895.", the first names perhaps on the same line.
    [GeneratedRegex(@"(?:^|\s)Vastgesteld\b[^.]{0,80}?\b1[89]\d\d\b\.?(?<rest>.*)$", RegexOptions.Singleline)]
    private static partial Regex EstablishedRegex();

    // A footnote marker OCR left behind a name ("MEULINK !)", "DE GROOTE (plv) »)"), a bullet, a stray bracket.
    [GeneratedRegex(@"(?<=\s|^)[!»*1l]?\)|[•■*]")]
    private static partial Regex JunkRegex();

    // One name, its role in parentheses, and what closes it: "THURLINGS (Voorzitter)", "VAN DER FELTZ.", "JANSEN,".
    [GeneratedRegex(
        @"\G\s*(?<name>(?:(?:\p{Lu}\.\s?)+|" + PersonNames.Particle + @"\s+|(?i:VAN|DER|DEN|DE|TER|TEN|TOT|HET)\s+)*\p{Lu}[\p{L}'’-]+(?![\p{L}'’-])(?:\s+(?:(?:\p{Lu}\.\s?)+|" + PersonNames.Particle + @"|(?i:VAN|DER|DEN|DE|TER|TEN|TOT|HET|VER)|\p{Lu}[\p{L}'’-]+)(?![\p{L}'’-]))*\.?)\s*(?:\((?<role>(?i:voorzitter|ondervoorzitter|vice-voorzitter|plv\.?|plaatsv\.?))\)\.?)?\s*(?:[,;]|\s+(?:EN|en)\s+)?")]
    private static partial Regex EntryRegex();

    [GeneratedRegex(@"^(?:\p{Lu}\.)+$")]
    private static partial Regex InitialsRegex();
}
