using System.Text.RegularExpressions;
using ParseKamerstuk.Conventions;

namespace ParseKamerstuk.Text;

/// <summary>
/// Groups lines into paragraphs. A paragraph ends at a blank line; at a line that ends a sentence and leaves room
/// for the next line's first word (the typesetter would have put it there otherwise); and before a line that
/// starts a structure of its own (a numbered item after a sentence end, "Vraag 1", "Vragen van het lid …", a heading
/// in capitals, a composition footnote, the next footnote of a run, a letter's addressee). Some lines stand alone:
/// a bare "Antwoord", a letter's place and date, a committee's signature, the numbers of a list of questions counting
/// up from 1, and in the first paragraphs the title block's lines. Text with one
/// paragraph per line (web page text, OCR) keeps its lines as paragraphs.
/// </summary>
internal static partial class ParagraphBuilder
{
    /// <summary>Builds the paragraphs of <paramref name="lines"/>.</summary>
    public static IReadOnlyList<Paragraph> Build(IReadOnlyList<SourceLine> lines)
    {
        ArgumentNullException.ThrowIfNull(lines);
        var dehyphenator = new Dehyphenator(lines.Select(l => l.Text));
        var lengths = MeasuredLengths(lines);
        var width = ColumnWidth(lengths);
        var onePerLine = IsOneParagraphPerLine(lines, lengths, width);
        var paragraphs = new List<Paragraph>();
        var current = new List<SourceLine>();

        // A list of questions and answers may print its numbers on lines of their own, counting up ("1" / "Kunt u …?" /
        // "Antwoord:" / … / "2"): the next number of that count stands alone. Any other number on a line continues
        // the paragraph (a page number in the flow: "… voor een aantal" / "2" / "van de DRC").
        var nextLone = 1;
        var afterLone = false;

        void Close()
        {
            if (current.Count > 0)
            {
                paragraphs.Add(new Paragraph(current.ToArray(), dehyphenator));
                current.Clear();
            }
        }

        foreach (var line in lines)
        {
            if (line.IsBlank)
            {
                Close();
                continue;
            }

            var lone = LoneNumberRegex().IsMatch(line.Text) && int.Parse(line.Text.TrimEnd('.'), System.Globalization.CultureInfo.InvariantCulture) == nextLone
                && (current.Count == 0 || !NumberReferenceEndRegex().IsMatch(current[^1].Text));
            if (current.Count > 0 && (lone || afterLone || EndsParagraph(current[^1], line, width, onePerLine, current[0])
                || (paragraphs.Count < DocumentHead.TitleBlockParagraphs && EndsTitleBlockLine(current[^1].Text, line.Text))))
            {
                Close();
            }

            afterLone = lone;
            nextLone += lone ? 1 : 0;
            current.Add(line);
        }

        Close();
        return paragraphs;
    }

    /// <summary>
    /// Whether a title-block line ends here, however the text was wrapped: "Tweede Kamer der Staten-Generaal",
    /// "Vergaderjaar 2023–2024", "Nr. 4" and the date line ("Vastgesteld 15 juli 2024") stand alone, and the dossier
    /// ("36 537 Voorstel van het lid …", whose title may wrap) starts a paragraph.
    /// </summary>
    internal static bool EndsTitleBlockLine(string previous, string line) =>
        TitleLineRegex().IsMatch(line) || DossierLineRegex().IsMatch(line) || TitleLineRegex().IsMatch(previous);

    // The lengths of the lines whose fill the reader does not know (text input), in ascending order.
    private static int[] MeasuredLengths(IReadOnlyList<SourceLine> lines) =>
        lines.Where(l => !l.IsBlank && l.Fill is null).Select(l => l.Text.Length).Order().ToArray();

    // The length below which the given share of the lines falls, at least 30.
    private static int Percentile(int[] sortedLengths, double share) =>
        Math.Max(30, sortedLengths[(int)Math.Floor((sortedLengths.Length - 1) * share)]);

    /// <summary>Estimates the width of the text column in characters: a high percentile of line lengths.</summary>
    internal static int ColumnWidth(int[] sortedLengths) => sortedLengths.Length == 0 ? 80 : Percentile(sortedLengths, 0.95);

