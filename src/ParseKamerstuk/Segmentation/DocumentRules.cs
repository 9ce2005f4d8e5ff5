using System.Text.RegularExpressions;
using ParseKamerstuk.Conventions;
using ParseKamerstuk.Diagnostics;
using ParseKamerstuk.Model;
using ParseKamerstuk.Segmentation.Rules;
using ParseKamerstuk.Text;

namespace ParseKamerstuk.Segmentation;

/// <summary>What the paragraph pass leaves for the document rules.</summary>
internal sealed record DocumentInput(
    SourceDocument Source,
    SegmentationContext Context,
    IReadOnlyList<Paragraph> Paragraphs,
    IReadOnlyList<string> Texts,
    IReadOnlyList<Footnote> Footnotes,
    IReadOnlySet<string> FootnoteNumbers,
    IReadOnlySet<string> Referenced,
    IReadOnlyList<CommitteeRule.Mention> Mentions)
{
    public string? Field(string name) => Source.Metadata.Fields.Where(f => f.Key == name).Select(f => f.Value).FirstOrDefault();
}

/// <summary>
/// Stage 4: the document rules, which read the whole document once the paragraph rules have walked it, and write
/// through a <see cref="DocumentBuilder"/>. They run in the order of <see cref="InOrder"/>, which the comments there
/// explain; the diagnostics come out in that order.
/// </summary>
internal static partial class DocumentRules
{
    /// <summary>The rules, in the order they run.</summary>
    public static IReadOnlyList<Action<DocumentInput, DocumentBuilder>> InOrder { get; } =
    [
        Title, // the stuk's title names its type
        Letters, // the letters, which a brief's type needs
        DocumentType, // before the pairs: the type says whether numbered items ask or answer
        Pairs, // questions and answers, as the type allows
        Committees, // the committees, from the mentions, the composition footnotes and the clerks
        FootnoteChecks, // notes without a marker and markers without a note
        References, // the references in the text and the footnotes
        Identity, // identifier, dossiers and ondernummer, from the running lines, the text and the title block
        UndecidedType, // the type's warning after the identity's, as the diagnostics have always come
        FractiePairs, // a nota without numbered pairs answers each fractie: needs the type and the pairs
        Publication, // needs the identity and the type
        Chamber, // needs the identity and the letters
        Dates,
        AmendmentText, // an amendement's submitters and changes: needs the type
    ];

    // The stuk's title; a letter heading inside a verslag is not the document's title. Without a title in capitals,
    // a title line in mixed case in the head ("Verslag van een schriftelijk overleg").
    private static void Title(DocumentInput input, DocumentBuilder document)
    {
        document.Title = input.Context.TitleBlock.Title
            ?? input.Texts.Take(DocumentHead.FirstPageParagraphs).Select(DocumentTypeRule.TitleIn).FirstOrDefault(t => t is not null && !t.StartsWith("BRIEF VAN", StringComparison.Ordinal))
            ?? input.Texts.Take(DocumentHead.TitleBlockParagraphs).Select(DocumentTypeRule.MixedCaseTitleIn).FirstOrDefault(t => t is not null);
        document.TitleType = document.Title is null ? null : DocumentTypeRule.FromTitle(document.Title) ?? DocumentTypeRule.FromTitle(document.Title.ToUpperInvariant());
    }

    // The letters; signatures outside any letter (a verslag signed by its chair) make one without a head.
    private static void Letters(DocumentInput input, DocumentBuilder document)
    {
        var context = input.Context;
        document.Letters.AddRange(context.Letters.Select(l => l.ToLetter()));
        if (document.Letters.Count == 0 && context.LooseSignatories.Count > 0)
        {
            document.Letters.Add(new Letter(null, null, null, null, [], context.LooseSignatories.ToArray(), Paragraph.PagesOf(input.Paragraphs)));
        }
    }

