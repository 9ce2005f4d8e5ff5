using System.Text.RegularExpressions;
using ParseKamerstuk.Conventions;
using ParseKamerstuk.Model;

namespace ParseKamerstuk.Segmentation.Rules;

/// <summary>
/// The document's identity from the lines that print it: the running footer or header
/// (<c>Eerste Kamer, vergaderjaar 2017–2018, 27 925, R</c>; <c>Tweede Kamer, vergaderjaar 1992-1993, 22 396, nr. 22</c>;
/// <c>Tweede Kamer, vergaderjaar 2023–2024, Aanhangsel 1314</c>; older <c>Eerste Kamer, zitting 1979-1980, 15 857, nr. 82</c>,
/// as OCR reads it too: <c>Eerste Kamer.zitting 1978-1979,14472 (R 1071), nr.67</c>, <c>vergaderjaar 1 988-1989</c>,
/// <c>nr, 221a</c>, <c>13 623 e.v., nr. 144</c>) and the publication id line (<c>kst-27925-R</c>, <c>ah-tk-20232024-1314</c>).
/// </summary>
internal static partial class IdentityRule
{
    /// <summary>What the identity lines say.</summary>
    /// <param name="Identifier">The official identifier.</param>
    /// <param name="Publication"><c>kamerstuk</c>, <c>aanhangsel</c>, …</param>
    /// <param name="Chamber"><c>eerste-kamer</c> or <c>tweede-kamer</c>.</param>
    /// <param name="Vergaderjaar">Such as <c>2017-2018</c>.</param>
    /// <param name="Dossiers">The dossiers.</param>
    /// <param name="Ondernummer">The ondernummer.</param>
    /// <param name="Aanhangselnummer">The Aanhangsel number.</param>
    public sealed record Identity(
        string? Identifier,
        string? Publication,
        Chamber? Chamber,
        string? Vergaderjaar,
        IReadOnlyList<Dossier> Dossiers,
        string? Ondernummer,
        string? Aanhangselnummer);

