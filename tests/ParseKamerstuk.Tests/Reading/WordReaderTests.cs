using System.IO.Compression;
using System.Text;
using ParseKamerstuk.Diagnostics;
using ParseKamerstuk.Reading;
using ParseKamerstuk.Text;

namespace ParseKamerstuk.Tests.Reading;

/// <summary>The Word reader on packages written here part by part, each showing one WordprocessingML convention.</summary>
public sealed class WordReaderTests
{
    internal const string W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    private const string Numbering = $"""
        <w:numbering xmlns:w="{W}">
          <w:abstractNum w:abstractNumId="0">
            <w:lvl w:ilvl="0"><w:start w:val="3"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl>
            <w:lvl w:ilvl="1"><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="%2)"/></w:lvl>
            <w:lvl w:ilvl="2"><w:numFmt w:val="upperRoman"/><w:lvlText w:val="(%3)"/></w:lvl>
            <w:lvl w:ilvl="3"><w:numFmt w:val="bullet"/><w:lvlText w:val="o"/></w:lvl>
            <w:lvl w:ilvl="4"><w:numFmt w:val="none"/></w:lvl>
          </w:abstractNum>
          <w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
        </w:numbering>
        """;

    private const string Footnotes = $"""
        <w:footnotes xmlns:w="{W}">
          <w:footnote w:id="0"><w:p><w:r><w:t>separator</w:t></w:r></w:p></w:footnote>
          <w:footnote w:id="2"><w:p><w:r><w:footnoteRef/></w:r><w:r><w:t xml:space="preserve"> Kamerstuk 36 200, nr. 4</w:t></w:r></w:p></w:footnote>
          <w:footnote w:id="5"><w:p><w:r><w:t>NOS, 1 mei 2024</w:t></w:r></w:p></w:footnote>
        </w:footnotes>
        """;

    [Fact]
    public void Numbered_paragraphs_get_the_label_Word_draws()
    {
        var lines = Read(
            Paragraph("Eerste vraag", Numbered(0)),
            Paragraph("deel a", Numbered(1)),
            Paragraph("deel b", Numbered(1)),
            Paragraph("romeins", Numbered(2)),
            Paragraph("opsomming", Numbered(3)),
            Paragraph("geen label", Numbered(4)),
            Paragraph("Tweede vraag", Numbered(0)),
            Paragraph("weer deel a", Numbered(1)));

        Assert.Equal(
            ["3. Eerste vraag", "a) deel a", "b) deel b", "(I) romeins", "• opsomming", "geen label", "4. Tweede vraag", "a) weer deel a"],
            lines.Where(l => !l.IsBlank).Select(l => l.Text));
    }

    [Fact]
    public void Footnote_references_are_numbered_in_order_and_their_notes_follow_the_text()
    {
        var body = $"""
            <w:p><w:r><w:t xml:space="preserve">Zie het bericht </w:t></w:r><w:r><w:footnoteReference w:id="5"/></w:r>
            <w:r><w:t xml:space="preserve"> en de brief</w:t></w:r><w:r><w:footnoteReference w:id="2"/></w:r><w:r><w:t>.</w:t></w:r></w:p>
            """;
        var lines = Read([body], Footnotes);

        Assert.Equal(["Zie het bericht1 en de brief2.", "1 NOS, 1 mei 2024", "2 Kamerstuk 36 200, nr. 4"], lines.Where(l => !l.IsBlank).Select(l => l.Text));
        Assert.True(lines.Where(l => !l.IsBlank).Skip(1).All(l => l.Note));
    }

    [Fact]
    public void Tabs_breaks_tables_and_content_controls_read_as_Word_shows_them()
    {
        var lines = Read(
            $"""<w:p><w:pPr><w:tabs><w:tab w:val="left" w:pos="720"/></w:tabs></w:pPr><w:r><w:t>Vraag</w:t><w:tab/><w:t>1</w:t><w:br/><w:t>Antwoord</w:t></w:r></w:p>""",
            """<w:tbl><w:tr><w:tc><w:p><w:r><w:t>Aan de Voorzitter</w:t></w:r></w:p><w:p><w:r><w:t>Postbus 20018</w:t></w:r></w:p></w:tc><w:tc><w:p/></w:tc></w:tr></w:tbl>""",
            """<w:sdt><w:sdtPr/><w:sdtContent><w:p><w:r><w:t>In een invulveld</w:t></w:r></w:p></w:sdtContent></w:sdt>""");

        Assert.Equal(["Vraag 1", "Antwoord", "", "Aan de Voorzitter", "Postbus 20018", "", "In een invulveld"], lines.Select(l => l.Text));
    }

