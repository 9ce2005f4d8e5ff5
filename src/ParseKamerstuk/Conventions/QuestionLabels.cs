using System.Globalization;
using System.Text.RegularExpressions;

namespace ParseKamerstuk.Conventions;

/// <summary>
/// Question and answer labels, one grammar for every form the papers print: <c>Vraag 3</c>, <c>Vraag 3a</c>, <c>Vragen 2 en 3</c>,
/// <c>Vraag 7, 8, 9 en 10</c>, <c>Vragen 2 t/m 4</c>, <c>Antwoord op vraag 4</c>, <c>Antwoorden 5-7</c>, with the text
/// on the label's own line or not (<c>Vraag 1:</c> <c>Heeft u …</c>); and the bare <c>Antwoord</c> (<c>Antwoord:</c>,
/// <c>Vraag.</c>) that labels the text after it without a number. Running text points to an answer the same way:
/// <c>zie het antwoord op vraag 4</c>.
/// </summary>
internal static partial class QuestionLabels
{
    /// <summary>The label of one question.</summary>
    public const string Question = "Vraag";

    /// <summary>The label of joint questions.</summary>
    public const string Questions = "Vragen";

    /// <summary>The label of an answer.</summary>
    public const string Answer = "Antwoord";

    /// <summary>The label of joint answers.</summary>
    public const string Answers = "Antwoorden";

    /// <summary><c>Vraag</c> or <c>Vragen</c>, as a regular-expression fragment.</summary>
    public const string AnyQuestion = "(?:" + Question + "|" + Questions + ")";

    /// <summary><c>Antwoord</c> or <c>Antwoorden</c>, as a regular-expression fragment.</summary>
    public const string AnyAnswer = "(?:" + Answer + "|" + Answers + ")";

    // The question an answer answers, in any case: "op vraag 4", "op de vragen 2 en 3", "op Vraag 4".
    private const string ToQuestion = @"\s+op\s+(?:de\s+)?(?i:" + AnyQuestion + ")";

    // One number, perhaps sub-numbered by a letter: "3", "3a".
    private const string Number = @"\d{1,3}(?:[a-z]\b)?";

    // Joint numbers: "3, 4 en 5", "7, 8, 9 en 10", "3, en 4", "2 t/m 4", "2 tot en met 4", "7-9", "3a en 3b".
    private const string Numbers = Number + @"(?:\s*(?:,\s*en|,|en|t/m|tot\s+en\s+met|[-–])\s*" + Number + ")*";

    /// <summary>A label read from the start of a paragraph.</summary>
    /// <param name="IsAnswer">Whether it labels an answer.</param>
    /// <param name="Numbers">The numbers it names, in order (<c>[3]</c> for <c>Vraag 3a</c>).</param>
    /// <param name="Printed">
    /// The numbers as printed where a number is sub-numbered (<c>3a</c>, <c>3a en 3b</c>), or <see langword="null"/>
    /// where the numbers say it all.
    /// </param>
    /// <param name="Rest">The text after the label on its line, or empty.</param>
    internal readonly record struct Label(bool IsAnswer, IReadOnlyList<int> Numbers, string? Printed, string Rest);

