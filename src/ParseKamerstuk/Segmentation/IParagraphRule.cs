using ParseKamerstuk.Text;

namespace ParseKamerstuk.Segmentation;

/// <summary>
/// A rule that may claim one paragraph of the body. The segmenter offers each paragraph to its rules in order;
/// the first that returns <see langword="true"/> has claimed it.
/// </summary>
public interface IParagraphRule
{
    /// <summary>Claims <paramref name="paragraph"/> (whose footnote markers are removed in <paramref name="text"/>) or declines.</summary>
    bool TryApply(SegmentationContext context, Paragraph paragraph, string text, IReadOnlyList<string> footnotes);
}
