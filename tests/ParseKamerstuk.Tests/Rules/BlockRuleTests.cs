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
        foreach (var paragraph in Segmenter.Default.BuildParagraphs(PlainTextDocumentReader.FromString(text, [], CancellationToken.None).Lines))
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

/// <summary>A numbered item inside a labelled answer is part of that answer, not a question of its own.</summary>
public sealed class NumberedItemInsideAnswerTests
{
    private const string Text = """
        Vraag 1

        Welke stappen zet u?

        Antwoord 1

        Ik zet de volgende stappen.

        1. Wat doet de inspectie? Zij bezoekt de scholen.

        Daarna volgt de evaluatie.
        """;

    [Fact]
    public void The_item_and_the_paragraph_after_it_stay_in_answer_1()
    {
        // Given a labelled answer that lists its steps, when the text is parsed,
        var document = KamerstukParser.Parse(System.Text.Encoding.UTF8.GetBytes(Text), "antwoord.txt");

        // then there is one pair, whose answer holds the item and the paragraph after it.
        var pair = Assert.Single(document.Qa);
        Assert.Equal([1], pair.Questions);
        Assert.Equal([1], pair.Answers);
        Assert.Equal("Welke stappen zet u?", pair.Question);
        Assert.Equal("Ik zet de volgende stappen.\n\n1. Wat doet de inspectie? Zij bezoekt de scholen.\n\nDaarna volgt de evaluatie.", pair.Answer);
    }

    [Fact]
    public void A_number_alone_inside_a_question_is_a_page_number_not_text()
    {
        var document = KamerstukParser.Parse(System.Text.Encoding.UTF8.GetBytes("Vraag 1\n\nKent u het bericht?\n\n1\n\nAntwoord 1\n\nJa.\n"), "antwoord.txt");

        var pair = Assert.Single(document.Qa);
        Assert.Equal(("Kent u het bericht?", "Ja."), (pair.Question, pair.Answer));
    }

    [Fact]
    public void The_numbered_rule_continues_the_open_answer()
    {
        var context = new SegmentationContext();
        IParagraphRule[] rules = [new LabeledQuestionRule(), new NumberedItemRule(), new ParagraphRule()];
        var results = new List<RuleResult>();
        foreach (var paragraph in Segmenter.Default.BuildParagraphs(PlainTextDocumentReader.FromString(Text, [], CancellationToken.None).Lines))
        {
            results.Add(rules.Select(r => r.Apply(context, paragraph, paragraph.Text, [])).First(r => r != RuleResult.None));
        }

        Assert.Equal([RuleResult.Open, RuleResult.Continue, RuleResult.Open, RuleResult.Continue, RuleResult.Continue, RuleResult.Continue], results);
        var answer = Assert.IsType<LabeledBlock>(Assert.Single(context.Open.All));
        Assert.Equal(3, answer.Parts.Count);
        Assert.Empty(context.Items);
    }
}