    // What kind of document: declared by the format, named by the title, or shown by the text.
    private static void DocumentType(DocumentInput input, DocumentBuilder document)
    {
        var (context, texts, title) = (input.Context, input.Texts, document.Title);
        document.Declared = input.Field("publication");
        var evidence = DocumentTypeRule.FromEvidence(texts, input.Source.Metadata.RunningLines);
        document.Kamervragen = context.Kamervragen?.ToModel();
        document.IsHandelingen = document.Declared == Publications.Handelingen || evidence == DocumentTypes.Handelingen;
        var motion = document.Motion = document.IsHandelingen ? null : MotionRule.Read(context.Texts, title);
        var type = document.IsHandelingen ? DocumentTypes.Handelingen
            : title is not null ? document.TitleType
            : evidence ?? (document.Kamervragen is not null || context.Labeled.Any(b => b.IsAnswer) ? DocumentTypes.AntwoordKamervragen : (DocumentType?)null)
            ?? (motion is not null ? (motion.IsAmended ? DocumentTypes.GewijzigdeMotie : DocumentTypes.Motie) : (DocumentType?)null)
            ?? DocumentTypeRule.FromPhrases(texts);
        if (type is null && (document.Letters.Any(l => l.Heading is not null || l.Addressee is not null) || texts.Take(DocumentHead.SalutationParagraphs).Any(t => SalutationRegex().IsMatch(t))))
        {
            type = DocumentTypes.Brief;
        }

        document.DocumentType = type == DocumentTypes.Motie && motion?.IsAmended == true ? DocumentTypes.GewijzigdeMotie : type;
        if (motion is null && document.DocumentType is DocumentTypes.Motie or DocumentTypes.GewijzigdeMotie)
        {
            context.Diagnostics.Add(new Diagnostic(
                DiagnosticCodes.MotionNotRead,
                DiagnosticSeverity.Warning,
                "The document is a motie, but its text (De Kamer, … considerations … requests … en gaat over tot de orde van de dag.) could not be read: motion is null.",
                null));
        }
    }

    // A verslag only asks (the answers come in a nota or memorie of their own): what follows a numbered question in it
    // is more of the question, never an answer. Agenda items of a besluitenlijst and numbered points in Handelingen are
    // not questions: only answered items pair there.
    private static void Pairs(DocumentInput input, DocumentBuilder document)
    {
        var asksOnly = DocumentTypes.OnlyAsks(document.TitleType);
        var answeredOnly = document.DocumentType is DocumentTypes.Besluitenlijst or DocumentTypes.Handelingen;
        document.Qa.AddRange(QuestionAnswerRule.Build(input.Context, asksOnly, answeredOnly));
        document.Qa.AddRange(QuestionAnswerRule.BuildLabeled(input.Context, answeredOnly));
    }

    private static void Committees(DocumentInput input, DocumentBuilder document) =>
        document.Committees = CommitteeRule.Build(
            input.Mentions, input.Footnotes, SignatureListReader.Read(input.Context.Texts), input.Context.Clerks, input.Context.Diagnostics);

    private static void FootnoteChecks(DocumentInput input, DocumentBuilder document)
    {
        var diagnostics = input.Context.Diagnostics;
        foreach (var note in input.Footnotes.Where(f => !input.Referenced.Contains(f.Number)))
        {
            diagnostics.Add(new Diagnostic(
                DiagnosticCodes.FootnoteWithoutMarker, DiagnosticSeverity.Info, $"Footnote {note.Number} is not referred to from the text.", note.Pages));
        }

        // A superscript marker (from a PDF's layout) whose note is nowhere in the document.
        foreach (var marker in input.Source.Metadata.Fields.Where(f => f.Key == Reading.PdfDocumentReader.FootnoteMarkerField))
        {
            var parts = marker.Value.Split(':');
            if (parts.Length == 2 && !input.FootnoteNumbers.Contains(parts[1]) && parts[1].All(char.IsDigit))
            {
                diagnostics.Add(new Diagnostic(
                    DiagnosticCodes.FootnoteMarkerWithoutFootnote,
                    DiagnosticSeverity.Warning,
                    $"Footnote marker {parts[1]} has no footnote.",
                    [int.Parse(parts[0], System.Globalization.CultureInfo.InvariantCulture)]));
            }
        }
    }

    private static void References(DocumentInput input, DocumentBuilder document) =>
        document.References = input.Texts.Concat(input.Footnotes.Select(f => f.Text))
            .SelectMany(ReferenceReader.Read)
            .DistinctBy(r => (r.Text, r.Identifier))
            .ToList();

