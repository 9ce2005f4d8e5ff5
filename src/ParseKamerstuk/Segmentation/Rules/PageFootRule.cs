using System.Text.RegularExpressions;
using ParseKamerstuk.Conventions;
using ParseKamerstuk.Text;

namespace ParseKamerstuk.Segmentation.Rules;

/// <summary>
/// The foot of a page, where a text (OCR of the older print, a text dump) keeps it: the running footer
/// <c>Tweede Kamer, vergaderjaar 1989–1990, 21 300 B, nr. 4</c> or <c>Tweede Kamer, vergaderjaar 1994–1995, Aanhangsel</c>,
/// and the printer's line <c>011725F ISSN 0921-7371 Sdu Uitgeverij Plantijnstraat 's-Gravenhage 1990</c> (its place and
/// year perhaps on a line of their own). It is no part of the question, answer or item it interrupts, which goes on after it.
/// </summary>
public sealed partial class PageFootRule : IParagraphRule
{
    /// <inheritdoc/>
    public RuleResult Apply(SegmentationContext context, Paragraph paragraph, string text, IReadOnlyList<string> footnotes)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(paragraph);
        if (!IsPageFoot(text))
        {
            return RuleResult.None;
        }

        context.AddBlock("paragraph", text, paragraph, footnotes);
        return RuleResult.Continue;
    }

    /// <summary>Whether <paramref name="text"/> is a running footer or the printer's line.</summary>
    internal static bool IsPageFoot(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.Length < 160 && FootRegex().IsMatch(text);
    }

    [GeneratedRegex("^(?:" + RunningLines.FooterStart + @"\b|.{0,60}\b" + RunningLines.IssnStart + "|" + RunningLines.PrintersPlaceLine + ")")]
    private static partial Regex FootRegex();
}
