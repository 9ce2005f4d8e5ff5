using System.Text.RegularExpressions;
using ParseKamerstuk.Conventions;
using ParseKamerstuk.Diagnostics;
using ParseKamerstuk.Text;

namespace ParseKamerstuk.Segmentation.Rules;

/// <summary>
/// Kamervragen as the Aanhangsel printed them before questions were labelled: after
/// <c>Vragen van de leden … over … (Ingezonden 23 september 1994)</c> the questions are numbered without a label,
/// <c>1 Zijn …? 2 Wat …?</c>, one to a paragraph or run on in one; then <c>Antwoord</c>,
/// <c>Antwoord van minister Van Mierlo (Buitenlandse Zaken). (Ontvangen 18 oktober 1994)</c> and the answers numbered the
/// same way, joint ones <c>2 en 3</c>. A number starts a block only at the start of a paragraph or after a sentence, before
/// a capital, and only as the next number (one or two may be missing); OCR glues it to the word (<c>1Kunt</c>,
/// <c>2en3</c>, <c>5I n</c>) or loses it, and then the paragraph where the lost number must have stood takes it.
/// </summary>
public sealed partial class NumberedKamervragenRule : IParagraphRule
{
    private const int MaxMissing = 2;

    /// <inheritdoc/>
    public RuleResult Apply(SegmentationContext context, Paragraph paragraph, string text, IReadOnlyList<string> footnotes)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(paragraph);
        ArgumentNullException.ThrowIfNull(text);
        var state = context.StateOf<State>();
        if (context.Kamervragen is null || state.Phase == NumberedPhase.None)
        {
            return RuleResult.None;
        }

        if (state.Phase == NumberedPhase.Expected)
        {
            if ((FirstItem(text, 0, out var first) is not { Index: 0 } || first[0] != 1) && text != "1")
            {
                state.Phase = NumberedPhase.None; // labelled questions, or none
                return RuleResult.None;
            }

            state.Phase = NumberedPhase.Questions;
        }

        if (state.Phase == NumberedPhase.BetweenParts)
        {
            return RuleResult.None;
        }

        if (state.Phase == NumberedPhase.Questions && QuestionLabels.IsBareAnswer(text))
        {
            Close(context, state, NumberedPhase.BetweenParts);
            context.AddBlock("heading", text, paragraph, footnotes);
            return RuleResult.Close;
        }

        // A number alone on its line starts the next block: "1" / "Bent u bekend met …?".
        var answers = state.Phase == NumberedPhase.Answers;
        var lead = LeadingNumberRegex().Match(text);
        var leading = lead.Success ? int.Parse(lead.Groups["n"].ValueSpan, System.Globalization.CultureInfo.InvariantCulture) : 0;
        if (lead.Success && lead.Length == text.Length && leading == (answers ? state.LastAnswer : state.LastQuestion) + 1
            && (!answers || leading <= state.LastQuestion))
        {
            Start(context, state, [leading], answers);
            context.AddBlock("list-item", text, paragraph, footnotes);
            return RuleResult.Open;
        }

        // A page number on a line of its own is no part of a question or answer.
        if (text.Length <= 5 && text.All(char.IsAsciiDigit))
        {
            context.AddBlock("paragraph", text, paragraph, footnotes);
            return RuleResult.Continue;
        }

        // A note to the questions that the footnote rule did not recognise: a number that is not the next one, no question.
        if (!answers && lead.Success && leading <= state.LastQuestion && !text.Contains('?', StringComparison.Ordinal))
        {
            context.AddBlock("paragraph", text, paragraph, footnotes);
            return RuleResult.Continue;
        }

