using System.Text;
using ParseKamerstuk.Segmentation;
using ParseKamerstuk.Segmentation.Rules;
using ParseKamerstuk.Text;

namespace ParseKamerstuk.Tests.Rules;

/// <summary>A rule of one's own, put among the standard rules by <see cref="SegmenterBuilder"/>.</summary>
public sealed class SegmenterBuilderTests
{
    // "Noot: zie de bijlage." is a note block.
    private sealed class NoteRule : IParagraphRule
    {
        public RuleResult Apply(SegmentationContext context, Paragraph paragraph, string text, IReadOnlyList<string> footnotes)
        {
            if (!text.StartsWith("Noot: ", StringComparison.Ordinal))
            {
                return RuleResult.None;
            }

            context.AddBlock("note", text, paragraph, footnotes);
            return RuleResult.Continue;
        }
    }

    [Fact]
    public void A_rule_inserted_before_the_paragraph_rule_claims_its_paragraphs()
    {
        // Given a segmenter with the note rule before the paragraph rule,
        var segmenter = new SegmenterBuilder().InsertBefore<ParagraphRule>(new NoteRule()).Build();

        // when a text with a note is parsed with it,
        var document = KamerstukParser.Parse(
            Encoding.UTF8.GetBytes("Dit is de tekst van de brief.\n\nNoot: zie de bijlage.\n"), "brief.txt", new ParseOptions { Segmenter = segmenter });

        // then the note is a block of its own kind.
        Assert.Equal(["paragraph", "note"], document.Body.Select(b => b.Type));
    }

    [Fact]
    public void A_rule_inserted_after_another_stands_right_after_it()
    {
        var builder = new SegmenterBuilder().InsertAfter<SignatureRule>(new NoteRule());

        var anchor = builder.Rules.ToList().FindIndex(r => r is SignatureRule);
        Assert.IsType<NoteRule>(builder.Rules[anchor + 1]);
        Assert.Equal(Segmenter.Default.Rules.Count + 1, builder.Build().Rules.Count);
    }

    [Fact]
    public void An_anchor_that_is_not_there_is_an_error()
    {
        var builder = new SegmenterBuilder().Remove<PageFootRule>();

        Assert.Throws<InvalidOperationException>(() => builder.InsertBefore<PageFootRule>(new NoteRule()));
    }
}
