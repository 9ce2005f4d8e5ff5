using System.Globalization;
using System.Text.RegularExpressions;
using ParseKamerstuk.Text;

namespace ParseKamerstuk.Segmentation.Rules;

/// <summary>
/// A numbered item: <c>1. De regering spreekt in haar brief van dagelijkse aanvallen. … Kan de regering dit nader
/// preciseren?</c> followed by the answer. In a reply letter each item repeats a question and answers it; the paragraphs
/// after it belong to it until the next item, section heading, signature or letter; inside a labelled question or answer
/// an item is part of that block's text. A list of questions and answers prints the number alone (<c>1</c> / question /
/// answer), counting up from 1; an older one prints it without a dot before the question (<c>1 Kunnen … worden
/// gegeven?</c>, <c>2a</c>, <c>2b</c>), counting up too.
/// </summary>
public sealed partial class NumberedItemRule : IParagraphRule, IParagraphStarts
{
    // A numbered item ("1. De regering …") starts a paragraph after a sentence end or a short line.
    bool IParagraphStarts.StartsParagraph(in LineJoin join) => StartsItem(join);

    // A list of questions and answers may print its numbers on lines of their own, counting up ("1" / "Kunt u …?" /
    // "Antwoord:" / … / "2"): the next number of that count stands alone. Any other number on a line continues the
    // paragraph (a page number in the flow: "… voor een aantal" / "2" / "van de DRC"). The count is the document's.
    IParagraphStarts IParagraphStarts.ForDocument() => new LoneNumbers();

    private sealed class LoneNumbers : IParagraphStarts
    {
        private int _next = 1;
        private bool _afterLone;

        public bool StartsParagraph(in LineJoin join)
        {
            var match = LoneNumberRegex().Match(join.Line.Text);
            var lone = match.Success && int.Parse(match.Groups["n"].ValueSpan, CultureInfo.InvariantCulture) == _next
                && (join.Previous is null || !NumberReferenceEndRegex().IsMatch(join.Previous.Text));
            var starts = lone || _afterLone || StartsItem(join);
            _afterLone = lone;
            _next += lone ? 1 : 0;
            return starts;
        }
    }

    private static bool StartsItem(in LineJoin join) =>
        ItemRegex().IsMatch(join.Line.Text) && (join.SentenceEnd || join.RoomLeft) && !join.Hyphenated;

    /// <inheritdoc/>
    public RuleResult Apply(SegmentationContext context, Paragraph paragraph, string text, IReadOnlyList<string> footnotes)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(paragraph);
        var match = ItemRegex().Match(text);
        var lone = LoneNumberRegex().Match(text);
        var labeled = context.Open.Innermost<CollectingBlock>() as LabeledBlock;
        if (lone.Success && labeled is not null)
        {
            // A number alone on its line inside a labelled question or answer is a page number in the flow: no item, and
            // no part of the block's text.
            context.AddBlock("paragraph", text, paragraph, footnotes);
            return RuleResult.Continue;
        }

        ItemState item;
        if (match.Success)
        {
            var number = int.Parse(match.Groups["n"].Value, CultureInfo.InvariantCulture);
            item = new ItemState([number], context.LetterIndex, context.Section);
            item.Parts.Add((paragraph, match.Groups["text"].Value));
        }
        else if (lone.Success && int.Parse(lone.Groups["n"].Value, CultureInfo.InvariantCulture) is var number
            && number == (context.Items.Count > 0 ? context.Items[^1].Numbers[0] + 1 : 1))
        {
            // A list of questions and answers prints the number on a line of its own: "1" / question / answer.
            item = new ItemState([number], context.LetterIndex, context.Section);
        }
        else if (BareItemRegex().Match(text) is { Success: true } bare && IsNextBare(context, bare, context.StateOf<State>()))
        {
            // An older list of questions and answers prints the number without a dot before the question, and the
            // answer after it: "1 Kunnen … worden gegeven?" / "De meerjarencijfers …"; "2a" and "2b" share number 2.
            item = new ItemState([int.Parse(bare.Groups["n"].Value, CultureInfo.InvariantCulture)], context.LetterIndex, context.Section);
            item.Parts.Add((paragraph, bare.Groups["text"].Value));
            context.StateOf<State>().LastBareSuffix = bare.Groups["sub"].Value;
        }
        else
        {
            return RuleResult.None;
        }

        // An item inside a labelled question or answer ("Antwoord 1" / "Ik zet de volgende stappen." / "1. Wat doet de
        // inspectie? …" / "Daarna volgt …") is part of that block's text, not a question of its own.
        if (labeled is not null)
        {
            labeled.Parts.Add((paragraph, text));
            context.AddBlock("list-item", text, paragraph, footnotes);
            return RuleResult.Continue;
        }

        // The item ends the letter's head and the item before it.
        context.CloseLetterHead();
        context.Open.Close<ItemState>();
        context.Open.Push(item);
        context.Items.Add(item);
        context.AddBlock("list-item", text, paragraph, footnotes);
        return RuleResult.Open;
    }

    // The next number, or the same with the next letter ("2a", "2b"); the paragraph must ask something.
    private static bool IsNextBare(SegmentationContext context, Match bare, State state)
    {
        if (!bare.Groups["text"].ValueSpan.Contains('?'))
        {
            return false;
        }

        var number = int.Parse(bare.Groups["n"].Value, CultureInfo.InvariantCulture);
        var last = context.Items.Count > 0 ? context.Items[^1].Numbers[0] : 0;
        var sub = bare.Groups["sub"].Value;
        return number == last + 1 ? sub is "" or "a"
            : number == last && last > 0 && sub.Length == 1 && state.LastBareSuffix.Length == 1 && sub[0] == state.LastBareSuffix[0] + 1;
    }

    // What the rule remembers over a document.
    private sealed class State
    {
        // The letter after the number of the last item numbered without a dot ("2a"), or empty.
        public string LastBareSuffix { get; set; } = string.Empty;
    }

    [GeneratedRegex(@"^(?<n>[1-9]\d{0,2})(?<sub>[a-z]?)\s+(?<text>\p{Lu}.*)$", RegexOptions.Singleline)]
    private static partial Regex BareItemRegex();

    [GeneratedRegex(@"^(?<n>\d{1,3})[.)]\s+(?<text>\S.*)$", RegexOptions.Singleline)]
    private static partial Regex ItemRegex();

    [GeneratedRegex(@"^(?<n>\d{1,3})\.?$")]
    private static partial Regex LoneNumberRegex();

    // A line that a number goes on from: "… 29665, nr." / "482.".
    [GeneratedRegex(@"(?:\b(?:nrs?|blz|p|art|artikel|nummer)\.?|[,-])$")]
    private static partial Regex NumberReferenceEndRegex();
}