    /// <summary>
    /// Whether the text keeps each paragraph on one line (web page text, OCR) rather than wrapping it at a column width.
    /// Wrapped text fills most lines to near the column width; one-per-line text has lines of every length.
    /// </summary>
    internal static bool IsOneParagraphPerLine(IReadOnlyList<SourceLine> lines, int[] sortedLengths, int width)
    {
        if (sortedLengths.Length == 0)
        {
            return false;
        }

        var full = sortedLengths.Count(n => n >= width * 0.75);
        var onePerLine = width > 160 || full * 10 < sortedLengths.Length * 4;
        if (!onePerLine)
        {
            return false;
        }

        // Wrapped text in which a converter ran some lines together ("… de uithongerings-tactieken en de bedreigende taal
        // van de Azerbeidzjaanse president Alijev geen"): a few overlong lines raise the 95th percentile, but most lines
        // still fill a printed column (at most 120 characters) and run on without blank lines between them.
        var typical = Percentile(sortedLengths, 0.8);
        var fillTypical = sortedLengths.Count(n => n >= typical * 0.75);
        var runOn = 0;
        for (var i = 0; i + 1 < lines.Count; i++)
        {
            runOn += !lines[i].IsBlank && !lines[i + 1].IsBlank ? 1 : 0;
        }

        return !(typical <= 120 && fillTypical * 10 >= sortedLengths.Length * 6 && runOn * 2 > sortedLengths.Length);
    }

    private static bool EndsParagraph(SourceLine previous, SourceLine line, int width, bool onePerLine, SourceLine first)
    {
        var prev = previous.Text;
        var hyphenated = prev.EndsWith('-') && !prev.EndsWith(" -", StringComparison.Ordinal);
        if (onePerLine)
        {
            return !hyphenated;
        }

        if (previous.Note != line.Note || line.Page != previous.Page && (previous.Note || line.Note))
        {
            return true;
        }

        var sentenceEnd = EndsSentence(prev);
        var roomLeft = HasRoomForNextWord(previous, line, width);

        // 1. Structures that always start on a line of their own.
        if (CompositionFootnoteRegex().IsMatch(line.Text) || QuestionLabels.StartsLabel(line.Text) || KamervragenHeadRegex().IsMatch(line.Text))
        {
            return true;
        }

        // A committee's signature ("De griffier van de commissie, Meijers") stands on a line of its own.
        if (CommitteeSignatureRegex().IsMatch(prev) || (CommitteeSignatureRegex().IsMatch(line.Text) && !hyphenated))
        {
            return true;
        }

        // A bare label ("Antwoord", "Vraag:") stands on a line of its own, as does a letter's place and date
        // ("Den Haag, 20 december 2024"); its addressee ("Aan de Voorzitter van de Tweede Kamer …") starts a paragraph.
        if (QuestionLabels.IsBare(prev) || QuestionLabels.IsBare(line.Text)
            || PlaceDateLineRegex().IsMatch(prev) || PlaceDateLineRegex().IsMatch(line.Text)
            || (AddresseeLineRegex().IsMatch(line.Text) && !hyphenated))
        {
            return true;
        }

        // The next footnote of a run at a page bottom: "1 Motie van het lid …" / "2 Antwoorden op schriftelijke vragen …".
        if (NextFootnote(first.Text, line.Text) && !hyphenated)
        {
            return true;
        }

        // A line in capitals (a title, a letter heading) starts a paragraph, and the line after it starts another.
        if (IsCapitalsLine(line.Text) != IsCapitalsLine(prev) && !hyphenated)
        {
            return true;
        }

        if (NumberedItemRegex().IsMatch(line.Text) && (sentenceEnd || roomLeft) && !hyphenated)
        {
            return true;
        }

        // 2. A line that ends a sentence and leaves room for the next word ends the paragraph;
        //    a label such as "1 Samenstelling:" or "Leden:" introduces what follows instead.
        if (sentenceEnd && roomLeft && !LabelRegex().IsMatch(prev))
        {
            return true;
        }

        // 3. A footnote at a page bottom ends at the page join.
        return line.StartsPage && FootnoteStartRegex().IsMatch(first.Text) && roomLeft;
    }

    private static bool HasRoomForNextWord(SourceLine previous, SourceLine line, int width)
    {
        if (previous.Fill is { } fill)
        {
            return fill < 0.85;
        }

        var next = line.Text;
        var space = next.IndexOf(' ', StringComparison.Ordinal);
        var firstWord = space < 0 ? next.Length : space;
        return previous.Text.Length + 1 + firstWord < width - 1;
    }

    internal static bool EndsSentence(string text)
    {
        var trimmed = text.TrimEnd('»', '”', '"', '’', ')', ' ');
        return trimmed.Length > 0 && trimmed[^1] is '.' or '?' or '!' or ':' or ';';
    }

