using ParseKamerstuk.Diagnostics;
using ParseKamerstuk.Model;
using ParseKamerstuk.Text;

namespace ParseKamerstuk.Segmentation;

/// <summary>The state the paragraph rules build up while they walk the document once, in order.</summary>
public sealed class SegmentationContext
{
    /// <summary>The letters found so far; the last is the one being read.</summary>
    public List<LetterState> Letters { get; } = [];

    /// <summary>The letter being read, or <see langword="null"/> before the first letter heading.</summary>
    public LetterState? Letter => Letters.Count > 0 ? Letters[^1] : null;

    /// <summary>The index of the current letter, or <see langword="null"/>.</summary>
    public int? LetterIndex => Letters.Count > 0 ? Letters.Count - 1 : null;

    /// <summary>The section heading the text stands under.</summary>
    public string? Section { get; set; }

    /// <summary>The body blocks in reading order.</summary>
    public List<Block> Blocks { get; } = [];

    /// <summary>The numbered items (candidate question/answer blocks) in order.</summary>
    public List<ItemState> Items { get; } = [];

    /// <summary>The item whose continuation paragraphs are being collected.</summary>
    public ItemState? OpenItem { get; set; }

    /// <summary>The letter after the number of the last item numbered without a dot ("2a"), or empty.</summary>
    public string LastBareSuffix { get; set; } = string.Empty;

    /// <summary>Labelled question and answer blocks ("Vraag 1" / "Antwoord 1") in order.</summary>
    public List<LabeledBlock> Labeled { get; } = [];

    /// <summary>The labelled block whose paragraphs are being collected.</summary>
    public LabeledBlock? OpenLabeled { get; set; }

    /// <summary>The questions block of answers to Kamervragen, as it is read.</summary>
    public KamervragenState? Kamervragen { get; set; }

    /// <summary>The title block as it is read.</summary>
    public Rules.TitleBlockState TitleBlock { get; } = new();

    /// <summary>Clerk signatures: the function line and the name.</summary>
    public List<Signatory> Clerks { get; } = [];

    /// <summary>The first half of a head of answers split over two paragraphs.</summary>
    public string? PendingHead { get; set; }

    /// <summary>A function line waiting for the name line under it.</summary>
    public string? PendingFunction { get; set; }

    /// <summary>Signatures that stand outside any letter (a verslag signed by its chair).</summary>
    public List<Signatory> LooseSignatories { get; } = [];

    /// <summary>All paragraphs outside footnotes, with their cleaned text and the letter they belong to.</summary>
    public List<(Paragraph Paragraph, string Text, int? Letter)> Texts { get; } = [];

    /// <summary>The diagnostics found so far.</summary>
    public List<Diagnostic> Diagnostics { get; } = [];

    /// <summary>Adds a body block for <paramref name="paragraph"/>.</summary>
    public void AddBlock(string type, string text, Paragraph paragraph, IReadOnlyList<string> footnotes)
    {
        ArgumentNullException.ThrowIfNull(paragraph);
        Blocks.Add(new Block(type, text, LetterIndex, footnotes, paragraph.Pages));
        Letter?.Paragraphs.Add(paragraph);
    }
}

/// <summary>A letter while it is being read.</summary>
public sealed class LetterState
{
    /// <summary>The heading as printed.</summary>
    public string? Heading { get; set; }

    /// <summary>The addressee.</summary>
    public string? Addressee { get; set; }

    /// <summary>The place of the place-and-date line.</summary>
    public string? Place { get; set; }

    /// <summary>The ISO date of the place-and-date line.</summary>
    public string? Date { get; set; }

    /// <summary>"mede namens".</summary>
    public List<string> OnBehalfOf { get; } = [];

    /// <summary>The signatures.</summary>
    public List<Signatory> Signatories { get; } = [];

    /// <summary>Whether body text (not heading, addressee, date) has been read.</summary>
    public bool HasBody { get; set; }

    /// <summary>The paragraphs of the letter.</summary>
    public List<Paragraph> Paragraphs { get; } = [];

