using System.Text.RegularExpressions;
using ParseKamerstuk.Text;

namespace ParseKamerstuk.Segmentation.Rules;

/// <summary>
/// A section heading: a short line of its own, starting with a capital and ending without punctuation
/// (<c>Volkenrechtelijk mandaat</c>, <c>Onbeantwoorde vragen</c>, <c>§ 2. Stakingsrecht</c>, <c>1. Inleiding</c>).
/// It names the section that the following question/answer pairs stand under. A verslag's headings of its sections and
/// fracties (<c>II Reactie van de minister</c>, <c>Inbreng van de leden van de VVD-fractie</c>) and their lines in the
/// table of contents stand on their own lines, also where a page break leaves no room on the line before.
/// </summary>
public sealed partial class SectionHeadingRule : IParagraphRule, IParagraphStarts
{
    // The page number that a table of contents prints on the line under its entry stays with it.
    bool IParagraphStarts.StartsParagraph(in LineJoin join) =>
        FractieQuestionRule.IsSectionLine(join.Line.Text)
        || (join.Previous is { } previous && FractieQuestionRule.IsSectionLine(previous.Text) && !FractieQuestionRule.IsPageNumber(join.Line.Text));

    /// <inheritdoc/>
    public RuleResult Apply(SegmentationContext context, Paragraph paragraph, string text, IReadOnlyList<string> footnotes)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(paragraph);
        if (context.Open.Innermost<LabeledBlock>() is not null || !IsHeading(paragraph, text))
        {
            return RuleResult.None;
        }

        // The heading ends the letter's head, the open item and the section before it.
        context.CloseLetterHead();
        context.Open.Close<ItemState>();
        context.Open.Close<SectionBlock>();
        context.Open.Push(new SectionBlock(text));
        context.AddBlock("heading", text, paragraph, footnotes);
        return RuleResult.Open;
    }

    /// <summary>Whether <paramref name="text"/> looks like a section heading.</summary>
    internal static bool IsHeading(Paragraph paragraph, string text)
    {
        ArgumentNullException.ThrowIfNull(paragraph);
        ArgumentNullException.ThrowIfNull(text);
        if (paragraph.Lines.Count > 2 || text.Length is < 3 or > 90 || paragraph.FirstLine.EndsWith('-'))
        {
            return false;
        }

        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length > 12 || ParagraphBuilder.EndsSentence(text) || text.EndsWith(',') || text.EndsWith('-'))
        {
            return false;
        }

        if (paragraph.Lines.Count == 2 && !paragraph.Lines.All(l => l.Bold))
        {
            return false;
        }

        return HeadingStartRegex().IsMatch(text) && !DateLikeRegex().IsMatch(text);
    }

    [GeneratedRegex(@"^(?:§\s*\d+[.:]?\s+|\d{1,2}(?:\.\d{1,2})*\.?\s+|[IVX]{1,5}\.?\s+|[A-Z]\.\s+)?[\p{Lu}«„""]")]
    private static partial Regex HeadingStartRegex();

    [GeneratedRegex(@"\d{4}$|^\d+$")]
    private static partial Regex DateLikeRegex();
}
