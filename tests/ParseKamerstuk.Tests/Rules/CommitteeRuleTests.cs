using ParseKamerstuk.Conventions;
using ParseKamerstuk.Model;
using ParseKamerstuk.Segmentation.Rules;

namespace ParseKamerstuk.Tests.Rules;

/// <summary>Committees as older and modern verslagen name them, on made-up text in the form of the print.</summary>
public sealed class CommitteeRuleTests
{
    private static KamerstukDocument Parse(string text) => KamerstukParser.Parse(System.Text.Encoding.UTF8.GetBytes(text), "verslag.txt");

    [Fact]
    public void A_marker_read_as_an_apostrophe_names_the_composition()
    {
        // Given an OCR page whose superscript 1 came out as an apostrophe, after the name and before "Samenstelling"
        var document = Parse("""
            Tweede Kamer der Staten-Generaal

            Vergaderjaar 1991-1992

            22 140

            VERSLAG

            De vaste Commissie voor Minderhedenbeleid' heeft de eer verslag uit te brengen van haar onderzoek.

            De voorzitter van de commissie, Brouwer

            De griffier van de commissie, Noordhoek

            ' Samenstelling: Leden: Brouwer (CDA), voorzitter, Kamsteeg (VVD), Van Rooij (PvdA), ondervoorzitter, Tielens (D66).
            """);

        // Then the committee has its name, members and clerk, and the footnote counts as referred to
        var committee = Assert.Single(document.Committees);
        Assert.Equal("vaste Commissie voor Minderhedenbeleid", committee.Name);
        Assert.Equal(4, committee.Members.Count);
        Assert.Equal("Noordhoek", committee.Clerk);
        Assert.DoesNotContain(document.Diagnostics, d => d.Code == "PK3002");
    }

    [Theory]
    [InlineData("De commissie2, gezien de door de Minister verstrekte inlichtingen,", "2", null)]
    [InlineData("De bijzondere commissie1 die belast is met het voorbereidend onderzoek, heeft vragen gesteld.", "1", "bijzondere commissie")]
    public void A_marker_on_a_generic_committee_is_a_mention(string text, string marker, string? expected)
    {
        var mention = Assert.Single(CommitteeRule.Mentions(text));
        Assert.Equal(marker, mention.Marker);
        var footnote = new Footnote(marker, "Samenstelling: Leden: Aalders (CDA), voorzitter, Bosman (PvdA), Coster (VVD).", [1]);
        var committee = Assert.Single(CommitteeRule.Build([mention], [footnote], null, [], []));
        Assert.Equal(expected, committee.Name);
        Assert.Equal(3, committee.Members.Count);
    }

    [Fact]
    public void Two_committees_in_one_sentence_each_have_their_footnote()
    {
        var mentions = CommitteeRule.Mentions("De vaste Commissies voor Verkeer1 en voor Financiën2 hebben op 3 mei overleg gevoerd.").ToList();
        Assert.Equal([("vaste Commissie voor Verkeer", "1"), ("vaste Commissie voor Financiën", "2")], mentions.Select(m => (m.Name, m.Marker)));
        var committees = CommitteeRule.Build(
            mentions,
            [new Footnote("1", "Samenstelling: Leden: Arends (VVD), Bakker (CDA).", [1]), new Footnote("2", "Samenstelling: Leden: Claassen (PvdA), Dijk (SGP).", [1])],
            null,
            [],
            []);
        Assert.Equal(["vaste Commissie voor Verkeer", "vaste Commissie voor Financiën"], committees.Select(c => c.Name));
        Assert.Equal(["Claassen", "Dijk"], committees[1].Members.Select(m => m.Name));
    }

    [Fact]
    public void A_committee_named_without_composition_is_a_committee_with_its_clerk()
    {
        // Given a modern verslag that names its committee only in the text, signed by chair and adjunct-griffier
        var document = Parse("""
            VERSLAG VAN EEN SCHRIFTELIJK OVERLEG

            Vastgesteld 14 maart 2024

            De vaste commissie voor Infrastructuur en Waterstaat heeft een aantal vragen en opmerkingen voorgelegd aan de Minister van Infrastructuur en Waterstaat over de brief van 2 februari 2024.

            De vragen en opmerkingen zijn op 20 februari 2024 aan de Minister voorgelegd.

            De griffier van de commissie,
            Kuipers
            """);

        // Then that committee is the document's, without members, with its clerk
        var committee = Assert.Single(document.Committees);
        Assert.Equal("vaste commissie voor Infrastructuur en Waterstaat", committee.Name);
        Assert.Empty(committee.Members);
        Assert.Equal("Kuipers", committee.Clerk);
    }

