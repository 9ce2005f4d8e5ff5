using System.Text.RegularExpressions;
using ParseKamerstuk.Diagnostics;
using ParseKamerstuk.Model;
using ParseKamerstuk.Segmentation.Rules;
using ParseKamerstuk.Text;

namespace ParseKamerstuk.Segmentation;

/// <summary>
/// Stage 3: finds the structure of a document in its lines. Paragraphs are built, footnotes taken out, and each
/// remaining paragraph is offered to the paragraph rules in order; document-level rules then pair questions with
/// answers, compose committees, and read identity, type, dates and references.
/// </summary>
public sealed partial class Segmenter
{
    /// <summary>Creates a segmenter with <paramref name="rules"/>, tried in order for every paragraph.</summary>
    public Segmenter(IReadOnlyList<IParagraphRule> rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        Rules = rules;
    }

    /// <summary>The segmenter with the standard rules.</summary>
    public static Segmenter Default { get; } = new(
    [
        new TitleBlockRule(),
        new LetterHeadingRule(),
        new AddresseeRule(),
        new PlaceDateRule(),
        new SignatureRule(),
        new KamervragenRule(),
        new LabeledQuestionRule(),
        new NumberedItemRule(),
        new SectionHeadingRule(),
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
        var paragraphs = ParagraphBuilder.Build(source.Lines);
        var found = FootnoteRule.Find(paragraphs);
        var footnoteNumbers = found.Values.Select(f => f.Number).ToHashSet(StringComparer.Ordinal);
        var footnotes = found.OrderBy(f => f.Key).Select(f => new Footnote(f.Value.Number, f.Value.Text, f.Value.Paragraph.Pages)).ToList();
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

            mentions.AddRange(CommitteeRule.Mentions(raw));
            var markers = new List<string>();
            var text = FootnoteMarkers.Strip(raw, footnoteNumbers, markers);
            referenced.UnionWith(markers);
            foreach (var rule in Rules)
            {
                if (rule.TryApply(context, paragraph, text, markers))
                {
                    break;
                }
            }

            context.Texts.Add((paragraph, text, context.LetterIndex));
        }

        // 3. Document-level rules.
        var qa = QuestionAnswerRule.Build(context).Concat(QuestionAnswerRule.BuildLabeled(context)).ToList();
        var letters = context.Letters.Select(l => l.ToLetter()).ToList();
        if (letters.Count == 0 && context.LooseSignatories.Count > 0)
        {
            letters.Add(new Letter(null, null, null, null, [], context.LooseSignatories.ToArray(), Paragraph.PagesOf(paragraphs)));
        }

        var committees = CommitteeRule.Build(mentions, footnotes, context.Clerks, context.Diagnostics);
        foreach (var note in footnotes.Where(f => !referenced.Contains(f.Number)))
        {
            context.Diagnostics.Add(new Diagnostic(
                DiagnosticCodes.FootnoteWithoutMarker, DiagnosticSeverity.Info, $"Footnote {note.Number} is not referred to from the text.", note.Pages));
        }

        var texts = context.Texts.Select(t => t.Text).ToList();
        var references = texts.Concat(footnotes.Select(f => f.Text))
            .SelectMany(ReferenceReader.Read)
            .DistinctBy(r => (r.Text, r.Identifier))
            .ToList();

        var identity = IdentityRule.Combine(IdentityRule.Read(source.Metadata.RunningLines.Concat(texts)), context.TitleBlock, context.Diagnostics);
        if (identity?.Identifier is null)
        {
            context.Diagnostics.Add(new Diagnostic(
                DiagnosticCodes.IdentityNotFound,
                DiagnosticSeverity.Warning,
                "The document prints no title block or running footer: identifier, dossiers and ondernummer are null.",
                null));
        }

        var declared = source.Metadata.Fields.Where(f => f.Key == "publication").Select(f => f.Value).FirstOrDefault();
        var title = context.TitleBlock.Title
            ?? texts.Take(40).FirstOrDefault(t => ParagraphBuilder.IsCapitalsLine(t) && DocumentTypeRule.FromTitle(t) is not null);
        var documentType = declared == "handelingen" ? "handelingen"
            : title is not null ? DocumentTypeRule.FromTitle(title) : DocumentTypeRule.FromPhrases(texts);
        var kamervragen = context.Kamervragen?.ToModel();
        var motion = declared == "handelingen" ? null : MotionRule.Read(context.Texts, title);
        if (documentType is null && motion is not null)
        {
            documentType = motion.IsAmended ? "gewijzigde-motie" : "motie";
        }

        if (documentType is null && kamervragen is not null)
        {
            documentType = "antwoord-kamervragen";
        }

        if (documentType is null && letters.Count == 1 && letters[0].Heading is not null)
        {
            documentType = "brief";
        }

        if (documentType is null)
        {
            context.Diagnostics.Add(new Diagnostic(
                DiagnosticCodes.DocumentTypeUndecided, DiagnosticSeverity.Warning, "The document type could not be decided from the text.", null));
        }

        var chamber = identity?.Chamber ?? InferChamber(letters, context.Diagnostics);
        var dates = ReadDates(texts);
        if (dates.Published is null && Field(source, "DCTERMS.issued") is { Length: 10 } issued && DateOnly.TryParseExact(issued, "yyyy-MM-dd", out _))
        {
            dates = dates with { Published = issued };
        }

        return new KamerstukDocument(
            KamerstukDocument.CurrentSchemaVersion,
            info,
            identity?.Identifier,
            identity?.Publication ?? declared ?? (kamervragen is not null ? "kamervragen" : null),
            chamber,
            identity?.Vergaderjaar ?? Field(source, "OVERHEIDop.vergaderjaar")?.Replace('–', '-').Replace('/', '-'),
            identity?.Dossiers ?? [],
            identity?.Ondernummer,
            identity?.Aanhangselnummer,
            documentType,
            title,
            dates,
            committees,
            letters,
            kamervragen,
            motion,
            qa,
            context.Blocks,
            footnotes,
            references,
            context.Diagnostics);
    }

