using ParseKamerstuk.Diagnostics;
using ParseKamerstuk.Model;
using ParseKamerstuk.Segmentation.Rules;
using ParseKamerstuk.Text;

namespace ParseKamerstuk.Segmentation;

/// <summary>
/// Stage 3: finds the structure of a document in its lines. Paragraphs are built, footnotes taken out, and each
/// remaining paragraph is offered to the paragraph rules in order, which open, continue and close blocks on the
/// context's stack; the document rules then decide the type, pair questions with answers, compose committees, and
/// read identity, dates and references.
/// </summary>
public sealed class Segmenter
{
    // A segmenter with rules, tried in order for every paragraph; SegmenterBuilder makes one.
    internal Segmenter(IReadOnlyList<IParagraphRule> rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        Rules = rules;

        // Where paragraphs start is said by the conventions: the footnotes and compositions read before the rules, then
        // each paragraph rule that knows its own starts.
        _paragraphStarts = [new FootnoteRule.ParagraphStarts(), new CompositionParser.ParagraphStarts(), .. rules.OfType<IParagraphStarts>()];
    }

    private readonly IParagraphStarts[] _paragraphStarts;

    /// <summary>The segmenter with the standard rules.</summary>
    public static Segmenter Default { get; } = new(
    [
        new TitleBlockRule(),
        new LetterHeadingRule(),
        new AddresseeRule(),
        new PlaceDateRule(),
        new SignatureRule(),
        new PageFootRule(),
        new KamervragenRule(),
        new NumberedKamervragenRule(),
        new LabeledQuestionRule(),
        new NumberedItemRule(),
        new SectionHeadingRule(),
        new BulletItemRule(),
        new ParagraphRule(),
    ]);

    /// <summary>The paragraph rules, in the order they are tried.</summary>
    public IReadOnlyList<IParagraphRule> Rules { get; }

    /// <summary>Segments <paramref name="source"/> into the output model.</summary>
    public KamerstukDocument Segment(SourceDocument source, SourceInfo info, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(info);
        var context = new SegmentationContext();
        context.Diagnostics.AddRange(source.Diagnostics);

        // 1. Paragraphs, and the footnotes among them.
        var paragraphs = BuildParagraphs(source.Lines);
        var found = FootnoteRule.Find(paragraphs);
        var footnoteNumbers = found.Values.Where(f => !f.Continuation).Select(f => f.Number).ToHashSet(StringComparer.Ordinal);
        var markerNumbers = WithSkippedBracketNotes(footnoteNumbers);
        var footnotes = found.Where(f => !f.Value.Continuation).OrderBy(f => f.Key).Select(f => new Footnote(f.Value.Number, f.Value.Text, f.Value.Paragraph.Pages)).ToList();
        var referenced = new HashSet<string>(StringComparer.Ordinal);
        var mentions = new List<CommitteeRule.Mention>();

        // 2. Each paragraph to the rules, in order.
        for (var i = 0; i < paragraphs.Count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var paragraph = paragraphs[i];
            string raw;
            if (found.TryGetValue(i, out var footnote))
            {
                if (footnote.TextBefore is not { Length: > 0 } before)
                {
                    continue;
                }

                raw = before;
            }
            else
            {
                raw = paragraph.Text;
            }

            // A committee's marker refers to its footnote also where OCR read the marker as an apostrophe ("Zaken' heeft").
            var named = mentions.Count;
            mentions.AddRange(CommitteeRule.Mentions(raw));
            referenced.UnionWith(mentions.Skip(named).Select(m => m.Marker).OfType<string>().Where(footnoteNumbers.Contains));
            var markers = new List<string>();
            var text = FootnoteMarkers.Strip(raw, markerNumbers, markers);
            foreach (var marker in markers.Where(m => !footnoteNumbers.Contains(m) && !referenced.Contains(m)))
            {
                context.Diagnostics.Add(new Diagnostic(
                    DiagnosticCodes.FootnoteMarkerWithoutFootnote, DiagnosticSeverity.Warning, $"Footnote marker {marker} has no footnote.", paragraph.Pages));
            }

            referenced.UnionWith(markers);
            foreach (var rule in Rules)
            {
                if (rule.Apply(context, paragraph, text, markers) != RuleResult.None)
                {
                    break;
                }
            }

            context.Texts.Add((paragraph, text, context.LetterIndex));
        }

        // 3. The document rules, in their order, each reading what the paragraph rules found and what the rules before it
        //    decided.
        var input = new DocumentInput(source, context, paragraphs, context.Texts.Select(t => t.Text).ToList(), footnotes, footnoteNumbers, referenced, mentions);
        var document = new DocumentBuilder(info, context.Blocks, context.Diagnostics) { Footnotes = footnotes };
        foreach (var rule in DocumentRules.InOrder)
        {
            rule(input, document);
        }

        return document.Build();
    }

    /// <summary>The paragraphs of <paramref name="lines"/>, where layout and this segmenter's conventions start them.</summary>
    internal IReadOnlyList<Paragraph> BuildParagraphs(IReadOnlyList<SourceLine> lines) =>
        ParagraphBuilder.Build(lines, [.. _paragraphStarts.Select(s => s.ForDocument())]);

    // Bracketed source notes may skip a number ("[1]", "[2]", "[4]"); the marker "[3]" is a marker all the same, and
    // leaves the text with a warning that its note is missing.
    private static HashSet<string> WithSkippedBracketNotes(HashSet<string> numbers)
    {
        var last = numbers.Where(n => n.StartsWith('[')).Select(n => int.Parse(n[1..^1], System.Globalization.CultureInfo.InvariantCulture)).DefaultIfEmpty(0).Max();
        if (last == 0)
        {
            return numbers;
        }

        var all = new HashSet<string>(numbers, StringComparer.Ordinal);
        for (var k = 1; k < last; k++)
        {
            all.Add("[" + k.ToString(System.Globalization.CultureInfo.InvariantCulture) + "]");
        }

        return all;
    }
}
