using System.Text;
using System.Text.RegularExpressions;
using ParseKamerstuk.Text;
using UglyToad.PdfPig.Content;

namespace ParseKamerstuk.Reading;

/// <summary>
/// Turns the letters of one PDF page into line segments in reading order: letters are grouped on their baselines,
/// split into segments at wide gaps (columns, side columns), words separated where the gap between letters is a space;
/// spacing accents are composed with their letter (<c>c</c> + <c>´</c> → <c>ć</c>); superscript footnote markers are
/// glued to the word they follow and footnote numbers put before their note; two-column pages are read column by column.
/// </summary>
internal static partial class PdfPageLayout
{
    private static readonly Dictionary<string, char> s_spacingAccents = new(StringComparer.Ordinal)
    {
        ["´"] = '\u0301', ["`"] = '\u0300', ["¨"] = '\u0308', ["ˆ"] = '\u0302', ["ˇ"] = '\u030C', ["˜"] = '\u0303',
        ["¸"] = '\u0327', ["˚"] = '\u030A', ["˝"] = '\u030B', ["\u0301"] = '\u0301', ["\u0300"] = '\u0300', ["\u0308"] = '\u0308',
    };

    /// <summary>Analyzes <paramref name="page"/>; <paramref name="markers"/> receives the superscript markers glued into text.</summary>
    public static List<PdfTextLine> Analyze(Page page, List<string> markers)
    {
        // 1. Letters that carry text, horizontal, with spacing accents composed into their letters.
        var letters = new List<Glyph>(page.Letters.Count);
        var accents = new List<Glyph>();
        var styles = new FontStyles();
        var spaceBefore = false;
        var spaces = 0;
        foreach (var letter in page.Letters)
        {
            if (letter.TextOrientation != TextOrientation.Horizontal)
            {
                continue;
            }

            if (string.IsNullOrWhiteSpace(letter.Value))
            {
                spaceBefore = true;
                spaces++;
                continue;
            }

            // Advance positions (where the pen starts and ends) measure word spaces better than ink boxes.
            var start = letter.StartBaseLine.X;
            var end = letter.EndBaseLine.X > start ? letter.EndBaseLine.X : letter.BoundingBox.Right;
            var glyph = new Glyph(
                letter.Value,
                Math.Min(start, letter.BoundingBox.Left),
                Math.Max(end, start + 0.01),
                letter.StartBaseLine.Y,
                letter.PointSize > 0 ? letter.PointSize : Math.Max(letter.BoundingBox.Height, 1),
                styles.IsBold(letter.FontName),
                styles.IsItalic(letter.FontName),
                spaceBefore);
            spaceBefore = false;
            if (s_spacingAccents.ContainsKey(letter.Value))
            {
                accents.Add(glyph);
            }
            else
            {
                letters.Add(glyph);
            }
        }

        ComposeAccents(letters, accents);
        var spaceGlyphs = spaces * 12 >= letters.Count;
        if (letters.Count == 0)
        {
            return [];
        }

        // 2. Lines: letters on one baseline, top down (each line is put in left-to-right order below); then
        //    segments split at wide gaps.
        var segments = new List<PdfTextLine>();
        var current = new List<Glyph>();
        foreach (var glyph in SortedBy(letters, g => -g.Baseline))
        {
            if (current.Count > 0 && Math.Abs(current[0].Baseline - glyph.Baseline) > 0.3 * Math.Min(current[0].Size, glyph.Size))
            {
                AddSegments(current, segments, spaceGlyphs);
                current.Clear();
            }

            current.Add(glyph);
        }

        AddSegments(current, segments, spaceGlyphs);

        // 3. Superscripts: footnote markers and footnote numbers join the line they belong to.
        segments = MergeSuperscripts(segments, markers).Select(l => l with { Text = LineNormalizer.Normalize(l.Text), Positions = [] }).Where(l => l.Text.Length > 0).ToList();

        // 4. Reading order: columns, then top to bottom.
        return Order(segments);
    }

    // Above this many accent–letter pairs on a page, accents find their letters through a grid of cells rather than
    // by trying every letter; the grid gives each accent the same letters in the same order, so the same choice.
    private const long PairsTriedDirectly = 1 << 16;