        var numbered = Read(context, state, paragraph, text);
        context.AddBlock(numbered ? "list-item" : "paragraph", text, paragraph, footnotes);
        return numbered ? RuleResult.Open : RuleResult.Continue;
    }

    /// <summary>Starts reading numbered questions after the questions head; <paramref name="rest"/> is the text after it.</summary>
    internal static void BeginQuestions(SegmentationContext context, Paragraph paragraph, string rest)
    {
        ArgumentNullException.ThrowIfNull(context);
        var state = context.StateOf<State>();
        state.Phase = NumberedPhase.Expected;
        if (rest.Length > 0 && FirstItem(rest, 0, out var numbers) is { Index: 0 } && numbers[0] == 1)
        {
            state.Phase = NumberedPhase.Questions;
            Read(context, state, paragraph, rest);
        }
    }

    /// <summary>Starts reading numbered answers after the answer's head; <paramref name="rest"/> is the text after it.</summary>
    internal static void BeginAnswers(SegmentationContext context, Paragraph paragraph, string rest)
    {
        ArgumentNullException.ThrowIfNull(context);
        var state = context.StateOf<State>();
        if (state.Phase is not (NumberedPhase.Questions or NumberedPhase.BetweenParts))
        {
            return;
        }

        Close(context, state, NumberedPhase.Answers);
        if (rest.Length > 0)
        {
            Read(context, state, paragraph, rest);
        }
    }

    private static void Close(SegmentationContext context, State state, NumberedPhase phase)
    {
        context.Open.Close<LabeledBlock>();
        state.UnnumberedParts.Clear();
        state.Phase = phase;
    }

    // Splits the text at the numbers that start blocks; text before the first continues the open block. Returns whether
    // the text starts with a block's number.
    private static bool Read(SegmentationContext context, State state, Paragraph paragraph, string text)
    {
        var answers = state.Phase == NumberedPhase.Answers;
        var position = 0;
        var pending = 0; // where the text not yet given to a block starts
        var startsWithItem = false;
        while (FirstItem(text, position, out var numbers) is { } item)
        {
            startsWithItem |= item.Index == 0;
            position = item.Index + item.Length;
            var last = answers ? state.LastAnswer : state.LastQuestion;
            var ascending = numbers.Zip(numbers.Skip(1)).All(p => p.First < p.Second);
            var known = !answers || state.LastQuestion == 0 || numbers[^1] <= state.LastQuestion;
            if (numbers[0] <= last || numbers[0] > last + 1 + MaxMissing || !ascending || !known)
            {
                continue;
            }

            Continue(context, state, paragraph, text[pending..item.Index], pending);
            if (numbers[0] > last + 1)
            {
                RecoverMissing(context, state, answers, last, numbers[0]);
            }

            Start(context, state, numbers, answers);
            pending = position;
        }

        Continue(context, state, paragraph, text[pending..], pending);
        return startsWithItem;
    }

    private static void Start(SegmentationContext context, State state, IReadOnlyList<int> numbers, bool answers)
    {
        var block = new LabeledBlock(answers, numbers, context.LetterIndex, context.Section);
        context.Open.Close<LabeledBlock>();
        context.Open.Push(block);
        context.Labeled.Add(block);
        state.UnnumberedParts.Clear();
        if (answers)
        {
            state.LastAnswer = numbers[^1];
        }
        else
        {
            state.LastQuestion = numbers[^1];
        }
    }

    // Gives text to the open block; start is where it stood in its paragraph (0: it starts the paragraph, without a number).
    private static void Continue(SegmentationContext context, State state, Paragraph paragraph, string text, int start)
    {
        text = text.Trim();
        if (text.Length == 0 || context.Open.Innermost<LabeledBlock>() is not { } open)
        {
            return;
        }

        if (start > 0 && text.StartsWith("I n ", StringComparison.Ordinal))
        {
            text = "In " + text[4..]; // OCR of "In" after a glued number: "5I n de beoogde opzet"
        }

        // A paragraph that starts in lower case goes on with the sentence before it: OCR breaks lines mid-sentence.
        if (start == 0 && open.Parts.Count > 0 && char.IsLower(text[0]) && !ParagraphBuilder.EndsSentence(open.Parts[^1].Text))
        {
            var before = open.Parts[^1].Text;
            open.Parts[^1] = (open.Parts[^1].Paragraph, before + (before.EndsWith('-') ? string.Empty : " ") + text);
            return;
        }

        if (start == 0)
        {
            state.UnnumberedParts.Add(open.Parts.Count);
        }

        open.Parts.Add((paragraph, text));
    }

    // Numbers first+1 … next-1 are not printed. Where the open block holds exactly that many paragraphs without a number
    // of their own, each starting with a capital after a finished sentence, those are the missing blocks.
    private static void RecoverMissing(SegmentationContext context, State state, bool answers, int last, int next)
    {
        if (context.Open.Innermost<LabeledBlock>() is not { } open || last == 0)
        {
            return;
        }

        var missing = next - last - 1;
        var starts = state.UnnumberedParts
            .Where(k => k > 0 && char.IsUpper(open.Parts[k].Text[0])
                && open.Parts[k - 1].Text.TrimEnd() is var before && before.Length > 0 && (answers ? ".?!»”)" : "?").Contains(before[^1], StringComparison.Ordinal))
            .ToList();
        if (starts.Count != missing)
        {
            return;
        }

        var moved = new List<LabeledBlock>();
        for (var m = 0; m < missing; m++)
        {
            var end = m + 1 < missing ? starts[m + 1] : open.Parts.Count;
            var block = new LabeledBlock(answers, [last + 1 + m], open.Letter, open.Section);
            block.Parts.AddRange(open.Parts[starts[m]..end]);
            moved.Add(block);
        }

        open.Parts.RemoveRange(starts[0], open.Parts.Count - starts[0]);
        context.Labeled.AddRange(moved);
        context.Diagnostics.Add(new Diagnostic(
            DiagnosticCodes.NumberInferred,
            DiagnosticSeverity.Info,
            missing == 1
                ? $"{(answers ? "Answer" : "Question")} {last + 1} is not numbered in the text; taken as the paragraph between {last} and {next}."
                : $"{(answers ? "Answers" : "Questions")} {last + 1} to {next - 1} are not numbered in the text; taken as the paragraphs between {last} and {next}.",
            Paragraph.PagesOf(moved.SelectMany(b => b.Parts).Select(p => p.Paragraph))));
    }

    // Where the reading of the numbered questions and answers stands.
    private sealed class State
    {
        public NumberedPhase Phase { get; set; }

        // The highest question and answer numbers read so far.
        public int LastQuestion { get; set; }

        public int LastAnswer { get; set; }

        // The parts of the open block that began a paragraph without a number of their own.
        public List<int> UnnumberedParts { get; } = [];
    }

    // How far the questions and answers are read.
    private enum NumberedPhase
    {
        None, // not in that form, or not yet known
        Expected, // the questions head was read; question 1 may follow
        Questions,
        BetweenParts, // between the questions and the answer's head
        Answers,
    }

    // The next place at or after start where a number starts a block, with its numbers.
    private static Match? FirstItem(string text, int start, out IReadOnlyList<int> numbers)
    {
        for (var match = ItemRegex().Match(text, start); match.Success; match = match.NextMatch())
        {
            if (MonthAfterRegex().IsMatch(text, match.Index + match.Length))
            {
                continue; // "4 Juli 1991 …": a date starting a sentence
            }

            numbers = QuestionLabels.NumbersOf(match.Groups["numbers"].Value);
            return match;
        }

        numbers = [];
        return null;
    }

    // At the start or after a finished sentence (or a closing parenthesis); the number, perhaps joint ("2 en 3", "2en3",
    // "1 t/m 3"); then a capital, glued or not.
    [GeneratedRegex(@"(?:^|(?<=[.?!»”""')’]\s+))(?<numbers>[1-9]\d?(?:\s*(?:,|en|t/m|[-–])\s*[1-9]\d?)*)\s*(?=\p{Lu})")]
    private static partial Regex ItemRegex();

    [GeneratedRegex(@"\G(?:" + DutchDates.MonthNames + @")\b", RegexOptions.IgnoreCase)]
    private static partial Regex MonthAfterRegex();

    [GeneratedRegex(@"^(?<n>[1-9]\d?)\b")]
    private static partial Regex LeadingNumberRegex();
}
