using System.Globalization;
using System.Text.RegularExpressions;
using ParseKamerstuk.Text;

namespace ParseKamerstuk.Segmentation.Rules;

/// <summary>
/// A numbered item: <c>1. De regering spreekt in haar brief van dagelijkse aanvallen. … Kan de regering dit nader
/// preciseren?</c> followed by the answer. In a reply letter each item repeats a question and answers it; the paragraphs
/// after it belong to it until the next item, section heading, signature or letter.
/// </summary>
public sealed partial class NumberedItemRule : IParagraphRule
{
    /// <inheritdoc/>
    public bool TryApply(SegmentationContext context, Paragraph paragraph, string text, IReadOnlyList<string> footnotes)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(paragraph);
        var match = ItemRegex().Match(text);
        if (!match.Success)
        {
            return false;
        }

        var number = int.Parse(match.Groups["n"].Value, CultureInfo.InvariantCulture);
        var item = new ItemState([number], context.LetterIndex, context.Section);
        item.Parts.Add((paragraph, match.Groups["text"].Value));
        context.Items.Add(item);
        context.OpenItem = item;
        if (context.Letter is { } letter)
        {
            letter.HasBody = true;
        }

        context.AddBlock("list-item", text, paragraph, footnotes);
        return true;
    }

    [GeneratedRegex(@"^(?<n>\d{1,3})[.)]\s+(?<text>\S.*)$", RegexOptions.Singleline)]
    private static partial Regex ItemRegex();
}
