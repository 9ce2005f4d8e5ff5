using System.Text.RegularExpressions;
using ParseKamerstuk.Conventions;
using ParseKamerstuk.Model;

namespace ParseKamerstuk.Segmentation.Rules;

/// <summary>
/// Decides the document type from the document's own words: its title in capitals
/// (<c>VERSLAG VAN EEN NADER SCHRIFTELIJK OVERLEG</c>, <c>MOTIE VAN HET LID …</c>), or, where the title page is
/// missing, the sentence a verslag uses to say what it reports
/// (<c>De commissie brengt bijgaand verslag uit van het gevoerde nader schriftelijk overleg</c>).
/// </summary>
internal static partial class DocumentTypeRule
{
    private const string Ordinal = @"(?:(?:TWEEDE|DERDE|VIERDE|VIJFDE|ZESDE|ZEVENDE|NADERE|NADER|GEWIJZIGDE|GEWIJZIGD|ADDENDUM\s+BIJ\s+(?:DE|HET))\s+)*";

    // Whom a list of questions is put to, or whose answers it gives: "VRAGEN AAN DE MINISTER VAN FINANCIËN",
    // "ANTWOORDEN VAN DEN MINISTER VAN OORLOG", "… AAN DE REGERING".
    private static readonly string s_government = @"\s*DEN?\s*" + Ocr("(?:MINISTER|STAATSSECRETARIS|REGERING|REGEERING)");

    private static readonly (Regex Pattern, DocumentType Type)[] s_titles =
    [
        (ContainedRegex(@",?\s*TEVENS\s+" + Ocr("EINDVERSLAG")), DocumentTypes.Eindverslag), // "VERSLAG VAN HET MONDELING OVERLEG, TEVENS EINDVERSLAG"
        (TitleRegex(Ocr("VERSLAG VAN EEN NADER SCHRIFTELIJK OVERLEG")), DocumentTypes.VerslagNaderSchriftelijkOverleg),
        (TitleRegex(Ocr("VERSLAG VAN EEN SCHRIFTELIJK OVERLEG")), DocumentTypes.VerslagSchriftelijkOverleg),
        (TitleRegex(Ocr("VERSLAG VAN (?:EEN|HET) MONDELING OVERLEG")), DocumentTypes.VerslagMondelingOverleg),
        (TitleRegex(Ocr("VERSLAG VAN (?:EEN|HET) ALGEMEEN OVERLEG")), DocumentTypes.VerslagAlgemeenOverleg),
        (TitleRegex(Ocr("LIJST VAN (?:VRAGEN EN )?ANTWOORDEN")), DocumentTypes.LijstVanVragenEnAntwoorden),
        (TitleRegex(Ocr("(?:LIJST VAN )?ANTWOORDEN VAN") + s_government), DocumentTypes.LijstVanVragenEnAntwoorden),
        (TitleRegex(Ocr("LIJST VAN (?:(?:AANVULLENDE|NADERE|FEITELIJKE) )?VRAGEN")), DocumentTypes.LijstVanVragen),
        (TitleRegex(Ocr("(?:(?:AANVULLENDE|NADERE|FEITELIJKE) )?VRAGEN AAN") + s_government), DocumentTypes.LijstVanVragen),
        (TitleRegex(Ordinal + "NOTA NAAR AANLEIDING VAN HET " + Ordinal + "(?:EIND)?VERSLAG"), DocumentTypes.NotaNaarAanleidingVanVerslag),
        (TitleRegex(Ordinal + "NOTA VAN WIJZIGING"), DocumentTypes.NotaVanWijziging),
        (TitleRegex(Ordinal + Ocr("MEMORIE VAN ANTWOORD")), DocumentTypes.MemorieVanAntwoord),
        (TitleRegex(Ordinal + Ocr("MEMORIE VAN TOELICHTING")), DocumentTypes.MemorieVanToelichting),
        (TitleRegex(Ordinal + "VOORLOPIG VERSLAG"), DocumentTypes.VoorlopigVerslag),
        (TitleRegex(Ordinal + "EINDVERSLAG"), DocumentTypes.Eindverslag),
        (TitleRegex(Ordinal + "MOTIE"), DocumentTypes.Motie),
        (TitleRegex(Ordinal + "AMENDEMENT"), DocumentTypes.Amendement),
        (TitleRegex(Ordinal + "VOORSTEL VAN (?:RIJKS)?WET"), DocumentTypes.VoorstelVanWet),
        (TitleRegex("BRIEF VAN"), DocumentTypes.Brief),
        (TitleRegex("BESLUITENLIJST"), DocumentTypes.Besluitenlijst),
        (ContainedRegex(Ocr("MEMORIE VAN TOELICHTING")), DocumentTypes.MemorieVanToelichting),
        (ContainedRegex(Ocr("LIJST VAN VRAGEN EN ANTWOORDEN")), DocumentTypes.LijstVanVragenEnAntwoorden),
        (TitleRegex(Ordinal + "VERSLAG"), DocumentTypes.Verslag),
    ];

