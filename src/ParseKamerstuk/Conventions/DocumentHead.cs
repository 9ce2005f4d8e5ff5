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
}
