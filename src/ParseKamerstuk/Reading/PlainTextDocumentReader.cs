using ParseKamerstuk.Diagnostics;
using ParseKamerstuk.Text;

namespace ParseKamerstuk.Reading;

/// <summary>
/// Reads plain text, as common PDF text extractors write it. A form feed starts a new page (then lines carry
/// page numbers); without form feeds the text has no pages. A line that starts with a single space is how
/// some extractors show a page join: it is marked as a page start so the segmenter may break there.
/// </summary>
public sealed class PlainTextDocumentReader : IDocumentReader
{
    /// <summary>The shared instance.</summary>
    public static PlainTextDocumentReader Instance { get; } = new();

    /// <inheritdoc/>
    public SourceDocument Read(ReadOnlyMemory<byte> data, ParseOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        var text = TextDecoder.RepairDoubleEncoding(TextDecoder.Decode(data.Span, out var usedFallback), out var repaired);
        var diagnostics = new List<Diagnostic>();
        if (repaired)
        {
            diagnostics.Add(new Diagnostic(
                DiagnosticCodes.DoubleEncoded, DiagnosticSeverity.Info, "The text was UTF-8 read as Windows-1252 and saved again; it was repaired.", null));
        }

        if (usedFallback)
        {
            diagnostics.Add(new Diagnostic(
                DiagnosticCodes.DecodedAsWindows1252, DiagnosticSeverity.Info, "The input is not valid UTF-8; it was read as Windows-1252.", null));
        }

        return FromString(text, diagnostics, cancellationToken);
    }

    /// <summary>Reads text that is already decoded.</summary>
    public static SourceDocument FromString(string text, IReadOnlyList<Diagnostic> diagnostics, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(text);
        var paged = text.Contains('\f', StringComparison.Ordinal);
        var page = 1;
        var lines = new List<SourceLine>();
        var startsPage = paged;
        foreach (var range in text.AsSpan().Split('\n'))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var raw = text.AsSpan(range.Start.Value, range.End.Value - range.Start.Value).TrimEnd('\r');
            while (true)
            {
                var feed = raw.IndexOf('\f');
                var part = feed < 0 ? raw : raw[..feed];
                AddLine(lines, part, part.Length == text.Length ? text : null, paged ? page : null, ref startsPage);
                if (feed < 0)
                {
                    break;
                }

                page++;
                startsPage = true;
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
        return new SourceDocument("text", lines, pageCount, SourceMetadata.Empty, diagnostics);
    }

    // whole: the text itself when the line is all of it (a dump without line breaks), so it is not copied.
    private static void AddLine(List<SourceLine> lines, ReadOnlySpan<char> raw, string? whole, int? page, ref bool startsPage)
    {
        var joinHint = raw.Length > 1 && raw[0] == ' ' && raw[1] != ' ';
        var text = LineNormalizer.Normalize(whole ?? raw.ToString());
        if (text.Length == 0)
        {
            lines.Add(new SourceLine(string.Empty, page));
            return;
        }

        lines.Add(new SourceLine(text, page, startsPage || joinHint));
        startsPage = false;
    }
}
