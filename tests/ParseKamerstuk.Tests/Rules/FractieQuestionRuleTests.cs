using ParseKamerstuk.Model;
namespace ParseKamerstuk.Tests.Rules;

public sealed class FractieQuestionRuleTests
{
    private const string Nota = """
        36 537 Voorstel van het lid Bontenbal tot wijziging van het Reglement van Orde

        Nr. 4 NOTA NAAR AANLEIDING VAN HET VERSLAG

        Ontvangen 15 juli 2024

        De leden van de VVD-fractie vragen hoe de initiatiefnemer het maximum van 150 moties heeft bepaald. Kan hij dat toelichten?

        Deze leden vragen ook of fracties moties aan elkaar kunnen overdragen.

        Het maximum volgt uit het gemiddelde aantal moties per fractie in de afgelopen drie jaar.

        Overdragen is niet mogelijk; het maximum geldt per fractie.

        De leden van de fractie van GroenLinks-PvdA vragen waarom moties bij begrotingen niet worden uitgezonderd.

        Omdat juist daar de meeste moties worden ingediend.
        """;

    [Fact]
    public void Each_fractie_contribution_is_a_pair_with_the_answer_below_it()
    {
        var document = KamerstukParser.Parse(System.Text.Encoding.UTF8.GetBytes(Nota), "nota.txt");
        Assert.Equal(DocumentType.NotaNaarAanleidingVanVerslag, document.DocumentType);
        Assert.Collection(
            document.Qa,
            vvd =>
            {
                Assert.Equal("VVD", vvd.Fractie);
                Assert.EndsWith("moties aan elkaar kunnen overdragen.", vvd.Question, StringComparison.Ordinal);
                Assert.Equal(2, vvd.Question.Split("\n\n").Length);
                Assert.StartsWith("Het maximum volgt uit", vvd.Answer, StringComparison.Ordinal);
                Assert.EndsWith("geldt per fractie.", vvd.Answer, StringComparison.Ordinal);
                Assert.Empty(vvd.Questions);
            },
            groenLinks =>
            {
                Assert.Equal("GroenLinks-PvdA", groenLinks.Fractie);
                Assert.Equal("Omdat juist daar de meeste moties worden ingediend.", groenLinks.Answer);
            });
    }

    // A nota under fractie headings, with a contribution that names no fractie, a restated question after "Voorts",
    // a one-member fractie ("Het lid van de BBB-fractie") and the minister's signature under the last answer.
    private const string HeadedNota = """
        NOTA NAAR AANLEIDING VAN HET VERSLAG

        Ontvangen 2 mei 2024

        Inbreng van de leden van de PVV-fractie

        De aan het woord zijnde leden vragen of de termijn van zes weken haalbaar is.

        De termijn is haalbaar; de gemeenten hebben dat bevestigd.

        Voorts vragen deze leden wat de regeling kost.

        De regeling kost 3 miljoen euro per jaar.

        Inbreng van het lid van de BBB-fractie

        Het lid van de BBB-fractie vraagt of boeren een vergoeding krijgen.

        Ja, zij krijgen een vergoeding per hectare.

        De Minister van Landbouw, Visserij, Voedselzekerheid en Natuur,

        F.M. Wiersma
        """;

    [Fact]
    public void A_contribution_without_a_fractie_has_its_headings_and_the_signature_ends_the_last_answer()
    {
        var document = KamerstukParser.Parse(System.Text.Encoding.UTF8.GetBytes(HeadedNota), "nota.txt");
        Assert.Collection(
            document.Qa,
            first =>
            {
                Assert.Equal("PVV", first.Fractie);
                Assert.Equal("De termijn is haalbaar; de gemeenten hebben dat bevestigd.", first.Answer);
            },
            second =>
            {
                Assert.Equal("PVV", second.Fractie);
                Assert.StartsWith("Voorts vragen deze leden", second.Question, StringComparison.Ordinal);
                Assert.Equal("De regeling kost 3 miljoen euro per jaar.", second.Answer);
            },
            bbb =>
            {
                Assert.Equal("BBB", bbb.Fractie);
                Assert.Equal("Ja, zij krijgen een vergoeding per hectare.", bbb.Answer);
            });
    }
}