    private static readonly (Regex Pattern, DocumentType Type)[] s_phrases =
    [
        (PhraseRegex(@"verslag\s+uit\s+van\s+het\s+gevoerde\s+nader\s+schriftelijk\s+overleg"), DocumentTypes.VerslagNaderSchriftelijkOverleg),
        (PhraseRegex(@"verslag\s+uit\s+van\s+het\s+gevoerde\s+schriftelijk\s+overleg"), DocumentTypes.VerslagSchriftelijkOverleg),
        (PhraseRegex(@"^Het\s+voorbereidend\s+onderzoek\s+van\s+dit\s+wetsvoorstel\s+geeft\s+de\s+commissies?\s+aanleiding"), DocumentTypes.Verslag),
    ];

    /// <summary>The type named by a title in capitals, or <see langword="null"/>.</summary>
    public static DocumentType? FromTitle(string title)
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

    /// <summary>
    /// The stuk's title in a paragraph of the head: the run of words in capitals, after an ondernummer
    /// (<c>Nr. 12</c>) or an Eerste Kamer letter (<c>A</c>), before a date line run into it
    /// (<c>MOTIE VAN HET LID KAMP Voorgesteld 22 december 1993</c>). <see langword="null"/> when it names no type.
    /// </summary>
    public static string? TitleIn(string paragraph)
    {
        ArgumentNullException.ThrowIfNull(paragraph);
        // The leading words without a lower-case letter, read word by word: a paragraph may be a whole page.
        var start = TitlePrefixRegex().Match(paragraph) is { Success: true } prefix ? prefix.Length : 0;
        var end = start;
        for (var i = start; i < paragraph.Length;)
        {
            while (i < paragraph.Length && paragraph[i] == ' ')
            {
                i++;
            }

            var word = i;
            var lower = false;
            while (i < paragraph.Length && paragraph[i] != ' ')
            {
                lower |= char.IsLower(paragraph[i]);
                i++;
            }

            if (i == word || lower)
            {
                break;
            }

            end = i;
        }

        if (end == start)
        {
            return null;
        }

        var title = string.Join(' ', paragraph[start..end].Split(' ', StringSplitOptions.RemoveEmptyEntries)).TrimEnd(',', ':', ';');
        var marker = title.Length;
        while (marker > 0 && char.IsDigit(title[marker - 1]))
        {
            marker--; // a footnote marker: "FINANCIËN1"
        }

        title = title[..marker];

        return title.Count(char.IsLetter) >= 5 && FromTitle(title) is not null ? title : null;
    }

    /// <summary>
    /// A title line in mixed case, as the committee's own document and the newer print give it:
    /// <c>Verslag van een schriftelijk overleg</c>, <c>Nota naar aanleiding van het verslag</c>, <c>Memorie van
    /// antwoord</c>, <c>Verslag</c>, perhaps with its date run in (<c>… Vastgesteld 12 maart 2024</c>). The whole line
    /// is the title: a capital, then words in lower case, all of them the words of a type, so that a sentence or a
    /// heading that mentions a verslag (<c>Verslag van de werkzaamheden</c>) is none. <see langword="null"/> otherwise.
    /// </summary>
    public static string? MixedCaseTitleIn(string paragraph)
    {
        ArgumentNullException.ThrowIfNull(paragraph);
        var text = DocumentHead.WithoutDateTail(paragraph);
        if (!MixedCaseTitleRegex().IsMatch(text))
        {
            return null;
        }

        var upper = text.ToUpperInvariant();
        foreach (var (pattern, type) in s_titles)
        {
            if (pattern.Match(upper) is { Success: true, Index: 0 } match)
            {
                // Moties, amendementen and letters have titles of their own ("Motie van het lid …").
                return match.Length == upper.Length && type is not (DocumentTypes.Motie or DocumentTypes.Amendement or DocumentTypes.Brief or DocumentTypes.Besluitenlijst) ? text : null;
            }
        }

        return null;
    }

