using ParseKamerstuk.Reading;
using ParseKamerstuk.Text;
using Glyph = ParseKamerstuk.Reading.PdfPageLayout.Glyph;

namespace ParseKamerstuk.Tests.Reading;

/// <summary>
/// The page layout finds accents' letters and superscripts' hosts through indexes; on crowded random pages (letters
/// on top of each other, lines sharing baselines, odd sizes) they choose what trying every pair chooses.
/// </summary>
public sealed class PdfLayoutIndexTests
{
    private static readonly string[] s_accents = ["´", "`", "¨", "ˆ", "˜", "¸"];

    [Fact]
    public void Accents_through_the_grid_compose_as_accents_tried_on_every_letter()
    {
        var random = new Random(20261201);
        for (var page = 0; page < 300; page++)
        {
            var letters = new List<Glyph>();
            var accents = new List<Glyph>();
            var count = random.Next(1, 200);
            var spread = random.Next(1, 4) * 40.0;
            for (var i = 0; i < count; i++)
            {
                letters.Add(RandomGlyph(random, spread, random.Next(5) == 0 ? "1" : ((char)('a' + random.Next(26))).ToString()));
                if (random.Next(2) == 0)
                {
                    accents.Add(RandomGlyph(random, spread, s_accents[random.Next(s_accents.Length)]));
                }
            }

            if (random.Next(10) == 0)
            {
                letters.Add(new Glyph("e", double.NegativeInfinity, double.PositiveInfinity, 10, 10, false, false));
                letters.Add(new Glyph("o", 5, 500, 10, 400, false, false));
            }

            var direct = new List<Glyph>(letters);
            var grid = new List<Glyph>(letters);
            PdfPageLayout.ComposeAccentsDirectly(direct, accents);
            PdfPageLayout.ComposeAccentsThroughGrid(grid, accents);
            Assert.Equal(direct, grid);
        }
    }

    [Fact]
    public void Superscripts_merge_as_a_pass_that_starts_over_after_each_merge_merges_them()
    {
        var random = new Random(20261202);
        for (var page = 0; page < 400; page++)
        {
            var segments = new List<PdfTextLine>();
            var count = random.Next(1, 60);
            for (var i = 0; i < count; i++)
            {
                var small = random.Next(3) > 0;
                var text = small ? random.Next(1, 40).ToString(System.Globalization.CultureInfo.InvariantCulture) : random.Next(4) == 0 ? "12" : "tekst van de regel";
                var left = random.Next(0, 30) * 5.0;
                var right = left + (text.Length * (small ? 3 : 5));
                var size = small ? random.Next(5, 9) : random.Next(8, 13);
                var baseline = random.Next(0, 12) * 4.0;
                segments.Add(new PdfTextLine(text, left, right, baseline, size, false, false, [.. Enumerable.Range(0, text.Length).Select(k => left + (k * (right - left) / text.Length))]));
            }

            segments = [.. segments.OrderByDescending(s => s.Baseline)];
            var expectedMarkers = new List<string>();
            var markers = new List<string>();
            var expected = ReferenceMerge(segments, expectedMarkers);
            var actual = PdfPageLayout.MergeSuperscripts(segments, markers);
            Assert.Equal(expected.Select(Describe), actual.Select(Describe));
            Assert.Equal(expectedMarkers, markers);
        }
    }

    private static string Describe(PdfTextLine line) => $"{line.Text}|{line.Left}|{line.Right}|{line.Baseline}|{line.Size}|{string.Join(',', line.Positions)}";

    private static Glyph RandomGlyph(Random random, double spread, string text)
    {
        var left = Math.Round(random.NextDouble() * spread, 1);
        var width = 1 + Math.Round(random.NextDouble() * 6, 1);
        return new Glyph(text, left, left + width, random.Next(0, 6) * 3.0, random.Next(4, 14), false, false);
    }

    // The merge as it was written first: after each merge the pass starts again at the first segment.
    private static List<PdfTextLine> ReferenceMerge(List<PdfTextLine> segments, List<string> markers)
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
                var index = 0;
                while (index < target.Positions.Length && target.Positions[index] < small.Left - 0.1)
                {
                    index++;
                }

                while (index > 0 && target.Text[index - 1] == ' ')
                {
                    index--;
                }

                markers.Add(small.Text);
                var marker = index > 0 && char.IsAsciiDigit(target.Text[index - 1]) ? SuperscriptDigits.From(small.Text) : small.Text;
                merged = target with
                {
                    Text = target.Text[..index] + marker + target.Text[index..],
                    Right = Math.Max(target.Right, small.Right),
                    Positions = [.. target.Positions[..index], .. small.Positions, .. target.Positions[index..]],
                };
            }

            result[host] = merged;
            result.RemoveAt(i);
            i = -1;
        }

        return result;
    }
}
