using ParseKamerstuk.Diagnostics;
using ParseKamerstuk.Model;

namespace ParseKamerstuk.Segmentation;

/// <summary>
/// The document as the document rules fill it in, field by field, and what they decided on the way (the title's
/// type, the identity lines, whether it is Handelingen); <see cref="Build"/> makes the model.
/// </summary>
internal sealed class DocumentBuilder(SourceInfo source, IReadOnlyList<Block> body, IReadOnlyList<Diagnostic> diagnostics)
{
    public string? Identifier { get; set; }

    public string? Publication { get; set; }

    public Chamber? Chamber { get; set; }

    public string? Vergaderjaar { get; set; }

    public IReadOnlyList<Dossier> Dossiers { get; set; } = [];

    public string? Ondernummer { get; set; }

    public string? Aanhangselnummer { get; set; }

    public DocumentType? DocumentType { get; set; }

    public string? Title { get; set; }

    public DocumentDates Dates { get; set; } = DocumentDates.None;

    public IReadOnlyList<Committee> Committees { get; set; } = [];

    public List<Letter> Letters { get; } = [];

    public Kamervragen? Kamervragen { get; set; }

    public Motion? Motion { get; set; }

    public Amendment? Amendment { get; set; }

    public List<QuestionAnswer> Qa { get; } = [];

    public IReadOnlyList<Footnote> Footnotes { get; set; } = [];

    public IReadOnlyList<Reference> References { get; set; } = [];

    // What the rules decided on the way, for the rules after them.
    public DocumentType? TitleType { get; set; }

    public string? Declared { get; set; }

    public bool IsHandelingen { get; set; }

    public Rules.IdentityRule.Identity? Identity { get; set; }

    public KamerstukDocument Build() => new(
        KamerstukDocument.CurrentSchemaVersion,
        source,
        Identifier,
        Publication,
        Chamber,
        Vergaderjaar,
        Dossiers,
        Ondernummer,
        Aanhangselnummer,
        DocumentType,
        Title,
        Dates,
        Committees,
        Letters,
        Kamervragen,
        Motion,
        Amendment,
        Qa,
        body,
        Footnotes,
        References,
        diagnostics);
}
