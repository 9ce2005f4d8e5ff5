using System.IO.Compression;
using System.Text;
using ParseKamerstuk.Diagnostics;
using ParseKamerstuk.Reading;
using ParseKamerstuk.Tests.Reading;
using ParseKamerstuk.Text;

namespace ParseKamerstuk.Tests.Robustness;

/// <summary>
/// Word packages and texts are decoded within <see cref="ParseOptions.MaxDecodedBytes"/>, and without holding more than
/// they must: a <c>w:t</c> that inflates to far more than the limit is refused while it streams by, and a text of
/// nothing but line breaks is read line by line. The inputs are scaled down from the figures of
/// <c>tests/measure-memory</c> (900 MB of <c>w:t</c>, 200 MB of newlines); what is checked is the memory allocated,
/// not the time taken.
/// </summary>
[Collection(ScalingGroup.Name)]
public sealed class DecodeBudgetTests
{
    private const int Megabyte = 1024 * 1024;

    /// <summary>A Word package whose one paragraph's <c>w:t</c> holds <paramref name="length"/> letters.</summary>
    internal static byte[] LongTextDocx(long length)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            Write(zip, "[Content_Types].xml", """<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>""");
            Write(zip, "_rels/.rels", """<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>""");
            using var part = zip.CreateEntry("word/document.xml", CompressionLevel.Fastest).Open();
            part.Write(Encoding.UTF8.GetBytes($"""<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="{WordReaderTests.W}"><w:body><w:p><w:r><w:t>"""));
            var chunk = Enumerable.Repeat((byte)'a', Megabyte).ToArray();
            for (var left = length; left > 0; left -= chunk.Length)
            {
                part.Write(chunk, 0, (int)Math.Min(left, chunk.Length));
            }

