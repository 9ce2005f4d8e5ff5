using ParseKamerstuk.Model;
using ParseKamerstuk.Text;

namespace ParseKamerstuk.Segmentation.Rules;

/// <summary>
/// A bulleted list item: <c>De maatregelen zijn:</c> / <c>• het versterken van de toezichthouder;</c> / <c>• het
/// verbeteren van de informatievoorziening.</c>, with a bullet (<c>•</c>, <c>▪</c>, <c>◦</c>, a Symbol-font bullet) or
/// a dash (<c>–</c>, <c>-</c>) after a line ending in a colon or after another item. Each item is a
/// <c>list-item</c> block of its own, which continues the open numbered item or labelled block as a paragraph does.
/// </summary>
public sealed class BulletItemRule : IParagraphRule, IParagraphStarts
{
    // An item starts a paragraph; after a list of short items (a few words on one line), a line that starts with a
    // capital starts the next paragraph ("• Toegankelijkheid" / "De aanvragen worden …"). A longer item may wrap onto a
    // line that starts with a capital, and goes on there.
    bool IParagraphStarts.StartsParagraph(in LineJoin join) =>
        !join.Hyphenated && join.Previous is { } previous
        && (Bulleted(join.Line.Text) || (Dashed(join.Line.Text) && (previous.Text.EndsWith(':') || (join.First is { } first && Dashed(first.Text))))
            || (ReferenceEquals(join.First, previous) && (Bulleted(previous.Text) || Dashed(previous.Text)) && IsShort(previous.Text) && StartsSentence(join.Line.Text)));

    private static bool IsShort(string item) => item.Count(c => c == ' ') <= 5;

    /// <inheritdoc/>
    public RuleResult Apply(SegmentationContext context, Paragraph paragraph, string text, IReadOnlyList<string> footnotes)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(paragraph);
        var after = context.Blocks.Count > 0 ? context.Blocks[^1] : null;
        var item = Bulleted(text)
            || (Dashed(text) && after is not null && (after.Text.EndsWith(':') || after.Type == BlockTypes.ListItem));
        return item ? ParagraphRule.Add(context, paragraph, text, footnotes, BlockTypes.ListItem) : RuleResult.None;
    }

    private static bool Bulleted(string text) => text.Length > 1 && text[0] is '•' or '▪' or '◦' or '●' or '\uF0B7' or '\uF0A7' && text[1] == ' ';

    private static bool Dashed(string text) => text.Length > 2 && text[0] is '–' or '-' && text[1] == ' ' && char.IsLetter(text[2]);

    private static bool StartsSentence(string text) => text.Length > 0 && char.IsUpper(text[0]);
}
