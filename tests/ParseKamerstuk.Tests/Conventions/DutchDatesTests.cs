using ParseKamerstuk.Conventions;

namespace ParseKamerstuk.Tests.Conventions;

public sealed class DutchDatesTests
{
    [Theory]
    [InlineData("Den Haag, 1 mei 2018", "2018-05-01")]
    [InlineData("8 mei 2018", "2018-05-08")]
    [InlineData("Vastgesteld 24 november 2023", "2023-11-24")]
    [InlineData("(ingezonden 6 maart 2024)", "2024-03-06")]
    [InlineData("1e september 1990", "1990-09-01")]
    [InlineData("31 februari 2018", null)]
    [InlineData("13 april jl.", null)]
    [InlineData("1 mai 2018", null)]
    [InlineData("'s-Gravenhage, 16juni 1993", "1993-06-16")] // OCR glues day and month
    [InlineData("in 2016juni 1993", null)] // but not a day out of a longer number
    public void Reads_Dutch_dates_to_ISO(string text, string? expected)
    {
        Assert.Equal(expected, DutchDates.ToIso(text));
    }
}
