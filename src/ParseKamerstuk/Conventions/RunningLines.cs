namespace ParseKamerstuk.Conventions;

/// <summary>
/// The running lines at the foot of a page, as print, text layers, dumps and OCR give them: the running footer
/// <c>Tweede Kamer, vergaderjaar 2023–2024, 36 410 XIV, nr. 9</c>, <c>Tweede Kamer, vergaderjaar 2022–2023, Aanhangsel
/// 1433</c>, <c>Eerste Kamer, zitting 1994–1995, 23 900, nr. 12</c> (OCR: <c>Tweede Kamer. vergaderjaar 1 988-1989</c>),
/// and the printer's line <c>ISSN 0921 - 7398</c>, <c>’s-Gravenhage 2024</c>,
/// <c>011725F ISSN 0921-7371 Sdu Uitgeverij Plantijnstraat 's-Gravenhage 1990</c>. The patterns are regular-expression
/// fragments for the readers that take these lines out and the rules that read the identity from them.
/// </summary>
internal static class RunningLines
{
    /// <summary>
    /// The running footer up to its vergaderjaar, with the groups <c>house</c> (<c>Eerste</c> or <c>Tweede</c>), <c>y1</c>
    /// (perhaps split by OCR: <c>1 988</c>) and <c>y2</c>: <c>Tweede Kamer, vergaderjaar 2023–2024</c>. The extraordinary
    /// session after an election is one year, with no <c>y2</c>: <c>Tweede Kamer, zitting 1977, 14 500, nr. 1</c>.
    /// </summary>
    public const string FooterStart = @"(?<house>Eerste|Tweede)\s+Kamer[,.]\s*(?:vergaderjaar\s+(?<y1>\d\s?\d{3})\s?[-–]\s?(?<y2>\d{4})"
        + @"|zitting\s+(?<y1>\d\s?\d{3})(?:\s?[-–]\s?(?<y2>\d{4})|(?=,)))";

    /// <summary>The ISSN of the printer's line, whole: <c>ISSN 0921 - 7398</c>, <c>ISSN 0921-7371</c>.</summary>
    public const string Issn = @"ISSN\s+\d{4}\s?-\s?\d{3}[\dX]";

    /// <summary>The start of the ISSN, as OCR also gives it: <c>ISSN0921 -7371</c>, <c>ISSN 0921-737I</c>.</summary>
    public const string IssnStart = @"ISSN\s?\d{4}";

    /// <summary>The printer's place and year, as print and text layers give it: <c>’s-Gravenhage 2024</c>.</summary>
    public const string PrintersPlace = @"['’]s-Gravenhage\s+\d{4}";

    /// <summary>
    /// The printer's place and year on a line of its own, as OCR gives it: <c>'s Gravenhage 1990</c>, <c>s-Gravenhage 1 990</c>.
    /// </summary>
    public const string PrintersPlaceLine = @"['’]?s[\s-]*Gravenhage\s+\d[\d\s]{3,4}$";
}