            part.Write("</w:t></w:r></w:p></w:body></w:document>"u8);
        }

        return buffer.ToArray();
    }

    private static void Write(ZipArchive zip, string name, string text)
    {
        using var stream = zip.CreateEntry(name).Open();
        stream.Write(Encoding.UTF8.GetBytes(text));
    }

    // The bytes the current thread allocates while action runs.
    private static long Allocated(Action action)
    {
        var before = GC.GetAllocatedBytesForCurrentThread();
        action();
        return GC.GetAllocatedBytesForCurrentThread() - before;
    }

    [Fact]
    public void A_word_text_that_inflates_past_the_limit_is_refused_as_it_streams()
    {
        // Given a package of a few hundred kilobytes whose text inflates to 64 MB, and a limit of 8 MB,
        var docx = LongTextDocx(64L * Megabyte);
        var options = ParseOptions.Default with { MaxDecodedBytes = 8 * Megabyte };

        // when it is parsed, then it is refused at the limit, having held little more than the reader's buffers.
        KamerstukInputException? refused = null;
        var allocated = Allocated(() => refused = Assert.Throws<KamerstukInputException>(() => KamerstukParser.Parse(docx, "bom.docx", options)));
        Assert.Equal("the Word document's word/document.xml inflates past the limit of 8 MB (a decompression bomb?)", refused!.Message);
        Assert.True(allocated < 16L * Megabyte, $"{allocated / Megabyte} MB allocated");
    }

    [Fact]
    public void A_text_of_line_breaks_only_is_read_without_a_line_for_each()
    {
        // Given 20 MB of newlines,
        var data = Enumerable.Repeat((byte)'\n', 20 * Megabyte).ToArray();

        // when it is parsed, then it gives an empty document, having allocated a fraction of its size.
        Model.KamerstukDocument? document = null;
        var allocated = Allocated(() => document = KamerstukParser.Parse(data, "leeg.txt"));
        Assert.Empty(document!.Body);
        Assert.True(allocated < 4L * Megabyte, $"{allocated / Megabyte} MB allocated");
    }

    [Fact]
    public void The_memory_line_breaks_take_does_not_grow_with_their_number()
    {
        // Given texts of 2 MB and of 20 MB of line breaks and blank lines, with a form feed now and then,
        static byte[] Text(int megabytes) =>
            [.. Enumerable.Range(0, megabytes).SelectMany(_ => Enumerable.Repeat((byte)'\n', Megabyte - 3).Concat("\r\n\f"u8.ToArray()))];
        var small = Text(2);
        var large = Text(20);

        // when each is read, then the larger takes hardly more memory than the smaller (a line for each would take
        // ten times as much).
        PlainTextDocumentReader.Instance.Read(small, ParseOptions.Default, default);
        var smallAllocated = Allocated(() => PlainTextDocumentReader.Instance.Read(small, ParseOptions.Default, default));
        var largeAllocated = Allocated(() => PlainTextDocumentReader.Instance.Read(large, ParseOptions.Default, default));
        Assert.True(largeAllocated < 2 * smallAllocated + Megabyte, $"2 MB: {smallAllocated / 1024} KB allocated, 20 MB: {largeAllocated / 1024} KB");
    }

    [Fact]
    public void A_text_that_decodes_past_the_limit_is_refused()
    {
        // Given a line of 3 million letters (6 MB as a string) and a limit of 4 MB,
        var data = Enumerable.Repeat((byte)'a', 3_000_000).ToArray();
        var options = ParseOptions.Default with { MaxDecodedBytes = 4 * Megabyte };

        // then the text is refused.
        var refused = Assert.Throws<KamerstukInputException>(() => KamerstukParser.Parse(data, "lang.txt", options));
        Assert.Equal("the text inflates past the limit of 4 MB (a decompression bomb?)", refused.Message);
    }

    // Pieces that meet every rule of the decoder: line ends with and without carriage returns, blank runs, form
    // feeds, double-encoded UTF-8 ("Ã¶" for "ö"), a byte order mark read as Windows-1252 ("ï»¿"), Markdown page marks.
    private static readonly string[] s_pieces =
    [
        "a", "Vraag 1", " ", "\n", "\n", "\r\n", "\r", "\f", "\n\n\n", "\r\r\n", "Ã¶", "Ã©", "ï»¿", "\uFEFF", "é", "’", "€",
        "\n-----\n", "# Kop", "#### Vergaderjaar", "**vet**", "ISSN 0921 - 7398", "ah-tk-20232024-1433", "-",
    ];

    public static TheoryData<int> Seeds() => [.. Enumerable.Range(0, 40)];

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Decoding_line_by_line_gives_the_lines_of_the_whole_text(int seed)
    {
        // Given 50 texts of random pieces, each in UTF-8, in UTF-8 with a byte order mark, in Windows-1252 and in UTF-16,
        var random = new Random(seed);
        for (var i = 0; i < 50; i++)
        {
            var text = string.Concat(Enumerable.Range(0, random.Next(1, 40)).Select(_ => s_pieces[random.Next(s_pieces.Length)]));
            byte[][] encodings =
            [
                Encoding.UTF8.GetBytes(text),
                [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(text)],
                Encoding.Latin1.GetBytes(text.Replace('’', '\'').Replace('€', 'e').Replace('\uFEFF', ' ')),
                [0xFF, 0xFE, .. Encoding.Unicode.GetBytes(text)],
            ];
            foreach (var data in encodings)
            {
                // when it is decoded line by line and whole,
                string whole;
                bool fallback, repaired;
                try
                {
                    whole = TextDecoder.RepairDoubleEncoding(TextDecoder.Decode(data, out fallback), out repaired);
                }
                catch (KamerstukInputException)
                {
                    Assert.Throws<KamerstukInputException>(() => TextDecoder.DecodeLines(data, new DecodeBudget(Megabyte)));
                    continue;
                }

                var decoded = TextDecoder.DecodeLines(data, new DecodeBudget(Megabyte));
                var byLine = decoded.Lines().ToList();

                // then both give the same lines (a run of empty ones as one), and say the same of the encoding.
                Assert.Equal(WithEmptyRunsAsOne(whole.Split('\n').Select(l => l.TrimEnd('\r'))), byLine);
                Assert.Equal((fallback, repaired), (decoded.UsedFallback, decoded.Repaired));
                Assert.Equal(whole.Contains('\f', StringComparison.Ordinal), decoded.HasFormFeed);
            }
        }
    }

    private static List<string> WithEmptyRunsAsOne(IEnumerable<string> lines)
    {
        var kept = new List<string>();
        foreach (var line in lines)
        {
            if (line.Length > 0 || kept.Count == 0 || kept[^1].Length > 0)
            {
                kept.Add(line);
            }
        }

        return kept;
    }
}
