using System.Text.RegularExpressions;

namespace ParseKamerstuk.Segmentation.Rules;

/// <summary>
/// "mede namens": a letter written also for other office holders.
/// <c>Middels deze brief geef ik, mede namens de Minister van Defensie en de Minister voor Buitenlandse Handel en
/// Ontwikkelingssamenwerking, antwoord op …</c> gives <c>Minister van Defensie</c> and
/// <c>Minister voor Buitenlandse Handel en Ontwikkelingssamenwerking</c>. Office holders are split on
/// "en de" / ", de", never on the "en" inside an office's name.
/// </summary>
internal static partial class OnBehalfOfReader
{
    /// <summary>Reads the office holders after "mede namens" in <paramref name="text"/>.</summary>
    public static IReadOnlyList<string> Read(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var match = MedeNamensRegex().Match(text);
        if (!match.Success)
        {
            return [];
        }

        var rest = text[(match.Index + match.Length)..];
        var offices = new List<string>();
        var position = 0;
        while (true)
        {
            var office = OfficeRegex().Match(rest, position);
            if (!office.Success || office.Index != position)
            {
                break;
            }

            offices.Add(office.Groups["office"].Value.Trim());
            position = office.Index + office.Length;
            var joiner = JoinerRegex().Match(rest, position);
            if (!joiner.Success || joiner.Index != position)
            {
                break;
            }

            position += joiner.Length;
        }

        return offices;
    }

    [GeneratedRegex(@"\bmede\s+namens\s+")]
    private static partial Regex MedeNamensRegex();

    // An office: "(de) Minister van/voor …" up to a comma, "en de", its abbreviation ("(SZW)"), a sentence end, or the
    // end of the clause ("… in verband met …", "… bied ik u aan").
    [GeneratedRegex(
        @"\G(?:de\s+|het\s+)?(?<office>(?:Minister-President|Minister|minister|Staatssecretaris|staatssecretaris|Staatssecretarissen|Ministers|ministers)\b(?:(?!,|\.(?:\s|$)|\s+\(|\s+en\s+(?:de|het)\s|\s+(?:in\s+verband|naar\s+aanleiding|over|inzake|vanwege|omdat)\s|\s+(?:en\s+)?(?:hierbij|antwoord|beantwoord|bied|stuur|zend|informeer|reageer|geef)).){0,160})")]
    private static partial Regex OfficeRegex();

    [GeneratedRegex(@"\G(?:,\s*(?=de\s|het\s)|\s+en\s+(?=de\s|het\s))")]
    private static partial Regex JoinerRegex();
}
