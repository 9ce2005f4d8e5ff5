using ParseKamerstuk.Reading;
using ParseKamerstuk.Segmentation;
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
        var paragraph = Assert.Single(Segmenter.Default.BuildParagraphs(source.Lines));
        Assert.Same(text, paragraph.Text);
    }

    private static List<string> Paragraphs(string text) =>
        Segmenter.Default.BuildParagraphs(PlainTextDocumentReader.FromString(text, [], CancellationToken.None).Lines).Select(p => p.Text).ToList();

    // Wrapped text: lines run on unless a sentence ends with room left, so the structures below must break it themselves.
    private const string Wrapped = """
        De vragen zijn op 23 september 2024 voorgelegd aan de Minister voor Buitenlandse Handel
        en Ontwikkelingssamenwerking. Bij brief van 27 september 2024 zijn ze door de minister
        beantwoord. Met de vaststelling van het verslag acht de commissie de openbare behandeling
        van het wetsvoorstel voldoende voorbereid.
        De voorzitter van de commissie, De Vries
        De griffier van de commissie, Meijers
        Vragen en antwoorden
        1
        Kunt u voor de aankomende jaren op projectniveau aangeven welke projecten moeten stoppen
        als gevolg van de bezuinigingen op de begroting voor ontwikkelingssamenwerking?
        Antwoord:
        De bezuinigingen uit het hoofdlijnenakkoord hebben betrekking op de middelen in de jaren
        2025 en daarna. Omwille van de zorgvuldigheid van de nadere uitwerking van het beleid en
        de daaraan gekoppelde budgetten is voor 2025 gekozen om de bezuiniging te verdelen over
        alle subartikelen van de begroting. Hierbij geldt als uitgangspunt dat lopende contracten
        en verplichtingen zo veel mogelijk worden nagekomen, ook bij de uitvoering van een aantal
        7
        van de programma's die in de begroting voor 2025 staan, zoals de programma's voor water.
        2
        Wat betekent dat voor de uitvoering van de lopende programma's in de partnerlanden?
        """;

    [Fact]
    public void The_numbers_of_a_list_counting_up_and_a_committee_signature_stand_on_lines_of_their_own()
    {
        var paragraphs = Paragraphs(Wrapped);

        Assert.Contains("De voorzitter van de commissie, De Vries", paragraphs);
        Assert.Contains("De griffier van de commissie, Meijers", paragraphs);
        Assert.Equal(2, paragraphs.Count(p => p is "1" or "2"));
        Assert.StartsWith("Kunt u voor de aankomende jaren", paragraphs[paragraphs.IndexOf("1") + 1], StringComparison.Ordinal);
    }

    [Fact]
    public void A_number_that_does_not_count_up_continues_the_line_before_it()
    {
        var paragraphs = Paragraphs(Wrapped);

        Assert.Contains(paragraphs, p => p.Contains("uitvoering van een aantal 7 van de programma's", StringComparison.Ordinal));
    }
}
