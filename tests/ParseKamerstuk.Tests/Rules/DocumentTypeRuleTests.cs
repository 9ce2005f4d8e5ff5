using System.Diagnostics;
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
