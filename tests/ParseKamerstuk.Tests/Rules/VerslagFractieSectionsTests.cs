using System.Text;
using ParseKamerstuk.Diagnostics;
using ParseKamerstuk.Model;

namespace ParseKamerstuk.Tests.Rules;

/// <summary>
/// A verslag van een schriftelijk overleg: the fracties' contributions in section I, the reactions to them in section
/// II, each contribution one pair with the reaction to its own fractie.
/// </summary>
public sealed class VerslagFractieSectionsTests
{
    // Made up in the form of a Tweede Kamer verslag: the head, the signatures, the table of contents, sections I and II.
    // Section II answers the fracties in another order than section I asks, and leaves the SP unanswered.
    private const string Verslag = """
        Verslag van een schriftelijk overleg

        Vastgesteld 4 juli 2024

        De vaste commissie voor Landbouw, Visserij, Voedselzekerheid en Natuur heeft een aantal vragen en opmerkingen voorgelegd aan de minister over de brief van 3 juni 2024 over de visserij op de Noordzee.

        De voorzitter van de commissie,

        Kops

        Adjunct-griffier van de commissie,

        Jansma

        Inhoudsopgave blz.

        I Vragen en opmerkingen vanuit de fracties 1

        Inbreng van de leden van de CDA-fractie 1

        Inbreng van de leden van de fractie van de SP 1

        Inbreng van de leden van de D66-fractie 2

        II Reactie van de minister 2

        I Vragen en opmerkingen vanuit de fracties

        Inbreng van de leden van de CDA-fractie

        De leden van de CDA-fractie hebben kennisgenomen van de brief. Zij vragen hoeveel kotters in 2025 nog actief zijn.

        Garnalenvisserij

        Deze leden vragen ook wanneer de regeling voor de garnalenvissers opengaat.

        Inbreng van de leden van de fractie van de SP

        De leden van de SP-fractie vragen of de minister de vissers in de regio heeft gesproken.

        Inbreng van de leden van de D66-fractie

        De leden van de D66-fractie vragen hoe de natuurdoelen in de Noordzee worden gehaald.

        II Reactie van de minister

        Reactie op de inbreng van de leden van de D66-fractie

        De natuurdoelen worden gehaald met de gesloten gebieden uit het Noordzeeakkoord.

        Reactie op de inbreng van de leden van de CDA-fractie

        In 2025 zijn naar verwachting nog 210 kotters actief.

        De regeling voor de garnalenvissers gaat op 1 oktober 2024 open.
        """;

    private static KamerstukDocument Parse(string text) => KamerstukParser.Parse(Encoding.UTF8.GetBytes(text), "verslag.txt");

    [Fact]
    public void Each_contribution_is_a_pair_with_the_reaction_to_its_own_fractie()
    {
        var document = Parse(Verslag);

        Assert.Equal(DocumentType.VerslagSchriftelijkOverleg, document.DocumentType);
        Assert.Collection(
            document.Qa,
            cda =>
            {
                Assert.Equal("CDA", cda.Fractie);
                Assert.StartsWith("De leden van de CDA-fractie hebben kennisgenomen", cda.Question, StringComparison.Ordinal);
                Assert.EndsWith("regeling voor de garnalenvissers opengaat.", cda.Question, StringComparison.Ordinal);
                Assert.DoesNotContain("Garnalenvisserij", cda.Question, StringComparison.Ordinal);
                Assert.Equal("In 2025 zijn naar verwachting nog 210 kotters actief.\n\nDe regeling voor de garnalenvissers gaat op 1 oktober 2024 open.", cda.Answer);
                Assert.Empty(cda.Questions);
            },
            sp =>
            {
                Assert.Equal("SP", sp.Fractie);
                Assert.Null(sp.Answer);
            },
            d66 =>
            {
                Assert.Equal("D66", d66.Fractie);
                Assert.Equal("De natuurdoelen worden gehaald met de gesloten gebieden uit het Noordzeeakkoord.", d66.Answer);
            });
        var unanswered = Assert.Single(document.Diagnostics, d => d.Code == DiagnosticCodes.QuestionWithoutAnswer);
        Assert.Contains("SP", unanswered.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_mixed_case_title_gives_the_type_and_the_chair_and_clerk_sign()
    {
        var document = Parse(Verslag);

        Assert.Equal("Verslag van een schriftelijk overleg", document.Title);
        Assert.Equal(new DateOnly(2024, 7, 4), document.Dates.Established);
        var chair = Assert.Single(Assert.Single(document.Letters).Signatories);
        Assert.Equal(new Signatory("Voorzitter van de commissie", "Kops"), chair);
        Assert.Equal("Jansma", Assert.Single(document.Committees).Clerk);
    }

    [Fact]
    public void The_table_of_contents_heads_nothing()
    {
        var document = Parse(Verslag);

        Assert.Equal(3, document.Qa.Count);
        Assert.DoesNotContain(document.Qa, q => q.Question.Contains("Inhoudsopgave", StringComparison.Ordinal) || q.Question.Contains("blz.", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Verslag van een schriftelijk overleg", "Verslag van een schriftelijk overleg")]
    [InlineData("Verslag van een schriftelijk overleg Vastgesteld 12 maart 2024", "Verslag van een schriftelijk overleg")]
    [InlineData("Nota naar aanleiding van het verslag", "Nota naar aanleiding van het verslag")]
    [InlineData("Memorie van antwoord", "Memorie van antwoord")]
    [InlineData("Verslag", "Verslag")]
    [InlineData("Verslag van de werkzaamheden", null)]
    [InlineData("Het verslag van een schriftelijk overleg volgt.", null)]
    [InlineData("In het verslag vragen de leden van de VVD-fractie naar de kosten", null)]
    [InlineData("Motie van het lid Kops", null)]
    public void A_mixed_case_title_is_a_whole_line_of_a_type(string paragraph, string? title)
    {
        Assert.Equal(title, ParseKamerstuk.Segmentation.Rules.DocumentTypeRule.MixedCaseTitleIn(paragraph));
    }

    [Fact]
    public void A_sentence_that_mentions_a_verslag_gives_no_type()
    {
        var document = Parse("""
            Geachte voorzitter,

            Verslag van de werkzaamheden

            Hierbij zend ik u het verslag van een schriftelijk overleg over de visserij.
            """);

        Assert.NotEqual(DocumentType.Verslag, document.DocumentType);
        Assert.NotEqual(DocumentType.VerslagSchriftelijkOverleg, document.DocumentType);
    }

    [Theory]
    [InlineData("Vragen en opmerkingen van de leden van de VVD-fractie", "VVD")]
    [InlineData("Inbreng van de leden van de GroenLinks-PvdA-fractie", "GroenLinks-PvdA")]
    [InlineData("Inbreng van de leden van de fractie van de SP", "SP")]
    [InlineData("Reactie op de vragen en opmerkingen van de leden van de NSC-fractie", "NSC")]
    [InlineData("Inbreng van het lid van de BBB-fractie", "BBB")]
    [InlineData("PVV-fractie", "PVV")]
    [InlineData("Garnalenvisserij", null)]
    [InlineData("De leden van de VVD-fractie vragen naar de kosten", null)]
    public void A_heading_names_its_fractie(string heading, string? fractie)
    {
        Assert.Equal(fractie, ParseKamerstuk.Segmentation.Rules.FractieQuestionRule.HeadingFractie(heading));
    }
}
