using ParseKamerstuk.Text;

namespace ParseKamerstuk.Segmentation;

/// <summary>
/// A rule that may claim one paragraph of the body. The segmenter offers each paragraph to its rules in order; the first
/// that does not answer <see cref="RuleResult.None"/> has claimed it. A rule opens, continues or closes blocks on
/// <see cref="SegmentationContext.Open"/>; state that only the rule itself needs it keeps in its own block or in
/// <see cref="SegmentationContext.StateOf{T}"/>.
/// </summary>
public interface IParagraphRule
{
    /// <summary>Claims <paramref name="paragraph"/> (whose footnote markers are removed in <paramref name="text"/>) or declines.</summary>
    RuleResult Apply(SegmentationContext context, Paragraph paragraph, string text, IReadOnlyList<string> footnotes);
}

/// <summary>What a rule did with the paragraph it was offered.</summary>
public enum RuleResult
{
    /// <summary>The rule declined: the paragraph goes to the next rule.</summary>
    None,

    /// <summary>The paragraph opened a block (a letter, a section, a question or answer, a numbered item).</summary>
    Open,

    /// <summary>The paragraph belongs to a block that is open, or stands for itself without changing the open blocks.</summary>
    Continue,

    /// <summary>The paragraph closed the open blocks it ends (a signature ends the letter's text).</summary>
    Close,
}
