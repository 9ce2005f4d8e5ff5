using System.Globalization;
using System.Text.RegularExpressions;

namespace ParseKamerstuk.Conventions;

/// <summary>
/// Dutch dates as printed in parliamentary papers ("1 mei 2018", "24 november 2023", "1e september 1990", and as OCR
/// glues them, "16juni 1993"),
/// read with our own month table so the result never depends on the machine's culture data.
/// </summary>
internal static partial class DutchDates
{
    /// <summary>The month names, January first, as a regular-expression alternation.</summary>
    public const string MonthNames = "januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december";

    /// <summary>A regular-expression fragment that matches a Dutch date with a year.</summary>
    public const string Pattern = @"(?<!\d)\d{1,2}(?:e|ste)?\s*(?:" + MonthNames + @")\s+\d{4}";

    private static readonly string[] s_months = MonthNames.Split('|');

    /// <summary>Returns the 1-based month for a Dutch month name, or 0.</summary>
    public static int MonthNumber(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var index = Array.IndexOf(s_months, name.Trim().ToLowerInvariant());
        return index + 1;
    }

    /// <summary>Reads a Dutch date such as "8 mei 2018" and returns it as ISO <c>2018-05-08</c>, or <see langword="null"/>.</summary>
    public static string? ToIso(string text) =>
        ToDate(text)?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>Reads a Dutch date such as "8 mei 2018", or <see langword="null"/>.</summary>
    public static DateOnly? ToDate(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var match = DateRegex().Match(text);
        if (!match.Success)
        {
            return null;
        }

        var day = int.Parse(match.Groups["day"].Value, CultureInfo.InvariantCulture);
        var month = MonthNumber(match.Groups["month"].Value);
        var year = int.Parse(match.Groups["year"].Value, CultureInfo.InvariantCulture);
        if (month == 0 || year < 1800 || year > 2200 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return null;
        }

        return new DateOnly(year, month, day);
    }

    // OCR may glue the day to the month: "'s-Gravenhage, 16juni 1993".
    [GeneratedRegex(@"(?<!\d)(?<day>\d{1,2})(?:e|ste)?\s*(?<month>" + MonthNames + @")\s+(?<year>\d{4})", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex DateRegex();
}
