namespace ParseKamerstuk.Conventions;

/// <summary>
/// The head of a document: its title block (<c>Tweede Kamer der Staten-Generaal</c> / <c>Vergaderjaar 2023–2024</c> /
/// <c>36 410 XIV</c> / <c>Nr. 9</c> / <c>BRIEF VAN DE MINISTER …</c> / <c>Vastgesteld 15 juli 2024</c>), and the first
/// page after it, where a letter opens (<c>Aan de Voorzitter …</c>, <c>Geachte voorzitter,</c>) and a besluitenlijst
/// names its meeting. Each window counts paragraphs from the start of the document.
/// </summary>
internal static class DocumentHead
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
    /// <c>Nr.l</c>), <c>Zitting 1971-1972 - 11 500</c>, <c>ZITTING 1962—1963 — 7100, 7100 B</c>, and <c>Zitting 1977</c>, the
    /// extraordinary session after an election, whose vergaderjaar is the one year as printed.
    /// </summary>
    public const string SessionLine = @"(?:Vergaderjaar|VERGADERJAAR|Zitting|ZITTING)\s+(?<y1>1[89]\d\d|20\d\d)(?:\s?[-–—]\s?(?<y2>\d{4}))?"
        + @"(?:\s+[-–—]\s+(?<dossiers>" + SessionDossier + @"(?:\s*,\s*" + SessionDossier + @")*))?"
        + @"(?:\s+(?:Nr|nr|NR)\.\s*(?<nr>\d{1,4}[a-z]?|l\d{0,3}[a-z]?))?";

    /// <summary>A dossier on the session line: <c>11 500</c>, <c>7100 B</c>.</summary>
    public const string SessionDossier = @"\d{1,3}\s?\d{3}(?:\s+[A-Z]{1,3})?";
}
