namespace ParseKamerstuk.Text;

/// <summary>
/// Groups lines into paragraphs. The builder knows layout: a paragraph ends at a blank line (but a sentence cut by a
/// page break goes on over the page's foot and head); at a line that ends a
/// sentence and leaves room for the next line's first word (the typesetter would have put it there otherwise); at a
/// change between the text and a page's footnote zone; and text with one paragraph per line (web page text, OCR) keeps
/// its lines as paragraphs unless a line-break hyphen joins them. Where a convention's paragraphs start (a numbered item,
/// "Vraag 1", a heading in capitals, a composition footnote, a letter's place and date…) each convention says for itself,
/// as an <see cref="IParagraphStarts"/> the segmenter passes in.
/// </summary>
internal static class ParagraphBuilder
{
    /// <summary>Builds the paragraphs of <paramref name="lines"/>, asking <paramref name="starts"/> where conventions start one.</summary>
    public static IReadOnlyList<Paragraph> Build(IReadOnlyList<SourceLine> lines, IReadOnlyList<IParagraphStarts> starts)
    {
        ArgumentNullException.ThrowIfNull(lines);
        ArgumentNullException.ThrowIfNull(starts);
        var dehyphenator = new Dehyphenator(lines.Select(l => l.Text));
        var lengths = MeasuredLengths(lines);
        var width = ColumnWidth(lengths);
        var onePerLine = IsOneParagraphPerLine(lines, lengths, width);
        var paragraphs = new List<Paragraph>();
        var current = new List<SourceLine>();

        // A convention that keeps count from line to line (a fresh reader for this document) is asked at every line; the
        // others only where their answer decides, where layout alone would not end the paragraph.
        var counting = new List<IParagraphStarts>();
        var deciding = new List<IParagraphStarts>();
        foreach (var start in starts)
        {
            var reader = start.ForDocument();
            (ReferenceEquals(reader, start) ? deciding : counting).Add(reader);
        }

        void Close()
        {
            if (current.Count > 0)
            {
                paragraphs.Add(new Paragraph(current.ToArray(), dehyphenator));
                current.Clear();
            }
        }

        var blank = false;
        foreach (var line in lines)
        {
            if (line.IsBlank)
            {
                blank = true;
                continue;
            }

            // Blank lines end a paragraph, except where a page break cuts a sentence: the page ends mid-sentence and
            // the next page goes on in lower case.
            if (blank)
            {
                blank = false;
                if (!ContinuesOverPageBreak(current, line))
                {
                    Close();
                }
            }

            var previous = current.Count > 0 ? current[^1] : null;
            var hyphenated = previous is not null && previous.Text.EndsWith('-') && !previous.Text.EndsWith(" -", StringComparison.Ordinal);
            var join = new LineJoin(
                previous, line, current.Count > 0 ? current[0] : null, hyphenated,
                previous is not null && EndsSentence(previous.Text), previous is not null && HasRoomForNextWord(previous, line, width), paragraphs.Count);
            var ends = false;
            foreach (var start in counting)
            {
                ends |= start.StartsParagraph(join);
            }

            if (previous is not null)
            {
                ends = ends || EndsByLayout(join, onePerLine, deciding) || StartsByConvention(join, deciding);
                if (ends)
                {
                    Close();
                }
            }

            current.Add(line);
        }

        Close();
        return paragraphs;
    }

    // Layout: one paragraph per line unless a hyphen or an inline element set on a line of its own joins the lines; a
    // change into or out of a page's footnote zone; a sentence end with room left on the line. A line that introduces the
    // next (a convention says so) ends neither.
    private static bool EndsByLayout(in LineJoin join, bool onePerLine, List<IParagraphStarts> starts)
    {
        var previous = join.Previous!;
        var line = join.Line;
        if (onePerLine)
        {
            return !join.Hyphenated && !Conventions.InlineSpacing.ContinuesElement(join) && !Introduces(join, starts);
        }

        if (previous.Note != line.Note || line.Page != previous.Page && (previous.Note || line.Note))
        {
            return true;
        }

        return join.SentenceEnd && join.RoomLeft && !Introduces(join, starts);
    }

    private static bool ContinuesOverPageBreak(List<SourceLine> current, SourceLine line) =>
        current.Count > 0 && line.Page != current[^1].Page && !line.Note && !current[^1].Note
        && char.IsLower(line.Text[0]) && !EndsSentence(current[^1].Text);

    private static bool StartsByConvention(in LineJoin join, List<IParagraphStarts> starts)
    {
        foreach (var start in starts)
        {
            if (start.StartsParagraph(join))
            {
                return true;
            }
        }

        return false;
    }

    private static bool Introduces(in LineJoin join, List<IParagraphStarts> starts)
    {
        foreach (var start in starts)
        {
            if (start.Introduces(join))
            {
                return true;
            }
        }

        return false;
    }

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
}
