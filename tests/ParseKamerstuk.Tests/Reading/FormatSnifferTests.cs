using System.Text;
using ParseKamerstuk.Diagnostics;
using ParseKamerstuk.Reading;

namespace ParseKamerstuk.Tests.Reading;

public sealed class FormatSnifferTests
{
    [Theory]
    [InlineData("%PDF-1.7\n", "x.txt", InputFormat.Pdf)]
    [InlineData("<!DOCTYPE html><html>", "x.pdf", InputFormat.Html)]
    [InlineData("<?xml version=\"1.0\"?><officiele-publicatie>", "x.txt", InputFormat.Xml)]
    [InlineData("<?xml version=\"1.0\"?><html xmlns=\"http://www.w3.org/1999/xhtml\">", "x.xml", InputFormat.Html)]
    [InlineData("De leden van de vaste commissie", "x.pdf", InputFormat.Text)]
    [InlineData("De leden van de vaste commissie", "x", InputFormat.Text)]
    public void Decides_on_content_not_extension(string head, string name, InputFormat expected)
    {
        Assert.Equal(expected, FormatSniffer.Detect(Encoding.UTF8.GetBytes(head), name));
    }

    [Fact]
    public void Refuses_legacy_Word()
    {
        byte[] doc = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0, 0];
        var exception = Assert.Throws<KamerstukInputException>(() => FormatSniffer.Detect(doc, "motie.doc"));
        Assert.Contains("legacy Word", exception.Message, StringComparison.Ordinal);
    }
}