    /// <summary>What the whole text says about the kind of document.</summary>
    /// <param name="texts">The paragraphs' texts.</param>
    /// <param name="runningLines">The running headers and footers.</param>
    public static DocumentType? FromEvidence(IReadOnlyList<string> texts, IReadOnlyList<string> runningLines)
    {
        ArgumentNullException.ThrowIfNull(texts);
        ArgumentNullException.ThrowIfNull(runningLines);

        // Handelingen: speakers' turns ("De voorzitter:", "De heer Kisteman (VVD):"), or the running head says so.
        if (SpeakerTurns(texts, atLeast: 3) || runningLines.Any(l => l.Contains("Handelingen", StringComparison.Ordinal) && !l.Contains("Aanhangsel", StringComparison.Ordinal)))
        {
            return DocumentTypes.Handelingen;
        }

        // An Aanhangsel's head: "Aanhangsel van de Handelingen" / "Vragen gesteld door de leden der Kamer, …".
        if (texts.Take(DocumentHead.TitleBlockParagraphs).Any(t => t.EndsWith("Aanhangsel van de Handelingen", StringComparison.Ordinal) || t.StartsWith("Vragen gesteld door", StringComparison.Ordinal)))
        {
            return DocumentTypes.AntwoordKamervragen;
        }

        // Besluitenlijst: "Besluitenlijst van de procedurevergadering …", "Voortouwcommissie:", "Besluit: …".
        var decisions = texts.Count(t => t.StartsWith("Besluit:", StringComparison.Ordinal) || t.StartsWith("Besluiten:", StringComparison.Ordinal));
        if (texts.Take(DocumentHead.FirstPageParagraphs).Any(t => t.StartsWith("Besluitenlijst", StringComparison.Ordinal) || t.StartsWith("Voortouwcommissie", StringComparison.Ordinal)) || decisions >= 2)
        {
            return DocumentTypes.Besluitenlijst;
        }

        return null;
    }

    // Counting stops at the number needed: the text of a Handelingen is long and full of turns.
    private static bool SpeakerTurns(IReadOnlyList<string> texts, int atLeast)
    {
        var count = 0;
        foreach (var text in texts)
        {
            if (!text.Contains(':', StringComparison.Ordinal))
            {
                continue;
            }

            foreach (var _ in SpeakerRegex().EnumerateMatches(text))
            {
                if (++count >= atLeast)
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>The type that a sentence of the body text gives away, or <see langword="null"/>.</summary>
    public static DocumentType? FromPhrases(IEnumerable<string> paragraphs)
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

    // "Verslag van een schriftelijk overleg", "Memorie van antwoord", "Verslag": a capital, then lower case.
    [GeneratedRegex(@"^\p{Lu}\p{Ll}+(?: \p{Ll}+){0,7}$")]
    private static partial Regex MixedCaseTitleRegex();

    [GeneratedRegex(@"^(?:Nr\.\s*\d+[a-z]?\s+|[A-Z]{1,2}\s+(?=[A-Z]{3}))")]
    private static partial Regex TitlePrefixRegex();

    // "De voorzitter:", "De heer Kisteman (VVD):", "Mevrouw Kröger (GroenLinks):", "Minister Ollongren:".
    [GeneratedRegex(@"(?:^|[.?!]\s|\s)(?:De\s+voorzitter|De\s+heer\s+[\p{L} .'-]{2,40}?\s*\([^)]{1,30}\)|Mevrouw\s+[\p{L} .'-]{2,40}?\s*\([^)]{1,30}\)|(?:Minister|Staatssecretaris)\s+[\p{L} .'-]{2,40}?)\s*:")]
    private static partial Regex SpeakerRegex();

    /// <summary>
    /// A title in capitals as OCR of the older print may read it: a pattern whose letters take the forms OCR gives
    /// them. <c>IJ</c> may be read as <c>U</c> or with a digit or bar for the <c>I</c> (<c>LUST</c>, <c>L1JST</c>), an
    /// <c>I</c> as <c>1</c>, <c>l</c> or <c>!</c>, an <c>N</c> as <c>IM</c>, <c>IN</c> or <c>X</c> (<c>EIM</c>,
    /// <c>VAIM</c>, <c>VAX</c>), an <c>O</c> as <c>0</c>; a space may be lost. Regex syntax in the pattern stays as it is.
    /// </summary>
    internal static string Ocr(string pattern)
    {
        var result = new System.Text.StringBuilder(pattern.Length * 4);
        for (var i = 0; i < pattern.Length; i++)
        {
            var c = pattern[i];
            if (c == 'I' && i + 1 < pattern.Length && pattern[i + 1] == 'J')
            {
                result.Append("(?:[I1l!|]J|U)");
                i++;
                continue;
            }

            result.Append(c switch
            {
                'I' => "[I1l!|]",
                'N' => "(?:N|I[MN]|X)",
                'O' => "[O0]",
                ' ' => @"\s*",
                _ => c.ToString(),
            });
        }

        return result.ToString();
    }

    private static Regex ContainedRegex(string title) =>
        new(@"\b" + title + @"\b", RegexOptions.CultureInvariant | RegexOptions.Compiled);

    private static Regex TitleRegex(string title) =>
        new(@"^" + title + @"\b", RegexOptions.CultureInvariant | RegexOptions.Compiled);

    private static Regex PhraseRegex(string phrase) =>
        new(phrase, RegexOptions.CultureInvariant | RegexOptions.IgnoreCase | RegexOptions.Compiled);
}
