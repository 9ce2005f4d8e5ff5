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
public sealed class LabeledQuestionRule : IParagraphRule
{
    /// <inheritdoc/>
    public bool TryApply(SegmentationContext context, Paragraph paragraph, string text, IReadOnlyList<string> footnotes)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(paragraph);
        if (!QuestionLabels.TryRead(text, out var label))
        {
            return TryApplyBare(context, paragraph, text, footnotes);
        }

        var block = new LabeledBlock(label.IsAnswer, label.Numbers, context.LetterIndex, context.Section) { Label = label.Printed };
        var rest = label.Rest;
        if (rest.Length > 0)
        {
            block.Parts.Add((paragraph, rest));
        }

        context.Labeled.Add(block);
        context.OpenLabeled = block;
        context.OpenItem = null;
        if (context.Kamervragen is { } kamervragen)
        {
            kamervragen.InMededeling = false;
        }

        if (context.Letter is { } letter)
        {
            letter.HasBody = true;
        }

        context.AddBlock("paragraph", text, paragraph, footnotes);
        return true;
    }

    private static bool TryApplyBare(SegmentationContext context, Paragraph paragraph, string text, IReadOnlyList<string> footnotes)
    {
        if (!QuestionLabels.TryReadBareAnswer(text, out var rest))
        {
            return false;
        }

        if (context.OpenItem is { AnswerStart: null } item && item.Parts.Count > 0)
        {
            item.AnswerStart = item.Parts.Count;
            if (rest.Length > 0)
            {
                item.Parts.Add((paragraph, rest));
            }
        }
        else if (context.OpenLabeled is { IsAnswer: false } question)
        {
            var answer = new LabeledBlock(true, question.Numbers, context.LetterIndex, context.Section) { Label = question.Label };
            if (rest.Length > 0)
            {
                answer.Parts.Add((paragraph, rest));
            }

            context.Labeled.Add(answer);
            context.OpenLabeled = answer;
        }
        else
        {
            return false;
        }

        context.AddBlock("paragraph", text, paragraph, footnotes);
        return true;
    }
}
