using System.Text.RegularExpressions;
using ParseKamerstuk.Conventions;
using ParseKamerstuk.Model;

namespace ParseKamerstuk.Segmentation.Rules;

/// <summary>
/// References to other parliamentary documents, with canonical identifiers:
/// <c>Kamerstuk 27 925 Q</c> → <c>kst-27925-Q</c>; <c>Tweede Kamerstuk 27 925 nr. 615</c> → <c>kst-27925-615</c>;
/// <c>Kamerstukken II 2017/18, 36 600 XIII, nr. 71</c> → <c>kst-36600-XIII-71</c>;
/// <c>Handelingen II 2017/18, nr. 60, item 4</c> → <c>h-tk-20172018-60-4</c>;
/// <c>Aanhangsel Handelingen II 2023/24, nr. 1314</c> → <c>ah-tk-20232024-1314</c>, also written out:
/// <c>Aanhangsel Handelingen, vergaderjaar 2022–2023, 1412</c> → <c>ah-tk-20222023-1412</c>.
/// The chamber is set only where the reference names it (<c>Tweede Kamerstuk</c>, <c>Kamerstukken I</c>).
/// </summary>
internal static partial class ReferenceReader
{
    /// <summary>Finds the references in <paramref name="text"/>, in order.</summary>
    public static IEnumerable<Reference> Read(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        foreach (Match match in KamerstukRegex().Matches(text))
        {
            var chamber = ChamberOf(match.Groups["word"].Value, match.Groups["roman"].Value);
            var dossier = match.Groups["dossier"].Value.Replace(" ", string.Empty, StringComparison.Ordinal);
            var suffix = match.Groups["suffix"].Success ? "-" + match.Groups["suffix"].Value : string.Empty;
            var number = match.Groups["nr"].Success ? match.Groups["nr"].Value : match.Groups["letter"].Value;
            yield return new Reference(match.Value.Trim().TrimEnd(','), $"kst-{dossier}{suffix}-{number}", chamber);
        }

        foreach (Match match in HandelingenRegex().Matches(text))
        {
            var chamber = ChamberOf(string.Empty, match.Groups["roman"].Value);
            var house = Chambers.IdentifierPart(chamber ?? Chambers.Tweede);
            var year = VergaderjaarDigits(match.Groups["y1"].Value);
            var prefix = match.Groups["ah"].Success ? "ah" : "h";
            var item = match.Groups["item"].Success ? "-" + match.Groups["item"].Value : string.Empty;
            var id = year is null ? null : $"{prefix}-{house}-{year}-{match.Groups["nr"].Value}{(prefix == "h" ? item : string.Empty)}";
            yield return new Reference(match.Value.Trim().TrimEnd(','), id, chamber);
        }
    }

    // The digits of a vergaderjaar from its first printed year ("2017/18" → "20172018"); a vergaderjaar spans two years.
    private static string? VergaderjaarDigits(string first) =>
        int.TryParse(first, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var start) && first.Length == 4
            ? string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{start}{start + 1}")
            : null;

    // Only where the reference names the chamber: "Tweede Kamerstuk", "Kamerstukken II".
    private static Chamber? ChamberOf(string word, string roman) =>
        word.Trim().Length > 0 ? Chambers.FromHouse(word) : roman.Length > 0 ? Chambers.FromHouse(roman) : null;

    [GeneratedRegex(
        @"(?:(?<word>Eerste|Tweede)\s+)?\bKamerstuk(?:ken)?(?:\s+(?<roman>II|I)\b)?(?:\s+(?<year>\d{4}(?:\s?[/–-]\s?\d{2,4})?))?,?\s+" +
        @"(?<dossier>\d{2}\s?\d{3}(?:-[A-Z0-9]{1,3})?)(?:[ ,]+(?<suffix>[IVXLC]{1,6}|[A-Z]{1,3}(?=,?\s*nr))\b)?,?\s*" +
        @"(?:(?:nr\.?|nummer)\s*(?<nr>\d{1,4})\b|(?<letter>[A-Z]{1,2})\b(?![.'’\w]))")]
    private static partial Regex KamerstukRegex();

    [GeneratedRegex(
        @"(?<ah>Aanhangsel\s+(?:van\s+de\s+)?)?\bHandelingen(?:\s+(?<roman>II|I)\b,?|,?(?=\s+vergaderjaar\s))\s+(?:vergaderjaar\s+)?(?<y1>\d{4})\s?[/–-]\s?(?<y2>\d{2,4}),?\s+(?:nr\.?\s*)?(?<nr>\d{1,5})\b(?:,?\s+item\s+(?<item>\d{1,3}))?")]
    private static partial Regex HandelingenRegex();
}