    private static string? Field(SourceDocument source, string name) =>
        source.Metadata.Fields.Where(f => f.Key == name).Select(f => f.Value).FirstOrDefault();

    private static string? InferChamber(List<Letter> letters, List<Diagnostic> diagnostics)
    {
        foreach (var letter in letters)
        {
            var match = letter.Addressee is null ? Match.Empty : ChamberAddresseeRegex().Match(letter.Addressee);
            if (match.Success)
            {
                var chamber = match.Groups["house"].Value == "Eerste" ? "eerste-kamer" : "tweede-kamer";
                diagnostics.Add(new Diagnostic(
                    DiagnosticCodes.ChamberInferred,
                    DiagnosticSeverity.Info,
                    $"The chamber is not printed as such; it is taken from the addressee '{letter.Addressee}'.",
                    letter.Pages));
                return chamber;
            }
        }

        return null;
    }

    private static DocumentDates ReadDates(List<string> texts)
    {
        string? Find(Regex regex)
        {
            foreach (var text in texts)
            {
                var match = regex.Match(text);
                if (match.Success && DutchDates.ToIso(match.Groups["date"].Value) is { } iso)
                {
                    return iso;
                }
            }

            return null;
        }

        return new DocumentDates(
            Find(EstablishedRegex()), Find(ReceivedRegex()), Find(SubmittedRegex()), Find(ProposedRegex()), null);
    }

    [GeneratedRegex(@"Voorzitter\s+van\s+de\s+(?<house>Eerste|Tweede)\s+Kamer")]
    private static partial Regex ChamberAddresseeRegex();

    [GeneratedRegex(@"\bVastgesteld\s+(?<date>" + DutchDates.Pattern + ")")]
    private static partial Regex EstablishedRegex();

    [GeneratedRegex(@"\b[Oo]ntvangen\s+(?<date>" + DutchDates.Pattern + ")")]
    private static partial Regex ReceivedRegex();

    [GeneratedRegex(@"\bingezonden\s+(?<date>" + DutchDates.Pattern + ")")]
    private static partial Regex SubmittedRegex();

    [GeneratedRegex(@"\bVoorgesteld\s+(?:[^.;]{0,80}?\s)?(?<date>" + DutchDates.Pattern + ")")]
    private static partial Regex ProposedRegex();
}
