using System.Text.RegularExpressions;
using ParseKamerstuk.Conventions;
using ParseKamerstuk.Model;
using ParseKamerstuk.Text;

namespace ParseKamerstuk.Segmentation.Rules;

/// <summary>
/// The title block at the head of a Kamerstuk:
/// <c>Tweede Kamer der Staten-Generaal</c> / <c>Vergaderjaar 2024–2025</c> / <c>28 286 Dierenwelzijn</c> (dossier number,
/// suffix, title; a stuk may belong to several dossiers) / <c>Nr. 1366 MOTIE VAN DE LEDEN HOLMAN EN VAN CAMPEN</c>
/// (ondernummer and the stuk's title, on one line or two; an Eerste Kamer stuk has a letter instead, as in
/// <c>AB VERSLAG VAN EEN NADER SCHRIFTELIJK OVERLEG</c>) / <c>Voorgesteld 5 december 2024</c>. The Eerste Kamer numbers
/// some of its own dossiers in Roman numerals, and letters their stukken: <c>CXXIV Verslag van de Tijdelijke Commissie
/// Werkwijze Eerste Kamer</c> / <c>G BRIEF VAN DE VOORZITTER VAN DE EERSTE KAMER DER STATEN-GENERAAL</c>
/// (<c>kst-CXXIV-G</c>). The Aanhangsel van de Handelingen heads its pages <c>Vergaderjaar 2023–2024 Aanhangsel van de
/// Handelingen</c> and <c>Vragen gesteld door de leden der Kamer, …</c>.
/// </summary>
public sealed partial class TitleBlockRule : IParagraphRule, IParagraphStarts
{
    // In the first paragraphs, a title-block line ends there however the text was wrapped: "Tweede Kamer der
    // Staten-Generaal", "Vergaderjaar 2023–2024", "Nr. 4" and the date line ("Vastgesteld 15 juli 2024") stand alone, and
    // the dossier ("36 537 Voorstel van het lid …", whose title may wrap) starts a paragraph.
    bool IParagraphStarts.StartsParagraph(in LineJoin join) =>
        join.Previous is { } previous && join.ParagraphIndex < DocumentHead.TitleBlockParagraphs
        && (TitleLineRegex().IsMatch(join.Line.Text) || DossierLineRegex().IsMatch(join.Line.Text) || TitleLineRegex().IsMatch(previous.Text));

    // Text rendered from the official layout puts each cell of the title block on a line of its own: "Kamerstukken" /
    // "29 544" / "VII" / the dossier title / "Nr." / "1203" / "MOTIE VAN HET LID …" / "Voorgesteld" / "3 oktober 2023".
    // A label cell introduces its value ("Nr." + "1203", "Voorgesteld" + the date), and a bare dossier number its
    // budget chapter or suffix, which introduces the title, so that the block reads as it is printed on one line. (A
    // bare number before a title, or before the next number of a list of dossiers, stays as it is.)
    // The dossier's cells may split its number too: "21 501" / "-" / "02".
    bool IParagraphStarts.Introduces(in LineJoin join) =>
        join.ParagraphIndex < DocumentHead.TitleBlockParagraphs
        && (LabelCellRegex().IsMatch(join.Previous!.Text)
            || (join.First is { } first && BareDossierCellRegex().IsMatch(first.Text)
                && (ReferenceEquals(first, join.Previous) ? DossierPartCellRegex().IsMatch(join.Line.Text) : DossierPartCellRegex().IsMatch(join.Previous.Text))
                && !TitleLineRegex().IsMatch(join.Line.Text) && !LabelCellRegex().IsMatch(join.Line.Text)));

    /// <inheritdoc/>
    public RuleResult Apply(SegmentationContext context, Paragraph paragraph, string text, IReadOnlyList<string> footnotes)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(paragraph);
        var block = context.TitleBlock;
        var state = context.StateOf<State>();

        // A letter's title over two lines: "BRIEF VAN DE MINISTER VAN WELZIJN, VOLKSGEZONDHEID" / "EN CULTUUR".
        if (state.TitleLetter is { } titled)
        {
            state.TitleLetter = null;
            if (ParagraphBuilder.IsCapitalsLine(text) && TitleContinuationRegex().IsMatch(text))
            {
                block.Title += " " + text.TrimEnd(' ', '.');
                titled.Heading = block.Title;
                context.AddBlock("heading", text, paragraph, footnotes);
                return RuleResult.Continue;
            }
        }

