using ParseKamerstuk.Conventions;
using ParseKamerstuk.Text;

namespace ParseKamerstuk.Segmentation.Rules;

/// <summary>
/// Labelled questions and answers, as answers to Kamervragen print them: <c>Vraag 1</c> … <c>Antwoord 1</c> …, sub-numbered
/// <c>Vraag 3a</c> … <c>Antwoord 3a</c>;
/// joint ones <c>Vraag 3, 4 en 5</c> / <c>Antwoord 3, 4 en 5</c> / <c>Antwoord op vraag 2 en 3</c>; a label may carry
/// text on its own line (<c>Vraag 1:</c> <c>Heeft u …</c>). The paragraphs after a label belong to it until the next label,
/// heading, signature or letter. A bare <c>Antwoord</c> (or <c>Antwoord:</c>) answers the question just asked, numbered
/// (<c>1.</c> <c>Bent u bekend …?</c> <c>Antwoord</c> <c>Ja.</c>) or labelled.
/// </summary>
public sealed class LabeledQuestionRule : IParagraphRule, IParagraphStarts
{
    // A label starts a paragraph ("Vraag 1", "Antwoord op vraag 4"), even after a hyphen; a bare label ("Antwoord",
    // "Vraag:") stands alone.
    bool IParagraphStarts.StartsParagraph(in LineJoin join) =>
        QuestionLabels.StartsLabel(join.Line.Text) || QuestionLabels.IsBare(join.Line.Text)
        || (join.Previous is { } previous && QuestionLabels.IsBare(previous.Text));

    /// <inheritdoc/>
    public RuleResult Apply(SegmentationContext context, Paragraph paragraph, string text, IReadOnlyList<string> footnotes)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(paragraph);
        if (!QuestionLabels.TryRead(text, out var label))
        {
            return ApplyBare(context, paragraph, text, footnotes);
        }

        var block = new LabeledBlock(label.IsAnswer, label.Numbers, context.LetterIndex, context.Section) { Label = label.Printed };
        var rest = label.Rest;
        if (rest.Length > 0)
        {
            block.Parts.Add((paragraph, rest));
        }

        // The label ends the letter's head, the open item, a Mededeling's text and the labelled block before it.
        context.CloseLetterHead();
        context.Open.Close<ItemState>();
        context.Open.Close<MededelingBlock>();
        context.Open.Close<LabeledBlock>();
        context.Open.Push(block);
        context.Labeled.Add(block);
        context.AddBlock("paragraph", text, paragraph, footnotes);
        return RuleResult.Open;
    }

    private static RuleResult ApplyBare(SegmentationContext context, Paragraph paragraph, string text, IReadOnlyList<string> footnotes)
    {
        if (!QuestionLabels.TryReadBareAnswer(text, out var rest))
        {
            return RuleResult.None;
        }

        RuleResult result;
        if (context.Open.Innermost<ItemState>() is { AnswerStart: null } item && item.Parts.Count > 0)
        {
            // The answer of the open item starts here; the item goes on.
            result = RuleResult.Continue;
            item.AnswerStart = item.Parts.Count;
            if (rest.Length > 0)
            {
                item.Parts.Add((paragraph, rest));
            }
        }
        else if (context.Open.Innermost<LabeledBlock>() is { IsAnswer: false } question)
        {
            // The answer to the open labelled question, under the question's numbers.
            var answer = new LabeledBlock(true, question.Numbers, context.LetterIndex, context.Section) { Label = question.Label };
            if (rest.Length > 0)
            {
                answer.Parts.Add((paragraph, rest));
            }

            context.Open.Close<LabeledBlock>();
            context.Open.Push(answer);
            context.Labeled.Add(answer);
            result = RuleResult.Open;
        }
        else
        {
            return RuleResult.None;
        }

        context.AddBlock("paragraph", text, paragraph, footnotes);
        return result;
    }
}