    /// <summary>Whether a line is set in capitals (a letter heading, a title).</summary>
    internal static bool IsCapitalsLine(string text)
    {
        if (text.StartsWith("Nr. ", StringComparison.Ordinal))
        {
            text = text[4..]; // "Nr. 1366 MOTIE VAN …"
        }

        var letters = 0;
        foreach (var c in text)
        {
            if (char.IsLetter(c))
            {
                if (char.IsLower(c))
                {
                    return false;
                }

                letters++;
            }
        }

        return letters >= 4;
    }

    [GeneratedRegex(@"^\d{1,3}[.)]\s+\S")]
    private static partial Regex NumberedItemRegex();

    private static bool NextFootnote(string first, string line)
    {
        var current = FootnoteNumberRegex().Match(first);
        var next = current.Success ? FootnoteNumberRegex().Match(line) : Match.Empty;
        return next.Success
            && int.Parse(next.Groups["n"].ValueSpan, provider: System.Globalization.CultureInfo.InvariantCulture)
                == int.Parse(current.Groups["n"].ValueSpan, provider: System.Globalization.CultureInfo.InvariantCulture) + 1;
    }

    // The lines that open an answer to Kamervragen: "Vragen van het lid Kostić (PvdD) aan …", "Antwoord van Minister
    // Van der Wal-Zeggelink (…)", "Mededeling van minister …".
    [GeneratedRegex("^(?:" + QuestionLabels.Questions + @"\s+van\s+(?:het\s+lid|de\s+leden)\s|(?:" + QuestionLabels.Answer + @"|Mededeling)\s+van\s+(?:de\s+)?(?:[Mm]inister|[Ss]taatssecretaris)\b)")]
    private static partial Regex KamervragenHeadRegex();

    [GeneratedRegex(@"^(?:(?:Tweede|Eerste)\s+Kamer\s+der\s+Staten-Generaal$|" + DocumentHead.Vergaderjaar + @"$|(?:Nr|nr|NR)\.\s*\d{1,4}[a-z]?$|(?:Vastgesteld|Ontvangen|Voorgesteld)(?:\s+op)?\s+\d{1,2}\s+\p{Ll}+\s+\d{4}$)")]
    private static partial Regex TitleLineRegex();

    [GeneratedRegex(@"^\d{2}\s\d{3}(?:\s+[A-Z]{1,6})?(?:\s+\p{Lu}\p{Ll}|$)")]
    private static partial Regex DossierLineRegex();

    [GeneratedRegex(@"^(?:Den\s+Haag|['’]?s-Gravenhage|\p{Lu}[\p{Ll}-]+),\s+\d{1,2}\s*(?:" + DutchDates.MonthNames + @")\s+\d{4}\.?$")]
    private static partial Regex PlaceDateLineRegex();

    [GeneratedRegex(@"^Aan\s+de\s+(?:[Vv]oorzitter|[Mm]inister|[Ss]taatssecretaris|[Ll]eden|[Vv]aste\s+commissie)\b")]
    private static partial Regex AddresseeLineRegex();

    [GeneratedRegex(@"^\d{1,3}\.?$")]
    private static partial Regex LoneNumberRegex();

    // A line that a number goes on from: "… 29665, nr." / "482.".
    [GeneratedRegex(@"(?:\b(?:nrs?|blz|p|art|artikel|nummer)\.?|[,-])$")]
    private static partial Regex NumberReferenceEndRegex();

    [GeneratedRegex(@"^De\s+(?:voorzitter|ondervoorzitter|griffier|adjunct-griffier)\s+van\s+de\s+(?:vaste\s+|bijzondere\s+|tijdelijke\s+)?commissie,\s+\S.{0,60}$")]
    private static partial Regex CommitteeSignatureRegex();

    [GeneratedRegex(@"^(?<n>[1-9]\d?)\s+\p{Lu}")]
    private static partial Regex FootnoteNumberRegex();

    [GeneratedRegex(@"^\S{1,2}\s+Samenstelling\b")]
    private static partial Regex CompositionFootnoteRegex();

    [GeneratedRegex(@"(?:^|\s)(?:Samenstelling|Leden|Plv\. leden|Plaatsvervangende leden):$")]
    private static partial Regex LabelRegex();

    [GeneratedRegex(@"^\d{1,3}\s+\S")]
    private static partial Regex FootnoteStartRegex();
}
