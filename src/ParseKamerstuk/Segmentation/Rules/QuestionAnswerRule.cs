using System.Text;
using System.Text.RegularExpressions;
using ParseKamerstuk.Conventions;
using ParseKamerstuk.Diagnostics;
using ParseKamerstuk.Model;
using ParseKamerstuk.Text;

namespace ParseKamerstuk.Segmentation.Rules;

/// <summary>
/// Turns numbered items into question/answer pairs. In a reply letter (<c>1. &lt;question&gt; &lt;answer&gt;</c>) the
/// question is the text the letter repeats from the asking party, so where an earlier letter of the same document holds
/// it, the question ends where the repeated text stops occurring in that letter, at a sentence end. Without an earlier
/// letter the question ends at its last question mark. References to other answers
/// (<c>Zie het antwoord op vraag 4</c>) become <c>refersTo</c>.
/// </summary>
internal static partial class QuestionAnswerRule
{
    private const int MinimumMatchedWords = 4;
    private const int ShingleSize = 3;

    /// <summary>
    /// Builds the pairs of <paramref name="context"/>'s numbered items; where the document only asks
    /// (<paramref name="asksOnly"/>, a verslag), each item is a question without an answer; where only answered items are
    /// questions (<paramref name="answeredOnly"/>, the agenda items of a besluitenlijst), the others make no pair.
    /// </summary>
    public static IReadOnlyList<QuestionAnswer> Build(SegmentationContext context, bool asksOnly = false, bool answeredOnly = false)
    {
        ArgumentNullException.ThrowIfNull(context);
        var pairs = new List<QuestionAnswer>();
        Dictionary<ulong, int>? shingles = null;
        var words = new List<Word>(); // one list for all items: a long document has hundreds
        foreach (var item in context.Items)
        {
            int? earlier = item.Letter is { } letter && letter > 0 ? letter : null;
            if (earlier is not null)
            {
                shingles ??= FirstLetterOfShingles(context);
            }

            Words(item, words);
            if (words.Count == 0)
            {
                continue;
            }

            var questionEnd = asksOnly ? words.Count - 1
                : item.AnswerStart is { } labelled ? words.FindLastIndex(w => w.Part < labelled)
                : earlier is { } before ? MatchedQuestionEnd(item, words, shingles!, before) : -1;
            if ((asksOnly || questionEnd < 0) && !item.Parts.Any(p => p.Text.Contains('?', StringComparison.Ordinal)))
            {
                continue; // a numbered list, not a question
            }

            if (questionEnd < 0)
            {
                questionEnd = QuestionMarkEnd(item, words);
                if (earlier is not null)
                {
                    context.Diagnostics.Add(new Diagnostic(
                        DiagnosticCodes.QuestionEndUncertain,
                        DiagnosticSeverity.Info,
                        $"Question {item.Numbers[0]} was not found in the earlier letter; it is taken to end at its last question mark.",
                        Paragraph.PagesOf(item.Parts.Select(p => p.Paragraph))));
                }
            }

            var question = Join(item, words, 0, questionEnd + 1);
            var answer = questionEnd + 1 < words.Count ? Join(item, words, questionEnd + 1, words.Count) : null;
            var pages = Paragraph.PagesOf(item.Parts.Select(p => p.Paragraph));
            if (answer is null && answeredOnly)
            {
                continue;
            }

            if (answer is null)
            {
                context.Diagnostics.Add(new Diagnostic(
                    DiagnosticCodes.QuestionWithoutAnswer,
                    DiagnosticSeverity.Warning,
                    $"Question {item.Numbers[0]} has no answer.",
                    pages));
            }

            var refersTo = answer is null ? [] : RefersTo(answer, item.Numbers);
            pairs.Add(new QuestionAnswer(item.Numbers, answer is null ? [] : item.Numbers, question, answer, item.Section, item.Letter, Fractie(question), refersTo, pages));
        }

        return pairs;
    }

