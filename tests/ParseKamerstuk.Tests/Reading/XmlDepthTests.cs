using System.Text;
using ParseKamerstuk.Diagnostics;
using ParseKamerstuk.Reading;

namespace ParseKamerstuk.Tests.Reading;

public sealed class XmlDepthTests
{
    // Official XML nested to the given depth, counting the root element.
    private static byte[] Nested(int depth) => Encoding.UTF8.GetBytes(
        "<?xml version=\"1.0\"?><officiele-publicatie>" + string.Concat(Enumerable.Repeat("<al>", depth - 1)) + "tekst"
        + string.Concat(Enumerable.Repeat("</al>", depth - 1)) + "</officiele-publicatie>");

    [Fact]
    public void Nesting_up_to_the_limit_is_read()
    {
        var source = XmlDocumentReader.Instance.Read(Nested(256), ParseOptions.Default, CancellationToken.None);
        Assert.Contains(source.Lines, l => l.Text == "tekst");
    }

    [Theory]
    [InlineData(257)]
    [InlineData(100_000)]
    public void Deeper_nesting_is_refused_before_the_tree_is_built(int depth)
    {
        var exception = Assert.Throws<KamerstukInputException>(() => XmlDocumentReader.Instance.Read(Nested(depth), ParseOptions.Default, CancellationToken.None));
        Assert.Equal("the XML is nested more than 256 elements deep", exception.Message);
    }
}
