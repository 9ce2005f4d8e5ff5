using System.Text;
using ParseKamerstuk.Diagnostics;
using ParseKamerstuk.Reading;
using static ParseKamerstuk.Tests.Reading.PdfFiles;

namespace ParseKamerstuk.Tests.Reading;

/// <summary>
/// PDFs whose references PdfPig follows until the stack overflows, which ends the process (each shape was run once in
/// a separate process: it aborts with "Stack overflow"). The check refuses them before PdfPig sees them, so these
/// tests run in the test process; a shape PdfPig survives is still read.
/// </summary>
public sealed class PdfStructureCheckTests
{
    private const string Forms = "/Contents 4 0 R/Resources<</XObject<</A 5 0 R>>>>";

    private const string Form = "/Type/XObject/Subtype/Form/BBox[0 0 100 100]";

    public static TheoryData<string, byte[]> Refused => new()
    {
        // An object that is a reference to itself; two objects that are references to each other.
        { "a reference cycle in object 4", Make(Catalog, Pages, Page(), "4 0 R") },
        { "a reference cycle in object 4", Make(Catalog, Pages, Page(), "5 0 R", "4 0 R") },

        // A /Length that refers to a stream whose /Length refers back.
        { "a reference cycle in object 4", Make(Catalog, Pages, Page(), "<</Length 5 0 R>>\nstream\n" + Greeting + "\nendstream", "<</Length 4 0 R>>\nstream\nxx\nendstream") },

        // Form A draws B, B draws A; a form without resources draws itself through the page's name for it.
        { "a form XObject that draws itself (object 5)", Make(Catalog, Pages, Page(Forms), Stream(string.Empty, "/A Do"), Stream(Form + "/Resources<</XObject<</B 6 0 R>>>>", "/B Do"), Stream(Form + "/Resources<</XObject<</A 5 0 R>>>>", "/A Do")) },
        { "a form XObject that draws itself (object 5)", Make(Catalog, Pages, Page(Forms), Stream(string.Empty, "/A Do"), Stream(Form, "q /A Do Q")) },

        // A names tree listing itself as a kid; destinations (in a dictionary, in a names tree) referencing themselves.
        { "a reference cycle in object 4", Make("<</Type/Catalog/Pages 2 0 R/Names<</Dests 4 0 R>>>>", Pages, Page(string.Empty), "<</Kids[4 0 R]>>") },
        { "a reference cycle in object 4", Make("<</Type/Catalog/Pages 2 0 R/Dests<</a 4 0 R>>>>", Pages, Page(string.Empty), "4 0 R") },
        { "a reference cycle in object 5", Make("<</Type/Catalog/Pages 2 0 R/Names<</Dests 4 0 R>>>>", Pages, Page(string.Empty), "<</Names[(a) 5 0 R]>>", "5 0 R") },

        // Chains 100,000 deep.
        { "a names tree 100000 deep", DeepNames(100_000) },
        { "a page tree 100000 deep", DeepPages(100_000) },
    };

    [Theory]
    [MemberData(nameof(Refused))]
    public void A_shape_that_overflows_the_stack_is_refused_before_PdfPig_reads_it(string message, byte[] pdf)
    {
        var exception = Assert.Throws<KamerstukInputException>(() => PdfDocumentReader.Instance.Read(pdf, ParseOptions.Default, CancellationToken.None));
        Assert.Equal(message, exception.Message);
    }

    [Fact]
    public void A_plain_pdf_is_read()
    {
        var source = PdfDocumentReader.Instance.Read(Plain(), ParseOptions.Default, CancellationToken.None);
        Assert.Contains(source.Lines, l => l.Text == "Hallo wereld");
    }

    [Fact]
    public void Trees_as_deep_as_the_limit_are_read()
    {
        Assert.Equal(1, PdfDocumentReader.Instance.Read(DeepPages(256), ParseOptions.Default, CancellationToken.None).PageCount);
        Assert.Equal(1, PdfDocumentReader.Instance.Read(DeepNames(256), ParseOptions.Default, CancellationToken.None).PageCount);
    }

