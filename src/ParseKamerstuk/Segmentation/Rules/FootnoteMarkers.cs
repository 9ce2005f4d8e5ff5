using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using ParseKamerstuk.Conventions;
using ParseKamerstuk.Text;

namespace ParseKamerstuk.Segmentation.Rules;

/// <summary>
/// Footnote markers glued to the word they annotate, as text extraction leaves superscripts:
/// <c>Ontwikkelingssamenwerking1</c>, <c>FINANCIËN1</c>, <c>Zaken,2</c>. Only numbers of footnotes that exist are
/// removed, so <c>COVID19</c> stays unless the document has a footnote 19. Kamervragen as submitted mark their sources
/// with a number and a parenthesis after the sentence (<c>Kent u het bericht …? 1)</c>, <c>verward gedrag2) waarin</c>)
/// or in brackets (<c>geraakt[1],</c>); those markers are removed, with the space before them, when the document has a
/// source note of that number (<c>1)</c>, <c>[1]</c> in <see cref="FootnoteRule"/>). A bracketed number with no such
/// note stands for a plain footnote where there is one (<c>«Netjes gezuiverd»[1 ]</c>, a superscript in Markdown).
/// A marker may follow punctuation (<c>geïnformeerd?3</c>, <c>in 2022?7 Waarom</c>), hold several numbers
/// (<c>«ziekenhuisnota»1, 2</c>), or run into a number: a PDF reader writes those in superscript digits
/// (<c>NIS2⁴</c>), and a date's year has four digits (<c>7 november 20231</c>). No space is left before the punctuation
/// after a marker (<c>Both Ends ?</c> is wrong, <c>Both Ends?</c> right).
/// </summary>
internal static partial class FootnoteMarkers
{
    /// <summary>Removes markers of <paramref name="footnotes"/> from <paramref name="text"/>; <paramref name="found"/> lists them.</summary>
    public static string Strip(string text, IReadOnlySet<string> footnotes, List<string> found)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(footnotes);
        ArgumentNullException.ThrowIfNull(found);
        if (footnotes.Count == 0)
        {
            return text;
        }

        // Source markers first: the digit of "(nos.nl)”1)?" is not a glued footnote 1.
        if (text.AsSpan().ContainsAny(')', ']'))
        {
            text = Strip(text, SourceMarkers(text), footnotes, found);
        }

        // A date's year has four digits: "7 november 20231" is 2023 and note 1.
        if (MayHoldYearMarker(text))
        {
            text = Strip(text, YearRegex().Matches(text).Select(m => (m.Groups["n"].Index, m.Groups["n"].Length, m.Groups["n"].Value)), footnotes, found);
        }

