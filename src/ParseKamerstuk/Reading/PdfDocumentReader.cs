using System.Text.RegularExpressions;
using ParseKamerstuk.Conventions;
using ParseKamerstuk.Diagnostics;
using ParseKamerstuk.Text;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Exceptions;

namespace ParseKamerstuk.Reading;

/// <summary>
/// Reads a PDF with PdfPig, page by page: line segments in reading order (<see cref="PdfPageLayout"/>); running
/// headers and footers (<c>Tweede Kamer, vergaderjaar 2023–2024, Aanhangsel 1</c>, <c>ISSN 0921 - 7398</c>,
/// <c>’s-Gravenhage 2024</c>, the id line <c>ah-tk-20232024-1314</c>, page numbers) taken out of the text and kept as
/// identity evidence; the footnote zone at a page's bottom (small type, starting with a number) moved after the page's
/// text with each note its own paragraph; blank lines where the line spacing opens up; how full each line is.
/// </summary>
internal sealed partial class PdfDocumentReader : IDocumentReader
{
    /// <summary>The metadata field of a superscript footnote marker: <c>page:number</c>.</summary>
    public const string FootnoteMarkerField = "footnoteMarker";

    /// <summary>The shared instance.</summary>
    public static PdfDocumentReader Instance { get; } = new();

    // Below this many pages per thread, opening another view of the file costs more than it saves.
    private const int PagesPerThread = 50;