    [Fact]
    public void Arrays_and_dictionaries_nested_100000_deep_are_left_to_PdfPig_which_reads_them()
    {
        var pdf = Make(Catalog, Pages, Page("/Contents 4 0 R/Resources<</Font<</F1 5 0 R>>>>/X 6 0 R/Y 7 0 R"), Stream(string.Empty, Greeting), Font,
            new string('[', 100_000) + new string(']', 100_000), string.Concat(Enumerable.Repeat("<</A ", 100_000)) + string.Concat(Enumerable.Repeat(">>", 100_000)));
        var source = PdfDocumentReader.Instance.Read(pdf, ParseOptions.Default, CancellationToken.None);
        Assert.Contains(source.Lines, l => l.Text == "Hallo wereld");
    }

    [Fact]
    public void A_page_tree_that_lists_itself_is_left_to_PdfPig_which_reads_it()
    {
        var pdf = Make(Catalog, "<</Type/Pages/Kids[4 0 R]/Count 1>>", Page("/Contents 5 0 R/Resources<</Font<</F1 6 0 R>>>>"), "<</Type/Pages/Kids[2 0 R 3 0 R]/Count 1>>", Stream(string.Empty, Greeting), Font);
        var source = PdfDocumentReader.Instance.Read(pdf, ParseOptions.Default, CancellationToken.None);
        Assert.Contains(source.Lines, l => l.Text == "Hallo wereld");
    }

    [Fact]
    public void Forms_that_give_one_name_to_different_forms_at_each_level_are_no_cycle()
    {
        // The page names form 5 "Fm0"; form 5 names form 6 "Fm0" in its own resources and draws it.
        var pdf = Make(
            Catalog,
            Pages,
            Page("/Contents 4 0 R/Resources<</Font<</F1 7 0 R>>/XObject<</Fm0 5 0 R>>>>"),
            Stream(string.Empty, "/Fm0 Do"),
            Stream(Form + "/Resources<</XObject<</Fm0 6 0 R>>>>", "/Fm0 Do"),
            Stream(Form + "/Resources<</Font<</F1 7 0 R>>>>", Greeting),
            Font);
        var source = PdfDocumentReader.Instance.Read(pdf, ParseOptions.Default, CancellationToken.None);
        Assert.Contains(source.Lines, l => l.Text == "Hallo wereld");
    }

    [Fact]
    public void The_names_a_content_stream_draws_are_found()
    {
        Assert.Equal(new[] { "Fm1", "Im2" }, PdfStructureCheck.DrawnNames(Encoding.ASCII.GetBytes("q /Fm1 Do Q\n/Im2  Do\n/NotDrawn Tf (Do) Tj")).Order());
    }

    [CorpusFact]
    public void No_corpus_pdf_is_refused()
    {
        var files = Directory.GetFiles(TestPaths.Corpus, "*.pdf", SearchOption.AllDirectories);
        Assert.NotEmpty(files);
        Assert.All(files, f => PdfStructureCheck.Check(File.ReadAllBytes(f), ParseOptions.Default.MaxDecodedBytes, CancellationToken.None));
    }

    internal static byte[] Plain() => Make(Catalog, Pages, Page("/Contents 4 0 R/Resources<</Font<</F1 5 0 R>>>>"), Stream(string.Empty, Greeting), Font);

    // A names tree of the given depth below the catalog's /Dests, its leaf naming the page.
    private static byte[] DeepNames(int depth)
    {
        var objects = new List<object> { "<</Type/Catalog/Pages 2 0 R/Names<</Dests 4 0 R>>>>", Pages, Page(string.Empty) };
        objects.AddRange(Enumerable.Range(0, depth).Select(i => $"<</Kids[{i + 5} 0 R]>>"));
        objects.Add("<</Names[(a)[3 0 R/Fit]]>>");
        return Make([.. objects]);
    }

    // A page tree of the given depth, one page at its bottom.
    private static byte[] DeepPages(int depth)
    {
        var objects = new List<object> { "<</Type/Catalog/Pages 2 0 R>>" };
        objects.AddRange(Enumerable.Range(0, depth).Select(i => $"<</Type/Pages/Kids[{i + 3} 0 R]/Count 1>>"));
        objects.Add("<</Type/Page/MediaBox[0 0 595 842]>>");
        return Make([.. objects]);
    }
}