    internal static void ComposeAccents(List<Glyph> letters, List<Glyph> accents)
    {
        if ((long)accents.Count * letters.Count <= PairsTriedDirectly)
        {
            ComposeAccentsDirectly(letters, accents);
        }
        else
        {
            ComposeAccentsThroughGrid(letters, accents);
        }
    }

    internal static void ComposeAccentsDirectly(List<Glyph> letters, List<Glyph> accents)
    {
        foreach (var accent in accents)
        {
            var best = -1;
            var bestOverlap = 0.0;
            for (var i = 0; i < letters.Count; i++)
            {
                TryLetter(letters, i, accent, ref best, ref bestOverlap);
            }

            Compose(letters, accent, best);
        }
    }

    internal static void ComposeAccentsThroughGrid(List<Glyph> letters, List<Glyph> accents)
    {
        var grid = new LetterGrid(letters);
        var everywhere = grid.Everywhere;
        foreach (var accent in accents)
        {
            var best = -1;
            var bestOverlap = 0.0;
            var center = (accent.Left + accent.Right) / 2;
            if (double.IsNaN(center))
            {
                continue; // under no letter
            }

            if (!LetterGrid.Fits(center) || !LetterGrid.Fits(accent.Baseline))
            {
                // Off the grid (a position no page has): every letter is tried, as without a grid.
                for (var i = 0; i < letters.Count; i++)
                {
                    TryLetter(letters, i, accent, ref best, ref bestOverlap);
                }
            }
            else
            {
                // The letters of the accent's cell and those on no cell, merged in page order.
                var cell = grid.Cell(center, accent.Baseline);
                int a = 0, b = 0;
                while (a < cell.Count || b < everywhere.Count)
                {
                    var i = b == everywhere.Count || (a < cell.Count && cell[a] < everywhere[b]) ? cell[a++] : everywhere[b++];
                    TryLetter(letters, i, accent, ref best, ref bestOverlap);
                }
            }

            Compose(letters, accent, best);
        }
    }

    // The letter an accent belongs to: on its baseline (within the letter's size), under the accent's center, the
    // one it overlaps most (the later of two that it overlaps about as much).
    private static void TryLetter(List<Glyph> letters, int i, Glyph accent, ref int best, ref double bestOverlap)
    {
        var letter = letters[i];
        if (letter.Text.Length != 1 || Math.Abs(letter.Baseline - accent.Baseline) > letter.Size || !char.IsLetter(letter.Text[0]))
        {
            return;
        }

        var overlap = Math.Min(letter.Right, accent.Right) - Math.Max(letter.Left, accent.Left);
        var center = (accent.Left + accent.Right) / 2;
        if (center >= letter.Left - 0.5 && center <= letter.Right + 0.5 && overlap > bestOverlap - 0.01)
        {
            best = i;
            bestOverlap = overlap;
        }
    }

    private static void Compose(List<Glyph> letters, Glyph accent, int best)
    {
        if (best >= 0 && LatinComposition.TryCompose(letters[best].Text[0], s_spacingAccents[accent.Text], out var composed))
        {
            letters[best] = letters[best] with { Text = composed.ToString() };
        }
    }

    private static void AddSegments(List<Glyph> line, List<PdfTextLine> segments, bool spaceGlyphs)
    {
        if (line.Count == 0)
        {
            return;
        }

        line = SortedBy(line, g => g.Left);
        var start = 0;
        for (var i = 1; i <= line.Count; i++)
        {
            var size = Math.Max(line[i - 1].Size, 1);
            if (i == line.Count || line[i].Left - line[i - 1].Right > 1.2 * size)
            {
                segments.Add(Segment(line, start, i, spaceGlyphs));
                start = i;
            }
        }
    }

    // Sorting on a number key array: cheaper than a comparison delegate over the glyphs, on pages of thousands of letters.
    private static List<Glyph> SortedBy(List<Glyph> glyphs, Func<Glyph, double> key)
    {
        var keys = new double[glyphs.Count];
        var order = new int[glyphs.Count];
        for (var i = 0; i < keys.Length; i++)
        {
            keys[i] = key(glyphs[i]);
            order[i] = i;
        }

        Array.Sort(keys, order);
        var sorted = new List<Glyph>(glyphs.Count);
        foreach (var index in order)
        {
            sorted.Add(glyphs[index]);
        }

        return sorted;
    }