        if (state.Closed || context.Blocks.Count >= DocumentHead.TitleBlockParagraphs || context.Letters.Count > 0)
        {
            state.Closed = true;
            return RuleResult.None;
        }

        // The stuk's title on the line after "Nr. 1366".
        if (state.ExpectTitle)
        {
            state.ExpectTitle = false;
            var candidate = DocumentHead.WithoutDateTail(text);
            if (ParagraphBuilder.IsCapitalsLine(candidate))
            {
                block.Title = candidate;
                context.AddBlock("heading", text, paragraph, footnotes);
                OpenLetter(context, candidate);
                return RuleResult.Continue;
            }

            // "21 122" / "21 281" / "Nr. 48" / "Een regeling voor …" / "Wijziging van …": the dossiers' titles after the number.
            state.ExpectDossierTitle = block.Dossiers.Exists(d => d.Title is null);
        }

        // A dossier's title on the line after its number. OCR of the older print may give the numbers of several dossiers
        // first and their titles after them ("14 472 (R 1071)" / "15 451" / "Goedkeuring …" / "Verlenging …"): each title
        // goes to the first dossier still without one.
        if (state.ExpectDossierTitle)
        {
            state.ExpectDossierTitle = false;
            if (!NumberRegex().IsMatch(text) && !DossierRegex().IsMatch(text) && !ParagraphBuilder.IsCapitalsLine(text) && text.Length < 400)
            {
                var untitled = block.Dossiers.FindIndex(d => d.Title is null);
                block.Dossiers[untitled] = block.Dossiers[untitled] with { Title = text.TrimEnd('.') };
                AddTrailingDossier(block, untitled);
                AddBudgetChapters(block, untitled);
                state.ExpectDossierTitle = block.Dossiers.Exists(d => d.Title is null);

                // Where the session line gave the number, the stuk's title follows the dossiers' titles.
                state.ExpectTitle = !state.ExpectDossierTitle && state.NumberOnSessionLine && block.Title is null;
                context.AddBlock("heading", text, paragraph, footnotes);
                return RuleResult.Continue;
            }
        }

        // "GEWIJZIGDE MOTIE VAN HET LID CLAASSEN" / "Ter vervanging van die gedrukt onder nr. 8": one title.
        if (block.Title is not null && ReplacementRegex().IsMatch(text))
        {
            block.Title += " " + text.ToUpperInvariant().TrimEnd('.');
            context.AddBlock("heading", text, paragraph, footnotes);
            return RuleResult.Continue;
        }

        var chamber = ChamberRegex().Match(text);
        if (chamber.Success)
        {
            block.Chamber = Chambers.FromHouse(chamber.Groups["house"].Value);
            context.AddBlock("heading", text, paragraph, footnotes);
            return RuleResult.Continue;
        }

        var year = SessionLineRegex().Match(text);
        if (year.Success)
        {
            state.NumberOnSessionLine = ReadSessionLine(block, year);
            state.ExpectDossierTitle = block.Dossiers.Exists(d => d.Title is null);
            context.AddBlock("heading", text, paragraph, footnotes);
            return RuleResult.Continue;
        }

        // The Aanhangsel's title line, alone or after the vergaderjaar, and its subtitle ("Vragen gesteld door de leden der
        // Kamer, met de daarop door de regering gegeven antwoorden"): a title, not a section of the text.
        var aanhangsel = AanhangselRegex().Match(text);
        if (aanhangsel.Success)
        {
            if (aanhangsel.Groups["y1"].Success)
            {
                block.Vergaderjaar ??= $"{aanhangsel.Groups["y1"].Value}-{aanhangsel.Groups["y2"].Value}";
            }

            context.AddBlock("heading", text, paragraph, footnotes);
            return RuleResult.Continue;
        }

        var dossier = DossierRegex().Match(text);
        if (!dossier.Success && block.Dossiers.Count == 0 && RomanDossierRegex().Match(text) is { Success: true } roman && IsRomanDossier(roman.Groups["n"].Value))
        {
            dossier = roman;
        }