    /// <summary>The finished letter.</summary>
    public Letter ToLetter() =>
        new(Heading, Addressee, Place, Date, OnBehalfOf.ToArray(), Signatories.ToArray(), Paragraph.PagesOf(Paragraphs));
}

/// <summary>A numbered item ("1. …") with the paragraphs that continue it.</summary>
/// <param name="Numbers">The item's numbers.</param>
/// <param name="Letter">The letter it stands in.</param>
/// <param name="Section">The section heading it stands under.</param>
public sealed record ItemState(IReadOnlyList<int> Numbers, int? Letter, string? Section)
{
    /// <summary>The item's paragraphs: the text after the number first, then the paragraphs that continue it.</summary>
    public List<(Paragraph Paragraph, string Text)> Parts { get; } = [];

    /// <summary>The index of the first part of the answer, where a bare label (<c>Antwoord</c>) says so.</summary>
    public int? AnswerStart { get; set; }
}

/// <summary>A labelled block: "Vraag 3, 4 en 5" or "Antwoord 3, 4 en 5" with its text.</summary>
/// <param name="IsAnswer">Whether it is an answer.</param>
/// <param name="Numbers">The numbers of the label.</param>
/// <param name="Letter">The letter it stands in.</param>
/// <param name="Section">The section heading it stands under.</param>
public sealed record LabeledBlock(bool IsAnswer, IReadOnlyList<int> Numbers, int? Letter, string? Section)
{
    /// <summary>The block's paragraphs (the label's own line text first, when it has any).</summary>
    public List<(Paragraph Paragraph, string Text)> Parts { get; } = [];

    /// <summary>The numbers as printed where one is sub-numbered (<c>3a</c>), or <see langword="null"/>.</summary>
    public string? Label { get; init; }
}

/// <summary>The questions block of answers to Kamervragen while it is read.</summary>
public sealed class KamervragenState
{
    /// <summary>The askers.</summary>
    public List<Model.Person> Askers { get; } = [];

    /// <summary>The addressees.</summary>
    public List<string> Addressees { get; } = [];

    /// <summary>The subject.</summary>
    public string? Subject { get; set; }

    /// <summary>Who answered.</summary>
    public List<Model.OfficeHolder> AnsweredBy { get; } = [];

    /// <summary>The text of a "Mededeling", once read.</summary>
    public string? Mededeling { get; set; }

    /// <summary>Whether the paragraphs that follow are the text of a "Mededeling".</summary>
    public bool InMededeling { get; set; }

    /// <summary>Whether the questions stand between the Mededeling's head and its text, which a bare "Mededeling" starts.</summary>
    public bool MededelingFollows { get; set; }

    /// <summary>The questions head so far, while it may go on in the next paragraph (it has not reached "(ingezonden …)").</summary>
    public string? HeadText { get; set; }

    /// <summary>The number of paragraphs the questions head has taken.</summary>
    public int HeadParts { get; set; }

    /// <summary>Where the reading of questions and answers numbered without a label stands.</summary>
    public NumberedPhase Phase { get; set; }

    /// <summary>The highest question number read so far, in the numbered form.</summary>
    public int LastQuestion { get; set; }

    /// <summary>The highest answer number read so far, in the numbered form.</summary>
    public int LastAnswer { get; set; }

    /// <summary>The parts of the open numbered block that began a paragraph without a number of their own.</summary>
    public List<int> UnnumberedParts { get; } = [];

    /// <summary>The finished questions block.</summary>
    public Model.Kamervragen ToModel() => new(Askers.ToArray(), Addressees.ToArray(), Subject, AnsweredBy.ToArray(), Mededeling);
}

/// <summary>How far the questions and answers of Kamervragen numbered without a label (<c>1 Zijn …?</c>) are read.</summary>
public enum NumberedPhase
{
    /// <summary>Not in that form, or not yet known.</summary>
    None,

    /// <summary>The questions head was read; question 1 may follow.</summary>
    Expected,

    /// <summary>Reading the numbered questions.</summary>
    Questions,

    /// <summary>Between the questions and the answer's head.</summary>
    BetweenParts,

    /// <summary>Reading the numbered answers.</summary>
    Answers,
}