    [Fact]
    public void The_names_signed_under_an_older_verslag_are_its_members()
    {
        // Given an Eerste Kamer eindverslag of the 1970s, signed by the names in capitals, two a line where the columns meet
        var document = Parse("""
            EERSTE KAMER DER STATEN-GENERAAL

            Zitting 1973-1974

            Nr. 88

            EINDVERSLAG van de vaste Commissie voor Justitie omtrent het ontwerp van wet houdende wijziging van het Wetboek van Strafrecht.

            Het onderzoek van dit wetsontwerp door de vaste Commissie voor Justitie heeft niet geleid tot opmerkingen.

            Vastgesteld 12 maart 1974.
            VAN DER SPEK (Voorzitter)
            JANSEN, DE VRIES
            BRANDSMA HOEKSTRA (plv.)
            GLASTRA VAN LOON
            KOOPMANS.
            """);

        var committee = Assert.Single(document.Committees);
        Assert.Equal("vaste Commissie voor Justitie", committee.Name);
        Assert.Equal(["Van der Spek", "Jansen", "De Vries", "Brandsma", "Glastra van Loon", "Koopmans"], committee.Members.Select(m => m.Name));
        Assert.Equal(["voorzitter"], committee.Members[0].Roles);
        Assert.Equal(["Hoekstra"], committee.Substitutes.Select(m => m.Name));
    }

    [Fact]
    public void Names_closed_by_a_full_stop_are_one_name_each()
    {
        var document = Parse("""
            VERSLAG

            De Commissie van Rapporteurs heeft het ontwerp onderzocht.

            Vastgesteld den 9den Juni 1915.
            VAN ASCH VAN WIJCK. DE MEESTER.
            DE SAVORNIN LOHMAN.
            BOS.
            """);

        var committee = Assert.Single(document.Committees);
        Assert.Equal(["Van Asch van Wijck", "De Meester", "De Savornin Lohman", "Bos"], committee.Members.Select(m => m.Name));
    }

    [Fact]
    public void A_sentence_after_the_established_date_is_no_list_of_names()
    {
        var document = Parse("""
            VERSLAG

            Vastgesteld 3 april 1985.

            De vaste Commissie voor Cultuur heeft de eer verslag uit te brengen.

            ALGEMEEN

            De leden van de CDA-fractie hebben kennisgenomen van het wetsvoorstel.
            """);

        var committee = Assert.Single(document.Committees);
        Assert.Empty(committee.Members);
    }

    [Theory]
    [InlineData("Tege-laar-Boonacker", "Tegelaar-Boonacker")]
    [InlineData("Ste- merdink", "Stemerdink")]
    [InlineData("Van Ark-Hoeksema", "Van Ark-Hoeksema")]
    [InlineData("Scheltema-de Nie", "Scheltema-de Nie")]
    [InlineData("Soutendijk-van Apel-doorn", "Soutendijk-van Apeldoorn")]
    [InlineData("Mulder-d'Hondt", "Mulder-d'Hondt")]
    public void Line_break_hyphens_in_names_are_joined_and_double_names_kept(string printed, string name)
    {
        Assert.Equal(name, PersonNames.JoinLineBreaks(printed));
    }

    [Fact]
    public void A_composition_joins_names_broken_at_line_ends()
    {
        var composition = Assert.Single(CompositionParser.Parse("Samenstelling: Leden: Ste-merdink (PvdA), Van Ark-Hoeksema (CDA), Mak-kreel (VVD)."));
        Assert.Equal(["Stemerdink", "Van Ark-Hoeksema", "Makkreel"], composition.Members.Select(m => m.Name));
    }

    [Theory]
    [InlineData("WD", "VVD")]
    [InlineData("COA", "CDA")]
    [InlineData("066", "D66")]
    [InlineData("GroenLmks", "GroenLinks")]
    [InlineData("GPVl", "GPV")]
    [InlineData("Groen-Linksj", "Groen-Links")]
    [InlineData("D'6ü", "D'66")]
    [InlineData("C.D.A.", "C.D.A.")]
    [InlineData("P.v.d.A.", "P.v.d.A.")]
    [InlineData("Pvda", "Pvda")]
    [InlineData("de groep Scholten/Dijkman", "de groep Scholten/Dijkman")]
    [InlineData("XYZ", "XYZ")]
    public void OCR_damaged_parties_are_read_only_where_one_known_party_fits(string printed, string party)
    {
        Assert.Equal(party, Parties.Read(printed));
    }

    [Fact]
    public void A_composition_reads_an_opening_parenthesis_misread_by_OCR()
    {
        var composition = Assert.Single(CompositionParser.Parse("Samenstelling: Aarts (WD), Boer !D66), Colijn tGroenLinks), Dekker (PvdA)."));
        Assert.Equal([("Aarts", "VVD"), ("Boer", "D66"), ("Colijn", "GroenLinks"), ("Dekker", "PvdA")], composition.Members.Select(m => (m.Name, m.Party)));
        Assert.Empty(composition.Unread);
    }
}
