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

    // The same rule, saying that a note starts a paragraph wherever its line stands.
    private sealed class NoteStartsRule : IParagraphRule, IParagraphStarts
    {
        private readonly NoteRule _rule = new();

        public RuleResult Apply(SegmentationContext context, Paragraph paragraph, string text, IReadOnlyList<string> footnotes) =>
            _rule.Apply(context, paragraph, text, footnotes);

        public bool StartsParagraph(in LineJoin join) => join.Line.Text.StartsWith("Noot: ", StringComparison.Ordinal);
    }

    // Wrapped text in which the note's line follows a full line that ends no sentence.
    private const string GluedNote =
        "De commissie heeft de brief van de minister besproken en stelt de volgende\n"
        + "vragen over de uitvoering van de regeling in de gemeenten en de provincies\n"
        + "die in de brief worden genoemd als voorbeelden van goede samenwerking en\n"
        + "Noot: zie de bijlage bij de brief.\n";

    [Theory]
    [InlineData(false, new[] { "paragraph" })]
    [InlineData(true, new[] { "paragraph", "note" })]
    public void A_rule_that_says_where_its_paragraphs_start_sees_a_glued_line(bool saysStarts, string[] expected)
    {
        // Given a segmenter with a note rule that does or does not say where its paragraphs start,
        var segmenter = new SegmenterBuilder().InsertBefore<ParagraphRule>(saysStarts ? new NoteStartsRule() : new NoteRule()).Build();

        // when the note's line is glued to the line before it,
        var document = KamerstukParser.Parse(Encoding.UTF8.GetBytes(GluedNote), "brief.txt", new ParseOptions { Segmenter = segmenter });

        // then only the rule that says so gets the note as a paragraph of its own.
        Assert.Equal(expected, document.Body.Select(b => b.Type));
    }

    [Fact]
    public void Removing_a_rule_removes_where_its_paragraphs_start()
    {
        // "Vraag 2" after a line that leaves no room starts a paragraph only while the rule for labels is there.
        const string text =
            "Vraag 1\nHoeveel gemeenten hebben de regeling in de afgelopen twee jaar uitgevoerd, en hoeveel\n"
            + "gemeenten hebben daarvoor de middelen gebruikt die het Rijk ter beschikking stelde aan\n"
            + "Vraag 2\nWanneer ontvangt de Kamer de evaluatie van de regeling die de minister heeft toegezegd?\n";
        var without = new SegmenterBuilder().Remove<LabeledQuestionRule>().Build();

        var standard = Segmenter.Default.BuildParagraphs(Lines(text));
        var removed = without.BuildParagraphs(Lines(text));

        Assert.Contains(standard, p => p.Text.StartsWith("Vraag 2", StringComparison.Ordinal));
        Assert.DoesNotContain(removed, p => p.Text.StartsWith("Vraag 2", StringComparison.Ordinal));
    }

    private static IReadOnlyList<SourceLine> Lines(string text) =>
        ParseKamerstuk.Reading.PlainTextDocumentReader.FromString(text, [], CancellationToken.None).Lines;

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
