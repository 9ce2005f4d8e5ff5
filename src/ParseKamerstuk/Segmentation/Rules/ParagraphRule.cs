using ParseKamerstuk.Model;
using ParseKamerstuk.Text;

namespace ParseKamerstuk.Segmentation.Rules;

/// <summary>
/// Any other paragraph: body text. It continues the innermost open numbered item or labelled block, if any, and is where a letter says
/// on whose behalf it is also written ("mede namens", see <see cref="OnBehalfOfReader"/>).
/// </summary>
public sealed class ParagraphRule : IParagraphRule
{
    /// <inheritdoc/>
    public RuleResult Apply(SegmentationContext context, Paragraph paragraph, string text, IReadOnlyList<string> footnotes)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(paragraph);
        return Add(context, paragraph, text, footnotes, BlockTypes.Paragraph);
    }

    // Body text as a block of the given type: a paragraph, or an item of a bulleted list (BulletItemRule).
    internal static RuleResult Add(SegmentationContext context, Paragraph paragraph, string text, IReadOnlyList<string> footnotes, string type)
    {
        if (context.Letter is { } letter)
        {
            if (letter.OnBehalfOf.Count == 0 && letter.Signatories.Count == 0)
            {
                letter.OnBehalfOf.AddRange(OnBehalfOfReader.Read(text));
            }

            // Address lines under the addressee ("Postbus 20018", "2500 EA DEN HAAG") are not yet the letter's text.
            if (text.Split(' ').Length >= 6 || ParagraphBuilder.EndsSentence(text))
            {
                context.CloseLetterHead();
            }
        }

        // The paragraph continues the innermost open item or labelled block.
        context.Open.Innermost<CollectingBlock>()?.Parts.Add((paragraph, text));
        context.AddBlock(type, text, paragraph, footnotes);
        return RuleResult.Continue;
    }
}
