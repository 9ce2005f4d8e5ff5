using System.Text.RegularExpressions;
using ParseKamerstuk.Conventions;
using ParseKamerstuk.Text;

namespace ParseKamerstuk.Segmentation.Rules;

/// <summary>
/// A letter heading in capitals starts a letter: <c>BRIEF VAN DE MINISTER VAN BUITENLANDSE ZAKEN</c>,
/// <c>BRIEF VAN DE VOORZITTER VAN DE VASTE COMMISSIE VOOR …</c> (over several lines, hyphenated in capitals).
/// </summary>
public sealed partial class LetterHeadingRule : IParagraphRule, IParagraphStarts
{
    // A line in capitals (a letter heading, a title, perhaps with its date: "MEMORIE VAN ANTWOORD (Ingezonden 7 juli
    // 1966)") starts a paragraph, and the line after it starts another. A Roman numeral alone ("VIII", a budget
    // chapter) is no such line.
    bool IParagraphStarts.StartsParagraph(in LineJoin join) =>
        join.Previous is { } previous && IsHeadingInCapitals(join.Line.Text) != IsHeadingInCapitals(previous.Text) && !join.Hyphenated;

    private static bool IsHeadingInCapitals(string line) => ParagraphBuilder.IsCapitalsLine(DocumentHead.WithoutDateTail(line)) && RomanNumerals.Value(line) is null;

    /// <inheritdoc/>
    public RuleResult Apply(SegmentationContext context, Paragraph paragraph, string text, IReadOnlyList<string> footnotes)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(paragraph);
        if (!HeadingRegex().IsMatch(text) || !ParagraphBuilder.IsCapitalsLine(paragraph.FirstLine))
        {
            return RuleResult.None;
        }

        // A letter closes whatever the text before it left open: its item, labelled block and section.
        context.Open.CloseAll();
        var heading = EkLetterRegex().Replace(text.TrimEnd(' ', '.'), string.Empty, 1);
        context.OpenLetter(new LetterState { Heading = heading });
        context.AddBlock("heading", text.TrimEnd(' ', '.'), paragraph, footnotes);
        return RuleResult.Open;
    }

    [GeneratedRegex(@"^(?:[A-Z]{1,2}\s+)?BRIEF(?:\s+VAN\b|$)")]
    private static partial Regex HeadingRegex();

    // An Eerste Kamer letter ondernummer before the heading: "G BRIEF VAN DE VOORZITTER …".
    [GeneratedRegex(@"^[A-Z]{1,2}\s+(?=BRIEF)")]
    private static partial Regex EkLetterRegex();
}
