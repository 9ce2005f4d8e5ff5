using System.Text.RegularExpressions;

namespace ParseKamerstuk.Conventions;

/// <summary>
/// The chapters of the state budget, each a dossier of its own under the budget's number: the title block prints the
/// number and the chapter on lines of their own (<c>18 600</c> / <c>Hoofdstuk VII Ministerie van Binnenlandse Zaken</c>),
/// a stuk on two chapters names both (<c>Hoofdstuk V Ministerie van Buitenlandse Zaken Hoofdstuk X Ministerie van
/// Defensie</c>), and the running footer abbreviates (<c>19 300 hoofdstuk XI, nr. 33</c>, <c>20 800 hfdst. XI, nr. 59</c>).
/// The chapter is the dossier's suffix: <c>kst-18600-VII-12</c>.
/// </summary>
internal static partial class BudgetChapters
{
    /// <summary>The word before the chapter in the running footer, as a regular-expression fragment.</summary>
    public const string FooterWord = @"hfdst\.|[Hh]oofdstuk";

    /// <summary>
    /// The chapters a dossier title opens with, each with its part of the title; empty when the title does not open
    /// with <c>Hoofdstuk</c> and a chapter (a Roman number, or a letter for a fund: <c>Hoofdstuk C</c>).
    /// </summary>
    public static IReadOnlyList<(string Chapter, string Title)> Read(string title)
    {
        ArgumentNullException.ThrowIfNull(title);
        if (!title.StartsWith("Hoofdstuk ", StringComparison.Ordinal))
        {
            return [];
        }

        var chapters = ChapterRegex().Matches(title);
        var result = new List<(string, string)>(chapters.Count);
        for (var i = 0; i < chapters.Count; i++)
        {
            var end = i + 1 < chapters.Count ? chapters[i + 1].Index : title.Length;
            result.Add((chapters[i].Groups["chapter"].Value, title[chapters[i].Index..end].Trim()));
        }

        return result.Count > 0 && chapters[0].Index == 0 ? result : [];
    }

    [GeneratedRegex(@"\bHoofdstuk\s+(?<chapter>[IVXLC]{1,6}|[A-Z])(?=[\s(]|$)")]
    private static partial Regex ChapterRegex();
}
