using System.Diagnostics;
using ParseKamerstuk.Model;
using ParseKamerstuk.Segmentation.Rules;

namespace ParseKamerstuk.Tests.Rules;

public sealed class DocumentTypeRuleTests
{
    [Theory]
    [InlineData("Nr. 12 MOTIE VAN HET LID KAMP Voorgesteld 22 december 1993", "MOTIE VAN HET LID KAMP")]
    [InlineData("BRIEF VAN DE MINISTER VAN FINANCIËN1", "BRIEF VAN DE MINISTER VAN FINANCIËN")]
    [InlineData("De Kamer, gehoord de beraadslaging,", null)]
    public void Title_is_the_leading_run_of_capitals(string paragraph, string? title)
    {
        Assert.Equal(title, DocumentTypeRule.TitleIn(paragraph));
    }

    [Theory]
    [InlineData("VERSLAG VAN EEN MONDELING OVERLEG", DocumentType.VerslagMondelingOverleg)]
    [InlineData("VERSLAG VAN HET MONDELING OVERLEG", DocumentType.VerslagMondelingOverleg)]
    [InlineData("VERSLAG VAN EEN ALGEMEEN OVERLEG", DocumentType.VerslagAlgemeenOverleg)]
    [InlineData("VERSLAG VAN HET MONDELING OVERLEG, TEVENS EINDVERSLAG", DocumentType.Eindverslag)]
    [InlineData("VERSLAG VAN DE VASTE COMMISSIE VOOR OVERLEG MET DE REGERING", DocumentType.Verslag)]
    [InlineData("VRAGEN AAN DE MINISTER VAN VERKEER EN WATERSTAAT", DocumentType.LijstVanVragen)]
    [InlineData("AANVULLENDE VRAGEN AAN DEN MINISTER VAN OORLOG", DocumentType.LijstVanVragen)]
    [InlineData("LIJST VAN VRAGEN", DocumentType.LijstVanVragen)]
    [InlineData("LIJST VAN AANVULLENDE VRAGEN", DocumentType.LijstVanVragen)]
    [InlineData("ANTWOORDEN VAN DE MINISTER VAN FINANCIËN OP DE VRAGEN VAN DE COMMISSIE", DocumentType.LijstVanVragenEnAntwoorden)]
    [InlineData("ANTWOORDEN VAN DE REGERING", DocumentType.LijstVanVragenEnAntwoorden)]
    [InlineData("LIJST VAN ANTWOORDEN", DocumentType.LijstVanVragenEnAntwoorden)]
    [InlineData("LIJST VAN VRAGEN EN ANTWOORDEN", DocumentType.LijstVanVragenEnAntwoorden)]
    public void A_title_names_its_type(string title, DocumentType type)
    {
        Assert.Equal(type, DocumentTypeRule.FromTitle(title));
    }

    // OCR of the older print: IJ read as U or 1J, N as IM, IN or X, O as 0, a space lost.
    [Theory]
    [InlineData("LIJST VAN VRAGEN EIM ANTWOORDEN", DocumentType.LijstVanVragenEnAntwoorden)]
    [InlineData("LUST VAN ANTWOORDEN", DocumentType.LijstVanVragenEnAntwoorden)]
    [InlineData("L1JST VAIM ANTW00RDEN", DocumentType.LijstVanVragenEnAntwoorden)]
    [InlineData("LIJST VANANTWOORDEIM", DocumentType.LijstVanVragenEnAntwoorden)]
    [InlineData("MEMORIE VAX ANTWOORD", DocumentType.MemorieVanAntwoord)]
    [InlineData("VERSLAG VAN EEN M0NDELING OVERLEG", DocumentType.VerslagMondelingOverleg)]
    public void A_title_as_ocr_reads_it_names_its_type(string title, DocumentType type)
    {
        Assert.Equal(type, DocumentTypeRule.FromTitle(title));
    }

    // Words that merely contain a title's letters name nothing.
    [Theory]
    [InlineData("VRAGEN")]
    [InlineData("ANTWOORD")]
    [InlineData("LIJSTTREKKER")]
    public void A_word_alone_is_no_list(string title)
    {
        Assert.Null(DocumentTypeRule.FromTitle(title));
    }

    [Fact]
    public void Title_search_takes_linear_time_on_a_paragraph_of_digits()
    {
        // Given a paragraph of n digits and one of 10n: a title in capitals that is all footnote marker.
        const int n = 10_000;
        var small = new string('1', n);
        var large = new string('1', 10 * n);

        // When each is searched (the fastest of three runs, so a busy machine does not decide)
        var smallTime = Fastest(() => DocumentTypeRule.TitleIn(small));
        var largeTime = Fastest(() => DocumentTypeRule.TitleIn(large));

        // Then ten times the text takes far less than a hundred times as long (quadratic), with room for noise
        Assert.True(
            largeTime < smallTime * 20 + TimeSpan.FromMilliseconds(100),
            $"{n} characters: {smallTime.TotalMilliseconds:F1} ms; {10 * n} characters: {largeTime.TotalMilliseconds:F1} ms");
    }

    private static TimeSpan Fastest(Func<string?> search)
    {
        var fastest = TimeSpan.MaxValue;
        for (var run = 0; run < 3; run++)
        {
            var clock = Stopwatch.StartNew();
            Assert.Null(search());
            fastest = clock.Elapsed < fastest ? clock.Elapsed : fastest;
        }

        return fastest;
    }
}
