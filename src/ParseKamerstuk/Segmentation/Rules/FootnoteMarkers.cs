using System.Text;
using System.Text.RegularExpressions;

namespace ParseKamerstuk.Segmentation.Rules;

/// <summary>
/// Footnote markers glued to the word they annotate, as text extraction leaves superscripts:
/// <c>Ontwikkelingssamenwerking1</c>, <c>FINANCIËN1</c>, <c>Zaken,2</c>. Only numbers of footnotes that exist are
/// removed, so <c>COVID19</c> stays unless the document has a footnote 19. Kamervragen as submitted mark their sources
/// with a number and a parenthesis after the sentence (<c>Kent u het bericht …? 1)</c>, <c>verward gedrag2) waarin</c>)
/// or in brackets (<c>geraakt[1],</c>); those markers are removed, with the space before them, when the document has a
/// source note of that number (<c>1)</c>, <c>[1]</c> in <see cref="FootnoteRule"/>). A bracketed number with no such
/// note stands for a plain footnote where there is one (<c>«Netjes gezuiverd»[1 ]</c>, a superscript in Markdown).
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

        return Strip(text, CandidateRegex().Matches(text).Select(m => (m.Index, m.Length, m.Value)), footnotes, found);
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
            // "[2]" marks a bracketed source note "[2] …", or else a plain footnote "2 …" (a converted superscript).
            var number = footnotes.Contains(marker) ? marker
                : marker[0] == '[' && footnotes.Contains(marker[1..^1]) ? marker[1..^1]
                : null;
            if (number is null)
            {
                continue;
            }

            builder ??= new StringBuilder(text.Length);
            builder.Append(text, last, index - last);
            last = index + length;
            if (!found.Contains(number))
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

    /// <summary>Digits glued to a word of two or more letters, or to punctuation right after a letter.</summary>
    [GeneratedRegex(@"(?<=\p{L}{2}|\p{L}[.,;:)»?!”’]{1,3})(?<n>\d{1,2})(?=[\s.,;:)]|$)")]
    internal static partial Regex CandidateRegex();
}
