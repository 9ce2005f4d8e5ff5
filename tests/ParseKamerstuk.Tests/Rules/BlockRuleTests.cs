using ParseKamerstuk.Reading;
using ParseKamerstuk.Segmentation;
using ParseKamerstuk.Segmentation.Rules;
using ParseKamerstuk.Text;

namespace ParseKamerstuk.Tests.Rules;

/// <summary>Rules on their own: each is fed paragraphs and says which block it opens, continues or closes.</summary>
public sealed class BlockRuleTests
{
    private readonly SegmentationContext _context = new();

    // Offers each paragraph of text (one per blank-line-separated block) to the rules in order, as the segmenter does;
    // the result of the last paragraph.
    private RuleResult Feed(string text, params IParagraphRule[] rules)
    {
        var result = RuleResult.None;
        foreach (var paragraph in ParagraphBuilder.Build(PlainTextDocumentReader.FromString(text, [], CancellationToken.None).Lines))
        {
            result = RuleResult.None;
            foreach (var rule in rules)
            {
                result = rule.Apply(_context, paragraph, paragraph.Text, []);
                if (result != RuleResult.None)
                {
                    break;
                }
            }
        }

        return result;
    }

    private static readonly IParagraphRule[] s_body = [new SignatureRule(), new LabeledQuestionRule(), new NumberedItemRule(), new SectionHeadingRule(), new ParagraphRule()];

    [Fact]
    public void A_question_label_opens_a_labelled_question()
    {
        Assert.Equal(RuleResult.Open, Feed("Vraag 3, 4 en 5", new LabeledQuestionRule()));

        var question = Assert.IsType<LabeledBlock>(Assert.Single(_context.Open.All));
        Assert.False(question.IsAnswer);
        Assert.Equal([3, 4, 5], question.Numbers);
    }

    [Fact]
    public void A_paragraph_continues_the_open_labelled_block()
    {
        Feed("Vraag 1", s_body);

        Assert.Equal(RuleResult.Continue, Feed("Bent u bekend met het bericht?", s_body));
        Assert.Equal("Bent u bekend met het bericht?", Assert.Single(_context.Open.Innermost<LabeledBlock>()!.Parts).Text);
    }

    [Fact]
    public void A_bare_answer_label_closes_the_question_and_opens_its_answer()
    {
        Feed("Vraag 2\n\nHoe vaak komt dit voor?", s_body);

        Assert.Equal(RuleResult.Open, Feed("Antwoord", s_body));

        var answer = Assert.IsType<LabeledBlock>(Assert.Single(_context.Open.All));
        Assert.True(answer.IsAnswer);
        Assert.Equal([2], answer.Numbers);
    }

    [Fact]
    public void A_numbered_item_opens_an_item_and_the_next_item_closes_it()
    {
        Assert.Equal(RuleResult.Open, Feed("1. Wat kost dat?", s_body));
        Assert.Equal(RuleResult.Open, Feed("2. Wanneer begint het?", s_body));

        var item = Assert.IsType<ItemState>(Assert.Single(_context.Open.All));
        Assert.Equal([2], item.Numbers);
    }

    [Fact]
    public void A_signature_closes_the_open_item()
    {
        Feed("1. Wat kost dat?\n\nDat is nog niet bekend.", s_body);

        Assert.Equal(RuleResult.Close, Feed("De Minister van Financiën, E. Heinen", s_body));
        Assert.Empty(_context.Open.All);
    }

    [Fact]
    public void A_section_heading_closes_the_open_item_and_names_the_section_of_the_next()
    {
        Feed("1. Wat kost dat?", s_body);

        Assert.Equal(RuleResult.Open, Feed("Onbeantwoorde vragen", s_body));
        Assert.Null(_context.Open.Innermost<ItemState>());

        Feed("2. Wanneer begint het?", s_body);
        Assert.Equal("Onbeantwoorde vragen", _context.Open.Innermost<ItemState>()!.Section);
    }

    [Fact]
    public void A_letter_heading_closes_every_open_block_and_opens_the_letters_head()
    {
        Feed("Algemeen\n\n1. Wat kost dat?", s_body);

        Assert.Equal(RuleResult.Open, Feed("BRIEF VAN DE MINISTER VAN FINANCIËN", new LetterHeadingRule()));
        Assert.True(_context.InLetterHead);
        Assert.Null(_context.Section);
        Assert.Null(_context.Open.Innermost<ItemState>());
    }

    [Fact]
    public void The_letters_first_sentence_closes_its_head_and_a_later_addressee_is_text()
    {
        IParagraphRule[] rules = [new LetterHeadingRule(), new AddresseeRule(), new ParagraphRule()];
        Feed("BRIEF VAN DE MINISTER VAN FINANCIËN", rules);

        Assert.Equal(RuleResult.Continue, Feed("Hierbij bied ik u de nota aan.", rules));
        Assert.False(_context.InLetterHead);
        Assert.Equal(RuleResult.Continue, Feed("Aan de Voorzitter van de Tweede Kamer der Staten-Generaal", rules));
        Assert.Null(_context.Letter!.Addressee);
    }
}