    /// <summary>
    /// The identity of Handelingen from their running lines: <c>TK 15</c> (chamber and meeting), <c>15-9-5</c> (meeting,
    /// item, page) and the meeting date <c>17 oktober 2024</c>, whose vergaderjaar starts on the third Tuesday of September.
    /// </summary>
    public static Identity? FromHandelingenRunningLines(IReadOnlyList<string> running)
    {
        ArgumentNullException.ThrowIfNull(running);
        var house = running.Select(l => HouseMeetingRegex().Match(l)).FirstOrDefault(m => m.Success);
        var item = running.Select(l => MeetingItemRegex().Match(l)).FirstOrDefault(m => m.Success);
        var date = running.Select(DutchDates.ToIso).FirstOrDefault(d => d is not null);
        if (house is null || date is null)
        {
            return null;
        }

        var chamber = Chambers.FromHouse(house.Groups["house"].Value);
        var day = DateOnly.ParseExact(date, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var september = new DateOnly(day.Year, 9, 1);
        var thirdTuesday = september.AddDays(((int)DayOfWeek.Tuesday - (int)september.DayOfWeek + 7) % 7 + 14);
        var start = day >= thirdTuesday ? day.Year : day.Year - 1;
        var meeting = house.Groups["n"].Value;
        var id = item is not null && item.Groups["meeting"].Value == meeting
            ? $"h-{Chambers.IdentifierPart(chamber)}-{start}{start + 1}-{meeting}-{item.Groups["item"].Value}"
            : null;
        return new Identity(id, Publications.Handelingen, chamber, $"{start}-{start + 1}", [], null, null);
    }

    /// <summary>Reads the identity from <paramref name="lines"/> (running lines first, then body text); <see langword="null"/> when none is printed.</summary>
    public static Identity? Read(IEnumerable<string> lines)
    {
        ArgumentNullException.ThrowIfNull(lines);
        string? idLine = null;
        Identity? fromFooter = null;
        foreach (var line in lines)
        {
            idLine ??= IdLineRegex().Match(line) is { Success: true } id ? id.Value : null;

            // A footer that names no stuk (the older Aanhangsel's "Zitting 1973-1974 Aanhangsel") gives way to one that does.
            if (fromFooter?.Identifier is null && FromFooter(line) is { } read && (fromFooter is null || read.Identifier is not null))
            {
                fromFooter = read;
            }

            if (idLine is not null && fromFooter?.Identifier is not null)
            {
                break;
            }
        }

        if (fromFooter is null)
        {
            return idLine is null ? null : FromIdentifier(idLine);
        }

        if (idLine is null)
        {
            return fromFooter;
        }

        // The id line names the Aanhangsel; a text dump may run the footer's page number into "Aanhangsel 1".
        var named = FromIdentifier(idLine);
        return fromFooter with { Identifier = idLine, Aanhangselnummer = named.Aanhangselnummer ?? fromFooter.Aanhangselnummer };
    }

    /// <summary>
    /// Combines the identity read from running lines with the title block's: the running lines win, the title block fills
    /// what they lack (dossier titles, a missing chamber or vergaderjaar); a disagreement is a diagnostic. Where they
    /// disagree on the dossier's number, the title block wins.
    /// </summary>
    public static Identity? Combine(Identity? printed, TitleBlockState block, List<Diagnostics.Diagnostic> diagnostics)
    {
        ArgumentNullException.ThrowIfNull(block);
        ArgumentNullException.ThrowIfNull(diagnostics);
        Identity? fromBlock = null;
        if (block.Dossiers.Count > 0 && block.Ondernummer is not null)
        {
            var first = block.Dossiers[0];
            var id = $"kst-{first.Number}{(first.Suffix is null ? string.Empty : "-" + first.Suffix)}-{block.Ondernummer}";
            fromBlock = new Identity(id, Publications.Kamerstuk, block.Chamber, block.Vergaderjaar, block.Dossiers.ToArray(), block.Ondernummer, null);
        }
        else if (block.Chamber is not null || block.Vergaderjaar is not null || block.Dossiers.Count > 0)
        {
            fromBlock = new Identity(null, null, block.Chamber, block.Vergaderjaar, block.Dossiers.ToArray(), null, null);
        }

        if (printed is null)
        {
            return fromBlock;
        }

        if (fromBlock is null)
        {
            return printed;
        }

        // On the dossier's number the heading is the better witness (a footer may carry the previous stuk's, or OCR
        // misreads its small type): the title block's identity is used.
        if (fromBlock.Identifier is not null && printed.Dossiers.Count > 0 && !fromBlock.Dossiers.Any(d => SameNumber(d, printed.Dossiers[0])))
        {
            diagnostics.Add(new Diagnostics.Diagnostic(
                Diagnostics.DiagnosticCodes.IdentityConflict,
                Diagnostics.DiagnosticSeverity.Warning,
                $"The running footer says {printed.Identifier ?? "dossier " + printed.Dossiers[0].Number} but the title block says {fromBlock.Identifier}; the title block is used.",
                null));
            return fromBlock with
            {
                Publication = fromBlock.Publication ?? printed.Publication,
                Chamber = fromBlock.Chamber ?? printed.Chamber,
                Vergaderjaar = fromBlock.Vergaderjaar ?? printed.Vergaderjaar,
            };
        }

        // A title block without the budget chapter the footer prints ("17 600" / "Begroting van uitgaven" and
        // "17 600 hoofdstuk IV, nr. 1") does not disagree with it.
        var completed = fromBlock.Dossiers.Count > 0 && fromBlock.Dossiers[0].Suffix is null && printed.Dossiers.Count > 0 && printed.Dossiers[0].Suffix is { } chapter
            ? $"kst-{fromBlock.Dossiers[0].Number}-{chapter}-{fromBlock.Ondernummer}"
            : fromBlock.Identifier;
        if (printed.Identifier is not null && fromBlock.Identifier is not null && printed.Identifier != fromBlock.Identifier && printed.Identifier != completed)
        {
            diagnostics.Add(new Diagnostics.Diagnostic(
                Diagnostics.DiagnosticCodes.IdentityConflict,
                Diagnostics.DiagnosticSeverity.Warning,
                $"The running footer says {printed.Identifier} but the title block says {fromBlock.Identifier}; the footer is used.",
                null));
        }

        // The footer names the first dossier ("13 623 e.v."); the title block names them all.
        var dossiers = printed.Dossiers.Count == 0
                || (printed.Dossiers.Count == 1 && fromBlock.Dossiers.Count > 1 && fromBlock.Dossiers[0].Number == printed.Dossiers[0].Number)
            ? fromBlock.Dossiers
            : printed.Dossiers.Select((d, i) => i < fromBlock.Dossiers.Count && fromBlock.Dossiers[i].Number == d.Number ? d with { Title = fromBlock.Dossiers[i].Title } : d).ToArray();
        return printed with
        {
            Identifier = printed.Identifier ?? fromBlock.Identifier,
            Publication = printed.Publication ?? fromBlock.Publication,
            Chamber = printed.Chamber ?? fromBlock.Chamber,
            Vergaderjaar = printed.Vergaderjaar ?? fromBlock.Vergaderjaar,
            Dossiers = dossiers,
            Ondernummer = printed.Ondernummer ?? fromBlock.Ondernummer,
        };
    }

    // The same dossier, whether or not one writes its part into the number: "17100-X" is 17 100 X.
    private static bool SameNumber(Dossier a, Dossier b) =>
        a.Number == b.Number || a.Number.StartsWith(b.Number + "-", StringComparison.Ordinal) || b.Number.StartsWith(a.Number + "-", StringComparison.Ordinal);

    private static Identity? FromFooter(string line)
    {
        var page = PageTableRegex().Match(line);
        if (page.Success)
        {
            var house = Chambers.FromHouse(page.Groups["house"].Value);
            var dossierNumber = page.Groups["dossier"].Value.Replace(" ", string.Empty, StringComparison.Ordinal);
            var number = page.Groups["nr"].Value;
            return new Identity($"kst-{dossierNumber}-{number}", Publications.Kamerstuk, house, $"{page.Groups["y1"].Value}-{page.Groups["y2"].Value}", [new Dossier(dossierNumber, null, null)], number, null);
        }

        var match = FooterRegex().Match(line);
        if (!match.Success)
        {
            // The older Aanhangsel's page foot: its session and no more ("Zitting 1973-1974 Aanhangsel").
            var older = OlderAanhangselFootRegex().Match(line);
            return older.Success ? new Identity(null, Publications.Aanhangsel, null, DocumentHead.VergaderjaarOf(older), [], null, null) : null;
        }

        var chamber = Chambers.FromHouse(match.Groups["house"].Value);
        var y1 = match.Groups["y1"].Value.Replace(" ", string.Empty, StringComparison.Ordinal); // OCR: "vergaderjaar 1 988-1989"
        var year = DocumentHead.VergaderjaarOf(match);
        if (match.Groups["aanhangsel"].Success)
        {
            // The identifier names a vergaderjaar of two years and the Aanhangsel's number, which the older print's
            // footer leaves out ("Tweede Kamer, zitting 1974-1975, Aanhangsel").
            var number = match.Groups["ah"].Success ? match.Groups["ah"].Value : null;
            var house = Chambers.IdentifierPart(chamber);
            var id = match.Groups["y2"].Success && number is not null ? $"ah-{house}-{y1}{match.Groups["y2"].Value}-{number}" : null;
            return new Identity(id, Publications.Aanhangsel, chamber, year, [], null, number);
        }

        var dossier = match.Groups["dossier"].Value.Replace(" ", string.Empty, StringComparison.Ordinal);
        var suffix = match.Groups["suffix"].Success ? match.Groups["suffix"].Value.Replace(" ", string.Empty, StringComparison.Ordinal) : null;
        var ondernummer = match.Groups["nr"].Success ? match.Groups["nr"].Value : match.Groups["letter"].Value;
        var identifier = $"kst-{dossier}{(suffix is null ? string.Empty : "-" + suffix)}-{ondernummer}";
        return new Identity(identifier, Publications.Kamerstuk, chamber, year, [new Dossier(dossier, suffix, null)], ondernummer, null);
    }

    private static Identity FromIdentifier(string id)
    {
        var ah = AanhangselIdRegex().Match(id);
        if (ah.Success)
        {
            var chamber = Chambers.FromHouse(ah.Groups["house"].Value);
            var year = $"{ah.Groups["y1"].Value}-{ah.Groups["y2"].Value}";
            return new Identity(id, Publications.Aanhangsel, chamber, year, [], null, ah.Groups["nr"].Value);
        }

        var handelingen = HandelingenIdRegex().Match(id);
        if (handelingen.Success)
        {
            var chamber = Chambers.FromHouse(handelingen.Groups["house"].Value);
            return new Identity(id, Publications.Handelingen, chamber, $"{handelingen.Groups["y1"].Value}-{handelingen.Groups["y2"].Value}", [], null, null);
        }

        var kst = KamerstukIdRegex().Match(id);
        if (kst.Success)
        {
            var suffix = kst.Groups["suffix"].Success ? kst.Groups["suffix"].Value : null;
            return new Identity(id, Publications.Kamerstuk, null, null, [new Dossier(kst.Groups["dossier"].Value, suffix, null)], kst.Groups["nr"].Value, null);
        }

        return new Identity(id, null, null, null, [], null, null);
    }

    [GeneratedRegex(@"\b(?:kst-(?:\d{4,6}|[MDCLXVI]{2,9})(?:-[A-Z0-9]{1,6})?-[0-9A-Z]{1,5}[a-z]?|ah-(?:tk|ek)-\d{8}-\d{1,5}|h-(?:tk|ek)-\d{8}-\d{1,4}(?:-\d{1,4})?|kv-tk-\d{4}Z\d{5})\b")]
    private static partial Regex IdLineRegex();

    [GeneratedRegex(
        @"\b" + RunningLines.FooterStart + @",\s*" +
        @"(?:(?<aanhangsel>Aanhangsel)(?:\s+(?:van\s+de\s+Handelingen\s+)?(?:nr\.\s*)?(?<ah>\d{1,5})|\s*$)|" +
        @"(?<dossier>\d{2}\s?\d{3}|\d{4,5}|[MDCLXVI]{2,9})(?:\s*(?:\((?:R\s?\d+)\)|" + BudgetChapters.FooterWord + @"|e\.v\.))?(?:\s*,?\s*(?<suffix>[IVXLC]{1,6}|[A-Z]\s?\d{0,2}(?=,\s*nr)))?\s*(?:\((?:R\s?\d+)\))?\s*,\s*" +
        @"(?:nr[.,]\s*(?<nr>\d{1,4}[a-z]?)|(?<letter>[A-Z]{1,2})\b))")]
    private static partial Regex FooterRegex();

    [GeneratedRegex("^" + DocumentHead.SessionLine + @"\s+Aanhangsel$")]
    private static partial Regex OlderAanhangselFootRegex();

    // The publication table of an officielebekendmakingen page as text:
    // "Eerste Kamer der Staten-Generaal | 2021-2022 | 35961 nr. C |".
    [GeneratedRegex(@"\b(?<house>Eerste|Tweede)\s+Kamer\s+der\s+Staten-Generaal\s*\|\s*(?<y1>\d{4})\s?[-–]\s?(?<y2>\d{4})\s*\|\s*(?<dossier>\d{2}\s?\d{3}(?:-\d{2})?)\s+nr\.\s*(?<nr>\d{1,4}|[A-Z]{1,2})\b")]
    private static partial Regex PageTableRegex();

    [GeneratedRegex(@"^(?<house>TK|EK)\s+(?<n>\d{1,3})$")]
    private static partial Regex HouseMeetingRegex();

    [GeneratedRegex(@"^(?<meeting>\d{1,3})-(?<item>\d{1,3})-\d{1,4}$")]
    private static partial Regex MeetingItemRegex();

    [GeneratedRegex(@"^ah-(?<house>tk|ek)-(?<y1>\d{4})(?<y2>\d{4})-(?<nr>\d+)$")]
    private static partial Regex AanhangselIdRegex();

    [GeneratedRegex(@"^h-(?<house>tk|ek)-(?<y1>\d{4})(?<y2>\d{4})-\d+(?:-\d+)?$")]
    private static partial Regex HandelingenIdRegex();

    [GeneratedRegex(@"^kst-(?<dossier>\d{4,6}(?:-\d{2})?|[MDCLXVI]{2,9})(?:-(?<suffix>[A-Z]{1,6}))?-(?<nr>[0-9A-Z]{1,5}[a-z]?)$")]
    private static partial Regex KamerstukIdRegex();
}
