using System.Text.RegularExpressions;
using ParseKamerstuk.Text;

namespace ParseKamerstuk.Segmentation.Rules;

/// <summary>
/// Finds footnotes in the paragraph stream. The convention: at the bottom of a page, a number and the note
/// (<c>1 Samenstelling: Kox (SP) …</c>, <c>2 Kamerstuk 27 925, nr. 615</c>), referred to by a marker glued to a word
/// in the text (<c>Ontwikkelingssamenwerking1</c>). A numbered paragraph is a footnote when it is a composition, or when
/// the text has a glued marker with its number and it stands at a page bottom (before a page join, after another
/// footnote, or at the end); a reader that knows the page's footnote zone marks its lines. OCR text often shows the number <c>1</c> as <c>i</c> or <c>'</c>, and may run a
/// composition footnote into the paragraph before it.
/// </summary>
public static partial class FootnoteRule
{
    /// <summary>A footnote found in a paragraph.</summary>
    /// <param name="Number">The footnote number.</param>
    /// <param name="Text">The footnote text.</param>
    /// <param name="Paragraph">The paragraph it was found in.</param>
    /// <param name="TextBefore">Text of the paragraph before the footnote, where the footnote did not start it.</param>
    public sealed record Found(string Number, string Text, Paragraph Paragraph, string? TextBefore);

    /// <summary>Finds the footnotes among <paramref name="paragraphs"/>, keyed by paragraph index.</summary>
    public static IReadOnlyDictionary<int, Found> Find(IReadOnlyList<Paragraph> paragraphs)
    {
        ArgumentNullException.ThrowIfNull(paragraphs);
        var markers = new HashSet<string>(StringComparer.Ordinal);
        foreach (var paragraph in paragraphs)
        {
            foreach (Match marker in FootnoteMarkers.CandidateRegex().Matches(paragraph.Text))
            {
                markers.Add(marker.Groups["n"].Value);
            }
        }

        var found = new Dictionary<int, Found>();
        for (var i = 0; i < paragraphs.Count; i++)
        {
            var text = paragraphs[i].Text;
            var start = StartRegex().Match(text);
            if (start.Success)
            {
                var number = NumberOf(start.Groups["n"].Value);
                var body = start.Groups["text"].Value;
                var composition = CompositionParser.IsComposition(body) && body.TrimStart().StartsWith("Samenstelling", StringComparison.Ordinal);
                var atPageBottom = i + 1 >= paragraphs.Count || paragraphs[i + 1].Lines[0].StartsPage || found.ContainsKey(i - 1)
                    || (i + 1 < paragraphs.Count && StartRegex().Match(paragraphs[i + 1].Text) is { Success: true } following
                        && NumberOf(following.Groups["n"].Value) is { } next && next != number);
                var inNoteZone = paragraphs[i].Lines[0].Note && char.IsDigit(start.Groups["n"].Value[0]);
                if (number is not null && (composition || inNoteZone || (markers.Contains(number) && atPageBottom && char.IsDigit(start.Groups["n"].Value[0]))))
                {
                    found[i] = new Found(number, body.Trim(), paragraphs[i], null);
                    continue;
                }
            }

            // An OCR composition footnote run into the paragraph before it: "… vragen? 1 Samenstelling: …".
            var inner = text.Contains("Samenstelling", StringComparison.Ordinal) ? InnerCompositionRegex().Match(text) : Match.Empty;
            if (inner.Success && inner.Index > 0 && NumberOf(inner.Groups["n"].Value) is { } innerNumber)
            {
                var note = text[(inner.Groups["text"].Index)..].Trim() + ColumnTail(paragraphs, i + 1);

                found[i] = new Found(innerNumber, note, paragraphs[i], text[..inner.Index].Trim());
            }
        }

        return found;
    }

    // OCR of a two-column page reads the footnote column at the ends of the text column's lines:
    // "6. De Memorie van Toelichting vermeldt «en passant» de veronder-Baarda (CDA), Kruisinga (CDA),".
    // The members are the runs of "Name (Party)" at those line ends.
    private static string ColumnTail(IReadOnlyList<Paragraph> paragraphs, int start)
    {
        var tail = new System.Text.StringBuilder();
        var misses = 0;
        for (var i = start; i < paragraphs.Count && i < start + 40 && misses < 4; i++)
        {
            var run = MemberRunRegex().Match(paragraphs[i].Text);
            if (!run.Success)
            {
                misses += paragraphs[i].Text.Count(char.IsLetter) > 3 ? 1 : 0;
                continue;
            }

            misses = 0;
            tail.Append(' ').Append(run.Value.Trim());
        }

        return tail.ToString();
    }

    private static string? NumberOf(string token) => token switch
    {
        "i" or "I" or "l" or "'" or "’" or "‘" or "!" => "1",
        _ when token.All(char.IsDigit) => token.TrimStart('0').Length == 0 ? null : token.TrimStart('0'),
        _ => null,
    };

    [GeneratedRegex(@"^(?<n>\d{1,3}|[iIl'’‘!])\s+(?<text>\S.*)$", RegexOptions.Singleline)]
    private static partial Regex StartRegex();

    [GeneratedRegex(@"(?:(?<=\s)[\(\{]\s*[A-Z][\w'’.+-]{0,10}\s*[\)\]\}I],|(?<=^|[\s-])\p{Lu}[\p{L}'’-]+(?:\s+[\p{L}'’-]+){0,3}\s*[\(\{]\s*[A-Z][\w'’.+-]{0,10}\s*[\)\]\}I]).*$")]
    private static partial Regex MemberRunRegex();

    [GeneratedRegex(@"(?<=\s)(?<n>\d{1,2}|[i'’])\s+(?<text>Samenstelling\s*:.*)$", RegexOptions.Singleline)]
    private static partial Regex InnerCompositionRegex();
}