    private static PdfTextLine Segment(List<Glyph> line, int start, int end, bool spaceGlyphs)
    {
        var text = new StringBuilder();
        var positions = new List<double>();
        var sizes = new Dictionary<double, int>();
        var bold = 0;
        var italic = 0;
        for (var i = start; i < end; i++)
        {
            var glyph = line[i];
            if (i > start)
            {
                // A page that writes its spaces as glyphs separates words with them; a middling gap without one
                // is the tracking of a capital ("T oezegging", "P agina" in Verdana at 7 pt), not a space.
                var gap = glyph.Left - line[i - 1].Right;
                var em = Math.Min(glyph.Size, line[i - 1].Size);
                if (gap > 0.15 * em && (!spaceGlyphs || glyph.SpaceBefore || gap > 0.3 * em))
                {
                    text.Append(' ');
                    positions.Add(glyph.Left);
                }
            }

            text.Append(glyph.Text);
            for (var k = 0; k < glyph.Text.Length; k++)
            {
                positions.Add(glyph.Left);
            }

            var size = Math.Round(glyph.Size, 1);
            sizes[size] = sizes.GetValueOrDefault(size) + glyph.Text.Length;
            bold += glyph.Bold ? 1 : 0;
            italic += glyph.Italic ? 1 : 0;
        }

        var count = end - start;
        var dominant = sizes.OrderByDescending(p => p.Value).ThenByDescending(p => p.Key).First().Key;
        var baseline = double.MaxValue;
        for (var i = start; i < end; i++)
        {
            if (Math.Round(line[i].Size, 1) == dominant)
            {
                baseline = Math.Min(baseline, line[i].Baseline);
            }
        }

        return new PdfTextLine(
            text.ToString(), line[start].Left, line[end - 1].Right, baseline, dominant, bold * 2 > count, italic * 2 > count, [.. positions]);
    }

    // Each superscript (a number of at most three digits, or an asterisk) joins the first line, in page order, that
    // hosts it: larger type, at most a little below the superscript's baseline and not far above it, around where
    // it starts. Merges are made as one pass that starts over after each merge would make them: the first
    // superscript that has a host at any moment merges next. A merge changes only its host, so after one, the only
    // superscripts earlier on the page that can have gained a host are those this host takes (found through the
    // baselines), and the host itself; later ones are tried as the pass reaches them.
    internal static List<PdfTextLine> MergeSuperscripts(List<PdfTextLine> segments, List<string> markers)
    {
        var lines = segments.ToArray();
        var live = new bool[lines.Length];
        Array.Fill(live, true);
        var index = new SuperscriptIndex(lines);
        for (var p = 0; p < lines.Length; p++)
        {
            if (!live[p] || !IsSuperscript(lines[p]))
            {
                continue;
            }

            var host = index.Host(p, live);
            if (host < 0)
            {
                continue;
            }

            Merge(lines, live, p, host, markers);
            while (index.FirstWithHost(host, p, live) is var next and >= 0)
            {
                var nextHost = index.Host(next, live);
                Merge(lines, live, next, nextHost, markers);
                host = nextHost;
            }
        }

        var result = new List<PdfTextLine>(lines.Length);
        for (var i = 0; i < lines.Length; i++)
        {
            if (live[i])
            {
                result.Add(lines[i]);
            }
        }

        return result;
    }

    // A footnote number of at most three digits, an asterisk, or a few numbers in one superscript ("1, 2").
    private static bool IsSuperscript(PdfTextLine line) =>
        (line.Text.Length <= 3 && line.Text.All(c => char.IsDigit(c) || c == '*')) || SuperscriptListRegex().IsMatch(line.Text);

    [GeneratedRegex(@"^\d{1,3}(?:, ?\d{1,3}){1,4}$")]
    private static partial Regex SuperscriptListRegex();

    private static bool Hosts(PdfTextLine line, PdfTextLine small)
    {
        if (line.Size < small.Size * 1.2 || line.Text.Length <= small.Text.Length)
        {
            return false;
        }

        var above = small.Baseline - line.Baseline;
        return above > -0.5 && above < line.Size * 0.9 && small.Left >= line.Left - (line.Size * 2.5) && small.Left <= line.Right + (line.Size * 0.5);
    }

