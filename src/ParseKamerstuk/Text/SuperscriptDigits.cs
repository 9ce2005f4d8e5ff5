namespace ParseKamerstuk.Text;

/// <summary>
/// Superscript digits (<c>¹²³</c>), as a reader writes a footnote marker that plain digits would run into the text
/// before it: the PDF superscript <c>1</c> after <c>november 2023</c> is written <c>2023¹</c>, after <c>NIS2</c>
/// <c>NIS2⁴</c>, so that the marker stays a marker. Segmentation reads them back as numbers.
/// </summary>
internal static class SuperscriptDigits
{
    private const string Digits = "⁰¹²³⁴⁵⁶⁷⁸⁹";

    /// <summary>
    /// Whether <paramref name="text"/> may hold a superscript digit: one of <c>¹²³</c>, or a character of the block
    /// <c>⁰</c>…<c>⁹</c> (which also holds <c>ⁱ</c> and two unassigned code points, so a true answer is a hint for a
    /// pattern, not a proof). Two vectorized searches; a set of all ten would fall back to a much slower probabilistic
    /// search, and this is asked of every paragraph.
    /// </summary>
    public static bool MayContain(ReadOnlySpan<char> text) =>
        text.ContainsAnyInRange('\u2070', '\u2079') || text.ContainsAny('\u00B9', '\u00B2', '\u00B3');

    /// <summary><paramref name="text"/> with its ASCII digits written as superscripts.</summary>
    public static string From(string text) =>
        string.Create(text.Length, text, static (span, text) =>
        {
            for (var i = 0; i < text.Length; i++)
            {
                span[i] = char.IsAsciiDigit(text[i]) ? Digits[text[i] - '0'] : text[i];
            }
        });

    /// <summary><paramref name="text"/> with its superscript digits written as ASCII digits.</summary>
    public static string ToAscii(string text) =>
        string.Create(text.Length, text, static (span, text) =>
        {
            for (var i = 0; i < text.Length; i++)
            {
                var digit = Digits.IndexOf(text[i], StringComparison.Ordinal);
                span[i] = digit >= 0 ? (char)('0' + digit) : text[i];
            }
        });
}
