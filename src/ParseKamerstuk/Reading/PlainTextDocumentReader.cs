using System.Text.RegularExpressions;
using ParseKamerstuk.Conventions;
using ParseKamerstuk.Diagnostics;
using ParseKamerstuk.Text;

namespace ParseKamerstuk.Reading;

/// <summary>
/// Reads plain text, as common PDF text extractors write it. A form feed starts a new page (then lines carry
/// page numbers); without form feeds the text has no pages. A line that starts with a single space is how
/// some extractors show a page join: it is marked as a page start so the segmenter may break there. The publication
/// footer that text extracted from an officielebekendmakingen PDF keeps (<c>ah-tk-20232024-1433</c>,
/// <c>ISSN 0921 - 7398</c>, <c>’s-Gravenhage 2024</c>, <c>Tweede Kamer, vergaderjaar 2023–2024, Aanhangsel 1</c>) is
/// taken out of the text and kept as running lines, as the PDF reader does.
/// </summary>
internal sealed partial class PlainTextDocumentReader : IDocumentReader
{
    /// <summary>The shared instance.</summary>
    public static PlainTextDocumentReader Instance { get; } = new();

    /// <inheritdoc/>
    /// <remarks>
    /// The text is decoded a line at a time and never held whole; its decoded characters count against
    /// <see cref="ParseOptions.MaxDecodedBytes"/>.
    /// </remarks>
    public SourceDocument Read(ReadOnlyMemory<byte> data, ParseOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        var text = TextDecoder.DecodeLines(data, new DecodeBudget(options.MaxDecodedBytes));
        var markdown = text.Contains("\n-----\n") && text.AnyLineStartingWith('#', MarkdownHeadingRegex());
        var diagnostics = new List<Diagnostic>();
        var document = FromLines(text.Lines(), text.HasFormFeed, markdown, diagnostics, cancellationToken);
        if (text.Repaired)
        {
            diagnostics.Add(new Diagnostic(
                DiagnosticCodes.DoubleEncoded, DiagnosticSeverity.Info, "The text was UTF-8 read as Windows-1252 and saved again; it was repaired.", null));
        }

        if (text.UsedFallback)
        {
            diagnostics.Add(new Diagnostic(
                DiagnosticCodes.DecodedAsWindows1252, DiagnosticSeverity.Info, "The input is not valid UTF-8; it was read as Windows-1252.", null));
        }

        return document;
    }

    /// <summary>Reads text that is already decoded.</summary>
    public static SourceDocument FromString(string text, IReadOnlyList<Diagnostic> diagnostics, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(text);
        var lines = text.Split('\n').Select(l => l.TrimEnd('\r'));
        return FromLines(lines, text.Contains('\f', StringComparison.Ordinal), IsMarkdownPageDump(text), diagnostics, cancellationToken);
    }

    // The lines of the text (split at \n, without carriage returns at their ends); paged: the text has form feeds;
    // markdown: it is a Markdown page dump. A run of blank lines is kept as one: it ends a paragraph however long it is.
    private static SourceDocument FromLines(IEnumerable<string> text, bool paged, bool markdown, IReadOnlyList<Diagnostic> diagnostics, CancellationToken cancellationToken)
    {
        var page = 1;
        var lines = new List<SourceLine>();
        var running = new List<string>();
        var startsPage = paged;
        foreach (var line in text)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var raw = line.AsSpan();
            var whole = true;
            while (true)
            {
                var feed = raw.IndexOf('\f');
                var part = feed < 0 ? raw : raw[..feed];
                if (markdown)
                {
                    if (part.SequenceEqual("-----"))
                    {
                        startsPage = true;
                        break;
                    }

                    part = WithoutMarkdown(part);
                }

                AddLine(lines, running, part, whole && part.Length == line.Length ? line : null, paged ? page : null, ref startsPage);
                if (feed < 0)
                {
                    break;
                }

                page++;
                startsPage = true;
                whole = false;
                raw = raw[(feed + 1)..];
                if (raw.IsEmpty)
                {
                    break;
                }
            }
        }

        while (lines.Count > 0 && lines[^1].IsBlank)
        {
            lines.RemoveAt(lines.Count - 1);
        }