        if (dossier.Success && (block.Ondernummer is null || state.NumberOnSessionLine))
        {
            // The printer's line at the page's foot repeats the dossier ("12 000 XV, XVIII 10"): no second dossier.
            var dossierNumber = dossier.Groups["n"].Value.Replace(" ", string.Empty, StringComparison.Ordinal);
            var suffix = dossier.Groups["suffix"].Success ? dossier.Groups["suffix"].Value : null;
            if (!block.Dossiers.Exists(d => d.Number == dossierNumber && d.Suffix == suffix))
            {
                var title = dossier.Groups["title"].Success ? dossier.Groups["title"].Value.Trim() : null;
                block.Dossiers.Add(new Dossier(dossierNumber, suffix, title));
                if (title is not null)
                {
                    AddTrailingDossier(block, block.Dossiers.Count - 1);
                    AddBudgetChapters(block, block.Dossiers.Count - 1);
                }
            }

            state.ExpectDossierTitle = block.Dossiers.Exists(d => d.Title is null);
            context.AddBlock("heading", text, paragraph, footnotes);
            return RuleResult.Continue;
        }

        var number = NumberRegex().Match(text);
        if (!number.Success && block.Dossiers.Count > 0 && !state.ExpectDossierTitle)
        {
            number = LetterRegex().Match(text);
        }

        if (number.Success && block.Ondernummer is null)
        {
            block.Ondernummer = OcrNumber(number.Groups["nr"].Value);
            if (number.Groups["title"].Success)
            {
                block.Title = DocumentHead.WithoutDateTail(number.Groups["title"].Value.Trim());
            }
            else
            {
                state.ExpectTitle = true;
            }

            context.AddBlock("heading", text, paragraph, footnotes);
            if (number.Groups["title"].Success)
            {
                OpenLetter(context, block.Title!);
            }

            return RuleResult.Continue;
        }

