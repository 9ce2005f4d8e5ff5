using ParseKamerstuk.Diagnostics;
using ParseKamerstuk.Model;
using ParseKamerstuk.Text;

namespace ParseKamerstuk.Segmentation;

/// <summary>
/// What the paragraph rules share while they walk the document once, in order: the stack of open blocks, and what they
/// have found so far (letters, items, labelled blocks, the questions block, body blocks, diagnostics), which the document
/// rules read afterwards. A rule keeps state of its own in its block or in <see cref="StateOf{T}"/>.
/// </summary>
public sealed class SegmentationContext
{
    private readonly Dictionary<Type, object> _states = [];

    internal SegmentationContext()
    {
    }

    /// <summary>The open blocks.</summary>
    public OpenBlocks Open { get; } = new();

    /// <summary>The letters found so far; the last is the one being read.</summary>
    internal List<LetterState> Letters { get; } = [];

    /// <summary>The letter being read, or <see langword="null"/> before the first letter heading.</summary>
    internal LetterState? Letter => Letters.Count > 0 ? Letters[^1] : null;

    /// <summary>The index of the current letter, or <see langword="null"/>.</summary>
    public int? LetterIndex => Letters.Count > 0 ? Letters.Count - 1 : null;

    /// <summary>The heading of the open section, which the text stands under.</summary>
    public string? Section => Open.Innermost<SectionBlock>()?.Heading;

    /// <summary>Whether the current letter's head (heading, addressee, place and date) is still being read.</summary>
    internal bool InLetterHead => Open.Innermost<LetterHeadBlock>() is { } head && head.Letter == Letter;

    /// <summary>The body blocks in reading order.</summary>
    internal List<Block> Blocks { get; } = [];

    /// <summary>The numbered items (candidate question/answer blocks) in order.</summary>
    internal List<ItemState> Items { get; } = [];

    /// <summary>Labelled question and answer blocks ("Vraag 1" / "Antwoord 1") in order.</summary>
    internal List<LabeledBlock> Labeled { get; } = [];

    /// <summary>The questions block of answers to Kamervragen, as it is read.</summary>
    internal KamervragenState? Kamervragen { get; set; }

    /// <summary>The title block as it is read.</summary>
    internal Rules.TitleBlockState TitleBlock { get; } = new();

    /// <summary>Clerk signatures: the function line and the name.</summary>
    internal List<Signatory> Clerks { get; } = [];

    /// <summary>Signatures that stand outside any letter (a verslag signed by its chair).</summary>
    internal List<Signatory> LooseSignatories { get; } = [];

    /// <summary>All paragraphs outside footnotes, with their cleaned text and the letter they belong to.</summary>
    internal List<(Paragraph Paragraph, string Text, int? Letter)> Texts { get; } = [];

    /// <summary>The diagnostics found so far.</summary>
    internal List<Diagnostic> Diagnostics { get; } = [];

    /// <summary>
    /// The state of kind <typeparamref name="T"/> for this document, created on first use: a rule keeps what only it
    /// needs in a type of its own, which no other rule can name.
    /// </summary>
    public T StateOf<T>()
        where T : class, new()
    {
        if (!_states.TryGetValue(typeof(T), out var state))
        {
            state = new T();
            _states.Add(typeof(T), state);
        }

        return (T)state;
    }

    /// <summary>Starts a letter: it is the current letter, and its head is read until its first body text.</summary>
    internal void OpenLetter(LetterState letter)
    {
        ArgumentNullException.ThrowIfNull(letter);
        Letters.Add(letter);
        Open.Push(new LetterHeadBlock(letter));
    }

    /// <summary>Body text starts: the current letter's head is over.</summary>
    internal void CloseLetterHead()
    {
        if (InLetterHead)
        {
            Open.Close<LetterHeadBlock>();
        }
    }

    /// <summary>Reports a problem of the document.</summary>
    public void Report(Diagnostic diagnostic)
    {
        ArgumentNullException.ThrowIfNull(diagnostic);
        Diagnostics.Add(diagnostic);
    }