    /// <inheritdoc/>
    public SourceDocument Read(ReadOnlyMemory<byte> data, ParseOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        // PdfPig reads a byte array without copying it; every view of the file shares the one array.
        var bytes = System.Runtime.InteropServices.MemoryMarshal.TryGetArray(data, out var segment)
            && segment.Offset == 0 && segment.Count == segment.Array!.Length ? segment.Array : data.ToArray();
        // 0. Nothing that would crash or exhaust PdfPig (a reference cycle, a decompression bomb); a broken
        //    cross-reference repaired.
        PdfStructureCheck.Check(bytes, options.MaxDecodedBytes, cancellationToken);
        using var document = OpenOrRepair(bytes, options, cancellationToken, out var readable, out var repaired);
        var pageCount = document.NumberOfPages;
        if (pageCount == 0)
        {
            throw new KamerstukInputException("the PDF has no pages");
        }

        if (pageCount > options.MaxPages)
        {
            throw new KamerstukInputException($"the PDF has {pageCount} pages, over the limit of {options.MaxPages}");
        }

        // 1. Lay out every page; a long PDF on several threads, each with its own view of the file, taking the next
        //    page as it finishes one. Pages keep their places, so the result does not depend on the threads.
        var pages = new List<PdfTextLine>[pageCount];
        var heights = new double[pageCount];
        var markers = new List<string>[pageCount];
        var next = 0;
        void LayOut(PdfDocument source)
        {
            for (var number = Interlocked.Increment(ref next); number <= pageCount; number = Interlocked.Increment(ref next))
            {
                cancellationToken.ThrowIfCancellationRequested();
                markers[number - 1] = [];
                try
                {
                    var page = source.GetPage(number);
                    heights[number - 1] = page.Height;
                    pages[number - 1] = PdfPageLayout.Analyze(page, markers[number - 1]);
                }
                catch (Exception exception) when (exception is not OperationCanceledException and not OutOfMemoryException)
                {
                    pages[number - 1] = [];
                }
            }
        }

        var threads = Math.Min(options.MaxDegreeOfParallelism, pageCount / PagesPerThread);
        if (threads <= 1)
        {
            LayOut(document);
        }
        else
        {
            var helpers = Enumerable.Range(1, threads - 1)
                .Select(_ => Task.Run(() =>
                {
                    using var view = Open(readable);
                    LayOut(view);
                }))
                .ToArray();
            try
            {
                LayOut(document);
            }
            finally
            {
                // No helper outlives the read, whether it ends well or not; the first failure is the read's failure.
                try
                {
                    Task.WaitAll(helpers, CancellationToken.None);
                }
                catch (AggregateException exception) when (exception.InnerExceptions.Count > 0)
                {
                    System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(exception.InnerExceptions[0]);
                }
            }
        }

        var fields = markers
            .SelectMany((found, index) => found.Select(m => new KeyValuePair<string, string>(
                FootnoteMarkerField, string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{index + 1}:{m}"))))
            .ToList();

        // 2. Body type size: the size most text is set in.
        var bodySize = pages.SelectMany(p => p).GroupBy(l => l.Size).OrderByDescending(g => g.Sum(l => l.Text.Length)).Select(g => g.Key).FirstOrDefault(10);

        // 3. Running lines out, footnote zones last, blank lines at paragraph gaps.
        var lines = new List<SourceLine>();
        var running = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var diagnostics = repaired is null ? new List<Diagnostic>() : [repaired];
        for (var index = 0; index < pages.Length; index++)
        {
            var number = index + 1;
            var body = new List<PdfTextLine>();
            foreach (var line in pages[index])
            {
                if (IsRunning(line, heights[index], number, bodySize, out var kept))
                {
                    if (kept.Length > 0 && seen.Add(kept))
                    {
                        running.Add(kept);
                    }
                }
                else if (!(line.Text.Length <= 2 && line.Size > bodySize * 3))
                {
                    body.Add(line);
                }
            }

            var footnoteStart = FootnoteZoneStart(body, bodySize);
            var text = footnoteStart < 0 ? body : body[..footnoteStart];
            var notes = footnoteStart < 0 ? [] : body[footnoteStart..];
            Emit(text, number, bodySize, lines, firstOfPage: true);
            if (notes.Count > 0)
            {
                lines.Add(new SourceLine(string.Empty, number));
                foreach (var note in notes)
                {
                    if (FootnoteNumberRegex().IsMatch(note.Text) && lines.Count > 0 && !lines[^1].IsBlank)
                    {
                        lines.Add(new SourceLine(string.Empty, number));
                    }

                    lines.Add(new SourceLine(note.Text, number, Fill: 1, Bold: note.Bold, Italic: note.Italic, Note: true));
                }
            }
        }

        // 4. A file cut short: PdfPig's lenient reading still finds a page or two, but the rest is gone.
        if (!EndsWithEndMarker(bytes))
        {
            if (lines.All(l => l.IsBlank))
            {
                throw new KamerstukInputException("truncated PDF: it stops before its end-of-file marker (%%EOF) and no page could be read");
            }

            diagnostics.Add(new Diagnostic(
                DiagnosticCodes.Truncated,
                DiagnosticSeverity.Warning,
                "The PDF stops before its end-of-file marker (%%EOF): it may be truncated, and pages after the cut are missing.",
                null));
        }

        // 5. Text quality.
        if (TextQuality(lines) is { } quality)
        {
            diagnostics.Add(quality);
        }

        return new SourceDocument("pdf", lines, pageCount, new SourceMetadata(running, fields), diagnostics);
    }

    /// <summary>
    /// Whether the file ends as a PDF does: <c>%%EOF</c> in its last kilobytes (writers may add a few bytes after it).
    /// </summary>
    internal static bool EndsWithEndMarker(ReadOnlySpan<byte> data) => data[Math.Max(0, data.Length - 2048)..].IndexOf("%%EOF"u8) >= 0;

    /// <summary>
    /// A diagnostic when the text cannot be trusted: no text at all (a scan), or many characters from fonts without a
    /// usable character map (replacement characters, private-use glyphs, <c>(cid:12)</c>).
    /// </summary>
    internal static Diagnostic? TextQuality(IReadOnlyList<SourceLine> lines)
    {
        var letters = lines.Sum(l => l.Text.Length);
        if (letters == 0)
        {
            return new Diagnostic(DiagnosticCodes.NoText, DiagnosticSeverity.Warning, "The PDF has no text layer (a scan?); nothing could be read.", null);
        }

        var garbage = lines.Sum(l => l.Text.Count(c => c == '\uFFFD' || (c >= '\uE000' && c <= '\uF8FF')) + (CidRegex().Count(l.Text) * 6));
        return garbage * 20 > letters
            ? new Diagnostic(DiagnosticCodes.UnreadableFontMapping, DiagnosticSeverity.Error,
                $"{garbage} of {letters} characters come from fonts without a usable character map; the text is not reliable.", null)
            : null;
    }

    // A file PdfPig cannot open is repaired (PdfRepair) and opened again; the first failure stands if no repair helps.
    private static PdfDocument OpenOrRepair(byte[] data, ParseOptions options, CancellationToken cancellationToken, out byte[] readable, out Diagnostic? repaired)
    {
        readable = data;
        repaired = null;
        try
        {
            return Open(data);
        }
        catch (KamerstukInputException failure) when (failure.InnerException is not null)
        {
            foreach (var (repair, what) in PdfRepair.Candidates(data, options.MaxDecodedBytes, cancellationToken))
            {
                try
                {
                    var document = Open(repair);
                    readable = repair;
                    repaired = new Diagnostic(DiagnosticCodes.Repaired, DiagnosticSeverity.Info, $"The PDF could not be opened as written ({FirstLine(failure.InnerException!.Message)}): {what}.", null);
                    return document;
                }
                catch (KamerstukInputException)
                {
                }
            }

            throw;
        }
    }

    private static PdfDocument Open(byte[] data)
    {
        // "The first line of a PDF file shall be a header consisting of the 5 characters %PDF-" (ISO 32000-1, 7.5.2);
        // readers accept it within the first kilobyte.
        if (data.AsSpan(0, Math.Min(data.Length, 1024)).IndexOf("%PDF-"u8) < 0)
        {
            throw new KamerstukInputException("not a PDF: it does not begin with the %PDF- header");
        }

        try
        {
            return PdfDocument.Open(data, new ParsingOptions { UseLenientParsing = true, SkipMissingFonts = true, ClipPaths = false });
        }
        catch (PdfDocumentEncryptedException)
        {
            throw new KamerstukInputException("encrypted PDF: it cannot be read without its password");
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            // PdfPig describes a broken structure in words; other exceptions (a cast, a division by zero) only say
            // that something inside the file did not add up.
            var reason = exception is PdfDocumentFormatException ? FirstLine(exception.Message) : "its structure is damaged";
            throw new KamerstukInputException($"not a readable PDF: {reason}", exception);
        }
    }

    private static string FirstLine(string message)
    {
        var line = message.ReplaceLineEndings(" ").Trim();
        return line.Length <= 160 ? line : line[..160] + "…";
    }

    internal static void Emit(List<PdfTextLine> body, int page, double bodySize, List<SourceLine> lines, bool firstOfPage)
    {
        if (body.Count == 0)
        {
            return;
        }

        // The text column: where body-size lines start and end.
        var columns = new ColumnIndex(body.Where(l => Math.Abs(l.Size - bodySize) < 0.6 && l.Text.Length > 20));
        var spacings = new List<double>();
        for (var i = 1; i < body.Count; i++)
        {
            var gap = body[i - 1].Baseline - body[i].Baseline;
            if (gap > 0 && gap < bodySize * 3)
            {
                spacings.Add(gap);
            }
        }

        // The line spacing: a low percentile of the gaps, so pages of one-line paragraphs do not take the paragraph gap for it.
        spacings.Sort();
        var spacing = spacings.Count > 0 ? spacings[spacings.Count / 5] : bodySize * 1.2;
        PdfTextLine? previous = null;
        foreach (var line in body)
        {
            // Segments on one baseline (table cells, a label and its value) make one line.
            if (previous is not null && Math.Abs(previous.Baseline - line.Baseline) < 0.5 && line.Left > previous.Right && lines.Count > 0)
            {
                var last = lines[^1];
                lines[^1] = last with { Text = last.Text + " " + line.Text };
                previous = previous with { Right = line.Right };
                continue;
            }

            if (previous is not null)
            {
                var gap = previous.Baseline - line.Baseline;
                var sameColumn = Math.Abs(previous.Left - line.Left) < 60 || gap > 0;
                // Larger type has wider leading: a title's second line is not a paragraph gap.
                var leading = Math.Max(spacing, Math.Max(previous.Size, line.Size) * 1.15);
                if (!sameColumn || gap > leading * 1.45 || gap < -spacing)
                {
                    lines.Add(new SourceLine(string.Empty, page));
                }
            }

            var (left, right) = columns.Around(line) ?? (line.Left, line.Right);
            var fill = right - left > 1 ? Math.Clamp((line.Right - left) / (right - left), 0, 1) : 1;
            lines.Add(new SourceLine(line.Text, page, firstOfPage, fill, line.Bold, line.Italic));
            firstOfPage = false;
            previous = line;
        }
    }

    /// <summary>
    /// The text column around a line: the leftmost start and the rightmost end of the body lines that overlap it
    /// across. The body lines are sorted once per page, by start and by end; then each line's column is two binary
    /// searches rather than a pass over every body line. The rightmost end of the lines that start before the line
    /// ends is that of an overlapping line when it is past the line's start (and else none overlaps); the leftmost
    /// start of the lines that end after the line starts, likewise.
    /// </summary>
    private sealed class ColumnIndex
    {
        private readonly double[] _lefts;
        private readonly double[] _rightmostUpTo;
        private readonly double[] _rights;
        private readonly double[] _leftmostFrom;

        public ColumnIndex(IEnumerable<PdfTextLine> lines)
        {
            // A line at an undefined place overlaps nothing.
            var usable = lines.Where(l => !double.IsNaN(l.Left) && !double.IsNaN(l.Right)).ToArray();
            _lefts = [.. usable.Select(l => l.Left)];
            var rightsByLeft = usable.Select(l => l.Right).ToArray();
            Array.Sort(_lefts, rightsByLeft);
            _rightmostUpTo = new double[usable.Length];
            for (var i = 0; i < usable.Length; i++)
            {
                _rightmostUpTo[i] = i == 0 ? rightsByLeft[i] : Math.Max(_rightmostUpTo[i - 1], rightsByLeft[i]);
            }

            _rights = [.. usable.Select(l => l.Right)];
            var leftsByRight = usable.Select(l => l.Left).ToArray();
            Array.Sort(_rights, leftsByRight);
            _leftmostFrom = new double[usable.Length];
            for (var i = usable.Length - 1; i >= 0; i--)
            {
                _leftmostFrom[i] = i == usable.Length - 1 ? leftsByRight[i] : Math.Min(_leftmostFrom[i + 1], leftsByRight[i]);
            }
        }

        /// <summary>The column's left and right edges, or null when no body line overlaps <paramref name="line"/>.</summary>
        public (double Left, double Right)? Around(PdfTextLine line)
        {
            if (double.IsNaN(line.Left) || double.IsNaN(line.Right))
            {
                return null;
            }

            var before = CountBelow(_lefts, line.Right, orEqual: false);
            if (before == 0 || !(_rightmostUpTo[before - 1] > line.Left))
            {
                return null;
            }

            var from = CountBelow(_rights, line.Left, orEqual: true);
            return (_leftmostFrom[from], _rightmostUpTo[before - 1]);
        }

        // How many values are below (or, with orEqual, at most) value.
        private static int CountBelow(double[] sorted, double value, bool orEqual)
        {
            int low = 0, high = sorted.Length;
            while (low < high)
            {
                var middle = (low + high) / 2;
                if (sorted[middle] < value || (orEqual && sorted[middle] == value))
                {
                    low = middle + 1;
                }
                else
                {
                    high = middle;
                }
            }

            return low;
        }
    }

    // A running header or footer: at the top or bottom edge of the page, and of a known form or a page number.
    private static bool IsRunning(PdfTextLine line, double height, int page, double bodySize, out string kept)
    {
        kept = string.Empty;
        var nearEdge = height > 0 && (line.Baseline < height * 0.085 || line.Baseline > height * 0.955);
        var text = line.Text;
        if (RunningRegex().IsMatch(text) && (nearEdge || line.Size < bodySize))
        {
            kept = PageNumberAtEnd(text, page);
            return true;
        }

        if (nearEdge && (PageNumberRegex().IsMatch(text) || text.Length <= 3))
        {
            return true;
        }

        return false;
    }

    private static string PageNumberAtEnd(string text, int page)
    {
        var suffix = " " + page.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return text.EndsWith(suffix, StringComparison.Ordinal) && FooterStartRegex().IsMatch(text) ? text[..^suffix.Length] : text;
    }

    // The footnote zone: the lowest run of small-type lines, closed up, whose first line starts with a note number.
    private static int FootnoteZoneStart(List<PdfTextLine> body, double bodySize)
    {
        var start = -1;
        for (var i = body.Count - 1; i >= 0; i--)
        {
            var line = body[i];
            if (line.Size >= bodySize * 0.9)
            {
                break;
            }

            if (i < body.Count - 1 && line.Baseline - body[i + 1].Baseline > line.Size * 3)
            {
                break;
            }

            if (FootnoteNumberRegex().IsMatch(line.Text))
            {
                start = i;
            }
        }

        return start;
    }

    [GeneratedRegex(@"(?:^|\s)" + RunningLines.FooterStart + "|^" + RunningLines.IssnStart + "|^" + RunningLines.PrintersPlace + @"\b|^(?:kst|ah|h|blg|stb|stcrt)-[a-z]{0,2}-?[\w-]+$|^[A-Z]{1,3}\d?\s*$|Handelingen\s+(?:I{1,2}|\d{4})|^(?:TK|EK)\s+\d{1,3}$|^\d{1,3}-\d{1,3}-\d{1,4}$|^(?:Tweede|Eerste)\s+Kamer\s+\S|^\d{1,2}\s+(?:januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december)\s+\d{4}$")]
    private static partial Regex RunningRegex();

    [GeneratedRegex(@"^(?:(?:pagina|blz\.?)\s*)?\d{1,4}(?:\s*(?:/|van)\s*\d{1,4})?$", RegexOptions.IgnoreCase)]
    private static partial Regex PageNumberRegex();

    [GeneratedRegex(RunningLines.FooterStart)]
    private static partial Regex FooterStartRegex();

    [GeneratedRegex(@"^\d{1,3}\s+\S")]
    private static partial Regex FootnoteNumberRegex();

    [GeneratedRegex(@"\(cid:\d+\)")]
    private static partial Regex CidRegex();
}
