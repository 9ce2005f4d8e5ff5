using System.Text;
using ParseKamerstuk.Diagnostics;
using ParseKamerstuk.Reading;
using ParseKamerstuk.Text;

namespace ParseKamerstuk.Tests.Reading;

/// <summary>What an input is and how its bytes are decoded; what an input that cannot be read is told.</summary>
public sealed class InputDecodingTests
{
    private const string Xml = "<?xml version=\"1.0\"?><officiele-publicatie><kamerstuk><stuk><al>Het kabinet ’s-Gravenhage</al></stuk></kamerstuk></officiele-publicatie>";

    private const string Page = "<!DOCTYPE html><html><body><div class=\"stuk\"><p>Het kabinet ’s-Gravenhage</p></div></body></html>";

    public static TheoryData<string> Encodings => ["utf-16", "utf-16BE", "utf-32", "utf-32BE"];

    private static byte[] Encode(string text, string encoding)
    {
        var chosen = Encoding.GetEncoding(encoding);
        return [.. chosen.GetPreamble(), .. chosen.GetBytes(text)];
    }

    [Theory]
    [MemberData(nameof(Encodings))]
    public void Text_with_a_byte_order_mark_is_decoded_in_its_encoding(string encoding)
    {
        Assert.Equal("Vraag 1 Kostić?", TextDecoder.Decode(Encode("Vraag 1 Kostić?", encoding), out _));
    }

    [Theory]
    [MemberData(nameof(Encodings))]
    public void Xml_and_html_with_a_byte_order_mark_are_read_as_markup(string encoding)
    {
        var xml = Encode(Xml, encoding);
        var html = Encode(Page, encoding);
        Assert.Equal(InputFormat.Xml, FormatSniffer.Detect(xml, "stuk.xml"));
        Assert.Equal(InputFormat.Html, FormatSniffer.Detect(html, "stuk.html"));
        Assert.Equal(["Het kabinet ’s-Gravenhage"], KamerstukParser.Read(xml, "stuk.xml").Lines.Where(l => !l.IsBlank).Select(l => l.Text));
        Assert.Equal(["Het kabinet ’s-Gravenhage"], KamerstukParser.Read(html, "stuk.html").Lines.Where(l => !l.IsBlank).Select(l => l.Text));
    }

    [Fact]
    public void A_text_that_mentions_the_pdf_header_is_text()
    {
        var text = Encoding.UTF8.GetBytes("Het bestand begint met %PDF-1.7 en is dus een PDF.\nVraag 1\nKan dat?\n");
        Assert.Equal(InputFormat.Text, FormatSniffer.Detect(text, "vragen.txt"));
    }

    [Fact]
    public void A_pdf_behind_a_few_bytes_of_junk_is_a_pdf()
    {
        var pdf = PdfParallelPagesTests.LongPdf(1);
        Assert.Equal(InputFormat.Pdf, FormatSniffer.Detect([.. "Content-Type: application/pdf\r\n\r\n"u8, .. pdf], "stuk"));
    }

    [Fact]
    public void Xml_errors_keep_their_whole_reason()
    {
        var exception = Assert.Throws<KamerstukInputException>(
            () => XmlDocumentReader.Instance.Read(Encoding.UTF8.GetBytes("<officiele-publicatie a .>"), ParseOptions.Default, default));
        Assert.StartsWith("not well-formed XML (line 1, position ", exception.Message, StringComparison.Ordinal);
        Assert.Matches(@"^not well-formed XML \(line 1, position \d+: '\.' is an unexpected token\. .+\)$", exception.Message);
        Assert.DoesNotContain("Line 1", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_xml_file_read_as_pdf_is_not_a_pdf()
    {
        var exception = Assert.Throws<KamerstukInputException>(
            () => KamerstukParser.Parse(Encoding.UTF8.GetBytes(Xml), "stuk.xml", new ParseOptions { Format = InputFormat.Pdf }));
        Assert.StartsWith("not a PDF", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_xml_file_read_as_word_is_not_a_word_document()
    {
        var exception = Assert.Throws<KamerstukInputException>(
            () => KamerstukParser.Parse(Encoding.UTF8.GetBytes(Xml), "stuk.xml", new ParseOptions { Format = InputFormat.Docx }));
        Assert.StartsWith("not a Word document", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_damaged_pdf_is_told_in_words()
    {
        var exception = Assert.Throws<KamerstukInputException>(() => KamerstukParser.Parse("%PDF-1.7\nthis is no pdf"u8.ToArray(), "stuk.pdf"));
        Assert.DoesNotContain("Exception", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_damaged_word_document_is_told_in_words()
    {
        var package = WordReaderTests.Package(WordReaderTests.MainType, "<w:document", null, null);
        var cut = package[..(package.Length / 2)];
        foreach (var data in new[] { package, cut })
        {
            var exception = Assert.Throws<KamerstukInputException>(() => WordDocumentReader.Instance.Read(data, ParseOptions.Default, default));
            Assert.StartsWith("not a readable Word document: ", exception.Message, StringComparison.Ordinal);
            Assert.DoesNotContain("Exception", exception.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void A_file_is_read_no_further_than_the_limit_whatever_its_length_says()
    {
        // A device reports a length of 0 and never ends.
        var exception = Assert.Throws<KamerstukInputException>(() => KamerstukParser.ParseFile("/dev/zero", new ParseOptions { MaxBytes = 1 << 20 }));
        Assert.Equal("input is over the limit of 1048576 bytes", exception.Message);
    }

    [Fact]
    public void A_file_that_is_longer_or_shorter_than_it_said_is_read_whole()
    {
        var data = Enumerable.Range(0, 300_000).Select(i => (byte)('a' + (i % 26))).ToArray();
        foreach (var expected in new long[] { 0, 1, 1000, data.Length, data.Length + 5000 })
        {
            using var stream = new MemoryStream(data);
            Assert.Equal(data, KamerstukParser.ReadAtMost(stream, expected, 1 << 20));
        }

        using var tooLong = new MemoryStream(data);
        Assert.Throws<KamerstukInputException>(() => KamerstukParser.ReadAtMost(tooLong, 10, data.Length - 1));
        using var exact = new MemoryStream(data);
        Assert.Equal(data.Length, KamerstukParser.ReadAtMost(exact, 10, data.Length).Length);
    }
}
