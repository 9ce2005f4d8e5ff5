using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using ParseKamerstuk.Diagnostics;
using ParseKamerstuk.Model;

namespace ParseKamerstuk.Accuracy;

/// <summary>
/// The report over the dev sets (<c>../shared/devsets</c>): the moties' text renderings against their official XML
/// (the XML is the oracle, compared field by field as <see cref="AccuracyReport"/> compares the corpus pairs), and for
/// the unlabelled OCR pages the invariants that need no gold: what a page prints, the output must give.
/// </summary>
public sealed partial class DevsetReport
{
    private readonly AccuracyReport _moties = new();
    private readonly List<(string File, string Invariant, bool Holds, string Detail)> _invariants = [];

    /// <summary>The field comparisons of the moties, text against XML.</summary>
    public AccuracyReport Moties => _moties;

    /// <summary>The invariant checks of the OCR pages: file, invariant, whether it holds, and why not.</summary>
    public IReadOnlyList<(string File, string Invariant, bool Holds, string Detail)> Invariants => _invariants;

    /// <summary>Builds the report for the dev sets under <paramref name="devsets"/>.</summary>
    public static DevsetReport Build(string devsets)
    {
        var report = new DevsetReport();
        var moties = Path.Combine(devsets, "moties");
        if (Directory.Exists(moties))
        {
            foreach (var xml in Directory.EnumerateFiles(moties, "*.xml").Order(StringComparer.Ordinal))
            {
                var text = Path.ChangeExtension(xml, ".txt");
                if (File.Exists(text))
                {
                    report._moties.AddPair(Path.GetFileName(text) + " ~ " + Path.GetFileName(xml), xml, text);
                }
            }
        }

        var sgd = Path.Combine(devsets, "sgd");
        if (Directory.Exists(sgd))
        {
            foreach (var file in Directory.EnumerateFiles(sgd, "*.txt").Order(StringComparer.Ordinal))
            {
                report.Check(file);
            }
        }

        return report;
    }

    /// <summary>The share of invariant checks that hold, over all OCR pages.</summary>
    public double InvariantScore => _invariants.Count == 0 ? 1 : (double)_invariants.Count(i => i.Holds) / _invariants.Count;

    /// <summary>The report as Markdown: the moties' fields, the invariants, then the failures.</summary>
    public string ToMarkdown(int failuresPerInvariant = 10)
    {
        var text = new StringBuilder();
        text.AppendLine("Moties, text rendering against official XML:").AppendLine();
        text.Append(_moties.ToMarkdown(includeDisagreements: false));
        text.AppendLine().AppendLine("OCR pages, invariants (a check counts where the page prints what it is about):").AppendLine();
        text.AppendLine("| invariant | pages checked | holds | share |").AppendLine("|---|---:|---:|---:|");
        foreach (var group in _invariants.GroupBy(i => i.Invariant))
        {
            var holds = group.Count(i => i.Holds);
            text.AppendLine(CultureInfo.InvariantCulture, $"| {group.Key} | {group.Count()} | {holds} | {Share(holds, group.Count())} |");
        }

        text.AppendLine(CultureInfo.InvariantCulture, $"| **all invariants** | {_invariants.Count} | {_invariants.Count(i => i.Holds)} | {Share(_invariants.Count(i => i.Holds), _invariants.Count)} |");
        text.AppendLine().AppendLine("Invariant failures (the first of each):").AppendLine();
        foreach (var group in _invariants.Where(i => !i.Holds).GroupBy(i => i.Invariant))
        {
            foreach (var failure in group.Take(failuresPerInvariant))
            {
                text.AppendLine(CultureInfo.InvariantCulture, $"- `{failure.File}` {failure.Invariant}: {failure.Detail}");
            }
        }

        return text.ToString();
    }

    private static string Share(int part, int whole) =>
        whole == 0 ? "–" : ((double)part / whole).ToString("0.000", CultureInfo.InvariantCulture);

