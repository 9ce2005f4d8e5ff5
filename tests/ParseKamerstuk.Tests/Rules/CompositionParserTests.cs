using ParseKamerstuk.Segmentation.Rules;

namespace ParseKamerstuk.Tests.Rules;

public sealed class CompositionParserTests
{
    [Fact]
    public void Reads_a_missing_comma_and_roles_in_parentheses()
    {
        var composition = Assert.Single(CompositionParser.Parse(
            "Samenstelling: Kox (SP) (vice-voorzitter), Martens (CDA), Postema (PvdA) Vlietstra (PvdA) (voorzitter), D.J.H. van Dijk (SGP)"));
        Assert.Equal(["Kox", "Martens", "Postema", "Vlietstra", "D.J.H. van Dijk"], composition.Members.Select(m => m.Name));
        Assert.Equal(["vice-voorzitter"], composition.Members[0].Roles);
        Assert.Equal(["voorzitter"], composition.Members[3].Roles);
        Assert.Equal("SGP", composition.Members[4].Party);
        Assert.Empty(composition.Unread);
    }

    [Fact]
    public void Reads_roles_after_a_comma_members_substitutes_and_vacancies()
    {
        var composition = Assert.Single(CompositionParser.Parse(
            "Samenstelling: Leden: Van Dis (SGP), ondervoorzitter, Aarts (CDA), vacature PvdA, Mateman (CDA), voorzitter. " +
            "Van Iersel (CDA), Blauw (VVD). Plv. leden: Vos (PvdA), Mw. Tommel (D66), Vacature PvdA."));
        Assert.Equal(["Van Dis", "Aarts", "Mateman", "Van Iersel", "Blauw"], composition.Members.Select(m => m.Name));
        Assert.Equal(["ondervoorzitter"], composition.Members[0].Roles);
        Assert.Equal(["voorzitter"], composition.Members[2].Roles);
        Assert.Equal(["Vos", "Tommel"], composition.Substitutes.Select(m => m.Name));
        Assert.Equal([("PvdA", "members"), ("PvdA", "substitutes")], composition.Vacancies.Select(v => (v.Party, v.List)));
    }

    [Theory]
    [InlineData("Samenstelling: Wöltgens (PvdAI, Lansink (CDA), ondervoor-zitter, Leerling (RPF)", "Wöltgens", "PvdA")]
    [InlineData("Samenstelling: W. F. de Gaay Fortman (C.D.A.] {voorzitter), Derks (P.v.d.A.)", "W. F. de Gaay Fortman", "C.D.A.")]
    [InlineData("Samenstelling: Thurlings (C.D.A.) (Voorzit-ter). Vermeer (P.v.d.A.)", "Thurlings", "C.D.A.")]
    [InlineData("Samenstelling: Van der Jagt(GPV), Vogt (PSP)", "Van der Jagt", "GPV")]
    public void Reads_OCR_noise(string text, string name, string party)
    {
        var composition = Assert.Single(CompositionParser.Parse(text));
        Assert.Equal(name, composition.Members[0].Name);
        Assert.Equal(party, composition.Members[0].Party);
        Assert.True(composition.Members.Count >= 2);
    }

    [Fact]
    public void Reads_several_committees_in_one_footnote()
    {
        var compositions = CompositionParser.Parse(
            "Samenstelling: Binnenlandse Zaken en de Hoge Colleges van Staat: Kaland (CDA), Postma (CDA), voorzitter. " +
            "Financiën: Christiaanse (CDA), voorzitter, Kiers (CDA) en Van der Jagt (GPV).");
        Assert.Equal(["Binnenlandse Zaken en de Hoge Colleges van Staat", "Financiën"], compositions.Select(c => c.Label));
        Assert.Equal(["Christiaanse", "Kiers", "Van der Jagt"], compositions[1].Members.Select(m => m.Name));
    }
}