    private static void Identity(DocumentInput input, DocumentBuilder document)
    {
        var running = input.Source.Metadata.RunningLines;
        var identity = document.Identity = IdentityRule.Combine(
            IdentityRule.Read(running.Concat(input.Texts)) ?? IdentityRule.FromHandelingenRunningLines(running),
            input.Context.TitleBlock,
            input.Context.Diagnostics);
        if (identity?.Identifier is null)
        {
            input.Context.Diagnostics.Add(new Diagnostic(
                DiagnosticCodes.IdentityNotFound,
                DiagnosticSeverity.Warning,
                "The document prints no title block or running footer: identifier, dossiers and ondernummer are null.",
                null));
        }

        document.Identifier = identity?.Identifier;
        document.Vergaderjaar = identity?.Vergaderjaar ?? input.Field("OVERHEIDop.vergaderjaar")?.Replace('–', '-').Replace('/', '-');
        document.Dossiers = identity?.Dossiers ?? [];
        document.Ondernummer = identity?.Ondernummer;
        document.Aanhangselnummer = identity?.Aanhangselnummer;
    }

    private static void UndecidedType(DocumentInput input, DocumentBuilder document)
    {
        if (document.DocumentType is null)
        {
            input.Context.Diagnostics.Add(new Diagnostic(
                DiagnosticCodes.DocumentTypeUndecided, DiagnosticSeverity.Warning, "The document type could not be decided from the text.", null));
        }
    }

    // Without numbered questions, a verslag puts each fractie's contribution under its heading (and a verslag van een
    // schriftelijk overleg the reaction to it in a section of its own), and a nota naar aanleiding van het verslag or
    // memorie van antwoord answers each fractie in turn.
    private static void FractiePairs(DocumentInput input, DocumentBuilder document)
    {
        if (document.Qa.Count > 0)
        {
            return;
        }

        if (document.DocumentType is DocumentTypes.VerslagSchriftelijkOverleg or DocumentTypes.VerslagNaderSchriftelijkOverleg
            || DocumentTypes.OnlyAsks(document.DocumentType))
        {
            document.Qa.AddRange(FractieQuestionRule.BuildSections(input.Context));
        }
        else if (document.DocumentType is DocumentTypes.NotaNaarAanleidingVanVerslag or DocumentTypes.MemorieVanAntwoord)
        {
            document.Qa.AddRange(FractieQuestionRule.Build(input.Context));
        }
    }

    private static void Publication(DocumentInput input, DocumentBuilder document)
    {
        var (identity, type) = (document.Identity, document.DocumentType);
        document.Publication = identity?.Publication ?? document.Declared
            ?? (document.IsHandelingen ? Publications.Handelingen : type == DocumentTypes.Besluitenlijst ? Publications.Besluitenlijst
                : document.Kamervragen is not null ? Publications.Kamervragen : type == DocumentTypes.Brief && identity?.Identifier is null ? Publications.Brief : null);
    }

    private static void Chamber(DocumentInput input, DocumentBuilder document) =>
        document.Chamber = document.Identity?.Chamber ?? InferChamber(document.Identity?.Ondernummer, document.Letters, input.Context.Diagnostics);

    private static void Dates(DocumentInput input, DocumentBuilder document)
    {
        DateOnly? Find(Regex regex)
        {
            foreach (var text in input.Texts)
            {
                var match = regex.Match(text);
                if (match.Success && DutchDates.ToDate(match.Groups["date"].Value) is { } date)
                {
                    return date;
                }
            }

            return null;
        }

        var dates = new DocumentDates(Find(EstablishedRegex()), Find(ReceivedRegex()), Find(SubmittedRegex()), Find(ProposedRegex()), null);
        if (dates.Published is null && input.Field("DCTERMS.issued") is { Length: 10 } issued && DateOnly.TryParseExact(issued, "yyyy-MM-dd", out var published))
        {
            dates = dates with { Published = published };
        }

        document.Dates = dates;
    }

    private static void AmendmentText(DocumentInput input, DocumentBuilder document) =>
        document.Amendment = document.DocumentType == DocumentTypes.Amendement ? AmendmentRule.Read(input.Context.Texts, document.Title) : null;

    private static Chamber? InferChamber(string? ondernummer, List<Letter> letters, List<Diagnostic> diagnostics)
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
