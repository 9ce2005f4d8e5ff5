using System.Text.RegularExpressions;
using ParseKamerstuk.Conventions;
using ParseKamerstuk.Diagnostics;
using ParseKamerstuk.Text;

namespace ParseKamerstuk.Segmentation.Rules;

/// <summary>
/// The place-and-date line of a letter: <c>Den Haag, 1 mei 2018</c>, <c>’s-Gravenhage, 24 november 2023</c>; a ministry's
/// letter head prints <c>Datum 16 mei 2024</c>. OCR may run the letter's first sentence into the line
/// (<c>Rijswijk, 17 november 1988 Ter voldoening aan …</c>): the sentence stays body text.
/// </summary>
public sealed partial class PlaceDateRule : IParagraphRule, IParagraphStarts
{
    // The place and date ("Den Haag, 20 december 2024") stand alone.
    bool IParagraphStarts.StartsParagraph(in LineJoin join) =>
        PlaceDateLineRegex().IsMatch(join.Line.Text) || (join.Previous is { } previous && PlaceDateLineRegex().IsMatch(previous.Text));

    /// <inheritdoc/>
    public RuleResult Apply(SegmentationContext context, Paragraph paragraph, string text, IReadOnlyList<string> footnotes)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(paragraph);
        var letter = context.Letter;
        if (letter is null || !context.InLetterHead || letter.Date is not null)
        {
            return RuleResult.None;
        }

        var match = PlaceDateRegex().Match(text);
        var runOn = false;
        if (!match.Success)
        {
            match = RunOnRegex().Match(text);
            runOn = match.Success;
        }

        if (!match.Success)
        {
            return RuleResult.None;
        }

        letter.Place = match.Groups["place"].Success ? match.Groups["place"].Value.Trim() : null;
        if (letter.Place is { } place && place.EndsWith("s-Gravenhage", StringComparison.Ordinal))
        {
            // OCR may put the apostrophe on the line before: "'" / "s-Gravenhage, 9 november 1994".
            letter.Place = (place[0] == '’' ? "’" : "'") + "s-Gravenhage";
        }

        letter.Date = DutchDates.ToDate(match.Groups["date"].Value);
        if (letter.Date is null)
        {
            context.Diagnostics.Add(new Diagnostic(
                DiagnosticCodes.UnparsableDate, DiagnosticSeverity.Warning, $"The date in '{text}' does not parse.", paragraph.Pages));
        }

        if (runOn)
        {
            return RuleResult.None; // the letter's first sentence, which OCR ran into the date line, is read as body text
        }

        context.AddBlock("paragraph", text, paragraph, footnotes);
        return RuleResult.Continue;
    }

    // A date as letters print it, OCR gluing day and month ("16juni 1993"); The Hague, its apostrophe perhaps on the line
    // before; another town's name.
    private const string Date = @"\d{1,2}\s*\p{L}+\s+\d{4}";
    private const string TheHague = @"Den Haag|(?:['’]\s?)?s-Gravenhage";
    private const string Town = @"[A-Z][\p{L}'’-]+";

    // The letter head's fields may run together: "Datum 18 oktober 2023 Betreft Verzamelbrief luchtvaart".
    [GeneratedRegex(@"^(?:Datum\s+(?<date>" + Date + @")(?=\.?$|\s+Betreft\s)(?:\s+Betreft\s.*)?|(?<place>(?:" + TheHague + "|" + Town + @"(?:\s" + Town + @")?)),?\s+(?<date>" + Date + @"))\.?$")]
    private static partial Regex PlaceDateRegex();

    // OCR runs the letter's first sentence into the line: "Rijswijk, 17 november 1988 Ter voldoening aan mijn toezegging …".
    [GeneratedRegex(@"^(?<place>" + TheHague + "|" + Town + @"),\s+(?<date>" + Date + @")\s+(?=\p{Lu}\p{Ll}+\s)")]
    private static partial Regex RunOnRegex();

    [GeneratedRegex(@"^(?:Den\s+Haag|['’]?s-Gravenhage|\p{Lu}[\p{Ll}-]+),\s+\d{1,2}\s*(?:" + DutchDates.MonthNames + @")\s+\d{4}\.?$")]
    private static partial Regex PlaceDateLineRegex();
}
