using System.Text.RegularExpressions;

namespace ParseKamerstuk.Segmentation.Rules;

/// <summary>
/// Decides the document type from the document's own words: its title in capitals
/// (<c>VERSLAG VAN EEN NADER SCHRIFTELIJK OVERLEG</c>, <c>MOTIE VAN HET LID …</c>), or, where the title page is
/// missing, the sentence a verslag uses to say what it reports
/// (<c>De commissie brengt bijgaand verslag uit van het gevoerde nader schriftelijk overleg</c>).
/// </summary>
public static partial class DocumentTypeRule
{
    private static readonly (Regex Pattern, string Type)[] s_titles =
    [
        (TitleRegex("VERSLAG VAN EEN NADER SCHRIFTELIJK OVERLEG"), "verslag-nader-schriftelijk-overleg"),
        (TitleRegex("VERSLAG VAN EEN SCHRIFTELIJK OVERLEG"), "verslag-schriftelijk-overleg"),
        (TitleRegex("LIJST VAN VRAGEN EN ANTWOORDEN"), "lijst-van-vragen-en-antwoorden"),
        (TitleRegex("NOTA NAAR AANLEIDING VAN HET (?:NADER |TWEEDE )?VERSLAG"), "nota-naar-aanleiding-van-verslag"),
        (TitleRegex("NOTA VAN WIJZIGING"), "nota-van-wijziging"),
        (TitleRegex("(?:NADERE |TWEEDE )?MEMORIE VAN ANTWOORD"), "memorie-van-antwoord"),
        (TitleRegex("MEMORIE VAN TOELICHTING"), "memorie-van-toelichting"),
        (TitleRegex("(?:NADER )?VOORLOPIG VERSLAG"), "voorlopig-verslag"),
        (TitleRegex("EINDVERSLAG"), "eindverslag"),
        (TitleRegex("(?:NADER )?GEWIJZIGDE MOTIE"), "gewijzigde-motie"),
        (TitleRegex("MOTIE"), "motie"),
        (TitleRegex("(?:GEWIJZIGD )?AMENDEMENT"), "amendement"),
        (TitleRegex("VOORSTEL VAN (?:RIJKS)?WET"), "voorstel-van-wet"),
        (TitleRegex("(?:NADER |TWEEDE NADER )?VERSLAG"), "verslag"),
    ];

    private static readonly (Regex Pattern, string Type)[] s_phrases =
    [
        (PhraseRegex(@"verslag\s+uit\s+van\s+het\s+gevoerde\s+nader\s+schriftelijk\s+overleg"), "verslag-nader-schriftelijk-overleg"),
        (PhraseRegex(@"verslag\s+uit\s+van\s+het\s+gevoerde\s+schriftelijk\s+overleg"), "verslag-schriftelijk-overleg"),
    ];

    /// <summary>The type named by a title in capitals, or <see langword="null"/>.</summary>
    public static string? FromTitle(string title)
    {
        ArgumentNullException.ThrowIfNull(title);
        foreach (var (pattern, type) in s_titles)
        {
            if (pattern.IsMatch(title))
            {
                return type;
            }
        }

        return null;
    }

    /// <summary>The type that a sentence of the body text gives away, or <see langword="null"/>.</summary>
    public static string? FromPhrases(IEnumerable<string> paragraphs)
    {
        ArgumentNullException.ThrowIfNull(paragraphs);
        foreach (var text in paragraphs)
        {
            foreach (var (pattern, type) in s_phrases)
            {
                if (pattern.IsMatch(text))
                {
                    return type;
                }
            }
        }

        return null;
    }

    private static Regex TitleRegex(string title) =>
        new(@"^" + title + @"\b", RegexOptions.CultureInvariant | RegexOptions.Compiled);

    private static Regex PhraseRegex(string phrase) =>
        new(phrase, RegexOptions.CultureInvariant | RegexOptions.IgnoreCase | RegexOptions.Compiled);
}
