using System.Globalization;
using System.Text;

namespace ParseKamerstuk.Cli.Tests;

/// <summary>
/// PDFs whose reference cycles (or depth) make the PDF reader recurse until the stack overflows, which no .NET
/// code can catch: each one kills the process that reads it.
/// </summary>
internal static class CrashPdfs
{
    private const string Catalog = "<</Type/Catalog/Pages 2 0 R>>";
    private const string Pages = "<</Type/Pages/Kids[3 0 R]/Count 1>>";
    private const string Resources = "/Resources<</XObject<</A 5 0 R>>>>";
    private const string FormHead = "/Type/XObject/Subtype/Form/BBox[0 0 10 10]";
    private const int Deep = 100_000;

    /// <summary>The names of the crash inputs.</summary>
    public static IReadOnlyList<string> Names { get; } =
    [
        "self-reference", "mutual-references", "length-cycle", "form-cycle", "form-drawing-itself",
        "names-tree-kid-of-itself", "destination-of-itself", "names-tree-100000-deep", "pages-chain-100000-deep",
    ];

    /// <summary>The bytes of the crash input <paramref name="name"/>.</summary>
    public static byte[] Build(string name) => name switch
    {
        // An object that is a reference to itself
        "self-reference" => Pdf([Catalog, Pages, Page(), "4 0 R"]),

        // Two objects referencing each other
        "mutual-references" => Pdf([Catalog, Pages, Page(), "5 0 R", "4 0 R"]),

        // A /Length referring to an object whose /Length refers back
        "length-cycle" => Pdf([Catalog, Pages, Page(), "<</Length 5 0 R>>\nstream\nBT ET\nendstream", "<</Length 4 0 R>>\nstream\nxx\nendstream"]),

        // Form XObject A draws B, which draws A
        "form-cycle" => Pdf([
            Catalog, Pages, Page("/Contents 4 0 R" + Resources), Stream("", "/A Do"),
            Stream(FormHead + "/Resources<</XObject<</B 6 0 R>>>>", "/B Do"),
            Stream(FormHead + "/Resources<</XObject<</A 5 0 R>>>>", "/A Do")]),

        // A form without /Resources drawing itself (it inherits the page's, which name it)
        "form-drawing-itself" => Pdf([Catalog, Pages, Page("/Contents 4 0 R" + Resources), Stream("", "/A Do"), Stream(FormHead, "/A Do")]),

        // A names tree listing itself as a kid
        "names-tree-kid-of-itself" => Pdf(["<</Type/Catalog/Pages 2 0 R/Names<</Dests 5 0 R>>>>", Pages, Page(), Stream("", "BT ET"), "<</Kids[5 0 R]>>"]),

        // A destination referencing itself
        "destination-of-itself" => Pdf([
            "<</Type/Catalog/Pages 2 0 R/Dests<</d 5 0 R>>/OpenAction 5 0 R>>", Pages, Page("/Contents 4 0 R/Annots[6 0 R]"),
            Stream("", "BT ET"), "5 0 R", "<</Type/Annot/Subtype/Link/Rect[0 0 1 1]/Dest 5 0 R>>"]),

        // A names tree 100,000 deep
        "names-tree-100000-deep" => Pdf([
            "<</Type/Catalog/Pages 2 0 R/Names<</Dests 5 0 R>>>>", Pages, Page(), Stream("", "BT ET"),
            .. Enumerable.Range(0, Deep).Select(i => Invariant($"<</Kids[{6 + i} 0 R]>>")),
            "<</Names[(a) [3 0 R /Fit]]>>"]),

        // A /Pages chain 100,000 deep
        "pages-chain-100000-deep" => Pdf([
            Catalog,
            .. Enumerable.Range(0, Deep).Select(i => i == 0
                ? "<</Type/Pages/Kids[3 0 R]/Count 1>>"
                : Invariant($"<</Type/Pages/Parent {i + 1} 0 R/Kids[{3 + i} 0 R]/Count 1>>")),
            Invariant($"<</Type/Page/Parent {Deep + 1} 0 R/MediaBox[0 0 595 842]/Contents {Deep + 3} 0 R>>"),
            Stream("", "BT ET")]),
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, "no such crash input"),
    };

    private static string Page(string entries = "/Contents 4 0 R") => "<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]" + entries + ">>";

    private static string Stream(string entries, string body) => Invariant($"<<{entries}/Length {body.Length}>>\nstream\n{body}\nendstream");

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    // Objects 1…n with a correct cross-reference table; object 1 is the catalog.
    private static byte[] Pdf(IReadOnlyList<string> objects)
    {
        var pdf = new StringBuilder("%PDF-1.7\n");
        var offsets = new List<int>();
        for (var i = 0; i < objects.Count; i++)
        {
            offsets.Add(pdf.Length);
            pdf.Append(Invariant($"{i + 1} 0 obj\n{objects[i]}\nendobj\n"));
        }

        var xref = pdf.Length;
        pdf.Append(Invariant($"xref\n0 {objects.Count + 1}\n0000000000 65535 f \n"));
        foreach (var offset in offsets)
        {
            pdf.Append(Invariant($"{offset:D10} 00000 n \n"));
        }

        pdf.Append(Invariant($"trailer\n<</Size {objects.Count + 1}/Root 1 0 R>>\nstartxref\n{xref}\n%%EOF\n"));
        return Encoding.ASCII.GetBytes(pdf.ToString());
    }
}