    // Each invariant is checked only where the page's own text shows what it is about, with patterns of this report
    // (not the parser's), so that the parser cannot grade itself.
    private void Check(string path)
    {
        var name = Path.GetFileName(path);
        KamerstukDocument document;
        try
        {
            document = KamerstukParser.ParseFile(path);
        }
        catch (KamerstukInputException e)
        {
            _invariants.Add((name, "the page parses", false, e.Message));
            return;
        }

        _invariants.Add((name, "the page parses", true, string.Empty));
        var lines = File.ReadLines(path).Take(30).Select(l => l.Trim()).ToList();
        var text = File.ReadAllText(path);

        if (lines.Any(l => SessionLineRegex().IsMatch(l)))
        {
            _invariants.Add((name, "a printed session line gives a vergaderjaar", document.Vergaderjaar is not null,
                "session line «" + lines.First(l => SessionLineRegex().IsMatch(l)) + "», no vergaderjaar"));
        }

        if (lines.Any(l => DossierLineRegex().IsMatch(l)))
        {
            _invariants.Add((name, "a printed dossier line gives a dossier", document.Dossiers.Count > 0,
                "dossier line «" + lines.First(l => DossierLineRegex().IsMatch(l)) + "», no dossier"));
        }

        if (lines.FirstOrDefault(l => TitleLineRegex().IsMatch(l)) is { } title)
        {
            _invariants.Add((name, "a printed title gives a document type", document.DocumentType is not null,
                "title «" + Clip(title) + "», no documentType"));
        }

        if (SamenstellingRegex().IsMatch(text))
        {
            var members = document.Committees.SelectMany(c => c.Members).ToList();
            _invariants.Add((name, "a Samenstelling gives members with parties", members.Count > 0 && members.Any(m => m.Party is not null),
                $"{document.Committees.Count} committees, {members.Count} members, {members.Count(m => m.Party is not null)} with a party"));
        }

        var fields = Fields(document).ToList();
        var marked = fields.FirstOrDefault(f => MarkerRegex().IsMatch(f));
        _invariants.Add((name, "no name or title keeps a footnote marker", marked is null, "«" + Clip(marked ?? string.Empty) + "»"));
        var hyphenated = fields.FirstOrDefault(f => LineBreakHyphenRegex().IsMatch(f));
        _invariants.Add((name, "no name or title keeps a line-break hyphen", hyphenated is null, "«" + Clip(hyphenated ?? string.Empty) + "»"));
    }

    // The short fields a reader takes as they are: the title, names of committees, members and persons, addressees.
    private static IEnumerable<string> Fields(KamerstukDocument document)
    {
        if (document.Title is { } title)
        {
            yield return title;
        }

        foreach (var committee in document.Committees)
        {
            if (committee.Name is { } name)
            {
                yield return name;
            }

            foreach (var member in committee.Members.Concat(committee.Substitutes))
            {
                yield return member.Name;
            }
        }

        foreach (var letter in document.Letters)
        {
            if (letter.Addressee is { } addressee)
            {
                yield return addressee;
            }

            foreach (var signatory in letter.Signatories)
            {
                yield return signatory.Name;
            }
        }

        foreach (var person in (document.Kamervragen?.Askers ?? []).Concat(document.Motion?.Submitters ?? []))
        {
            yield return person.Name;
        }
    }

    private static string Clip(string text) => text.Length <= 100 ? text : text[..100] + "…";

    // "Zitting 1977-1978", "ZITTING 1962—1963", "Tweede Kamer, vergaderjaar 1988-1989", "Zitting 1977".
    [GeneratedRegex(@"^(?:Tweede|Eerste)?\s*(?:Kamer,?\s*)?(?:[Zz]itting|ZITTING|[Vv]ergaderjaar)\s+1[89]\d\d\b")]
    private static partial Regex SessionLineRegex();

    // A dossier number alone on its line, as the title block prints it: "13 387", "18 600 XIII", "14 472 (R 1071)".
    [GeneratedRegex(@"^\d{1,2} \d{3}(?:\s+(?:[IVXLC]+|\(R\s*\d+\)))?$")]
    private static partial Regex DossierLineRegex();

    // The title of the stuk in capitals at the head of the page.
    [GeneratedRegex(@"^(?:VOORLOPIG VERSLAG|EINDVERSLAG|VERSLAG|MEMORIE VAN (?:TOELICHTING|ANTWOORD)|NOTA (?:NAAR AANLEIDING|VAN WIJZIGING)|NADER RAPPORT|BRIEF VAN|MOTIE|AMENDEMENT|GEWIJZIGD (?:VOORSTEL|AMENDEMENT)|VOORSTEL VAN WET|ONTWERP VAN WET|KONINKLIJKE BOODSCHAP|LIJST VAN (?:VRAGEN|ANTWOORDEN))\b")]
    private static partial Regex TitleLineRegex();

    [GeneratedRegex(@"\bSamenstelling\s*:")]
    private static partial Regex SamenstellingRegex();

    // A footnote number glued to a word ("commissie2", "Minderhedenbeleid1)").
    [GeneratedRegex(@"\p{Ll}{3,}[1-9]\)?(?=[\s,.;:]|$)")]
    private static partial Regex MarkerRegex();

    // A word broken at a line end and not joined ("Ste- merdink"); "Rijks- en" and "Van Ark-Hoeksema" are right.
    [GeneratedRegex(@"\p{L}-\s+(?!(?:en|of|tot|en/of)\b)\p{Ll}")]
    private static partial Regex LineBreakHyphenRegex();
}