    /// <summary>Adds a body block for <paramref name="paragraph"/>.</summary>
    public void AddBlock(string type, string text, Paragraph paragraph, IReadOnlyList<string> footnotes)
    {
        ArgumentNullException.ThrowIfNull(paragraph);
        Blocks.Add(new Block(type, text, LetterIndex, footnotes, paragraph.Pages));
        Letter?.Paragraphs.Add(paragraph);
    }
}

/// <summary>The head of a letter (its heading, addressee, place and date), open until the letter's first body text.</summary>
internal sealed class LetterHeadBlock(LetterState letter) : OpenBlock
{
    public LetterState Letter { get; } = letter;
}

/// <summary>A section, opened by its heading; the pairs under it carry the heading.</summary>
internal sealed class SectionBlock(string heading) : OpenBlock
{
    public string Heading { get; } = heading;
}

/// <summary>The text of a <c>Mededeling</c> of answers to Kamervragen, while it is read.</summary>
internal sealed class MededelingBlock : OpenBlock
{
}

/// <summary>A block that collects the paragraphs after the one that opened it: a numbered item or a labelled block.</summary>
internal abstract class CollectingBlock : OpenBlock
{
    /// <summary>Creates a block numbered <paramref name="numbers"/> in <paramref name="letter"/> under <paramref name="section"/>.</summary>
    protected CollectingBlock(IReadOnlyList<int> numbers, int? letter, string? section)
    {
        Numbers = numbers;
        Letter = letter;
        Section = section;
    }

    /// <summary>The block's numbers.</summary>
    public IReadOnlyList<int> Numbers { get; }

    /// <summary>The letter it stands in.</summary>
    public int? Letter { get; }

    /// <summary>The section heading it stands under.</summary>
    public string? Section { get; }

    /// <summary>The block's paragraphs: the text of the opening paragraph after its number or label first, then the paragraphs that continue it.</summary>
    public List<(Paragraph Paragraph, string Text)> Parts { get; } = [];
}

/// <summary>A letter while it is being read.</summary>
internal sealed class LetterState
{
    public string? Heading { get; set; }

    public string? Addressee { get; set; }

    public string? Place { get; set; }

    public DateOnly? Date { get; set; }

    public List<string> OnBehalfOf { get; } = [];

    public List<Signatory> Signatories { get; } = [];

    public List<Paragraph> Paragraphs { get; } = [];

    public Letter ToLetter() =>
        new(Heading, Addressee, Place, Date, OnBehalfOf.ToArray(), Signatories.ToArray(), Paragraph.PagesOf(Paragraphs));
}

/// <summary>A numbered item ("1. …") with the paragraphs that continue it.</summary>
internal sealed class ItemState(IReadOnlyList<int> numbers, int? letter, string? section) : CollectingBlock(numbers, letter, section)
{
    /// <summary>The index of the first part of the answer, where a bare label (<c>Antwoord</c>) says so.</summary>
    public int? AnswerStart { get; set; }
}

/// <summary>A labelled block: "Vraag 3, 4 en 5" or "Antwoord 3, 4 en 5" with its text.</summary>
internal sealed class LabeledBlock(bool isAnswer, IReadOnlyList<int> numbers, int? letter, string? section) : CollectingBlock(numbers, letter, section)
{
    /// <summary>Whether it is an answer.</summary>
    public bool IsAnswer { get; } = isAnswer;

    /// <summary>The numbers as printed where one is sub-numbered (<c>3a</c>), or <see langword="null"/>.</summary>
    public string? Label { get; init; }
}

/// <summary>The questions block of answers to Kamervragen while it is read.</summary>
internal sealed class KamervragenState
{
    public List<Model.Person> Askers { get; } = [];

    public List<string> Addressees { get; } = [];

    public string? Subject { get; set; }

    public List<Model.OfficeHolder> AnsweredBy { get; } = [];

    public string? Mededeling { get; set; }

    public Model.Kamervragen ToModel() => new(Askers.ToArray(), Addressees.ToArray(), Subject, AnsweredBy.ToArray(), Mededeling);
}
