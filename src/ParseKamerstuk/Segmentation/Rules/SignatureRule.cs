using System.Text.RegularExpressions;
using ParseKamerstuk.Conventions;
using ParseKamerstuk.Model;
using ParseKamerstuk.Text;

namespace ParseKamerstuk.Segmentation.Rules;

/// <summary>
/// A signature: a function line ending in a comma, then a name line.
/// <c>De Minister van Buitenlandse Zaken,</c> / <c>S.A. Blok</c>;
/// <c>Voorzitter van de vaste commissie voor Buitenlandse Zaken, Defensie en Ontwikkelingssamenwerking,</c> / <c>J.G. Vlietstra</c>;
/// the clerk of a verslag: <c>De griffier van de vaste commissie voor …,</c> / <c>Van Luijk</c>.
/// OCR text may put both on one line: <c>De voorzitter van de commissie, Boorsma</c>. A ministry's letter signs in
/// capitals with the name written out: <c>DE MINISTER VAN INFRASTRUCTUUR EN WATERSTAAT,</c> / <c>Mark Harbers</c>; a
/// committee's chair and clerk sign with the surname alone: <c>De voorzitter van de commissie,</c> / <c>Buijs</c>,
/// <c>Adjunct-griffier van de commissie,</c> / <c>Koerselman</c>.
/// </summary>
public sealed partial class SignatureRule : IParagraphRule, IParagraphStarts
{
    // A committee's signature on one line ("De griffier van de commissie, Meijers") stands alone.
    bool IParagraphStarts.StartsParagraph(in LineJoin join) =>
        (join.Previous is { } previous && CommitteeSignatureLineRegex().IsMatch(previous.Text))
        || (CommitteeSignatureLineRegex().IsMatch(join.Line.Text) && !join.Hyphenated);

    /// <inheritdoc/>
    public RuleResult Apply(SegmentationContext context, Paragraph paragraph, string text, IReadOnlyList<string> footnotes)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(paragraph);
        // A function and a name in two paragraphs (a Word document): "De minister van Justitie en Veiligheid," / "D. Yeşilgöz-Zegerius".
        var state = context.StateOf<State>();
        Signatory signatory;
        if (state.PendingFunction is { } pending
            && (NameOnlyRegex().IsMatch(text) || FullNameRegex().IsMatch(text) || (IsCommitteeOffice(pending) && SurnameRegex().IsMatch(text))))
        {
            signatory = new Signatory(pending, text.Trim().TrimEnd('.'));
            state.PendingFunction = null;
        }
        else if (TryRead(text, out signatory))
        {
            state.PendingFunction = null;
        }
        else if (CapitalsFunctionRegex().IsMatch(text) && text.Length < 160)
        {
            // A ministry's letter signs in capitals: "DE MINISTER VAN INFRASTRUCTUUR EN WATERSTAAT," / "Mark Harbers".
            state.PendingFunction = ArticleRegex().Replace(OfficeFromCapitals(text.Trim().TrimEnd(',')), string.Empty);
            context.AddBlock("paragraph", text, paragraph, footnotes);
            return RuleResult.Continue;
        }
        else if (FunctionOnlyRegex().IsMatch(text) && text.Length < 160)
        {
            var function = ArticleRegex().Replace(text.Trim().TrimEnd(','), string.Empty);
            state.PendingFunction = char.ToUpperInvariant(function[0]) + function[1..];
            context.AddBlock("paragraph", text, paragraph, footnotes);
            return RuleResult.Continue;
        }
        else
        {
            state.PendingFunction = null;
            return RuleResult.None;
        }

        // The signature ends the open item and labelled block.
        context.Open.Close<ItemState>();
        context.Open.Close<LabeledBlock>();
        if (signatory.Function is { } office && office.Contains("griffier", StringComparison.OrdinalIgnoreCase))
        {
            context.Clerks.Add(signatory);
        }
        else if (context.Letter is { } letter)
        {
            letter.Signatories.Add(signatory);
        }
        else
        {
            context.LooseSignatories.Add(signatory);
        }

