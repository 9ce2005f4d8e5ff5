using System.Text;
using ParseKamerstuk.Text;
using UglyToad.PdfPig.Content;

namespace ParseKamerstuk.Reading;

/// <summary>
/// Turns the letters of one PDF page into line segments in reading order: letters are grouped on their baselines,
/// split into segments at wide gaps (columns, side columns), words separated where the gap between letters is a space;
/// spacing accents are composed with their letter (<c>c</c> + <c>´</c> → <c>ć</c>); superscript footnote markers are
/// glued to the word they follow and footnote numbers put before their note; two-column pages are read column by column.
/// </summary>
internal static class PdfPageLayout
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

    private static void ComposeAccents(List<Glyph> letters, List<Glyph> accents)
    {
        foreach (var accent in accents)
        {
            var mark = s_spacingAccents[accent.Text];
            var best = -1;
            var bestOverlap = 0.0;
            for (var i = 0; i < letters.Count; i++)
            {
                var letter = letters[i];
                if (letter.Text.Length != 1 || Math.Abs(letter.Baseline - accent.Baseline) > letter.Size || !char.IsLetter(letter.Text[0]))
                {
                    continue;
                }

                var overlap = Math.Min(letter.Right, accent.Right) - Math.Max(letter.Left, accent.Left);
                var center = (accent.Left + accent.Right) / 2;
                if (center >= letter.Left - 0.5 && center <= letter.Right + 0.5 && overlap > bestOverlap - 0.01)
                {
                    best = i;
                    bestOverlap = overlap;
                }
            }

            if (best >= 0 && LatinComposition.TryCompose(letters[best].Text[0], mark, out var composed))
            {
                letters[best] = letters[best] with { Text = composed.ToString() };
            }
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

    private static List<PdfTextLine> MergeSuperscripts(List<PdfTextLine> segments, List<string> markers)
    {
        var result = new List<PdfTextLine>(segments);
        for (var i = 0; i < result.Count; i++)
        {
            var small = result[i];
            if (small.Text.Length > 3 || !small.Text.All(c => char.IsDigit(c) || c == '*'))
            {
                continue;
            }

            var host = -1;
            for (var j = 0; j < result.Count; j++)
            {
                var line = result[j];
                if (j == i || line.Size < small.Size * 1.2 || line.Text.Length <= small.Text.Length)
                {
                    continue;
                }

                var above = small.Baseline - line.Baseline;
                if (above > -0.5 && above < line.Size * 0.9 && small.Left >= line.Left - line.Size * 2.5 && small.Left <= line.Right + line.Size * 0.5)
                {
                    host = j;
                    break;
                }
            }

            if (host < 0)
            {
                continue;
            }

            var target = result[host];
            PdfTextLine merged;
            if (small.Right <= target.Left + 0.5)
            {
                merged = target with { Text = small.Text + " " + target.Text, Left = small.Left, Positions = [.. small.Positions, small.Right, .. target.Positions] };
            }
            else
            {
                var index = InsertionIndex(target, small);
                markers.Add(small.Text);
                merged = target with
                {
                    Text = target.Text[..index] + small.Text + target.Text[index..],
                    Right = Math.Max(target.Right, small.Right),
                    Positions = [.. target.Positions[..index], .. small.Positions, .. target.Positions[index..]],
                };
            }

            result[host] = merged;
            result.RemoveAt(i);
            i = -1; // start again: indexes moved
        }

        return result;
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

    private readonly record struct Glyph(string Text, double Left, double Right, double Baseline, double Size, bool Bold, bool Italic, bool SpaceBefore = false);
}