    /// <summary>Reads a numbered label at the start of <paramref name="text"/>: <c>Vraag 3, 4 en 5: Heeft u …</c>.</summary>
    public static bool TryRead(string text, out Label label)
    {
        ArgumentNullException.ThrowIfNull(text);
        var match = LabelRegex().Match(text);
        if (!match.Success)
        {
            label = default;
            return false;
        }

        var numbers = match.Groups["numbers"].Value;
        var printed = numbers.Any(char.IsAsciiLetterLower) && SubNumberRegex().IsMatch(numbers) ? string.Join(' ', numbers.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)) : null;
        label = new Label(match.Groups["kind"].Value.StartsWith(Answer, StringComparison.Ordinal), NumbersOf(numbers), printed, match.Groups["rest"].Value.Trim());
        return true;
    }

    /// <summary>
    /// Whether an answer's printed label and a question's name the same sub-numbers: both none (<c>Antwoord 3</c>
    /// answers <c>Vraag 3</c>, not <c>Vraag 3a</c>), or one in common (<c>Antwoord 3a en 3b</c> answers <c>Vraag 3b</c>).
    /// </summary>
    public static bool SameSubNumbers(string? question, string? answer) =>
        question is null || answer is null
            ? question is null && answer is null
            : SubNumbers(question).Intersect(SubNumbers(answer), StringComparer.Ordinal).Any();

    private static IEnumerable<string> SubNumbers(string printed) => SubNumberRegex().Matches(printed).Select(m => m.Value);

    /// <summary>Whether <paramref name="line"/> starts with a numbered label, question or answer (<c>Vraag 3</c>, <c>Antwoord op vraag 4</c>).</summary>
    public static bool StartsLabel(string line) => LabelStartRegex().IsMatch(line ?? string.Empty);

    /// <summary>Whether <paramref name="line"/> starts with a numbered question label (<c>Vraag 3</c>, <c>Vragen 2 en 3</c>).</summary>
    public static bool StartsQuestionLabel(string line) =>
        LabelStartRegex().Match(line ?? string.Empty) is { Success: true } match && !match.Groups["kind"].Value.StartsWith(Answer, StringComparison.Ordinal);

    /// <summary>Whether <paramref name="line"/> is a bare label alone: <c>Vraag</c>, <c>Antwoord:</c>, <c>Vraag.</c>.</summary>
    public static bool IsBare(string line) => BareRegex().Match(line ?? string.Empty) is { Success: true } match && !match.Groups["rest"].Success;

    /// <summary>Whether <paramref name="line"/> is a bare answer label alone: <c>Antwoord</c>, <c>Antwoord:</c>.</summary>
    public static bool IsBareAnswer(string line) =>
        BareRegex().Match(line ?? string.Empty) is { Success: true } match && match.Groups["kind"].Value == Answer && !match.Groups["rest"].Success;

    /// <summary>
    /// Reads a bare answer label at the start of <paramref name="text"/>, alone or with its text after a colon or period
    /// (<c>Antwoord: Ja.</c>); <paramref name="rest"/> is that text, or empty.
    /// </summary>
    public static bool TryReadBareAnswer(string text, out string rest)
    {
        ArgumentNullException.ThrowIfNull(text);
        var match = BareRegex().Match(text);
        var success = match.Success && match.Groups["kind"].Value == Answer;
        rest = success ? match.Groups["rest"].Value.Trim() : string.Empty;
        return success;
    }

    /// <summary>The numbers of "3, 4 en 5", "2 t/m 4", "7-9".</summary>
    public static IReadOnlyList<int> NumbersOf(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var numbers = new List<int>();
        foreach (Match range in RangeRegex().Matches(text))
        {
            var first = int.Parse(range.Groups["a"].Value, CultureInfo.InvariantCulture);
            var last = range.Groups["b"].Success ? int.Parse(range.Groups["b"].Value, CultureInfo.InvariantCulture) : first;
            for (var n = first; n <= last && n - first < 50; n++)
            {
                if (!numbers.Contains(n))
                {
                    numbers.Add(n);
                }
            }
        }

        return numbers;
    }

    /// <summary>
    /// The question numbers running text points to: <c>zie het antwoord op vraag 4</c>, <c>de antwoorden op de vragen
    /// 2 en 3</c>, in order, each once.
    /// </summary>
    public static IEnumerable<int> AnswersReferredTo(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        foreach (Match match in ReferenceRegex().Matches(text))
        {
            foreach (Match number in NumberRegex().Matches(match.Groups["numbers"].Value))
            {
                yield return int.Parse(number.Value, CultureInfo.InvariantCulture);
            }
        }
    }

    [GeneratedRegex("^(?<kind>" + AnyQuestion + "|" + AnyAnswer + ")(?:" + ToQuestion + @")?\s+(?<numbers>" + Numbers + @")\s*[:.)]?(?:\s+(?<rest>.*))?$", RegexOptions.Singleline)]
    private static partial Regex LabelRegex();

    [GeneratedRegex("^(?<kind>" + AnyQuestion + "|" + AnyAnswer + ")(?:" + ToQuestion + @")?\s+" + Number + @"\b")]
    private static partial Regex LabelStartRegex();

    [GeneratedRegex("^(?<kind>" + Question + "|" + Answer + @")\s*(?:[:.]\s*(?<rest>\S.*)|[:.])?$", RegexOptions.Singleline)]
    private static partial Regex BareRegex();

    [GeneratedRegex(@"\b(?i:" + AnyAnswer + ToQuestion + @")\s+(?<numbers>" + Numbers + ")")]
    private static partial Regex ReferenceRegex();

    [GeneratedRegex(@"(?<a>\d{1,3})(?:\s*(?:t/m|tot\s+en\s+met|[-–])\s*(?<b>\d{1,3}))?")]
    private static partial Regex RangeRegex();

    [GeneratedRegex(@"\d{1,3}")]
    private static partial Regex NumberRegex();

    [GeneratedRegex(@"\d{1,3}[a-z]\b")]
    private static partial Regex SubNumberRegex();
}
