using ParseKamerstuk.Segmentation.Rules;

namespace ParseKamerstuk.Tests.Rules;

public sealed class SignatureRuleTests
{
    [Theory]
    [InlineData("De Minister van Buitenlandse Zaken, S.A. Blok", "Minister van Buitenlandse Zaken", "S.A. Blok")]
    [InlineData("Voorzitter van de vaste commissie voor Buitenlandse Zaken, Defensie en Ontwikkelingssamenwerking, J.G. Vlietstra",
        "Voorzitter van de vaste commissie voor Buitenlandse Zaken, Defensie en Ontwikkelingssamenwerking", "J.G. Vlietstra")]
    [InlineData("De griffier van de vaste commissie voor Buitenlandse Zaken, Defensie en Ontwikkelingssamenwerking, Van Luijk",
        "Griffier van de vaste commissie voor Buitenlandse Zaken, Defensie en Ontwikkelingssamenwerking", "Van Luijk")]
    [InlineData("De Griffier van de Commissie, mw. Dijkstra-Liesveld", "Griffier van de Commissie", "mw. Dijkstra-Liesveld")]
    [InlineData("De Staatssecretaris van Justitie en Veiligheid, E. van der Burg", "Staatssecretaris van Justitie en Veiligheid", "E. van der Burg")]
    public void Reads_function_and_name(string text, string function, string name)
    {
        Assert.True(SignatureRule.TryRead(text, out var signatory));
        Assert.Equal(function, signatory.Function);
        Assert.Equal(name, signatory.Name);
    }

    [Theory]
    [InlineData("De Minister heeft op 8 mei 2018 gereageerd.")]
    [InlineData("De Minister van Buitenlandse Zaken, die hierover schreef, gaat op reis.")]
    public void Leaves_sentences_alone(string text)
    {
        Assert.False(SignatureRule.TryRead(text, out _));
    }
}

public sealed class OnBehalfOfReaderTests
{
    [Fact]
    public void Splits_office_holders_but_not_the_en_inside_an_office()
    {
        Assert.Equal(
            ["Minister van Defensie", "Minister voor Buitenlandse Handel en Ontwikkelingssamenwerking"],
            OnBehalfOfReader.Read("Middels deze brief geef ik, mede namens de Minister van Defensie en de Minister voor Buitenlandse Handel en Ontwikkelingssamenwerking, antwoord op de nadere vragen"));
    }

    [Fact]
    public void Reads_a_comma_list()
    {
        Assert.Equal(
            ["Minister van Justitie en Veiligheid", "Minister van Financiën", "Staatssecretaris van Economische Zaken"],
            OnBehalfOfReader.Read("Hierbij bied ik u, mede namens de Minister van Justitie en Veiligheid, de Minister van Financiën en de Staatssecretaris van Economische Zaken, de antwoorden aan."));
    }

    [Fact]
    public void Finds_nothing_without_mede_namens()
    {
        Assert.Empty(OnBehalfOfReader.Read("Hierbij bied ik u de antwoorden aan."));
    }
}

public sealed class ReferenceReaderTests
{
    [Theory]
    [InlineData("(Kamerstuk 27 925 Q) is ISIS", "Kamerstuk 27 925 Q", "kst-27925-Q", null)]
    [InlineData("(Tweede Kamerstuk 27 925 nr. 615), de", "Tweede Kamerstuk 27 925 nr. 615", "kst-27925-615", "tweede-kamer")]
    [InlineData("zie Kamerstukken II 2017/18, 36 600 XIII, nr. 71.", "Kamerstukken II 2017/18, 36 600 XIII, nr. 71", "kst-36600-XIII-71", "tweede-kamer")]
    [InlineData("Kamerstukken I 2016/17, 34 550, C", "Kamerstukken I 2016/17, 34 550, C", "kst-34550-C", "eerste-kamer")]
    [InlineData("Kamerstuk 21 501-02, nr. 2000", "Kamerstuk 21 501-02, nr. 2000", "kst-21501-02-2000", null)]
    [InlineData("Handelingen II 2017/18, nr. 60, item 4", "Handelingen II 2017/18, nr. 60, item 4", "h-tk-20172018-60-4", "tweede-kamer")]
    [InlineData("Aanhangsel Handelingen II 2023/24, nr. 1314", "Aanhangsel Handelingen II 2023/24, nr. 1314", "ah-tk-20232024-1314", "tweede-kamer")]
    public void Gives_canonical_identifiers(string text, string reference, string identifier, string? chamber)
    {
        var found = ReferenceReader.Read(text).First();
        Assert.Equal(reference, found.Text);
        Assert.Equal(identifier, found.Identifier);
        Assert.Equal(chamber, found.Chamber);
    }
}

public sealed class IdentityRuleTests
{
    [Theory]
    [InlineData("Eerste Kamer, vergaderjaar 2017–2018, 27 925, R", "kst-27925-R", "eerste-kamer", "2017-2018", "R")]
    [InlineData("Tweede Kamer, vergaderjaar 1992-1993, 22 396, nr. 22", "kst-22396-22", "tweede-kamer", "1992-1993", "22")]
    [InlineData("Eerste Kamer, zitting 1981-1982, 17 100 X, nr. 53b", "kst-17100-X-53b", "eerste-kamer", "1981-1982", "53b")]
    [InlineData("Tweede Kamer, vergaderjaar 1994-1995, 23 787 (R 1506), nr. 4", "kst-23787-4", "tweede-kamer", "1994-1995", "4")]
    public void Reads_the_running_footer(string line, string identifier, string chamber, string vergaderjaar, string ondernummer)
    {
        var identity = IdentityRule.Read([line])!;
        Assert.Equal(identifier, identity.Identifier);
        Assert.Equal(chamber, identity.Chamber);
        Assert.Equal(vergaderjaar, identity.Vergaderjaar);
        Assert.Equal(ondernummer, identity.Ondernummer);
    }

    [Fact]
    public void Reads_an_Aanhangsel_footer()
    {
        var identity = IdentityRule.Read(["Tweede Kamer, vergaderjaar 2023–2024, Aanhangsel 1314"])!;
        Assert.Equal("ah-tk-20232024-1314", identity.Identifier);
        Assert.Equal("aanhangsel", identity.Publication);
        Assert.Equal("1314", identity.Aanhangselnummer);
    }
}

public sealed class FootnoteMarkersTests
{
    [Theory]
    [InlineData("commissie voor Ontwikkelingssamenwerking1 hebben", "commissie voor Ontwikkelingssamenwerking hebben")]
    [InlineData("VERSLAG VAN DE VASTE COMMISSIE VOOR FINANCIËN1 Vastgesteld", "VERSLAG VAN DE VASTE COMMISSIE VOOR FINANCIËN Vastgesteld")]
    [InlineData("zie het verslag.1 Verder", "zie het verslag. Verder")]
    [InlineData("in 2017 en D66 en 1.5 miljoen", "in 2017 en D66 en 1.5 miljoen")]
    [InlineData("COVID19 en G20", "COVID19 en G20")]
    public void Removes_markers_of_existing_footnotes_only(string text, string expected)
    {
        var found = new List<string>();
        Assert.Equal(expected, FootnoteMarkers.Strip(text, new HashSet<string> { "1", "5" }, found));
    }
}