    /// <summary>
    /// Pairs labelled questions with their answers: each question block keeps its own entry; an answer given jointly
    /// ("Antwoord 3, 4 en 5") is the answer of every question block whose numbers it names. Where only answered blocks are
    /// questions (<paramref name="answeredOnly"/>), the others make no pair.
    /// </summary>
    public static IReadOnlyList<QuestionAnswer> BuildLabeled(SegmentationContext context, bool answeredOnly = false)
    {
        ArgumentNullException.ThrowIfNull(context);
        var pairs = new List<QuestionAnswer>();
        var answers = context.Labeled.Where(b => b.IsAnswer).ToList();
        var used = new HashSet<LabeledBlock>();
        foreach (var question in context.Labeled.Where(b => !b.IsAnswer))
        {
            var answer = answers.FirstOrDefault(a => a.Numbers.Intersect(question.Numbers).Any() && QuestionLabels.SameSubNumbers(question.Label, a.Label));
            var questionText = JoinParts(question.Parts);
            var answerText = answer is null ? null : JoinParts(answer.Parts);

            // An answer without its own label follows the question directly: the question ends with its last
            // paragraph that asks something.
            if (answer is null && question.Parts.Count > 1)
            {
                var last = question.Parts.FindLastIndex(p => p.Text.Contains('?', StringComparison.Ordinal));
                var split = last < 0 ? 1 : last + 1;
                if (split < question.Parts.Count)
                {
                    questionText = JoinParts(question.Parts[..split]);
                    answerText = JoinParts(question.Parts[split..]);
                    context.Diagnostics.Add(new Diagnostic(
                        DiagnosticCodes.QuestionEndUncertain,
                        DiagnosticSeverity.Info,
                        $"Question {string.Join(", ", question.Numbers)} has no answer label; the answer is taken to start after the question's last question mark.",
                        Paragraph.PagesOf(question.Parts.Select(p => p.Paragraph))));
                }
            }

            var pages = Paragraph.PagesOf(question.Parts.Concat(answer?.Parts ?? []).Select(p => p.Paragraph));
            if (answerText is null && !answeredOnly)
            {
                context.Diagnostics.Add(new Diagnostic(
                    DiagnosticCodes.QuestionWithoutAnswer,
                    DiagnosticSeverity.Warning,
                    $"Question {string.Join(", ", question.Numbers)} has no answer.",
                    pages));
            }
            else if (answer is not null)
            {
                used.Add(answer);
            }

            if (answeredOnly && answerText is not { Length: > 0 })
            {
                continue;
            }

            pairs.Add(new QuestionAnswer(
                question.Numbers,
                answer?.Numbers ?? (answerText is null ? [] : question.Numbers),
                questionText,
                answerText is { Length: > 0 } ? answerText : null,
                question.Section,
                question.Letter,
                Fractie(questionText),
                answerText is null ? [] : RefersTo(answerText, question.Numbers),
                pages)
            {
                Label = question.Label,
            });
        }

        foreach (var answer in answers.Where(a => !used.Contains(a)))
        {
            context.Diagnostics.Add(new Diagnostic(
                DiagnosticCodes.AnswerRefersToUnknownQuestion,
                DiagnosticSeverity.Warning,
                $"Answer {string.Join(", ", answer.Numbers)} answers no question of the document.",
                Paragraph.PagesOf(answer.Parts.Select(p => p.Paragraph))));
        }

        return pairs;
    }

    private static string JoinParts(List<(Paragraph Paragraph, string Text)> parts) => string.Join("\n\n", parts.Select(p => p.Text));

    /// <summary>
    /// The fractie a question names as asking it: <c>De leden van de VVD-fractie vragen …</c>,
    /// <c>De leden van de fractie van GroenLinks-PvdA …</c>, <c>De door de leden van de SP-fractie gestelde vraag …</c>,
    /// <c>Het lid van de BBB-fractie vraagt …</c>.
    /// </summary>
    public static string? Fractie(string question)
    {
        ArgumentNullException.ThrowIfNull(question);
        var match = FractieRegex().Match(question);
        return !match.Success ? null : match.Groups["a"].Success ? match.Groups["a"].Value : match.Groups["b"].Value;
    }

    /// <summary>The question numbers an answer points to, without the pair's own.</summary>
    public static IReadOnlyList<int> RefersTo(string answer, IReadOnlyList<int> own)
    {
        ArgumentNullException.ThrowIfNull(answer);
        ArgumentNullException.ThrowIfNull(own);
        var numbers = new List<int>();
        foreach (var value in QuestionLabels.AnswersReferredTo(answer))
        {
            if (!own.Contains(value) && !numbers.Contains(value))
            {
                numbers.Add(value);
            }
        }

        return numbers;
    }

