using System.Text.RegularExpressions;
using ParseKamerstuk.Text;

namespace ParseKamerstuk.Segmentation.Rules;

/// <summary>
/// The addressee under a letter heading: <c>Aan de Minister van Buitenlandse Zaken</c>,
/// <c>Aan de Voorzitter van de Eerste Kamer der Staten-Generaal</c>. Written without "Aan de".
/// </summary>
public sealed partial class AddresseeRule : IParagraphRule
{
    /// <inheritdoc/>
    public bool TryApply(SegmentationContext context, Paragraph paragraph, string text, IReadOnlyList<string> footnotes)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(paragraph);
        var letter = context.Letter;
        if (letter is null || letter.HasBody || letter.Addressee is not null)
        {
            return false;
        }

        var match = AddresseeRegex().Match(text);
        if (!match.Success)
        {
            return false;
        }

        letter.Addressee = match.Groups["to"].Value.Trim().TrimEnd(',', '.');
        context.AddBlock("paragraph", text, paragraph, footnotes);
        return true;
    }

    [GeneratedRegex(@"^Aan\s+(?:de|het)\s+(?<to>[A-Z].{2,200})$")]
    private static partial Regex AddresseeRegex();
}
