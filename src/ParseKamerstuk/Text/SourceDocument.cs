using ParseKamerstuk.Diagnostics;

namespace ParseKamerstuk.Text;

/// <summary>What a reader makes of an input: clean lines with page numbers, and what it found on the way.</summary>
/// <param name="Format">The input format (<c>pdf</c>, <c>text</c>, …).</param>
/// <param name="Lines">The lines in reading order.</param>
/// <param name="PageCount">The number of pages, or <see langword="null"/> for inputs without pages.</param>
/// <param name="Metadata">Identity evidence found outside the text flow (running headers, meta tags).</param>
/// <param name="Diagnostics">Problems found while reading.</param>
public sealed record SourceDocument(
    string Format,
    IReadOnlyList<SourceLine> Lines,
    int? PageCount,
    SourceMetadata Metadata,
    IReadOnlyList<Diagnostic> Diagnostics);

/// <summary>Identity evidence a reader found outside the text flow: running headers and footers, meta tags.</summary>
/// <param name="RunningLines">Header and footer lines removed from the text, each once, in page order.</param>
/// <param name="Fields">Named fields from structured metadata (such as HTML meta tags), in document order.</param>
public sealed record SourceMetadata(IReadOnlyList<string> RunningLines, IReadOnlyList<KeyValuePair<string, string>> Fields)
{
    /// <summary>No metadata.</summary>
    public static SourceMetadata Empty { get; } = new([], []);
}
