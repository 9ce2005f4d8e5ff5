namespace ParseKamerstuk.Text;

/// <summary>One line of source text, as a reader produced it.</summary>
/// <param name="Text">The line's text, normalized (NFC, no trailing space); empty for a blank line.</param>
/// <param name="Page">The 1-based page, or <see langword="null"/> for inputs without pages.</param>
/// <param name="StartsPage">Whether the line is the first of a page (or, in extracted text, of a page join).</param>
/// <param name="Fill">How much of the text column the line fills (0 to 1) where the reader knows it from layout;
/// <see langword="null"/> where it must be estimated from character counts.</param>
/// <param name="Bold">Whether the line is set in bold.</param>
/// <param name="Italic">Whether the line is set in italic.</param>
/// <param name="Note">Whether the reader found the line in a page's footnote zone.</param>
public sealed record SourceLine(
    string Text,
    int? Page,
    bool StartsPage = false,
    double? Fill = null,
    bool Bold = false,
    bool Italic = false,
    bool Note = false)
{
    /// <summary>Whether the line holds no text.</summary>
    public bool IsBlank => Text.Length == 0;
}
