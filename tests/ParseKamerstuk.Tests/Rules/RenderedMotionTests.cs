using System.Text;
using ParseKamerstuk.Model;

namespace ParseKamerstuk.Tests.Rules;

/// <summary>
/// A motie as text rendered from its publication XML (the form scrapers of the open data produce): a cell of the title
/// block a line, an inline element on a line of its own. Made-up text of that form.
/// </summary>
public sealed class RenderedMotionTests
{
    private static KamerstukDocument Parse(string text) => KamerstukParser.Parse(Encoding.UTF8.GetBytes(text), "motie.txt");

    private const string Motion = """
        Vergaderjaar 2023-2024
        Tweede Kamer der Staten-Generaal
        2
        Kamerstukken
        29 544
        VII
        Arbeidsmarktbeleid
        Nr.
        1203
        MOTIE VAN HET LID DE GROOT
        Voorgesteld
        3 oktober 2023
        De Kamer,
        gehoord de beraadslaging,
        constaterende dat de Kamer bij motie (
        29 544, nr. 1100
        ) om een plan heeft gevraagd;
        overwegende dat de uitstoot van CO
        2
        -uitstoot in 2022 is gestegen;
        verzoekt de regering:
        •
        het plan voor 1 januari te sturen;
        •
        de Kamer daarna elk half jaar te informeren,
        en gaat over tot de orde van de dag.
        De Groot
        """;

    [Fact]
    public void A_label_cell_and_its_value_cell_belong_together()
    {
        // Given the title block a cell a line, when it is parsed,
        var document = Parse(Motion);

        // then "Nr." + "1203" is the ondernummer, "Voorgesteld" + the date the proposed date, and the dossier number, its
        // budget chapter and its title are one dossier.
        Assert.Equal("1203", document.Ondernummer);
        Assert.Equal(new DateOnly(2023, 10, 3), document.Dates.Proposed);
        var dossier = Assert.Single(document.Dossiers);
        Assert.Equal(("29544", "VII", "Arbeidsmarktbeleid"), (dossier.Number, dossier.Suffix, dossier.Title));
        Assert.Equal("kst-29544-VII-1203", document.Identifier);
    }

    [Fact]
    public void A_dated_label_cell_may_say_where_the_motion_was_proposed()
    {
        var document = Parse(Motion.Replace("Voorgesteld\n", "Voorgesteld tijdens het notaoverleg van\n", StringComparison.Ordinal));

        Assert.Equal(new DateOnly(2023, 10, 3), document.Dates.Proposed);
    }

    [Fact]
    public void A_dossier_number_split_over_cells_is_one_number()
    {
        var document = Parse(Motion.Replace("29 544\nVII\n", "21 501\n-\n02\n", StringComparison.Ordinal));

        var dossier = Assert.Single(document.Dossiers);
        Assert.Equal(("21501-02", "Arbeidsmarktbeleid"), (dossier.Number, dossier.Title));
        Assert.Equal("kst-21501-02-1203", document.Identifier);
    }

    [Fact]
    public void Numbers_on_lines_of_their_own_stay_apart_in_a_list_of_dossiers()
    {
        // An older title block lists several dossiers a number a line, then their titles in the same order.
        var document = Parse("""
            Tweede Kamer der Staten-Generaal
            Zitting 1978-1979
            15 606
            15 607
            Naturalisatie van Alves, Marcelino en 27 anderen
            Naturalisatie van Ashruf, Mohamed en 19 anderen
            Nr. 5
            VERSLAG
            """);

        Assert.Equal(["15606", "15607"], document.Dossiers.Select(d => d.Number));
    }

    [Fact]
    public void An_inline_element_on_a_line_of_its_own_stays_in_its_clause()
    {
        var motion = Parse(Motion).Motion!;

        // The reference in parentheses and the subscript join their clause without the renderer's spaces,
        Assert.Equal(
            [
                "constaterende dat de Kamer bij motie (29 544, nr. 1100) om een plan heeft gevraagd",
                "overwegende dat de uitstoot van CO2-uitstoot in 2022 is gestegen",
            ],
            motion.Considerations);

        // and the items of a request keep their punctuation inside it: only the end of the whole request is cleaned.
        Assert.Equal(["verzoekt de regering: • het plan voor 1 januari te sturen; • de Kamer daarna elk half jaar te informeren"], motion.Requests);
    }
}
