namespace ParseKamerstuk.Text;

/// <summary>
/// Where a convention's paragraphs start in wrapped text. The paragraph builder itself knows only layout (blank lines,
/// fill, one paragraph per line, line-break hyphens); each convention says which of its lines start a paragraph, or
/// stand alone, even where the line before leaves no room or ends no sentence. The segmenter asks each paragraph rule
/// that implements this interface, in order.
/// </summary>
public interface IParagraphStarts
{
    /// <summary>
    /// Whether a paragraph starts at <see cref="LineJoin.Line"/>. A line that stands alone (a bare <c>Antwoord</c>) answers
    /// <see langword="true"/> for itself and for the line after it.
    /// </summary>
    bool StartsParagraph(in LineJoin join);

    /// <summary>
    /// Whether <see cref="LineJoin.Previous"/> introduces <see cref="LineJoin.Line"/> (<c>Leden:</c> and the names; a
    /// label cell <c>Nr.</c> and its value <c>1203</c>), so that the paragraph goes on although the line before ends a
    /// sentence, or the text keeps one paragraph a line. A convention's start still wins.
    /// </summary>
    bool Introduces(in LineJoin join) => false;

    /// <summary>
    /// This convention's reader for the lines of one document: the same object, asked only where its answer decides (where
    /// layout alone would not end the paragraph); or a fresh one, for a convention that keeps count from line to line,
    /// asked at every line, the first of a paragraph included (with <see cref="LineJoin.Previous"/> null).
    /// </summary>
    IParagraphStarts ForDocument() => this;
}

/// <summary>The place between two lines where the paragraph builder asks whether a paragraph starts.</summary>
/// <param name="Previous">The line before, or <see langword="null"/> at the start of a paragraph (after a blank line or a
/// paragraph that ended).</param>
/// <param name="Line">The line that may start a paragraph.</param>
/// <param name="First">The first line of the paragraph so far, or <see langword="null"/> at its start.</param>
/// <param name="Hyphenated">Whether <paramref name="Previous"/> ends in a line-break hyphen.</param>
/// <param name="SentenceEnd">Whether <paramref name="Previous"/> ends a sentence.</param>
/// <param name="RoomLeft">Whether <paramref name="Previous"/> left room for the first word of <paramref name="Line"/>.</param>
/// <param name="ParagraphIndex">How many paragraphs were built before this one.</param>
public readonly record struct LineJoin(
    SourceLine? Previous,
    SourceLine Line,
    SourceLine? First,
    bool Hyphenated,
    bool SentenceEnd,
    bool RoomLeft,
    int ParagraphIndex);
