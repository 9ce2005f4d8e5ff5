using System.Text.RegularExpressions;
using ParseKamerstuk.Diagnostics;
using ParseKamerstuk.Model;
using ParseKamerstuk.Text;

namespace ParseKamerstuk.Segmentation.Rules;

/// <summary>
/// The government's answer to a verslag (nota naar aanleiding van het verslag, memorie van antwoord) quotes each
/// fractie's contribution and answers it below: paragraphs that open with <c>De leden van de VVD-fractie vragen …</c>
/// (or <c>Deze leden …</c>, <c>De aan het woord zijnde leden …</c>) are the question, the paragraphs after them up to
/// the next contribution or heading are the answer. The pairs are not numbered in the document, so their numbers stay
/// empty; the fractie is recorded.
/// </summary>
internal static partial class FractieQuestionRule
{
    /// <summary>The pairs of <paramref name="context"/>'s paragraphs.</summary>
    public static IReadOnlyList<QuestionAnswer> Build(SegmentationContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var headings = context.Blocks.Where(b => b.Type == "heading").Select(b => b.Text).ToHashSet(StringComparer.Ordinal);
        var pairs = new List<QuestionAnswer>();
        var question = new List<(Paragraph Paragraph, string Text)>();
        var answer = new List<(Paragraph Paragraph, string Text)>();
        string? fractie = null;

        void Close()
        {
            if (question.Count > 0 && question.Any(q => q.Text.Contains('?', StringComparison.Ordinal) || AskRegex().IsMatch(q.Text)))
            {
                var text = string.Join("\n\n", question.Select(q => q.Text));
                var answerText = answer.Count > 0 ? string.Join("\n\n", answer.Select(a => a.Text)) : null;
                var pages = Paragraph.PagesOf(question.Concat(answer).Select(p => p.Paragraph));
                if (answerText is null)
                {
                    context.Diagnostics.Add(new Diagnostic(
                        DiagnosticCodes.QuestionWithoutAnswer, DiagnosticSeverity.Warning, $"The contribution of the {fractie ?? "fractie"} has no answer.", pages));
                }

                pairs.Add(new QuestionAnswer([], [], text, answerText, null, null, fractie, answerText is null ? [] : QuestionAnswerRule.RefersTo(answerText, []), pages));
            }

            question.Clear();
            answer.Clear();
        }

        foreach (var (paragraph, text, _) in context.Texts)
        {
            if (headings.Contains(text))
            {
                Close();
                continue;
            }

            if (ContributionRegex().IsMatch(text))
            {
                if (answer.Count > 0)
                {
                    Close();
                }

                fractie = QuestionAnswerRule.Fractie(text) ?? (text.StartsWith("De leden", StringComparison.Ordinal) ? null : fractie);
                question.Add((paragraph, text));
            }
            else if (question.Count > 0)
            {
                answer.Add((paragraph, text));
            }
        }

        Close();
        return pairs;
    }

    [GeneratedRegex(@"^(?:De|Deze)\s+(?:aan\s+het\s+woord\s+zijnde\s+)?leden\b")]
    private static partial Regex ContributionRegex();

    [GeneratedRegex(@"\b(?:vragen|vraagt|vroegen|vroeg|verzoeken|verzoekt|verzochten|willen\s+weten|wilden\s+weten|horen\s+graag|ontvangen\s+graag)\b")]
    private static partial Regex AskRegex();
}
