using System.Globalization;
using System.Text.RegularExpressions;

namespace ParseKamerstuk.Conventions;

/// <summary>
/// Names of members as motions and amendments print them: under the text one name a line (<c>Van Campen</c>,
/// <c>D.J.H. van Dijk</c>), and in the title in capitals, separated by commas and <c>EN</c>
/// (<c>MOTIE VAN DE LEDEN HOLMAN EN VAN CAMPEN</c>). A surname may start with particles, lower case after the first
/// word: <c>van der Burg</c>, <c>Mulder-van Dam</c>, <c>ter Horst</c>, <c>la Rivière</c>, <c>d'Ancona</c>, <c>van 't Wout</c>.
/// </summary>
internal static partial class PersonNames
{
    /// <summary>The particles of a surname, lower case, as a regular-expression alternation.</summary>
    public const string Particle = @"(?:van|de|der|den|ter|ten|te|in|het|la|le|du|von|d['’]|['’]t)";

    /// <summary>Whether <paramref name="word"/> is a particle of a surname (<c>van</c>, <c>ter</c>, <c>'t</c>).</summary>
    public static bool IsParticle(string word) => ParticleRegex().IsMatch(word ?? string.Empty);

    /// <summary>Whether <paramref name="text"/> is a name alone.</summary>
    public static bool IsName(string text) => NameRegex().IsMatch(text ?? string.Empty);

    /// <summary>
    /// Joins a name broken at a line end and run together by OCR: <c>Tege-laar-Boonacker</c> is <c>Tegelaar-Boonacker</c>,
    /// <c>Ste- merdink</c> <c>Stemerdink</c>. A hyphen before a capital (<c>Van Ark-Hoeksema</c>) or a particle
    /// (<c>Scheltema-de Nie</c>, <c>Mulder-van Dam</c>) is a double name, and <c>Midden- en Kleinbedrijf</c> keeps its hyphen.
    /// </summary>
    public static string JoinLineBreaks(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return name.Contains('-', StringComparison.Ordinal) ? LineBreakRegex().Replace(name, string.Empty) : name;
    }

    /// <summary>Splits names printed in capitals: <c>HOLMAN EN VAN CAMPEN</c> → <c>HOLMAN</c>, <c>VAN CAMPEN</c>.</summary>
    public static string[] SplitCapitals(string names) => SplitRegex().Split(names ?? string.Empty);

    /// <summary>A name printed in capitals, in the case it is written: <c>VAN CAMPEN</c> → <c>Van Campen</c>, <c>IJMKERS</c> → <c>IJmkers</c>.</summary>
    public static string TitleCase(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var words = name.ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (var i = 0; i < words.Length; i++)
        {
            var particle = IsParticle(words[i]);
            if (i == 0 || !particle)
            {
                // "MULDER-VAN DAM" → "Mulder-van Dam": a particle after a hyphen stays lower case.
                // "IJMKERS" → "IJmkers": the Dutch digraph ij is one capital.
                words[i] = string.Join('-', words[i].Split('-').Select((p, k) => p.Length == 0 || (k > 0 && IsParticle(p)) ? p
                    : p.StartsWith("ij", StringComparison.Ordinal) ? "IJ" + p[2..] : char.ToUpper(p[0], CultureInfo.InvariantCulture) + p[1..]));
            }
        }

        return string.Join(' ', words);
    }

    [GeneratedRegex(@"^(?:\p{Lu}\.\s?)*(?:" + Particle + @"\s+)*\p{Lu}[\p{L}'’-]+(?:\s+(?:" + Particle + @"\s+)*\p{Lu}[\p{L}'’-]+){0,3}$")]
    private static partial Regex NameRegex();

    [GeneratedRegex(@"(?<=\p{Ll})-\s?(?=\p{Ll})(?!d['’]|(?:" + Particle + @"|en|of|tot)(?:\s|$))")]
    private static partial Regex LineBreakRegex();

    [GeneratedRegex("^" + Particle + "$")]
    private static partial Regex ParticleRegex();

    [GeneratedRegex(@"\s*,\s*|\s+EN\s+")]
    private static partial Regex SplitRegex();
}