        return RuleResult.None;
    }

    // OCR of a head with several dossiers may run the next dossier's number onto the end of the title line before it
    // ("14 472" / "Goedkeuring van het op 5 mei 1976 gesloten Verdrag 15 451" / "Verlenging van de termijn …"): that
    // number is the next dossier, whose title follows.
    private static void AddTrailingDossier(TitleBlockState block, int index)
    {
        var trailing = TrailingDossierRegex().Match(block.Dossiers[index].Title!);
        if (trailing.Success)
        {
            block.Dossiers[index] = block.Dossiers[index] with { Title = trailing.Groups["title"].Value.TrimEnd('.') };
            block.Dossiers.Insert(index + 1, new Dossier(trailing.Groups["n"].Value.Replace(" ", string.Empty, StringComparison.Ordinal), null, null));
        }
    }

    // A budget chapter on the line after the budget's number ("18 600" / "Hoofdstuk VII Ministerie van …") is the
    // dossier's suffix; a second chapter ("… Hoofdstuk X Ministerie van Defensie") is a second dossier of that number.
    private static void AddBudgetChapters(TitleBlockState block, int index)
    {
        var dossier = block.Dossiers[index];
        var chapters = BudgetChapters.Read(dossier.Title!);
        if (chapters.Count == 0 || (dossier.Suffix is not null && dossier.Suffix != chapters[0].Chapter))
        {
            return;
        }

        block.Dossiers[index] = dossier with { Suffix = chapters[0].Chapter, Title = chapters.Count > 1 ? chapters[0].Title : dossier.Title };
        block.Dossiers.InsertRange(index + 1, chapters.Skip(1).Select(c => dossier with { Suffix = c.Chapter, Title = c.Title }));
    }

    // The session line: "Vergaderjaar 2024–2025". The older print puts more on it: the stuk's number ("Zitting 1982-1983
    // Nr. 139c", OCR "Nr.l" for "Nr. 1"), or the dossiers ("Zitting 1971-1972 - 11 500", "ZITTING 1962—1963 — 7100, 7100 B").
    // An extraordinary session after an election is one year, "Zitting 1977", and that is its vergaderjaar as printed.
    // Returns whether the line gave the stuk's number (the dossiers then follow it).
    private static bool ReadSessionLine(TitleBlockState block, Match line)
    {
        block.Vergaderjaar = DocumentHead.VergaderjaarOf(line);
        if (line.Groups["dossiers"].Success && block.Dossiers.Count == 0)
        {
            foreach (var part in SessionListRegex().Split(line.Groups["dossiers"].Value))
            {
                var dossier = SessionDossierRegex().Match(part.Trim());
                block.Dossiers.Add(new Dossier(
                    dossier.Groups["n"].Value.Replace(" ", string.Empty, StringComparison.Ordinal),
                    dossier.Groups["suffix"].Success ? dossier.Groups["suffix"].Value : null,
                    null));
            }
        }

        if (line.Groups["nr"].Success && block.Ondernummer is null)
        {
            block.Ondernummer = OcrNumber(line.Groups["nr"].Value);
            return true;
        }

        return false;
    }

    // OCR reads a leading digit 1 as a letter l: "Nr.l", "Nr. l2".
    private static string OcrNumber(string number) => number.StartsWith('l') ? "1" + number[1..] : number;

    // A stuk that is a letter ("BRIEF VAN DE MINISTER VAN …") is one letter: its addressee, date and signature follow.
    private static void OpenLetter(SegmentationContext context, string title)
    {
        if (LetterTitleRegex().IsMatch(title))
        {
            var letter = new LetterState { Heading = title.TrimEnd(' ', '.') };
            context.OpenLetter(letter);
            context.StateOf<State>().TitleLetter = letter;
        }
    }

    // Where the reading of the title block stands.
    private sealed class State
    {
        // Whether the session line gave the stuk's number ("Zitting 1982-1983 Nr. 139c"), before the dossiers.
        public bool NumberOnSessionLine { get; set; }

        // Whether the title block is over.
        public bool Closed { get; set; }

        // Whether the next paragraph is the stuk's title.
        public bool ExpectTitle { get; set; }

        // The letter just opened by a title "BRIEF VAN …", whose heading the next line may continue.
        public LetterState? TitleLetter { get; set; }

        // Whether the next paragraph is the last dossier's title.
        public bool ExpectDossierTitle { get; set; }
    }

    // A Roman dossier number of the Eerste Kamer: a well-formed numeral of 50 or more (CXXIV is 124), so that a section
    // numbered "II" or "XII" at the head of a text is never taken for one.
    private static bool IsRomanDossier(string numeral) => RomanNumerals.Value(numeral) >= 50;

    // "MOTIE VAN HET LID KAMP Voorgesteld 22 december 1993": OCR runs the date line into the title.
    // A text layer may glue the page's part number to the line: "Tweede Kamer der Staten-Generaal2".
    [GeneratedRegex(@"^(?<house>Eerste|Tweede|EERSTE|TWEEDE)\s+(?:Kamer|KAMER)\s+(?:der|DER)\s+(?:Staten-Generaal|STATEN-GENERAAL)(?:\s*\d{1,2})?$")]
    private static partial Regex ChamberRegex();

    [GeneratedRegex("^" + DocumentHead.SessionLine + @"\.?$")]
    private static partial Regex SessionLineRegex();

    [GeneratedRegex("^" + DocumentHead.SessionDossier + "$")]
    private static partial Regex SessionDossierRegex();

    [GeneratedRegex(DocumentHead.SessionDossierSeparator)]
    private static partial Regex SessionListRegex();

    // A title of a few words that ends in a dossier number: "… gesloten Verdrag 15 451".
    [GeneratedRegex(@"^(?<title>\p{Lu}\S*(?:\s+\S+){2,}?\p{L}[.,;)]?)\s+(?<n>\d{1,2}\s\d{3})$")]
    private static partial Regex TrailingDossierRegex();

    [GeneratedRegex(@"^(?:" + DocumentHead.Vergaderjaar + @"\s+)?Aanhangsel\s+van\s+de\s+Handelingen$|^Vragen\s+gesteld\s+door\s+(?:de\s+)?leden\s+(?:der|van\s+de)\s+Kamer\b")]
    private static partial Regex AanhangselRegex();

    // "28 286 Dierenwelzijn", "36 600 XIII", "21 501-02" (or "21 501 - 02", from cells), "14 472 (R 1071)" (a kingdom
    // act's R number).
    [GeneratedRegex(@"^(?<n>\d{2}\s?\d{3}(?:\s?-\s?[A-Z0-9]{1,3})?)(?:\s+\(R\s?\d{1,4}\))?(?:\s+(?<suffix>[IVXLC]{1,6}|[A-Z](?=\s|$)))?(?:\s+(?<title>\p{Lu}.{2,}))?$", RegexOptions.Singleline)]
    private static partial Regex DossierRegex();

    [GeneratedRegex(@"^(?<n>[MDCLXVI]{2,9})(?:\s+(?<title>\p{Lu}.{2,}))?$", RegexOptions.Singleline)]
    private static partial Regex RomanDossierRegex();

    [GeneratedRegex(@"^(?:Nr|nr|NR)\.\s*(?<nr>\d{1,4}[a-z]?|l\d{0,3}[a-z]?|[A-Z]{1,2})(?:\s?\*\)|\*)?(?:\s+(?<title>\p{Lu}.+))?$", RegexOptions.Singleline)]
    private static partial Regex NumberRegex();

    /// <summary>
    /// An Eerste Kamer stuk's letter after the dossier, alone or before the stuk's title as the published page gives it:
    /// <c>AB VERSLAG VAN EEN NADER SCHRIFTELIJK OVERLEG</c>, <c>A VOORLOPIG VERSLAG VAN DE VASTE COMMISSIE …</c>,
    /// <c>G BRIEF VAN DE VOORZITTER …</c>, <c>C</c>.
    /// </summary>
    [GeneratedRegex(@"^(?<nr>[A-Z]{1,2})(?:\s+(?<title>(?:VOORLOPIG\s+|NADER\s+|GEWIJZIGD\s+|GEWIJZIGDE\s+)?(?:VERSLAG|EINDVERSLAG|MEMORIE|BRIEF|NOTA|MOTIE|AMENDEMENT|LIJST|VOORSTEL|ADVIES|BESLUIT|STAATSCOURANT|KONINKLIJKE|VERSLAGEN|JAARVERSLAG)\b[^a-z]*))?$", RegexOptions.Singleline)]
    private static partial Regex LetterRegex();

    // The rest of an office's name: "EN CULTUUR", "EN VAN VERKEER EN WATERSTAAT", "ZAKEN".
    [GeneratedRegex(@"^(?:EN|VAN|VOOR|DE|ZAKEN|[A-ZËÏÖÜ-]+,)\b")]
    private static partial Regex TitleContinuationRegex();

    [GeneratedRegex(@"^BRIEF(?:\s+VAN\b|$)")]
    private static partial Regex LetterTitleRegex();

    [GeneratedRegex(@"^[Tt]er\s+vervanging\s+van\s+die\s+gedrukt\s+onder\s+nr\.\s*\d+\.?$")]
    private static partial Regex ReplacementRegex();

    [GeneratedRegex(@"^(?:(?:Tweede|Eerste)\s+Kamer\s+der\s+Staten-Generaal$|" + DocumentHead.SessionLine + @"$|(?:Nr|nr|NR)\.\s*\d{1,4}[a-z]?$|(?:Vastgesteld|Ontvangen|Voorgesteld)(?:\s+op)?\s+\d{1,2}\s+\p{Ll}+\s+\d{4}$)")]
    private static partial Regex TitleLineRegex();

    [GeneratedRegex(@"^\d{2}\s\d{3}(?:\s+[A-Z]{1,6})?(?:\s+\p{Lu}\p{Ll}|$)")]
    private static partial Regex DossierLineRegex();

    // "Nr." and the date labels, alone in their cells: "Voorgesteld", "Voorgesteld tijdens het Wetgevingsoverleg van".
    [GeneratedRegex(@"^(?:(?:Nr|nr|NR)\.?|(?:Voorgesteld|Vastgesteld|Ontvangen)(?:\s+[^\d\s]+){0,8})$")]
    private static partial Regex LabelCellRegex();

    // "29 544", "36 410", alone in its cell.
    [GeneratedRegex(@"^\d{2}\s?\d{3}$")]
    private static partial Regex BareDossierCellRegex();

    // A budget chapter ("VII", "IXB"), a dossier suffix ("A"), or the hyphen and sub-number of "21 501-02", in a cell of
    // its own.
    [GeneratedRegex(@"^(?:[IVXLC]{1,6}[A-F]?|[A-Z0-9]{1,3}|[-–])$")]
    private static partial Regex DossierPartCellRegex();
}

/// <summary>What the title block says, as it is read.</summary>
internal sealed class TitleBlockState
{
    /// <summary>The chamber of "Tweede Kamer der Staten-Generaal".</summary>
    public Chamber? Chamber { get; set; }

    /// <summary>The vergaderjaar of "Vergaderjaar 2024–2025".</summary>
    public string? Vergaderjaar { get; set; }

    public List<Dossier> Dossiers { get; } = [];

    public string? Ondernummer { get; set; }

    public string? Title { get; set; }
}