    private static void Merge(PdfTextLine[] lines, bool[] live, int i, int host, List<string> markers)
    {
        var small = lines[i];
        var target = lines[host];
        PdfTextLine merged;
        if (small.Right <= target.Left + 0.5)
        {
            merged = target with { Text = small.Text + " " + target.Text, Left = small.Left, Positions = [.. small.Positions, small.Right, .. target.Positions] };
        }
        else
        {
            var at = InsertionIndex(target, small);
            markers.AddRange(small.Text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries));

            // The gap the superscript filled before punctuation is no word space: "Ends¹?", not "Ends¹ ?".
            var after = at;
            if (after + 1 < target.Text.Length && target.Text[after] == ' ' && ".,;:?!)»”’\"".Contains(target.Text[after + 1], StringComparison.Ordinal)
                && target.Positions[after + 1] - small.Right < 0.15 * target.Size)
            {
                after++;
            }

            // Digits after digits would read as one number ("20231"): those are written as superscripts.
            var marker = FollowsDigit(target.Text, at) ? SuperscriptDigits.From(small.Text) : small.Text;
            merged = target with
            {
                Text = target.Text[..at] + marker + target.Text[after..],
                Right = Math.Max(target.Right, small.Right),
                Positions = [.. target.Positions[..at], .. small.Positions, .. target.Positions[after..]],
            };
        }

