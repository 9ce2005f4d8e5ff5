using System.Text.RegularExpressions;
using ParseKamerstuk.Diagnostics;
using ParseKamerstuk.Model;
using ParseKamerstuk.Text;

namespace ParseKamerstuk.Segmentation.Rules;

/// <summary>
/// Questions that the fracties put, and their answers, where the document does not number them.
/// <para>
/// A verslag van een schriftelijk overleg prints each fractie's contribution under a heading of its own in section I
/// (<c>I Vragen en opmerkingen vanuit de fracties</c> / <c>Vragen en opmerkingen van de leden van de VVD-fractie</c>,
/// also <c>Inbreng van de leden van de VVD-fractie</c>) and the reaction to it in section II (<c>II Reactie van de
/// minister</c> / <c>Reactie op de vragen en opmerkingen van de leden van de VVD-fractie</c>, or a block headed by the
/// fractie again): <see cref="BuildSections"/> pairs each contribution with the reaction to the same fractie, found by
/// its name, not by its place. The table of contents (<c>Vragen en opmerkingen van de leden van de VVD-fractie 2</c>,
/// with its page number) heads nothing.
/// </para>
/// <para>
/// The government's answer to a verslag (nota naar aanleiding van het verslag, memorie van antwoord) quotes each
/// fractie's contribution and answers it below: paragraphs that open with <c>De leden van de VVD-fractie vragen …</c>
/// (or <c>Deze leden …</c>, <c>De aan het woord zijnde leden …</c>, <c>Het lid van de BBB-fractie …</c>, <c>Voorts
/// vragen deze leden …</c>) are the question, the paragraphs after them up to the next contribution or heading are the
/// answer (<see cref="Build"/>). A contribution that names no fractie has the fractie of the heading it stands under.
/// </para>
/// The pairs are not numbered in the document, so their numbers stay empty; the fractie is recorded.
/// </summary>
internal static partial class FractieQuestionRule
{
    /// <summary>The restated contributions of a nota or memorie, each with the answer below it.</summary>
    public static IReadOnlyList<QuestionAnswer> Build(SegmentationContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var headings = Headings(context);
        var pairs = new List<QuestionAnswer>();
        var question = new List<(Paragraph Paragraph, string Text)>();
        var answer = new List<(Paragraph Paragraph, string Text)>();
        string? fractie = null;
        string? headed = null;

        void Close()
        {
            if (question.Count > 0 && question.Any(q => q.Text.Contains('?', StringComparison.Ordinal) || AskRegex().IsMatch(q.Text)))
            {
                var text = string.Join("\n\n", question.Select(q => q.Text));
                var answerText = answer.Count > 0 ? string.Join("\n\n", answer.Select(a => a.Text)) : null;
                pairs.Add(Pair(context, fractie, text, answerText, question.Concat(answer).Select(p => p.Paragraph)));
            }

            question.Clear();
            answer.Clear();
        }

        foreach (var (paragraph, text, _) in context.Texts)
        {
            if (headings.Contains(text) || SignatureRule.StartsSignature(text))
            {
                // A heading ends the answer before it, and so does the signature under the last one.
                Close();
                headed = IsTableOfContents(text) ? headed : HeadingFractie(text);
                continue;
            }

            if (ContributionRegex().IsMatch(text))
            {
                if (answer.Count > 0)
                {
                    Close();
                }

                fractie = QuestionAnswerRule.Fractie(text) ?? (NamesItsFractie(text) ? null : question.Count > 0 ? fractie : headed ?? fractie);
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

    /// <summary>
    /// The contributions of section I of a verslag, each with the reaction to its fractie in section II; empty when
    /// the document has no contribution under a fractie's heading.
    /// </summary>
    public static IReadOnlyList<QuestionAnswer> BuildSections(SegmentationContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var headings = Headings(context);
        var contributions = new List<(string Fractie, List<(Paragraph Paragraph, string Text)> Parts)>();
        var reactions = new Dictionary<string, List<(Paragraph Paragraph, string Text)>>(StringComparer.OrdinalIgnoreCase);
        List<(Paragraph Paragraph, string Text)>? current = null;
        var reacting = false;
        foreach (var (paragraph, text, _) in context.Texts)
        {
            if (SignatureRule.StartsSignature(text))
            {
                current = null; // the signature under the last reaction
                continue;
            }

            if (!headings.Contains(text))
            {
                current?.Add((paragraph, text));
                continue;
            }

            if (IsTableOfContents(text))
            {
                continue;
            }

            if (ReactionSectionRegex().IsMatch(text))
            {
                reacting = true;
                current = null;
            }
            else if (HeadingFractie(text) is { } fractie)
            {
                if (reacting || ReactionHeadingRegex().IsMatch(text))
                {
                    reacting = true;
                    current = reactions.TryGetValue(fractie, out var parts) ? parts : reactions[fractie] = [];
                }
                else
                {
                    current = [];
                    contributions.Add((fractie, current));
                }
            }

            // Any other heading is a theme within the fractie's block ("Veiligheid", "Financiën").
        }

        var pairs = new List<QuestionAnswer>();
        foreach (var (fractie, parts) in contributions.Where(c => c.Parts.Count > 0))
        {
            var reaction = reactions.GetValueOrDefault(fractie) ?? [];
            var answer = reaction.Count > 0 ? string.Join("\n\n", reaction.Select(r => r.Text)) : null;
            pairs.Add(Pair(context, fractie, string.Join("\n\n", parts.Select(p => p.Text)), answer, parts.Concat(reaction).Select(p => p.Paragraph)));
        }

        return pairs;
    }

    /// <summary>
    /// Whether <paramref name="line"/> is a heading of a verslag's sections or of a fractie's block, or its line in the
    /// table of contents: <c>I Vragen en opmerkingen vanuit de fracties</c>, <c>II Reactie van de minister</c>,
    /// <c>Inbreng van de leden van de VVD-fractie 2</c>. Such a line stands alone wherever the page breaks.
    /// </summary>
    internal static bool IsSectionLine(string line)
    {
        ArgumentNullException.ThrowIfNull(line);
        if (line.Length is < 10 or > 120)
        {
            return false;
        }

        // A heading starts with a capital and holds no sentence: "reactie van de minister destijds …" in a speech is none.
        var text = TableOfContentsRegex().Replace(line.Trim(), string.Empty);
        if (text.Length == 0 || !char.IsUpper(text[0]) || SentencePunctuationRegex().IsMatch(text))
        {
            return false;
        }

        return SectionOneRegex().IsMatch(text) || ReactionSectionRegex().IsMatch(text)
            || (HeadingFractie(text) is not null && !text.StartsWith("De ", StringComparison.Ordinal) && text.Contains(' ', StringComparison.Ordinal));
    }

    /// <summary>Whether <paramref name="line"/> is a page number alone, as a table of contents may print it under its entry.</summary>
    internal static bool IsPageNumber(string line) => PageNumberRegex().IsMatch(line ?? string.Empty);

    private static QuestionAnswer Pair(SegmentationContext context, string? fractie, string question, string? answer, IEnumerable<Paragraph> paragraphs)
    {
        var pages = Paragraph.PagesOf(paragraphs);
        if (answer is null)
        {
            context.Diagnostics.Add(new Diagnostic(
                DiagnosticCodes.QuestionWithoutAnswer, DiagnosticSeverity.Warning, $"The contribution of the {fractie ?? "fractie"} has no answer.", pages));
        }

        return new QuestionAnswer([], [], question, answer, null, null, fractie, answer is null ? [] : QuestionAnswerRule.RefersTo(answer, []), pages);
    }

    private static HashSet<string> Headings(SegmentationContext context) =>
        context.Blocks.Where(b => b.Type == BlockTypes.Heading).Select(b => b.Text).ToHashSet(StringComparer.Ordinal);

    // A line of the table of contents ends in its page number: "Vragen en opmerkingen van de leden van de VVD-fractie 2".
    private static bool IsTableOfContents(string heading) => TableOfContentsRegex().IsMatch(heading);

    /// <summary>The fractie a heading names: <c>Inbreng van de leden van de VVD-fractie</c>, <c>Reactie op de vragen van de leden van de fractie van de SP</c>, <c>PVV-fractie</c>.</summary>
    internal static string? HeadingFractie(string heading)
    {
        var match = FractieHeadingRegex().Match(heading);
        return !match.Success ? null : match.Groups["a"].Success ? match.Groups["a"].Value : match.Groups["b"].Value;
    }

    // "De leden van de VVD-fractie …" names its fractie; "Deze leden …" and "De aan het woord zijnde leden …" do not.
    private static bool NamesItsFractie(string text) => text.StartsWith("De leden", StringComparison.Ordinal) || text.StartsWith("Het lid", StringComparison.Ordinal);

    [GeneratedRegex(@"^(?:(?:Ook|Voorts|Verder|Daarnaast|Tot\s+slot|Tevens|Ten\s+slotte)\s+(?:vragen|vraagt|willen|wil|merken|lezen|hebben)\s+)?(?:(?:De|de|Deze|deze)\s+(?:aan\s+het\s+woord\s+zijnde\s+)?leden|Het\s+(?:aan\s+het\s+woord\s+zijnde\s+)?lid\s+van\s+de)\b")]
    private static partial Regex ContributionRegex();

    [GeneratedRegex(@"\b(?:vragen|vraagt|vroegen|vroeg|verzoeken|verzoekt|verzochten|willen\s+weten|wilden\s+weten|horen\s+graag|ontvangen\s+graag)\b")]
    private static partial Regex AskRegex();

    // "Vragen en opmerkingen van de leden van de VVD-fractie", "Inbreng van de leden van de fractie van de SP",
    // "Reactie op de vragen en opmerkingen van de leden van de NSC-fractie", "Het lid van de BBB-fractie", "PVV-fractie".
    [GeneratedRegex(@"^(?:(?:Vragen\s+en\s+opmerkingen|Inbreng|Opmerkingen|Vragen|(?:Reactie|Antwoorden?|Beantwoording)(?:\s+(?:op|van))?(?:\s+de)?(?:\s+(?:vragen\s+en\s+opmerkingen|vragen|opmerkingen|inbreng))?)\s+(?:van(?:uit)?\s+)?)?(?:de\s+|De\s+|het\s+|Het\s+)?(?:(?:leden|lid)\s+van\s+de\s+)?(?:(?<a>\p{Lu}[\p{L}\d+-]*?)-fractie|fractie\s+van\s+(?:de\s+|het\s+)?(?<b>\p{Lu}[\p{L}\d+-]*))$")]
    private static partial Regex FractieHeadingRegex();

    // "Reactie op de vragen …", "Antwoord op de inbreng …", "Beantwoording …": a heading of section II.
    [GeneratedRegex(@"^(?:Reactie|Antwoorden?|Beantwoording)\b")]
    private static partial Regex ReactionHeadingRegex();

    // "II Reactie van de minister", "II. Antwoord van de staatssecretaris", "Reactie van het kabinet", "Reactie van de bewindspersoon".
    [GeneratedRegex(@"^(?:[IVX]{1,4}\.?\s+)?(?:Reactie|Antwoord|Beantwoording)\s+(?:van\s+)?(?:de|het)\s+(?:minister|staatssecretaris|bewindspersonen|bewindspersoon|kabinet|regering)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ReactionSectionRegex();

    [GeneratedRegex(@"\s(?:\d{1,3}|blz\.)$")]
    private static partial Regex TableOfContentsRegex();

    // "I Vragen en opmerkingen vanuit de fracties", "VRAGEN EN OPMERKINGEN VANUIT DE FRACTIES", "Inbreng van de fracties",
    // "Inhoudsopgave".
    [GeneratedRegex(@"^(?:(?:[IVX]{1,4}\.?\s+)?(?:Vragen\s+en\s+opmerkingen|Inbreng)\s+(?:vanuit|van)\s+de\s+fracties\b|Inhoudsopgave$)", RegexOptions.IgnoreCase)]
    private static partial Regex SectionOneRegex();

    // A full stop, question mark, colon or semicolon after the first word: a sentence, not a heading ("II." is a numeral).
    [GeneratedRegex(@"(?<=\S\s.*)[.?!:;]")]
    private static partial Regex SentencePunctuationRegex();

    [GeneratedRegex(@"^\s*\d{1,3}\s*$")]
    private static partial Regex PageNumberRegex();
}
