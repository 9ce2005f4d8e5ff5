using ParseKamerstuk.Diagnostics;

namespace ParseKamerstuk.Model;

/// <summary>
/// One parsed parliamentary document, in the shape of the output contract (schema version 1).
/// Properties are declared in the order they are written.
/// </summary>
public sealed record KamerstukDocument(
    string SchemaVersion,
    SourceInfo Source,
    string? Identifier,
    string? Publication,
    Chamber? Chamber,
    string? Vergaderjaar,
    IReadOnlyList<Dossier> Dossiers,
    string? Ondernummer,
    string? Aanhangselnummer,
    DocumentType? DocumentType,
    string? Title,
    DocumentDates Dates,
    IReadOnlyList<Committee> Committees,
    IReadOnlyList<Letter> Letters,
    Kamervragen? Kamervragen,
    Motion? Motion,
    Amendment? Amendment,
    IReadOnlyList<QuestionAnswer> Qa,
    IReadOnlyList<Block> Body,
    IReadOnlyList<Footnote> Footnotes,
    IReadOnlyList<Reference> References,
    IReadOnlyList<Diagnostic> Diagnostics)
{
    /// <summary>The schema version this model writes.</summary>
    public const string CurrentSchemaVersion = "1.2";
}

/// <summary>Where the document came from.</summary>
/// <param name="Name">The file name as given, without directory; <c>-</c> for standard input.</param>
/// <param name="Format"><c>pdf</c>, <c>text</c>, <c>html</c>, <c>xml</c> or <c>docx</c>.</param>
/// <param name="Sha256">Lower-case hex SHA-256 of the input bytes.</param>
/// <param name="Pages">The number of pages, or <see langword="null"/> for inputs without pages.</param>
public sealed record SourceInfo(string Name, string Format, string Sha256, int? Pages);

/// <summary>A dossier (kamerstukdossier) the document belongs to.</summary>
/// <param name="Number">The dossier number without spaces, such as <c>27925</c>.</param>
/// <param name="Suffix">A suffix such as <c>XIII</c> (a begroting chapter), or <see langword="null"/>.</param>
/// <param name="Title">The dossier title as printed, or <see langword="null"/>.</param>
public sealed record Dossier(string Number, string? Suffix, string? Title);

/// <summary>The dates of the document, written as ISO <c>yyyy-MM-dd</c>.</summary>
/// <param name="Established">"Vastgesteld".</param>
/// <param name="Received">"Ontvangen" / "ontvangen".</param>
/// <param name="Submitted">"ingezonden".</param>
/// <param name="Proposed">"Voorgesteld".</param>
/// <param name="Published">The publication date, where printed.</param>
public sealed record DocumentDates(DateOnly? Established, DateOnly? Received, DateOnly? Submitted, DateOnly? Proposed, DateOnly? Published)
{
    /// <summary>No dates.</summary>
    public static DocumentDates None { get; } = new(null, null, null, null, null);
}

/// <summary>A footnote, with its markers removed from the text.</summary>
/// <param name="Number">The footnote number as printed.</param>
/// <param name="Text">The footnote text.</param>
/// <param name="Pages">1-based source pages, or <see langword="null"/>.</param>
public sealed record Footnote(string Number, string Text, IReadOnlyList<int>? Pages);

/// <summary>A reference to another parliamentary document.</summary>
/// <param name="Text">The reference as printed.</param>
/// <param name="Identifier">The canonical identifier, such as <c>kst-27925-615</c>.</param>
/// <param name="Chamber">The chamber, where the reference says so.</param>
public sealed record Reference(string Text, string? Identifier, Chamber? Chamber);

/// <summary>A block of body text in reading order.</summary>
/// <param name="Type">One of <see cref="BlockTypes"/> (<c>heading</c>, <c>paragraph</c>, <c>list-item</c>), or a kind a rule of one's own writes.</param>
/// <param name="Text">The text, paragraphs joined into one line.</param>
/// <param name="Letter">Index into <see cref="KamerstukDocument.Letters"/>, or <see langword="null"/>.</param>
/// <param name="Footnotes">The numbers of the footnotes whose markers stood in this block.</param>
/// <param name="Pages">1-based source pages, or <see langword="null"/>.</param>
public sealed record Block(string Type, string Text, int? Letter, IReadOnlyList<string> Footnotes, IReadOnlyList<int>? Pages);
