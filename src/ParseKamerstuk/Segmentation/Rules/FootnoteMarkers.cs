using System.Text;
using System.Text.RegularExpressions;

namespace ParseKamerstuk.Segmentation.Rules;

/// <summary>
/// Footnote markers glued to the word they annotate, as text extraction leaves superscripts:
/// <c>Ontwikkelingssamenwerking1</c>, <c>FINANCIËN1</c>, <c>Zaken,2</c>. Only numbers of footnotes that exist are
/// removed, so <c>COVID19</c> stays unless the document has a footnote 19. Kamervragen as submitted mark their sources
/// with a number and a parenthesis after the sentence (<c>Kent u het bericht …? 1)</c>, <c>verward gedrag2) waarin</c>);
/// those markers are removed, with the space before them, when the document has a source note of that number
/// (numbered <c>1)</c> in <see cref="FootnoteRule"/>).
/// </summary>
public static partial class FootnoteMarkers
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
        if (text.Contains(')', StringComparison.Ordinal))
        {
            text = Strip(text, SourceMarkerRegex(), footnotes, found);
        }

        return Strip(text, CandidateRegex(), footnotes, found);
    }

    private static string Strip(string text, Regex candidates, IReadOnlySet<string> footnotes, List<string> found)
    {
        var builder = new StringBuilder(text.Length);
        var last = 0;
        foreach (Match match in candidates.Matches(text))
        {
            var number = match.Groups["n"].Value;
            if (!footnotes.Contains(number))
            {
                continue;
            }

            builder.Append(text, last, match.Index - last);
            last = match.Index + match.Length;
            if (!found.Contains(number))
            {
                found.Add(number);
            }
        }

        if (last == 0)
        {
            return text;
        }

        builder.Append(text, last, text.Length - last);
        return builder.ToString();
    }

    /// <summary>Digits glued to a word of two or more letters, or to punctuation right after a letter.</summary>
    [GeneratedRegex(@"(?<=\p{L}{2}|\p{L}[.,;:)»?!”’]{1,3})(?<n>\d{1,2})(?=[\s.,;:)]|$)")]
    internal static partial Regex CandidateRegex();

    /// <summary>
    /// A source marker <c>1)</c> after a word or punctuation, with the spaces before it; not a number closing a
    /// parenthesis (<c>(artikel 3)</c>, <c>(Kamerstuk 35925-VI-56)</c>) nor one starting the text.
    /// </summary>
    [GeneratedRegex(@"(?<!\([^()]*)(?<=[\p{L}.,;:?!'’”""»)])\s*(?<n>\d{1,2}\))(?=[\s.,;:?!]|$)")]
    internal static partial Regex SourceMarkerRegex();
}