        lines[host] = merged;
        live[i] = false;
    }

    // A digit before the marker, or a digit and the punctuation it is glued after ("in 2022?⁴").
    private static bool FollowsDigit(string text, int at)
    {
        var i = at;
        while (i > 0 && i > at - 3 && ".,;:?!)»”’".Contains(text[i - 1], StringComparison.Ordinal))
        {
            i--;
        }

        return i > 0 && char.IsAsciiDigit(text[i - 1]);
    }

    // A marker goes after the last character that starts left of it.
    private static int InsertionIndex(PdfTextLine line, PdfTextLine marker)
    {
        var index = 0;
        while (index < line.Positions.Length && line.Positions[index] < marker.Left - 0.1)
        {
            index++;
        }

        while (index > 0 && line.Text[index - 1] == ' ')
        {
            index--;
        }

        return index;
    }

    // Two columns (or a side column) when many segments start at a second left edge that the first column's
    // segments never cross; then each band between full-width lines is read left column first.
    private static List<PdfTextLine> Order(List<PdfTextLine> segments)
    {
        var byTop = segments.OrderByDescending(s => s.Baseline).ThenBy(s => s.Left).ToList();
        var gutter = FindGutter(byTop);
        if (gutter is null)
        {
            return byTop;
        }

        var ordered = new List<PdfTextLine>(byTop.Count);
        var left = new List<PdfTextLine>();
        var right = new List<PdfTextLine>();
        foreach (var segment in byTop)
        {
            if (segment.Left < gutter.Value.Start && segment.Right > gutter.Value.End)
            {
                ordered.AddRange(left);
                ordered.AddRange(right);
                left.Clear();
                right.Clear();
                ordered.Add(segment);
            }
            else if (segment.Right <= gutter.Value.End)
            {
                left.Add(segment);
            }
            else
            {
                right.Add(segment);
            }
        }

        ordered.AddRange(left);
        ordered.AddRange(right);
        return ordered;
    }

    private static (double Start, double End)? FindGutter(List<PdfTextLine> segments)
    {
        var text = segments.Where(s => s.Text.Length >= 12).ToList();
        if (text.Count < 8)
        {
            return null;
        }

        var minLeft = text.Min(s => s.Left);
        var maxRight = text.Max(s => s.Right);
        var width = maxRight - minLeft;
        var edges = text.GroupBy(s => Math.Round(s.Left / 4) * 4).OrderByDescending(g => g.Count()).ToList();
        foreach (var edge in edges.Take(4))
        {
            var x = edge.Min(s => s.Left);
            if (x - minLeft < width * 0.3 || edge.Count() < Math.Max(4, text.Count / 6))
            {
                continue;
            }

            var leftOf = text.Where(s => s.Left < x - 1).ToList();
            var crossing = leftOf.Count(s => s.Right > x - 2);
            if (leftOf.Count >= 4 && crossing * 10 <= leftOf.Count)
            {
                var end = leftOf.Where(s => s.Right <= x - 2).Max(s => s.Right);
                return (end, x - 1);
            }
        }

        return null;
    }

    /// <summary>
    /// The letters an accent may belong to, by cell: each letter that can carry an accent (one character, at a
    /// finite place) is listed in every cell its catchment touches (its width and half a point either side, its size
    /// above and below its baseline); a letter whose catchment spans many cells, or lies off the grid, is tried for
    /// every accent. Cells are as wide as a letter and as tall as a line, as most letters on the page are.
    /// </summary>
    private sealed class LetterGrid
    {
        private const int MostCells = 64;
        private const double Reach = 1e9;

        private readonly Dictionary<(long X, long Y), List<int>> _cells = [];
        private readonly double _width;
        private readonly double _height;

        public LetterGrid(List<Glyph> letters)
        {
            var widths = new List<double>();
            var heights = new List<double>();
            foreach (var letter in letters)
            {
                if (OnGrid(letter))
                {
                    widths.Add(letter.Right - letter.Left + 1);
                    heights.Add(letter.Size * 2);
                }
            }

            widths.Sort();
            heights.Sort();
            _width = widths.Count > 0 ? Math.Max(widths[widths.Count / 2], 0.5) : 1;
            _height = heights.Count > 0 ? Math.Max(heights[heights.Count / 2], 0.5) : 1;
            for (var i = 0; i < letters.Count; i++)
            {
                var letter = letters[i];
                if (letter.Text.Length != 1)
                {
                    continue; // never carries an accent
                }

                // A hundredth of a point more than the catchment on every side: rounding cannot lose a letter.
                if (!OnGrid(letter))
                {
                    Everywhere.Add(i);
                    continue;
                }

                var x0 = (long)Math.Floor((letter.Left - 0.51) / _width);
                var x1 = (long)Math.Floor((letter.Right + 0.51) / _width);
                var y0 = (long)Math.Floor((letter.Baseline - letter.Size - 0.01) / _height);
                var y1 = (long)Math.Floor((letter.Baseline + letter.Size + 0.01) / _height);
                if ((x1 - x0 + 1) * (y1 - y0 + 1) > MostCells)
                {
                    Everywhere.Add(i);
                    continue;
                }

                for (var x = x0; x <= x1; x++)
                {
                    for (var y = y0; y <= y1; y++)
                    {
                        if (!_cells.TryGetValue((x, y), out var cell))
                        {
                            _cells[(x, y)] = cell = [];
                        }

                        cell.Add(i);
                    }
                }
            }
        }

        /// <summary>The letters tried for every accent, in page order.</summary>
        public List<int> Everywhere { get; } = [];

        /// <summary>Whether a coordinate is on the grid.</summary>
        public static bool Fits(double value) => Math.Abs(value) < Reach;

        /// <summary>The letters listed in the cell of a point, in page order.</summary>
        public List<int> Cell(double x, double y) =>
            _cells.TryGetValue(((long)Math.Floor(x / _width), (long)Math.Floor(y / _height)), out var cell) ? cell : [];

        private static bool OnGrid(Glyph letter) =>
            Fits(letter.Left) && Fits(letter.Right) && Fits(letter.Baseline) && letter.Size >= 0 && letter.Size < Reach && letter.Right >= letter.Left;
    }

    /// <summary>
    /// The segments by baseline, to find a superscript's host among the lines near its baseline and the superscripts
    /// a changed host may take among those near the host's. A segment of infinite size can host a superscript at any
    /// height: those are tried for every superscript.
    /// </summary>
    private sealed class SuperscriptIndex
    {
        private readonly PdfTextLine[] _lines;
        private readonly double[] _hostBaselines;
        private readonly int[] _hosts;
        private readonly double[] _smallBaselines;
        private readonly int[] _smalls;
        private readonly List<int> _everywhere = [];
        private readonly double _largest;

        public SuperscriptIndex(PdfTextLine[] lines)
        {
            _lines = lines;
            var hosts = new List<int>();
            var smalls = new List<int>();
            for (var i = 0; i < lines.Length; i++)
            {
                var line = lines[i];
                if (!double.IsFinite(line.Baseline))
                {
                    continue; // neither hosts nor is hosted: every distance to it is infinite or undefined
                }

                if (double.IsPositiveInfinity(line.Size))
                {
                    _everywhere.Add(i);
                }
                else if (double.IsFinite(line.Size))
                {
                    hosts.Add(i);
                    _largest = Math.Max(_largest, line.Size);
                }

                // Merging only lengthens a host, with digits or a space: a line is a superscript later only if it is one now.
                if (IsSuperscript(line))
                {
                    smalls.Add(i);
                }
            }

            (_hostBaselines, _hosts) = ByBaseline(lines, hosts);
            (_smallBaselines, _smalls) = ByBaseline(lines, smalls);
        }

        /// <summary>The first live line that hosts superscript <paramref name="small"/>, or -1.</summary>
        public int Host(int small, bool[] live)
        {
            var line = _lines[small];
            var host = -1;
            if (!double.IsFinite(line.Baseline))
            {
                return host;
            }

            // A host's baseline is at most half a point above the superscript's, and less than 0.9 of its size below.
            var margin = Margin(line.Baseline);
            for (var k = LowerBound(_hostBaselines, line.Baseline - (0.9 * _largest) - margin); k < _hosts.Length && _hostBaselines[k] <= line.Baseline + margin; k++)
            {
                var j = _hosts[k];
                if ((host < 0 || j < host) && j != small && live[j] && Hosts(_lines[j], line))
                {
                    host = j;
                }
            }

            foreach (var j in _everywhere)
            {
                if ((host < 0 || j < host) && j != small && live[j] && Hosts(_lines[j], line))
                {
                    host = j;
                }
            }

            return host;
        }

        /// <summary>
        /// The first live superscript before <paramref name="end"/> that has a host now that <paramref name="host"/>
        /// changed, when none before it had one: one that <paramref name="host"/> takes, or the host itself; or -1.
        /// </summary>
        public int FirstWithHost(int host, int end, bool[] live)
        {
            var first = host < end && IsSuperscript(_lines[host]) && Host(host, live) >= 0 ? host : -1;
            var line = _lines[host];
            if (!double.IsFinite(line.Baseline))
            {
                return first;
            }

            var (from, to) = double.IsPositiveInfinity(line.Size)
                ? (0, _smalls.Length)
                : (LowerBound(_smallBaselines, line.Baseline - Margin(line.Baseline)), LowerBound(_smallBaselines, line.Baseline + (0.9 * line.Size) + Margin(line.Baseline)));
            for (var k = from; k < to; k++)
            {
                var i = _smalls[k];
                if (i < end && (first < 0 || i < first) && i != host && live[i] && IsSuperscript(_lines[i]) && Hosts(line, _lines[i]))
                {
                    first = i;
                }
            }

            return first;
        }

        private static (double[] Baselines, int[] Indexes) ByBaseline(PdfTextLine[] lines, List<int> chosen)
        {
            var baselines = chosen.Select(i => lines[i].Baseline).ToArray();
            var indexes = chosen.ToArray();
            Array.Sort(baselines, indexes);
            return (baselines, indexes);
        }

        // More than the half point of the test, and than any rounding of numbers this large.
        private static double Margin(double baseline) => 1 + (Math.Abs(baseline) * 1e-9);

        // The first position whose baseline is at least value.
        private static int LowerBound(double[] sorted, double value)
        {
            int low = 0, high = sorted.Length;
            while (low < high)
            {
                var middle = (low + high) / 2;
                if (sorted[middle] < value)
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

    // Letters come in runs of one font: the style is read from the font name once per run.
    private sealed class FontStyles
    {
        private string? _name;
        private bool _bold;
        private bool _italic;

        public bool IsBold(string? name) => Read(name) && _bold;

        public bool IsItalic(string? name) => Read(name) && _italic;

        private bool Read(string? name)
        {
            if (name is null)
            {
                return false;
            }

            if (!string.Equals(name, _name, StringComparison.Ordinal))
            {
                _name = name;
                _bold = name.Contains("Bold", StringComparison.OrdinalIgnoreCase) || name.Contains("Black", StringComparison.OrdinalIgnoreCase)
                    || name.Contains("Heavy", StringComparison.OrdinalIgnoreCase) || name.Contains("Semibold", StringComparison.OrdinalIgnoreCase);
                _italic = name.Contains("Italic", StringComparison.OrdinalIgnoreCase) || name.Contains("Oblique", StringComparison.OrdinalIgnoreCase);
            }

            return true;
        }
    }

    internal readonly record struct Glyph(string Text, double Left, double Right, double Baseline, double Size, bool Bold, bool Italic, bool SpaceBefore = false);
}
