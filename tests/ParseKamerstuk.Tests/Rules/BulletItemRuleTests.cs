using System.Text;
using ParseKamerstuk.Model;

namespace ParseKamerstuk.Tests.Rules;

/// <summary>Bulleted lists and sentences cut by a page break, in made-up letters of the usual form.</summary>
public sealed class BulletItemRuleTests
{
    private static IEnumerable<(string Type, string Text)> Blocks(string text) =>
        KamerstukParser.Parse(Encoding.UTF8.GetBytes(text), "brief.txt").Body.Select(b => (b.Type, b.Text));

    [Fact]
    public void Each_bullet_is_a_list_item_and_the_text_after_a_list_of_short_items_is_a_paragraph()
    {
        var blocks = Blocks("""
            Bij de beoordeling van de aanvragen weegt de raad de volgende criteria, zoals die in de regeling zijn
            opgenomen en in de toelichting nader zijn uitgewerkt voor de instellingen die een aanvraag doen:
            • Artistieke kwaliteit
            • Maatschappelijke betekenis
            • Toegankelijkheid
            De aanvragen van instellingen worden door de raad aan deze criteria getoetst, waarna ik een besluit neem.
            """);

        Assert.Equal(
            [
                (BlockTypes.Paragraph, "Bij de beoordeling van de aanvragen weegt de raad de volgende criteria, zoals die in de regeling zijn opgenomen en in de toelichting nader zijn uitgewerkt voor de instellingen die een aanvraag doen:"),
                (BlockTypes.ListItem, "• Artistieke kwaliteit"),
                (BlockTypes.ListItem, "• Maatschappelijke betekenis"),
                (BlockTypes.ListItem, "• Toegankelijkheid"),
                (BlockTypes.Paragraph, "De aanvragen van instellingen worden door de raad aan deze criteria getoetst, waarna ik een besluit neem."),
            ],
            blocks);
    }

    [Fact]
    public void A_long_item_wraps_and_dashes_after_a_colon_are_items_too()
    {
        var blocks = Blocks("""
            Tot de groepen die met voorrang een woning krijgen behoren in elk geval de volgende woningzoekenden:
            – woningzoekenden die verblijven in een voorziening voor tijdelijke opvang van personen die hun
            Woonruimte hebben verlaten;
            – woningzoekenden die mantelzorg verlenen of ontvangen.
            """).ToList();

        Assert.Equal(3, blocks.Count);
        Assert.Equal((BlockTypes.ListItem, "– woningzoekenden die verblijven in een voorziening voor tijdelijke opvang van personen die hun Woonruimte hebben verlaten;"), blocks[1]);
        Assert.Equal(BlockTypes.ListItem, blocks[2].Type);
    }

    [Fact]
    public void A_dash_in_running_text_is_no_item()
    {
        var blocks = Blocks("""
            De minister heeft toegezegd dat zij de Kamer voor de zomer zal informeren over de uitkomsten van het
            – overigens uitvoerige – onderzoek naar de gevolgen van de maatregel voor de gemeenten.
            """);

        Assert.Equal(BlockTypes.Paragraph, Assert.Single(blocks).Type);
    }

    [Fact]
    public void A_sentence_cut_by_a_page_break_is_one_paragraph()
    {
        // A layout dump: the footer with its page number, a form feed, the next page going on in lower case.
        var blocks = Blocks(
            "Hierbij zend ik u de antwoorden op de vragen van de commissie over de voortgang van het\n"
            + "programma. De commissie vroeg hoe het staat met de uitvoering van de maatregelen en\n\n"
            + "Tweede Kamer, vergaderjaar 2023–2024, 29 984, nr. 1120   2\n\f\n"
            + "welke middelen daarvoor beschikbaar zijn. Ik ga daar hieronder op in.\n\n"
            + "Daarna volgt het tweede deel van de brief, over de planning van het programma.\n").ToList();

        Assert.Equal(
            [
                (BlockTypes.Paragraph, "Hierbij zend ik u de antwoorden op de vragen van de commissie over de voortgang van het programma. De commissie vroeg hoe het staat met de uitvoering van de maatregelen en welke middelen daarvoor beschikbaar zijn. Ik ga daar hieronder op in."),
                (BlockTypes.Paragraph, "Daarna volgt het tweede deel van de brief, over de planning van het programma."),
            ],
            blocks);
    }
}