        // Plain digits glued on, then superscript digits, which are markers wherever they are: "NIS2⁴" is NIS2 and
        // note 4, and its 2 is no marker because a superscript follows it.
        text = Strip(text, CandidateRegex().Matches(text).Select(m => (m.Index, m.Length, m.Value)), footnotes, found);
        return !SuperscriptDigits.MayContain(text) ? text
            : Strip(text, SuperscriptRegex().Matches(text).Select(m => (m.Index, m.Length, SuperscriptDigits.ToAscii(m.Value))), footnotes, found);
    }

    /// <summary>The numbers of the markers glued into <paramref name="text"/>, whether or not their notes exist.</summary>
    public static IEnumerable<string> GluedNumbers(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var years = MayHoldYearMarker(text) ? YearRegex().Matches(text).Select(m => m.Groups["n"].Value) : [];
        var glued = CandidateRegex().Matches(text).SelectMany(m => m.Value.Split(',', StringSplitOptions.TrimEntries));
        var superscripts = !SuperscriptDigits.MayContain(text) ? []
            : SuperscriptRegex().Matches(text).SelectMany(m => SuperscriptDigits.ToAscii(m.Value).Split(',', StringSplitOptions.TrimEntries));
        return years.Concat(glued).Concat(superscripts);
    }

    // Whether a year with a marker run in may stand in the text: five digits in a row, which most paragraphs lack
    // (this is asked of every paragraph, before the pattern).
    private static bool MayHoldYearMarker(string text)
    {
        var run = 0;
        foreach (var c in text)
        {
            run = char.IsAsciiDigit(c) ? run + 1 : 0;
            if (run == 5)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The source markers of <paramref name="text"/>, in order: where each starts (with the spaces before it), its
    /// length, and its number as printed (<c>1)</c>, <c>[1]</c>). A marker is one or two digits and <c>)</c>, after a
    /// letter or punctuation (<c>…? 1)</c>, <c>gedrag2)</c>, <c>”1)</c>), before a space, punctuation or the end, and
    /// not a number closing a parenthesis (<c>(artikel 3)</c>, <c>(Kamerstuk 35925-VI-56)</c>); or one or two digits in
    /// brackets (<c>geraakt[1],</c>, <c>overleden’? [1] [2]</c>). Neither starts the text.
    /// </summary>
    public static List<(int Index, int Length, string Number)> SourceMarkers(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var markers = new List<(int Index, int Length, string Number)>();
        AddBracketMarkers(text, markers);
        for (var close = text.IndexOf(')', StringComparison.Ordinal); close >= 0; close = text.IndexOf(')', close + 1))
        {
            var digits = close;
            while (digits > 0 && close - digits < 2 && char.IsAsciiDigit(text[digits - 1]))
            {
                digits--;
            }

            if (digits == close || (digits > 0 && char.IsAsciiDigit(text[digits - 1]))
                || (close + 1 < text.Length && !char.IsWhiteSpace(text[close + 1]) && !".,;:?!".Contains(text[close + 1], StringComparison.Ordinal)))
            {
                continue;
            }

            var start = digits;
            while (start > 0 && char.IsWhiteSpace(text[start - 1]))
            {
                start--;
            }

            if (start == 0 || !(char.IsLetter(text[start - 1]) || ".,;:?!'’”\"»)".Contains(text[start - 1], StringComparison.Ordinal)))
            {
                continue;
            }

            var paren = text.AsSpan(0, digits).LastIndexOfAny('(', ')');
            if (paren < 0 || text[paren] == ')')
            {
                markers.Add((start, close + 1 - start, text[digits..(close + 1)]));
            }
        }

        markers.Sort((a, b) => a.Index.CompareTo(b.Index));
        return markers;
    }

    private static void AddBracketMarkers(string text, List<(int Index, int Length, string Number)> markers)
    {
        for (var open = text.IndexOf('[', StringComparison.Ordinal); open >= 0; open = text.IndexOf('[', open + 1))
        {
            var close = open + 1;
            while (close < text.Length && close - open <= 2 && char.IsAsciiDigit(text[close]))
            {
                close++;
            }

            var digitsEnd = close;
            if (close + 1 < text.Length && text[close] == ' ' && text[close + 1] == ']')
            {
                close++; // "[1 ]", as a Markdown converter writes a superscript
            }

            if (digitsEnd == open + 1 || close >= text.Length || text[close] != ']' || text[open + 1] == '0'
                || (close + 1 < text.Length && !char.IsWhiteSpace(text[close + 1]) && !".,;:?!)[".Contains(text[close + 1], StringComparison.Ordinal)))
            {
                continue;
            }

            var start = open;
            while (start > 0 && char.IsWhiteSpace(text[start - 1]))
            {
                start--;
            }

            if (start > 0)
            {
                markers.Add((start, close + 1 - start, "[" + text[(open + 1)..digitsEnd] + "]"));
            }
        }
    }

    private static string Strip(string text, IEnumerable<(int Index, int Length, string Number)> candidates, IReadOnlySet<string> footnotes, List<string> found)
    {
        StringBuilder? builder = null; // most paragraphs have no marker to remove: no copy for them
        var last = 0;
        foreach (var (index, length, marker) in candidates)
        {
            var numbers = Numbers(marker, footnotes, out var markerLength);
            if (numbers is null || index < last)
            {
                continue;
            }

            builder ??= new StringBuilder(text.Length);
            builder.Append(text, last, index - last);
            last = index + (markerLength ?? length);

            // No space is left before the punctuation after a marker: "Both Ends3 ?" gives "Both Ends?".
            if (last + 1 < text.Length && text[last] == ' ' && ".,;:?!)".Contains(text[last + 1], StringComparison.Ordinal)
                && (last + 2 == text.Length || !char.IsLetterOrDigit(text[last + 2])))
            {
                last++;
            }

            foreach (var number in numbers.Where(n => !found.Contains(n)))
            {
                found.Add(number);
            }
        }

        if (builder is null)
        {
            return text;
        }

        builder.Append(text, last, text.Length - last);
        return builder.ToString();
    }

    // The footnote numbers of a marker as printed, or null: "[2]" marks a bracketed source note "[2] …", or else a
    // plain footnote "2 …" (a converted superscript); "1, 2" marks notes 1 and 2, rising, or else only note 1 (then
    // length is the first number's).
    private static string[]? Numbers(string marker, IReadOnlySet<string> footnotes, out int? length)
    {
        length = null;
        if (footnotes.Contains(marker))
        {
            return [marker];
        }

        if (marker[0] == '[')
        {
            return footnotes.Contains(marker[1..^1]) ? [marker[1..^1]] : null;
        }

        var comma = marker.IndexOf(',', StringComparison.Ordinal);
        if (comma < 0)
        {
            return null;
        }

        var parts = marker.Split(',', StringSplitOptions.TrimEntries);
        var rising = parts.Zip(parts.Skip(1)).All(p => int.Parse(p.First, CultureInfo.InvariantCulture) < int.Parse(p.Second, CultureInfo.InvariantCulture));
        if (rising && parts.All(footnotes.Contains))
        {
            return parts;
        }

        length = comma;
        return footnotes.Contains(parts[0]) ? [parts[0]] : null;
    }

    /// <summary>
    /// Digits glued to a word of two or more letters, to punctuation right after a letter, or to a question or
    /// exclamation mark after a number (<c>in 2022?7</c>); several numbers in one marker are separated by commas
    /// (<c>«ziekenhuisnota»1, 2</c>).
    /// </summary>
    [GeneratedRegex(@"(?<=\p{L}{2}|\p{L}[.,;:)»?!”’]{1,3}|\d[?!][”’»)]?)(?<n>\d{1,2}(?:, ?\d{1,2}){0,4})(?=[\s.,;:)?!]|$)")]
    private static partial Regex CandidateRegex();

    /// <summary>Superscript digits after a character that is not a space, one number or several (<c>2023¹</c>, <c>»¹, ²</c>).</summary>
    [GeneratedRegex(@"(?<=\S)[⁰¹²³⁴-⁹]{1,3}(?:, ?[⁰¹²³⁴-⁹]{1,3}){0,4}")]
    private static partial Regex SuperscriptRegex();

    /// <summary>A marker run into the year of a date: <c>7 november 20231</c>.</summary>
    [GeneratedRegex(@"(?<!\d)\d{1,2} (?:" + DutchDates.MonthNames + @") (?:1[89]|20)\d\d(?<n>\d{1,2})(?=[\s.,;:)?!]|$)")]
    private static partial Regex YearRegex();
}
