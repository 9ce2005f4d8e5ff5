using System.Text.RegularExpressions;
using ParseKamerstuk.Conventions;
using ParseKamerstuk.Text;

namespace ParseKamerstuk.Segmentation.Rules;

/// <summary>
/// The addressee under a letter heading: <c>Aan de Minister van Buitenlandse Zaken</c>,
/// <c>Aan de Voorzitter van de Eerste Kamer der Staten-Generaal</c>. Written without "Aan de" and without the postal
/// address below it. A ministry's letter has no heading: there the addressee block starts the letter.
/// </summary>
public sealed partial class AddresseeRule : IParagraphRule, IParagraphStarts
{
    // The addressee ("Aan de Voorzitter van de Tweede Kamer …") starts a paragraph.
    bool IParagraphStarts.StartsParagraph(in LineJoin join) => AddresseeLineRegex().IsMatch(join.Line.Text) && !join.Hyphenated;

    /// <inheritdoc/>
    public RuleResult Apply(SegmentationContext context, Paragraph paragraph, string text, IReadOnlyList<string> footnotes)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(paragraph);
        var letter = context.Letter;
        if (letter is not null && (!context.InLetterHead || letter.Addressee is not null))
        {
            return RuleResult.None;
        }

        // The addressee is the first lines of the block; an address (Postbus, postcode, city in capitals) follows.
        var lines = paragraph.Lines.Select(l => l.Text).TakeWhile((l, i) => i == 0 || !AddressLineRegex().IsMatch(l)).ToList();
        var match = AddresseeRegex().Match(string.Join(' ', lines));
        if (!match.Success || (letter is null && context.Blocks.Count > DocumentHead.FirstPageParagraphs))
        {
            return RuleResult.None;
        }

        var opens = letter is null;
        if (letter is null)
        {
            // A letter without a heading (a ministry's letter): the addressee starts it.
            letter = new LetterState();
            context.OpenLetter(letter);
        }

        var to = match.Groups["to"].Value.Trim().TrimEnd(',', '.');
        letter.Addressee = to.StartsWith("voorzitter", StringComparison.Ordinal) ? "V" + to[1..] : to;
        context.AddBlock("paragraph", text, paragraph, footnotes);
        return opens ? RuleResult.Open : RuleResult.Continue;
    }

    [GeneratedRegex(@"^(?:Postbus|Binnenhof|Bezuidenhoutseweg|Turfmarkt|Rijnstraat|Prinses|Korte|Lange|Plein|\d{4}\s?[A-Z]{2}\b|[A-Z][A-Z '’-]+$)")]
    private static partial Regex AddressLineRegex();

    // "Aan de Minister van …", "Aan de leden", or a ministry's letter head without "Aan": "De voorzitter van de Tweede Kamer
    // der Staten-Generaal".
    [GeneratedRegex(@"^(?:Aan\s+(?:de|het)\s+(?<to>[A-Z].{2,200}|leden\b.{0,200})|De\s+(?<to>[Vv]oorzitter\s+van\s+de\s+(?:Eerste|Tweede)\s+Kamer\s+der\s+Staten-Generaal))$")]
    private static partial Regex AddresseeRegex();

    [GeneratedRegex(@"^Aan\s+de\s+(?:[Vv]oorzitter|[Mm]inister|[Ss]taatssecretaris|[Ll]eden|[Vv]aste\s+commissie)\b")]
    private static partial Regex AddresseeLineRegex();
}