    [Fact]
    public void Bold_and_headings_are_marked_and_a_text_box_alternative_is_not_read_twice()
    {
        var lines = Read(
            Paragraph("Vraag 1", "", "<w:b/>"),
            Paragraph("Niet vet", "", """<w:b w:val="0"/>"""),
            Paragraph("Kopje", """<w:pStyle w:val="Kop1"/>"""),
            """
            <w:p xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"><w:r><w:t>Tekst</w:t></w:r><w:r><mc:AlternateContent>
            <mc:Choice Requires="wps"><w:drawing><w:txbxContent><w:p><w:r><w:t>kader</w:t></w:r></w:p></w:txbxContent></w:drawing></mc:Choice>
            <mc:Fallback><w:pict><w:txbxContent><w:p><w:r><w:t>kader</w:t></w:r></w:p></w:txbxContent></w:pict></mc:Fallback>
            </mc:AlternateContent></w:r></w:p>
            """);

        var text = lines.Where(l => !l.IsBlank).ToList();
        Assert.Equal(["Vraag 1", "Niet vet", "Kopje", "Tekst"], text.Select(l => l.Text));
        Assert.Equal([true, false, true, false], text.Select(l => l.Bold));
    }

    [Fact]
    public void A_package_that_is_not_a_Word_document_is_refused_by_name()
    {
        var bytes = Package("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml", Body(Paragraph("x")), null, null);
        var exception = Assert.Throws<KamerstukInputException>(() => WordDocumentReader.Instance.Read(bytes, new ParseOptions(), default));
        Assert.Contains("spreadsheetml", exception.Message, StringComparison.Ordinal);

        var damaged = Package(MainType, "<w:document", null, null);
        Assert.StartsWith("not a readable Word document", Assert.Throws<KamerstukInputException>(() => WordDocumentReader.Instance.Read(damaged, new ParseOptions(), default)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_part_nested_beyond_reason_is_an_input_error_before_it_is_loaded()
    {
        const int depth = 100_000;
        var nested = string.Concat(Enumerable.Repeat("<w:sdt><w:sdtContent>", depth)) + Paragraph("diep") + string.Concat(Enumerable.Repeat("</w:sdtContent></w:sdt>", depth));
        var bytes = Package(MainType, Body(nested), null, null);

        var exception = Assert.Throws<KamerstukInputException>(() => WordDocumentReader.Instance.Read(bytes, new ParseOptions(), default));
        Assert.Equal("the Word document's word/document.xml is nested more than 256 elements deep", exception.Message);
        Assert.Equal(["diep"], Read(string.Concat(Enumerable.Repeat("<w:sdt><w:sdtContent>", 60)) + Paragraph("diep") + string.Concat(Enumerable.Repeat("</w:sdtContent></w:sdt>", 60))).Select(l => l.Text));
    }

    [Fact]
    public void A_part_that_unpacks_beyond_the_limit_is_refused()
    {
        var bytes = Package(MainType, Body(string.Concat(Enumerable.Repeat(Paragraph("Een regel die zich herhaalt."), 2_000))), null, null);
        var options = new ParseOptions { MaxDecodedBytes = 100_000 };

        var exception = Assert.Throws<KamerstukInputException>(() => WordDocumentReader.Instance.Read(bytes, options, default));
        Assert.Equal("the Word document's word/document.xml inflates past the limit of 0.1 MB (a decompression bomb?)", exception.Message);
    }

    internal const string MainType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml";

    private static string Numbered(int level) => $"""<w:numPr><w:ilvl w:val="{level}"/><w:numId w:val="1"/></w:numPr>""";

    private static string Paragraph(string text, string properties = "", string runProperties = "") =>
        $"""<w:p><w:pPr>{properties}</w:pPr><w:r><w:rPr>{runProperties}</w:rPr><w:t>{text}</w:t></w:r></w:p>""";

    private static string Body(params string[] blocks) => $"""<w:document xmlns:w="{W}"><w:body>{string.Concat(blocks)}</w:body></w:document>""";

    private static List<SourceLine> Read(params string[] blocks) => Read(blocks, null);

    private static List<SourceLine> Read(string[] blocks, string? footnotes) =>
        [.. WordDocumentReader.Instance.Read(Package(MainType, Body(blocks), Numbering, footnotes), new ParseOptions(), default).Lines];

    // A package as Word writes one: content types, the package relationship to the main part, the main part's
    // relationships to its numbering and footnotes.
    internal static byte[] Package(string mainType, string document, string? numbering, string? footnotes)
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create))
        {
            void Add(string name, string text)
            {
                using var entry = zip.CreateEntry(name).Open();
                entry.Write(Encoding.UTF8.GetBytes(text));
            }

            Add("[Content_Types].xml", $"""
                <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
                  <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
                  <Default Extension="xml" ContentType="application/xml"/>
                  <Override PartName="/word/document.xml" ContentType="{mainType}"/>
                </Types>
                """);
            Add("_rels/.rels", """
                <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
                  <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>
                </Relationships>
                """);
            Add("word/_rels/document.xml.rels", """
                <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
                  <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/>
                  <Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes" Target="/word/footnotes.xml"/>
                </Relationships>
                """);
            Add("word/document.xml", document);
            if (numbering is not null)
            {
                Add("word/numbering.xml", numbering);
            }

            if (footnotes is not null)
            {
                Add("word/footnotes.xml", footnotes);
            }
        }

        return stream.ToArray();
    }
}
