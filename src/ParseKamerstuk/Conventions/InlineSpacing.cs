using System.Text.RegularExpressions;
using ParseKamerstuk.Text;

namespace ParseKamerstuk.Conventions;

/// <summary>
/// Text rendered from the official publication XML (the form that scrapers of the open data produce) keeps a paragraph
/// a line but sets an inline element apart, on a line of its own or between spaces: a reference in parentheses
/// (<c>bij motie (</c> / <c>36 410-VI, nr. 87</c> / <c>) in ruime meerderheid</c>), a subscript (<c>uitstoot van CO</c> /
/// <c>2</c> / <c>-uitstoot</c>, or <c>CO 2 -uitstoot</c> for <c>CO2-uitstoot</c>). Such lines belong to the paragraph, and
/// the spaces go: no printed text puts a space inside parentheses, and the subscripts are those of the usual chemical
/// formulas.
/// </summary>
internal static partial class InlineSpacing
{
    /// <summary>
    /// Whether <see cref="LineJoin.Line"/> goes on with an inline element in text with one paragraph a line: after an
    /// opening parenthesis, at a closing one or a semicolon, at a formula's subscript, and after that subscript.
    /// </summary>
    public static bool ContinuesElement(in LineJoin join)
    {
        var previous = join.Previous!.Text;
        var line = join.Line.Text;
        return previous.EndsWith('(')
            || line[0] is ')' or ';'
            || (SubscriptLineRegex().IsMatch(line) && FormulaEndRegex().IsMatch(previous))
            || (!ReferenceEquals(join.First, join.Previous) && SubscriptLineRegex().IsMatch(previous)
                && (char.IsLower(line[0]) || line[0] is '-' or ',' or '.' or ':'));
    }

    /// <summary>The line with the spaces of rendered inline elements taken out.</summary>
    public static string Close(string line)
    {
        ArgumentNullException.ThrowIfNull(line);
        if (!line.Contains("( ", StringComparison.Ordinal) && !line.Contains(" )", StringComparison.Ordinal) && !line.Contains(" 2", StringComparison.Ordinal))
        {
            return line;
        }

        line = ParenthesisRegex().Replace(line, string.Empty);
        return SubscriptRegex().Replace(line, "$1$2");
    }

    // "( 36 410" → "(36 410", "nr. 87 )" → "nr. 87)".
    [GeneratedRegex(@"(?<=\() +| +(?=\))")]
    private static partial Regex ParenthesisRegex();

    [GeneratedRegex(@"^[234]$")]
    private static partial Regex SubscriptLineRegex();

    // The formulas whose subscript a rendering sets apart.
    private const string Formula = "CO|NO|SO|CH|NH";

    [GeneratedRegex(@"\b(?:" + Formula + ")$")]
    private static partial Regex FormulaEndRegex();

    // "CO 2", "NO 2", "SO 2", "CH 4", "NH 3", and "CO 2 -uitstoot" → "CO2-uitstoot".
    [GeneratedRegex(@"\b(" + Formula + @") ([234])(?: (?=-))?(?!\w)")]
    private static partial Regex SubscriptRegex();
}
