namespace ParseKamerstuk.Conventions;

/// <summary>
/// The series a document is published in, as the output names them (<c>publication</c>): a kamerstuk
/// (<c>kst-36410-12</c>), an Aanhangsel van de Handelingen (<c>ah-tk-20232024-1433</c>), the Handelingen
/// (<c>h-tk-20232024-12-3</c>), and what a text shows without an identifier.
/// </summary>
internal static class Publications
{
    /// <summary>An Aanhangsel van de Handelingen: answers to Kamervragen.</summary>
    public const string Aanhangsel = "aanhangsel";

    /// <summary>A besluitenlijst without an identifier.</summary>
    public const string Besluitenlijst = "besluitenlijst";

    /// <summary>A letter without an identifier.</summary>
    public const string Brief = "brief";

    /// <summary>The Handelingen.</summary>
    public const string Handelingen = "handelingen";

    /// <summary>A kamerstuk of a dossier.</summary>
    public const string Kamerstuk = "kamerstuk";

    /// <summary>Answers to Kamervragen without an identifier (a ministry's original).</summary>
    public const string Kamervragen = "kamervragen";
}
