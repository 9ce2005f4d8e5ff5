namespace ParseKamerstuk.Conventions;

/// <summary>
/// The parties that committee compositions name in parentheses behind a member (<c>Kox (SP)</c>), as the print has
/// them: abbreviations (<c>PvdA</c>, <c>CDA</c>), older dotted forms (<c>P.v.d.A.</c>, <c>C.D.A.</c>), <c>D'66</c>,
/// <c>Groen Links</c>. OCR damages them in a few ways that can be read back where only one known party fits:
/// <c>V</c> read as <c>W</c> (<c>(WD)</c> is VVD), <c>D</c> as <c>O</c> or <c>0</c> (<c>(COA)</c>, <c>(066)</c>), <c>in</c> as
/// <c>m</c> (<c>GroenLmks</c>), a stray character before or after the name (<c>!D66)</c>, <c>tGroenLinks)</c>, <c>GPVl</c>),
/// the case of a letter (<c>Pvda</c>). A party that no known name fits stays as printed: none is ever invented.
/// </summary>
internal static class Parties
{
    /// <summary>The parties that compositions name most, as a regular-expression alternation (for a glued OCR stray).</summary>
    public const string Frequent = "(?:GroenLinks|Groen Links|PvdA|CDA|VVD|D66|D'66|SGP|GPV|RPF|PPR|CPN|PSP|SP|AOV)";

    // The parties of the Staten-Generaal since 1946, as printed (dotted forms are compared without their dots).
    private static readonly string[] s_known =
    [
        "PvdA", "CDA", "VVD", "D66", "D'66", "SGP", "GPV", "RPF", "PPR", "CPN", "PSP", "KVP", "ARP", "CHU", "BP", "DS'70",
        "EVP", "GroenLinks", "Groen Links", "Groen-Links", "SP", "AOV", "Unie 55+", "U55+", "CD", "Centrumdemocraten",
        "Centrum-democraten", "Centrumpartij", "RKPN", "RKPL", "ChristenUnie", "CU", "PVV", "PvdD", "50PLUS", "GL", "OSF",
        "DENK", "FvD", "JA21", "BBB", "NSC", "Volt", "BIJ1", "LPF", "LN", "GKN", "SGP/GPV/RPF", "GroenLinks-PvdA",
    ];

    private static readonly Dictionary<string, string> s_byKey = s_known
        .GroupBy(Key, StringComparer.Ordinal)
        .ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);

    // The OCR misreadings undone, one at a time, as (printed, meant).
    private static readonly (string Printed, string Meant)[] s_misreadings =
    [
        ("W", "VV"), ("O", "D"), ("0", "D"), ("m", "in"), ("rn", "m"), ("ü", "6"),
    ];

    private static readonly char[] s_strays = ['!', '|', 'l', 'I', 'i', '1', 'j', 't', '(', '\'', '’', '‘', '.', ',', ';', ':'];

    /// <summary>
    /// The party meant by <paramref name="printed"/>: the printed text when it is a known party, a known party when the
    /// OCR damage leaves exactly one that fits, otherwise the printed text unchanged.
    /// </summary>
    public static string Read(string printed)
    {
        ArgumentNullException.ThrowIfNull(printed);
        if (s_byKey.ContainsKey(Key(printed)) || printed.Length < 2)
        {
            return printed;
        }

        var fits = Candidates(printed)
            .Select(c => (Candidate: c, Known: s_byKey.GetValueOrDefault(Key(c))))
            .Where(f => f.Known is not null)
            .DistinctBy(f => Key(f.Known!), StringComparer.Ordinal)
            .ToList();

        // The candidate where the print spells a known party so ("Groen-Linksj" is Groen-Links, "D'6ü" D'66), the
        // party's usual spelling where it does not ("Pvdal" is PvdA).
        return fits.Count != 1 ? printed : s_known.Contains(fits[0].Candidate, StringComparer.Ordinal) ? fits[0].Candidate : fits[0].Known!;
    }

    /// <summary>Whether <paramref name="text"/> is a known party as printed (<c>PvdA</c>, <c>C.D.A.</c>).</summary>
    public static bool IsKnown(string text) => s_byKey.ContainsKey(Key(text ?? string.Empty));

    // Case matters for the candidates' readings only; the lookup folds case, and dots never tell parties apart.
    private static string Key(string party) =>
        new(party.Where(c => c is not ('.' or ' ' or '-' or '\'' or '’')).Select(char.ToUpperInvariant).ToArray());

    // The printed text with a stray character taken off either end, and with one misreading undone.
    private static IEnumerable<string> Candidates(string printed)
    {
        var trimmed = new List<string> { printed };
        if (s_strays.Contains(printed[0]) && printed.Length > 2 && (char.IsUpper(printed[1]) || char.IsDigit(printed[1])))
        {
            trimmed.Add(printed[1..]);
        }

        if (s_strays.Contains(printed[^1]) && printed.Length > 2)
        {
            trimmed.Add(printed[..^1]);
        }

        foreach (var text in trimmed)
        {
            yield return text;
            foreach (var (wrong, meant) in s_misreadings)
            {
                for (var at = text.IndexOf(wrong, StringComparison.Ordinal); at >= 0; at = text.IndexOf(wrong, at + 1, StringComparison.Ordinal))
                {
                    yield return string.Concat(text.AsSpan(0, at), meant, text.AsSpan(at + wrong.Length));
                }
            }
        }
    }
}