        context.AddBlock("paragraph", text, paragraph, footnotes);
        return RuleResult.Close;
    }

    /// <summary>
    /// Whether <paramref name="text"/> is a signature or the function line that starts one
    /// (<c>De Minister van Infrastructuur en Waterstaat,</c>): the text above it is over.
    /// </summary>
    internal static bool StartsSignature(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.Length < 160
            && (TryRead(text, out _) || ((FunctionOnlyRegex().IsMatch(text) || CapitalsFunctionRegex().IsMatch(text)) && text.TrimEnd().EndsWith(',')));
    }

    /// <summary>Whether <paramref name="text"/> is a name alone, with initials (<c>D.M. van Weel</c>).</summary>
    internal static bool IsName(string text) => NameOnlyRegex().IsMatch(text ?? string.Empty);

    // What the rule remembers between paragraphs.
    private sealed class State
    {
        // A function line waiting for the name line under it.
        public string? PendingFunction { get; set; }
    }

    /// <summary>Reads a signature from one paragraph's text.</summary>
    internal static bool TryRead(string text, out Signatory signatory)
    {
        ArgumentNullException.ThrowIfNull(text);
        signatory = new Signatory(null, string.Empty);
        if (text.Length > 260)
        {
            return false;
        }

        var match = SignatureRegex().Match(text);
        if (!match.Success)
        {
            return false;
        }

        var function = ArticleRegex().Replace(match.Groups["function"].Value.Trim(), string.Empty);
        function = char.ToUpperInvariant(function[0]) + function[1..];
        signatory = new Signatory(function, match.Groups["name"].Value.Trim());
        return true;
    }

    // A committee's chair and clerk sign with their surname alone: "De griffier van de commissie," / "Buijs".
    private static bool IsCommitteeOffice(string function) =>
        function.StartsWith("Voorzitter", StringComparison.OrdinalIgnoreCase) || function.StartsWith("Griffier", StringComparison.OrdinalIgnoreCase)
        || function.StartsWith("Adjunct-griffier", StringComparison.OrdinalIgnoreCase);

    // "MINISTER VAN ONDERWIJS, CULTUUR EN WETENSCHAP" is "Minister van Onderwijs, Cultuur en Wetenschap".
    private static string OfficeFromCapitals(string office)
    {
        var words = office.ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (var i = 0; i < words.Length; i++)
        {
            if (i == 0 || words[i] is not ("van" or "voor" or "en" or "de" or "het" or "der"))
            {
                words[i] = char.ToUpperInvariant(words[i][0]) + words[i][1..];
            }
        }

        return string.Join(' ', words);
    }

    [GeneratedRegex(
        @"^(?<function>(?:De\s+|de\s+|Het\s+)?(?:fungerend\s+|tijdelijk\s+|tijdelijke\s+|plv\.\s+|plaatsvervangend\s+|waarnemend\s+|[Aa]djunct-)?" +
        @"(?:Minister-President|Minister-president|Minister|minister|Staatssecretaris|staatssecretaris|Voorzitter|voorzitter|Griffier|griffier|" +
        @"Commissaris|Secretaris|secretaris)\b[^.;:?!]{0,220}?),\s*" +
        @"(?<name>(?:(?:mw|mevr|mr|dr|drs|prof|ir)\.?\s+)?(?:\p{Lu}\.\s?){0,6}\s?(?:" + PersonNames.Particle + @"\s+)*\p{Lu}[\p{L}'’-]+(?:\s+(?:" + PersonNames.Particle + @"\s+)*\p{Lu}[\p{L}'’-]+){0,3})\.?$")]
    private static partial Regex SignatureRegex();

    [GeneratedRegex(
        @"^(?:De\s+|de\s+|Het\s+)?(?:fungerend\s+|tijdelijk\s+|plv\.\s+|waarnemend\s+)?(?:Minister-President|Minister|minister|Staatssecretaris|staatssecretaris|Voorzitter|voorzitter|(?:[Aa]djunct-)?griffier|Griffier)\s+(?:van|voor)\s+[^.;:?!]{2,140}?,?$")]
    private static partial Regex FunctionOnlyRegex();

    [GeneratedRegex(@"^(?:(?:mw|mevr|mr|dr|drs|prof|ir)\.?\s+)?(?:\p{Lu}\.\s?){1,6}\s?(?:" + PersonNames.Particle + @"\s+)*\p{Lu}[\p{L}'’-]+(?:\s+(?:" + PersonNames.Particle + @"\s+)*\p{Lu}[\p{L}'’-]+){0,3}$")]
    private static partial Regex NameOnlyRegex();

    [GeneratedRegex(@"^(?:De|de|Het)\s+")]
    private static partial Regex ArticleRegex();

    [GeneratedRegex(@"^\p{Lu}[\p{Ll}'’-]{1,40}$")]
    private static partial Regex SurnameRegex();

    [GeneratedRegex(@"^(?:DE\s+|HET\s+)?(?:MINISTER-PRESIDENT|MINISTER|STAATSSECRETARIS)(?:\s+(?:VAN|VOOR)\s+[\p{Lu}, '’-]{2,140}?)?,?$")]
    private static partial Regex CapitalsFunctionRegex();

    // A name written out, after a function on the line before it: "Mark Harbers", "Hugo de Jonge", "Dilan Yeşilgöz-Zegerius".
    [GeneratedRegex(@"^\p{Lu}[\p{Ll}'’-]+(?:\s+(?:" + PersonNames.Particle + @"\s+)*\p{Lu}[\p{L}'’-]+){1,3}$")]
    private static partial Regex FullNameRegex();

    [GeneratedRegex(@"^(?:De\s+(?:voorzitter|ondervoorzitter|griffier|adjunct-griffier)|Adjunct-griffier)\s+van\s+de\s+(?:vaste\s+|bijzondere\s+|tijdelijke\s+)?commissie,\s+\S.{0,60}$")]
    private static partial Regex CommitteeSignatureLineRegex();
}