        var pageCount = paged ? lines.Count == 0 ? 0 : lines.Max(l => l.Page ?? 0) : (int?)null;
        var metadata = running.Count == 0 ? SourceMetadata.Empty : new SourceMetadata(running.Distinct(StringComparer.Ordinal).ToArray(), []);
        return new SourceDocument("text", lines, pageCount, metadata, diagnostics);
    }

    // A PDF converted to Markdown page by page (pymupdf4llm and the like): pages end in a line "-----", headings and
    // emphasis are marked up ("#### Vergaderjaar 2023–2024 Aanhangsel van de Handelingen", "**Vragen gesteld …**").
    private static bool IsMarkdownPageDump(string text) =>
        text.Contains("\n-----\n", StringComparison.Ordinal) && MarkdownHeadingRegex().IsMatch(text);

    private static ReadOnlySpan<char> WithoutMarkdown(ReadOnlySpan<char> line)
    {
        var trimmed = line.TrimStart();
        var hashes = trimmed.IndexOfAnyExcept('#');
        if (hashes is > 0 and <= 6 && trimmed[hashes] == ' ')
        {
            line = trimmed[(hashes + 1)..];
        }

        if (line.Contains("**", StringComparison.Ordinal) || line.StartsWith('_') || line.EndsWith('_'))
        {
            var text = line.ToString().Replace("**", string.Empty, StringComparison.Ordinal);
            return (text.StartsWith('_') ? text[1..] : text) is var t && t.EndsWith('_') ? t[..^1] : t;
        }

        return line;
    }

    [GeneratedRegex(@"(?m)^#{1,6} \S")]
    private static partial Regex MarkdownHeadingRegex();

    // whole: the line itself when the part is all of it, so it is not copied.
    private static void AddLine(List<SourceLine> lines, List<string> running, ReadOnlySpan<char> raw, string? whole, int? page, ref bool startsPage)
    {
        var joinHint = raw.Length > 1 && raw[0] == ' ' && raw[1] != ' ';
        var text = raw.IsEmpty ? string.Empty : LineNormalizer.Normalize(whole ?? raw.ToString());
        if (text.Length == 0)
        {
            // One blank line for a run of them.
            if (lines.Count == 0 || !lines[^1].IsBlank || lines[^1].Page != page)
            {
                lines.Add(new SourceLine(string.Empty, page));
            }

            return;
        }

        if (text.Length < 120 && FooterRegex().IsMatch(text))
        {
            running.Add(text);
            return;
        }

        // Some extractors run the footer into the next page's first line:
        // "ISSN 0921 - 7398’s-Gravenhage 2023Tweede Kamer, vergaderjaar 2022–2023, Aanhangsel 1Antwoord 3",
        // "Tweede Kamer, vergaderjaar 2022–2023, Aanhangsel 2Antwoord 7".
        if (text.Length > 20 && text[0] is 'I' or 'T' or 'E' or '’' or '\'' && RunOnFooterRegex().Match(text) is { Success: true, Length: > 0 } footer)
        {
            running.Add(footer.Value.Trim());
            text = text[footer.Length..];
            startsPage = true;
            if (FooterRegex().IsMatch(text))
            {
                running.Add(text);
                return;
            }
        }

        lines.Add(new SourceLine(text, page, startsPage || joinHint));
        startsPage = false;
    }

    // The officielebekendmakingen footer, one piece per line or run together: "ah-tk-20232024-1433", "ISSN 0921 - 7398",
    // "’s-Gravenhage 2024 Tweede Kamer, vergaderjaar 2023–2024, Aanhangsel 1ah-tk-20232024-1433",
    // "Tweede Kamer, vergaderjaar 2024–2025, 36 410 XIV, nr. 9", with the page number after it as a layout dump gives it.
    [GeneratedRegex(@"^(?:(?:kst|ah|h|blg)-(?:tk-|ek-)?[\w-]+\d|a?h\s(?:tk|ek)\s\d{8}\s\d{1,5}|" + RunningLines.Issn + "|(?:" + RunningLines.PrintersPlace + @"\s*)?(?:" + RunningLines.FooterStart + @",\s+(?:Aanhangsel\s+\d{1,4}|[\d ]{5,7}(?:\s+[A-Z0-9-]{1,6})?,\s+(?:nr\.\s*\d{1,4}[a-z]?|[A-Z]{1,3}))(?:\s+\d{1,4})?(?:(?:kst|ah)-[\w-]+)?)?)$")]
    private static partial Regex FooterRegex();

    [GeneratedRegex("^(?:" + RunningLines.Issn + @"\s*)?(?:" + RunningLines.PrintersPlace + @"\s*)?(?:" + RunningLines.FooterStart + @",\s+Aanhangsel\s+\d{1,3}(?=\p{Lu}))?\s*(?=\S)")]
    private static partial Regex RunOnFooterRegex();
}
