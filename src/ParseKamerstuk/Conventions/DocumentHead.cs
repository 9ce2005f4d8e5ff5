using System.Text.RegularExpressions;

namespace ParseKamerstuk.Conventions;

/// <summary>
/// The head of a document: its title block (<c>Tweede Kamer der Staten-Generaal</c> / <c>Vergaderjaar 2023–2024</c> /
/// <c>36 410 XIV</c> / <c>Nr. 9</c> / <c>BRIEF VAN DE MINISTER …</c> / <c>Vastgesteld 15 juli 2024</c>), and the first
/// page after it, where a letter opens (<c>Aan de Voorzitter …</c>, <c>Geachte voorzitter,</c>) and a besluitenlijst
/// names its meeting. Each window counts paragraphs from the start of the document.
/// </summary>
internal static partial class DocumentHead
{
    /// <summary>
    /// The paragraphs the title block may take: its lines stand each on a line of its own there, however the text was
    /// wrapped; the Aanhangsel prints its head there (<c>Aanhangsel van de Handelingen</c> / <c>Vragen gesteld door …</c>);
    /// after them the title block closes with what it has read.
    /// </summary>
    public const int TitleBlockParagraphs = 14;

    /// <summary>The paragraphs in which a letter's salutation (<c>Geachte voorzitter,</c>) shows the document is a letter.</summary>
    public const int SalutationParagraphs = 15;

    /// <summary>
    /// The paragraphs of the first page: the stuk's title when the title block did not give it, a letter's addressee
    /// before any letter heading, a besluitenlijst's head.
    /// </summary>
    public const int FirstPageParagraphs = 40;

    /// <summary>
    /// The title block's vergaderjaar line, with the groups <c>y1</c> and <c>y2</c>: <c>Vergaderjaar 2024–2025</c>,
    /// <c>Zitting 1978-1979</c>. The running footer prints it in lower case (<see cref="RunningLines.FooterStart"/>).
    /// </summary>
    public const string Vergaderjaar = @"(?:Vergaderjaar|Zitting)\s+(?<y1>\d{4})\s?[-–]\s?(?<y2>\d{4})";

    /// <summary>
    /// The session line of the title block, with the groups <c>y1</c>, <c>y2</c> (absent for a one-year session),
    /// <c>dossiers</c> and <c>nr</c>: <c>Vergaderjaar 2024–2025</c>; the older print's <c>Zitting 1982-1983 Nr. 139c</c> (OCR:
    /// <c>Nr.l</c>), <c>Zitting 1971-1972 - 11 500</c> (OCR: <c>-11 500</c>, <c>1969-1970-9716</c>), <c>ZITTING 1962—1963 — 7100,
    /// 7100 B</c>, <c>Zitting 1972-1973 -12 137, 12 138 en 12 247 (R886)</c>, and <c>Zitting 1977</c>, the
    /// extraordinary session after an election, whose vergaderjaar is the one year as printed.
    /// </summary>
    public const string SessionLine = @"(?:Vergaderjaar|VERGADERJAAR|Zitting|ZITTING)\s+(?<y1>1[89]\d\d|20\d\d)(?:\s?[-–—]\s?(?<y2>\d{4}))?"
        + @"(?:\s*[-–—]\s*(?<dossiers>" + SessionDossier + @"(?:(?:" + SessionDossierSeparator + ")" + SessionDossier + @")*))?"
        + @"(?:\s+(?:Nr|nr|NR)\.\s*(?<nr>\d{1,4}[a-z]?|l\d{0,3}[a-z]?))?";

    /// <summary>
    /// The date a title line may end with: <c>VERSLAG Vastgesteld 25 november 1994</c>, <c>MOTIE VAN … Voorgesteld 6 juli
    /// 1993</c>, the older print's <c>MEMORIE VAN ANTWOORD (Ingezonden 7 juli 1966)</c> and <c>(Ingezonden bij brief van
    /// 16 december 1970)</c>.
    /// </summary>
    public const string TitleDateTail = @"\s\(?(?:Voorgesteld|Vastgesteld|Ontvangen|Ingezonden)(?:\s+bij\s+brief\s+van)?\s+\d{1,2}\s+\p{L}+\s+\d{4}\)?\.?$";

    /// <summary><paramref name="line"/> without the date it ends with (<see cref="TitleDateTail"/>).</summary>
    public static string WithoutDateTail(string line)
    {
        ArgumentNullException.ThrowIfNull(line);
        var end = line.AsSpan().TrimEnd(").");
        if (end.IsEmpty || !char.IsAsciiDigit(end[^1]))
        {
            return line.Trim(); // no year at the end: no date (and no regular expression run over every line)
        }

        var match = TitleDateTailRegex().Match(line);
        return (match.Success ? line[..match.Index] : line).Trim();
    }

    [GeneratedRegex(TitleDateTail)]
    private static partial Regex TitleDateTailRegex();

    /// <summary>
    /// A dossier on the session line, with the groups <c>n</c> and <c>suffix</c>: <c>11 500</c>, <c>7100 B</c>, a Rijkswet
    /// <c>10 983 (R 758)</c>.
    /// </summary>
    public const string SessionDossier = @"(?<n>\d{1,3}\s?\d{3})(?:\s+(?<suffix>[A-Z]{1,3}))?(?:\s*\(R\s?\d+\))?";

    /// <summary>Between the dossiers on the session line: <c>12 137, 12 138 en 12 247</c>.</summary>
    public const string SessionDossierSeparator = @"\s*,\s*|\s+en\s+";

    /// <summary>
    /// The vergaderjaar of a match with the groups <c>y1</c> (OCR may split it: <c>1 988</c>) and <c>y2</c>, absent for a
    /// one-year session: <c>1988-1989</c>, <c>1977</c>.
    /// </summary>
    public static string VergaderjaarOf(Match match)
    {
        ArgumentNullException.ThrowIfNull(match);
        var y1 = match.Groups["y1"].Value.Replace(" ", string.Empty, StringComparison.Ordinal);
        return match.Groups["y2"].Success ? $"{y1}-{match.Groups["y2"].Value}" : y1;
    }
}
