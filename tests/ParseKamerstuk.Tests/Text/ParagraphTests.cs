using ParseKamerstuk.Reading;
using ParseKamerstuk.Text;

namespace ParseKamerstuk.Tests.Text;

public sealed class ParagraphTests
{
    [Fact]
    public void A_text_without_line_breaks_is_one_string_from_input_to_paragraph()
    {
        // A page-text dump without line breaks (as the Handelingen page texts are) may be tens of megabytes:
        // reader and paragraph keep the one string instead of copying it.
        var text = string.Concat(Enumerable.Repeat("De voorzitter: Aan de orde is de begroting. ", 1000)).TrimEnd();
        var source = PlainTextDocumentReader.FromString(text, [], CancellationToken.None);
        var paragraph = Assert.Single(ParagraphBuilder.Build(source.Lines));
        Assert.Same(text, paragraph.Text);
    }
}