    /// <summary>Letters and digits only, lower case: the form in which repeated text is compared.</summary>
    public static string Fold(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        Span<char> buffer = text.Length <= 256 ? stackalloc char[text.Length] : new char[text.Length];
        var length = 0;
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c))
            {
                buffer[length++] = Folded(c);
            }
        }

        return new string(buffer[..length]);
    }

    // Every run of ShingleSize folded words in the letters, with the first letter it occurs in: a run is in a letter
    // earlier than k when its first letter is below k. One pass over the text, whatever the number of letters. Runs are
    // kept as 64-bit hashes of their folded words (stable across runs, so the output is too).
    private static Dictionary<ulong, int> FirstLetterOfShingles(SegmentationContext context)
    {
        var first = new Dictionary<ulong, int>();
        ulong? older = null;
        ulong? previous = null;
        var current = -1;
        foreach (var (_, paragraphText, paragraphLetter) in context.Texts)
        {
            if (paragraphLetter is not { } letter)
            {
                continue;
            }

            if (letter != current)
            {
                older = previous = null;
                current = letter;
            }

            foreach (var range in paragraphText.AsSpan().Split(' '))
            {
                var word = paragraphText.AsSpan(range.Start.Value, range.End.Value - range.Start.Value);
                if (word.IsEmpty)
                {
                    continue;
                }

                var folded = FoldedHash(word);
                if (older is { } o)
                {
                    first.TryAdd(Shingle(o, previous!.Value, folded), letter);
                }

                older = previous;
                previous = folded;
            }
        }

        return first;
    }

    private static ulong Shingle(ulong a, ulong b, ulong c) => (((((FnvOffset ^ a) * FnvPrime) ^ b) * FnvPrime) ^ c) * FnvPrime;

    private const ulong FnvOffset = 14695981039346656037;
    private const ulong FnvPrime = 1099511628211;

    // The FNV-1a hash of the word as Fold writes it: letters and digits only, lower case, without accents.
    private static ulong FoldedHash(ReadOnlySpan<char> word)
    {
        var hash = FnvOffset;
        foreach (var c in word)
        {
            if (char.IsLetterOrDigit(c))
            {
                hash = (hash ^ Folded(c)) * FnvPrime;
            }
        }

        return hash;
    }

    private static char Folded(char c) => char.ToLowerInvariant(LatinComposition.BaseOf(c));

    // A word of an item: the part it is in and where it stands in that part's text (words are not copied out).
    private readonly record struct Word(int Part, int Start, int Length);

    private static ReadOnlySpan<char> Text(ItemState item, Word word) => item.Parts[word.Part].Text.AsSpan(word.Start, word.Length);

    // The item's words, split on spaces, part after part.
    private static void Words(ItemState item, List<Word> words)
    {
        words.Clear();
        for (var part = 0; part < item.Parts.Count; part++)
        {
            var text = item.Parts[part].Text;
            foreach (var range in text.AsSpan().Split(' '))
            {
                var (start, length) = range.GetOffsetAndLength(text.Length);
                if (length > 0)
                {
                    words.Add(new Word(part, start, length));
                }
            }
        }
    }

    // The question is the stretch of words the earlier letter also holds: a word counts as repeated when a run of
    // ShingleSize words through it occurs there (the reply may reorder a clause or re-hyphenate a word). The answer
    // starts at the first two words in a row that are not repeated; the question ends at the last sentence end before that.
    private static int MatchedQuestionEnd(ItemState item, List<Word> words, Dictionary<ulong, int> shingles, int letter)
    {
        var folded = new ulong[words.Count];
        for (var i = 0; i < words.Count; i++)
        {
            folded[i] = FoldedHash(Text(item, words[i]));
        }

        var repeated = new bool[words.Count];
        for (var i = 0; i + ShingleSize <= words.Count; i++)
        {
            if (shingles.TryGetValue(Shingle(folded[i], folded[i + 1], folded[i + 2]), out var first) && first < letter)
            {
                Array.Fill(repeated, true, i, ShingleSize);
            }
        }

        var answerStart = words.Count;
        for (var j = 0; j < words.Count; j++)
        {
            var run = Math.Min(ShingleSize - 1, words.Count - j);
            if (!repeated.AsSpan(j, run).Contains(true))
            {
                answerStart = j;
                break;
            }
        }

        var covered = repeated.AsSpan(0, answerStart).Count(true);
        if (answerStart < MinimumMatchedWords || covered * 10 < answerStart * 6)
        {
            return -1;
        }

        for (var i = answerStart - 1; i >= 0; i--)
        {
            if (EndsSentence(Text(item, words[i]).ToString()))
            {
                return i;
            }
        }

        return answerStart - 1;
    }

    private static bool EndsSentence(string word) =>
        ParagraphBuilder.EndsSentence(word) && !word.EndsWith(':') && !AbbreviationRegex().IsMatch(word);

    private static int QuestionMarkEnd(ItemState item, List<Word> words)
    {
        // The question is every sentence up to the last question mark of the first part that has one.
        var part = words.First(w => Text(item, w).Contains('?')).Part;
        var end = -1;
        for (var i = 0; i < words.Count && words[i].Part <= part; i++)
        {
            if (Text(item, words[i]).TrimEnd("»”)\"").EndsWith('?'))
            {
                end = i;
            }
        }

        return end < 0 ? words.Count - 1 : end;
    }

    private static string Join(ItemState item, List<Word> words, int start, int end)
    {
        var builder = new StringBuilder();
        for (var i = start; i < end; i++)
        {
            if (i > start)
            {
                builder.Append(words[i].Part == words[i - 1].Part ? " " : "\n\n");
            }

            builder.Append(Text(item, words[i]));
        }

        return builder.ToString();
    }

    // "13 april jl.", "nr.", "o.a.", initials: a period that does not end a sentence.
    [GeneratedRegex(@"^(?:jl|nr|nrs|o\.a|bijv|blz|art|vgl|resp|e\.d|i\.e|m\.b\.t|t\.a\.v|z\.s\.m|ca|mln|mld|min|dhr|mw|mr|dr|drs|prof|ir|ing|(?:\p{Lu}\.)+\p{Lu}?)\.$")]
    private static partial Regex AbbreviationRegex();

    [GeneratedRegex(@"\b(?:[Dd]e\s+(?:door\s+de\s+)?leden|[Hh]et\s+lid)\s+van\s+de\s+(?:(?<a>[\p{Lu}][\p{L}\d+-]*?)-fractie\b|fractie\s+van\s+(?:de\s+|het\s+)?(?<b>[\p{Lu}][\p{L}\d+-]*))")]
    private static partial Regex FractieRegex();
}
