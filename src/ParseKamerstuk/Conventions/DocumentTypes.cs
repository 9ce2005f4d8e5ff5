namespace ParseKamerstuk.Conventions;

/// <summary>
/// The kinds of document, as the output names them (<c>documentType</c>): the kind a title in capitals names
/// (<c>MOTIE VAN HET LID …</c> is a <see cref="Motie"/>), or that the text shows (<c>Vraag 1</c> / <c>Antwoord 1</c>
/// without a title is an <see cref="AntwoordKamervragen"/>).
/// </summary>
internal static class DocumentTypes
{
    /// <summary><c>AMENDEMENT VAN HET LID …</c>.</summary>
    public const string Amendement = "amendement";

    /// <summary>Answers to Kamervragen: <c>Antwoord van minister …</c>, or labelled answers.</summary>
    public const string AntwoordKamervragen = "antwoord-kamervragen";

    /// <summary><c>BESLUITENLIJST</c> of a procedure meeting.</summary>
    public const string Besluitenlijst = "besluitenlijst";

    /// <summary><c>BRIEF VAN DE MINISTER …</c>, or a text with a letter's heading, addressee or salutation.</summary>
    public const string Brief = "brief";

    /// <summary><c>EINDVERSLAG</c>.</summary>
    public const string Eindverslag = "eindverslag";

    /// <summary><c>GEWIJZIGDE MOTIE</c>, or a motie that says it replaces another (<c>ter vervanging van …</c>).</summary>
    public const string GewijzigdeMotie = "gewijzigde-motie";

    /// <summary>The Handelingen: speakers' turns (<c>De voorzitter:</c>).</summary>
    public const string Handelingen = "handelingen";

    /// <summary><c>LIJST VAN VRAGEN EN ANTWOORDEN</c>.</summary>
    public const string LijstVanVragenEnAntwoorden = "lijst-van-vragen-en-antwoorden";

    /// <summary><c>MEMORIE VAN ANTWOORD</c>.</summary>
    public const string MemorieVanAntwoord = "memorie-van-antwoord";

    /// <summary><c>MEMORIE VAN TOELICHTING</c>.</summary>
    public const string MemorieVanToelichting = "memorie-van-toelichting";

    /// <summary><c>MOTIE VAN HET LID …</c>.</summary>
    public const string Motie = "motie";

    /// <summary>A nader voorlopig verslag (Eerste Kamer).</summary>
    public const string NaderVoorlopigVerslag = "nader-voorlopig-verslag";

    /// <summary><c>NOTA NAAR AANLEIDING VAN HET VERSLAG</c>.</summary>
    public const string NotaNaarAanleidingVanVerslag = "nota-naar-aanleiding-van-verslag";

    /// <summary><c>NOTA VAN WIJZIGING</c>.</summary>
    public const string NotaVanWijziging = "nota-van-wijziging";

    /// <summary><c>VERSLAG</c>.</summary>
    public const string Verslag = "verslag";

    /// <summary><c>VERSLAG VAN EEN NADER SCHRIFTELIJK OVERLEG</c>.</summary>
    public const string VerslagNaderSchriftelijkOverleg = "verslag-nader-schriftelijk-overleg";

    /// <summary><c>VERSLAG VAN EEN SCHRIFTELIJK OVERLEG</c>.</summary>
    public const string VerslagSchriftelijkOverleg = "verslag-schriftelijk-overleg";

    /// <summary><c>VOORLOPIG VERSLAG</c>.</summary>
    public const string VoorlopigVerslag = "voorlopig-verslag";

    /// <summary><c>VOORSTEL VAN WET</c> or <c>VOORSTEL VAN RIJKSWET</c>.</summary>
    public const string VoorstelVanWet = "voorstel-van-wet";

    /// <summary>
    /// Whether a document of <paramref name="type"/> only asks: a verslag's questions are answered in a nota or memorie
    /// of its own, so what follows a numbered question in it is more of the question.
    /// </summary>
    public static bool OnlyAsks(string? type) => type is VoorlopigVerslag or NaderVoorlopigVerslag or Verslag or Eindverslag;
}
