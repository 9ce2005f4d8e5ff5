using System.Text;
using System.Text.RegularExpressions;

namespace ParseKamerstuk.Segmentation.Rules;

/// <summary>
/// Footnote markers glued to the word they annotate, as text extraction leaves superscripts:
/// <c>Ontwikkelingssamenwerking1</c>, <c>FINANCIËN1</c>, <c>Zaken,2</c>. Only numbers of footnotes that exist are
/// removed, so <c>COVID19</c> stays unless the document has a footnote 19.
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

        var builder = new StringBuilder(text.Length);
        var last = 0;
        foreach (Match match in CandidateRegex().Matches(text))
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
}
