using System.Text.RegularExpressions;
using ParseKamerstuk.Conventions;
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
    // A segmenter with rules, tried in order for every paragraph; SegmenterBuilder makes one.
    internal Segmenter(IReadOnlyList<IParagraphRule> rules)
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
        new PageFootRule(),
        new KamervragenRule(),
        new NumberedKamervragenRule(),
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

            mentions.AddRange(CommitteeRule.Mentions(raw));
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

        // 3. Document-level rules, in this order: the title (the type names it), the letters, the type, the pairs (which
        //    need the type), committees, footnote checks, references, identity, then the diagnostics of what stayed
        //    undecided, the fractie pairs of a nota, publication, chamber and dates.
        // The stuk's title; a letter heading inside a verslag is not the document's title.
        var texts = context.Texts.Select(t => t.Text).ToList();
        var title = context.TitleBlock.Title
            ?? texts.Take(DocumentHead.FirstPageParagraphs).Select(DocumentTypeRule.TitleIn).FirstOrDefault(t => t is not null && !t.StartsWith("BRIEF VAN", StringComparison.Ordinal));

        var titleType = title is null ? null : DocumentTypeRule.FromTitle(title);
        var letters = context.Letters.Select(l => l.ToLetter()).ToList();
        if (letters.Count == 0 && context.LooseSignatories.Count > 0)
        {
            letters.Add(new Letter(null, null, null, null, [], context.LooseSignatories.ToArray(), Paragraph.PagesOf(paragraphs)));
        }

        // 4. What kind of document, decided before the pairs are made: declared by the format, named by the title, or
        //    shown by the text.
        var declared = Field(source, "publication");
        var evidence = DocumentTypeRule.FromEvidence(texts, source.Metadata.RunningLines);
        var kamervragen = context.Kamervragen?.ToModel();
        var isHandelingen = declared == Publications.Handelingen || evidence == DocumentTypes.Handelingen;
        var motion = isHandelingen ? null : MotionRule.Read(context.Texts, title);
        var documentType = isHandelingen ? DocumentTypes.Handelingen
            : title is not null ? titleType
            : evidence ?? (kamervragen is not null || context.Labeled.Any(b => b.IsAnswer) ? DocumentTypes.AntwoordKamervragen : null)
            ?? (motion is not null ? (motion.IsAmended ? DocumentTypes.GewijzigdeMotie : DocumentTypes.Motie) : null)
            ?? DocumentTypeRule.FromPhrases(texts);
        if (documentType is null && (letters.Any(l => l.Heading is not null || l.Addressee is not null) || texts.Take(DocumentHead.SalutationParagraphs).Any(t => SalutationRegex().IsMatch(t))))
        {
            documentType = DocumentTypes.Brief;
        }

        if (documentType == DocumentTypes.Motie && motion?.IsAmended == true)
        {
            documentType = DocumentTypes.GewijzigdeMotie;
        }

        // 5. The pairs. A verslag only asks (the answers come in a nota or memorie of their own): what follows a numbered
        //    question in it is more of the question, never an answer. Agenda items of a besluitenlijst and numbered points
        //    in Handelingen are not questions: only answered items pair there.
        var asksOnly = DocumentTypes.OnlyAsks(titleType);
        var answeredOnly = documentType is DocumentTypes.Besluitenlijst or DocumentTypes.Handelingen;
        var qa = QuestionAnswerRule.Build(context, asksOnly, answeredOnly).Concat(QuestionAnswerRule.BuildLabeled(context, answeredOnly)).ToList();

        var committees = CommitteeRule.Build(mentions, footnotes, context.Clerks, context.Diagnostics);
        foreach (var note in footnotes.Where(f => !referenced.Contains(f.Number)))
        {
            context.Diagnostics.Add(new Diagnostic(
                DiagnosticCodes.FootnoteWithoutMarker, DiagnosticSeverity.Info, $"Footnote {note.Number} is not referred to from the text.", note.Pages));
        }

        // A superscript marker (from a PDF's layout) whose note is nowhere in the document.
        foreach (var marker in source.Metadata.Fields.Where(f => f.Key == Reading.PdfDocumentReader.FootnoteMarkerField))
        {
            var parts = marker.Value.Split(':');
            if (parts.Length == 2 && !footnoteNumbers.Contains(parts[1]) && parts[1].All(char.IsDigit))
            {
                context.Diagnostics.Add(new Diagnostic(
                    DiagnosticCodes.FootnoteMarkerWithoutFootnote,
                    DiagnosticSeverity.Warning,
                    $"Footnote marker {parts[1]} has no footnote.",
                    [int.Parse(parts[0], System.Globalization.CultureInfo.InvariantCulture)]));
            }
        }

        var references = texts.Concat(footnotes.Select(f => f.Text))
            .SelectMany(ReferenceReader.Read)
            .DistinctBy(r => (r.Text, r.Identifier))
            .ToList();

        var identity = IdentityRule.Combine(
            IdentityRule.Read(source.Metadata.RunningLines.Concat(texts)) ?? IdentityRule.FromHandelingenRunningLines(source.Metadata.RunningLines),
            context.TitleBlock,
            context.Diagnostics);
        if (identity?.Identifier is null)
        {
            context.Diagnostics.Add(new Diagnostic(
                DiagnosticCodes.IdentityNotFound,
                DiagnosticSeverity.Warning,
                "The document prints no title block or running footer: identifier, dossiers and ondernummer are null.",
                null));
        }

        if (documentType is null)
        {
            context.Diagnostics.Add(new Diagnostic(
                DiagnosticCodes.DocumentTypeUndecided, DiagnosticSeverity.Warning, "The document type could not be decided from the text.", null));
        }

        // A nota naar aanleiding van het verslag or memorie van antwoord without numbered questions answers each fractie in turn.
        if (documentType is DocumentTypes.NotaNaarAanleidingVanVerslag or DocumentTypes.MemorieVanAntwoord && qa.Count == 0)
        {
            qa.AddRange(FractieQuestionRule.Build(context));
        }

        var publication = identity?.Publication ?? declared
            ?? (isHandelingen ? Publications.Handelingen : documentType == DocumentTypes.Besluitenlijst ? Publications.Besluitenlijst
                : kamervragen is not null ? Publications.Kamervragen : documentType == DocumentTypes.Brief && identity?.Identifier is null ? Publications.Brief : null);

        var chamber = identity?.Chamber ?? InferChamber(identity?.Ondernummer, letters, context.Diagnostics);
        var dates = ReadDates(texts);
        if (dates.Published is null && Field(source, "DCTERMS.issued") is { Length: 10 } issued && DateOnly.TryParseExact(issued, "yyyy-MM-dd", out _))
        {
            dates = dates with { Published = issued };
        }

        return new KamerstukDocument(
            KamerstukDocument.CurrentSchemaVersion,
            info,
            identity?.Identifier,
            publication,
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
            documentType == DocumentTypes.Amendement ? AmendmentRule.Read(context.Texts, title) : null,
            qa,
            context.Blocks,
            footnotes,
            references,
            context.Diagnostics);
    }

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

    private static string? Field(SourceDocument source, string name) =>
        source.Metadata.Fields.Where(f => f.Key == name).Select(f => f.Value).FirstOrDefault();

    private static string? InferChamber(string? ondernummer, List<Letter> letters, List<Diagnostic> diagnostics)
    {
        // Eerste Kamer stukken are lettered (27 925, AB); the Tweede Kamer's are numbered.
        if (ondernummer is { Length: <= 3 } && ondernummer.All(char.IsAsciiLetterUpper))
        {
            diagnostics.Add(new Diagnostic(
                DiagnosticCodes.ChamberInferred,
                DiagnosticSeverity.Info,
                $"The chamber is not printed as such; it is the Eerste Kamer, whose stukken are lettered ({ondernummer}).",
                null));
            return Chambers.Eerste;
        }

        foreach (var letter in letters)
        {
            var match = letter.Addressee is null ? Match.Empty : ChamberAddresseeRegex().Match(letter.Addressee);
            if (match.Success)
            {
                var chamber = Chambers.FromHouse(match.Groups["house"].Value);
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

    [GeneratedRegex(@"^Geachte\s+(?:[Vv]oorzitter|heer|mevrouw|leden)\b")]
    private static partial Regex SalutationRegex();

    [GeneratedRegex(@"Voorzitter\s+van\s+de\s+(?<house>Eerste|Tweede)\s+Kamer")]
    private static partial Regex ChamberAddresseeRegex();

    [GeneratedRegex(@"\bVastgesteld\s+(?<date>" + DutchDates.Pattern + ")")]
    private static partial Regex EstablishedRegex();

    [GeneratedRegex(@"\b[Oo]ntvangen\s+(?<date>" + DutchDates.Pattern + ")")]
    private static partial Regex ReceivedRegex();

    [GeneratedRegex(@"\b[Ii]ngezonden\s+(?<date>" + DutchDates.Pattern + ")")]
    private static partial Regex SubmittedRegex();

    [GeneratedRegex(@"\bVoorgesteld\s+(?:[^.;]{0,80}?\s)?(?<date>" + DutchDates.Pattern + ")")]
    private static partial Regex ProposedRegex();
}
