using ParseKamerstuk.Model;

namespace ParseKamerstuk.Conventions;

/// <summary>
/// The kinds of document (<see cref="DocumentType"/>, whose names the output writes as <c>documentType</c>): the kind a title in capitals names
/// (<c>MOTIE VAN HET LID …</c> is a <see cref="Motie"/>), or that the text shows (<c>Vraag 1</c> / <c>Antwoord 1</c>
/// without a title is an <see cref="AntwoordKamervragen"/>).
/// </summary>
internal static class DocumentTypes
{
    /// <summary><c>AMENDEMENT VAN HET LID …</c>.</summary>
    public const DocumentType Amendement = DocumentType.Amendement;

    /// <summary>Answers to Kamervragen: <c>Antwoord van minister …</c>, or labelled answers.</summary>
    public const DocumentType AntwoordKamervragen = DocumentType.AntwoordKamervragen;

    /// <summary><c>BESLUITENLIJST</c> of a procedure meeting.</summary>
    public const DocumentType Besluitenlijst = DocumentType.Besluitenlijst;

    /// <summary><c>BRIEF VAN DE MINISTER …</c>, or a text with a letter's heading, addressee or salutation.</summary>
    public const DocumentType Brief = DocumentType.Brief;

    /// <summary><c>EINDVERSLAG</c>.</summary>
    public const DocumentType Eindverslag = DocumentType.Eindverslag;

    /// <summary><c>GEWIJZIGDE MOTIE</c>, or a motie that says it replaces another (<c>ter vervanging van …</c>).</summary>
    public const DocumentType GewijzigdeMotie = DocumentType.GewijzigdeMotie;

    /// <summary>The Handelingen: speakers' turns (<c>De voorzitter:</c>).</summary>
    public const DocumentType Handelingen = DocumentType.Handelingen;

    /// <summary><c>LIJST VAN VRAGEN</c>, <c>VRAGEN AAN DE MINISTER VAN …</c>: questions only, answered in a stuk of their own.</summary>
    public const DocumentType LijstVanVragen = DocumentType.LijstVanVragen;

    /// <summary><c>LIJST VAN VRAGEN EN ANTWOORDEN</c>, <c>LIJST VAN ANTWOORDEN</c>, <c>ANTWOORDEN VAN DE MINISTER …</c>.</summary>
    public const DocumentType LijstVanVragenEnAntwoorden = DocumentType.LijstVanVragenEnAntwoorden;

    /// <summary><c>MEMORIE VAN ANTWOORD</c>.</summary>
    public const DocumentType MemorieVanAntwoord = DocumentType.MemorieVanAntwoord;

    /// <summary><c>MEMORIE VAN TOELICHTING</c>.</summary>
    public const DocumentType MemorieVanToelichting = DocumentType.MemorieVanToelichting;

    /// <summary><c>MOTIE VAN HET LID …</c>.</summary>
    public const DocumentType Motie = DocumentType.Motie;

    /// <summary>A nader voorlopig verslag (Eerste Kamer).</summary>
    public const DocumentType NaderVoorlopigVerslag = DocumentType.NaderVoorlopigVerslag;

    /// <summary><c>NOTA NAAR AANLEIDING VAN HET VERSLAG</c>.</summary>
    public const DocumentType NotaNaarAanleidingVanVerslag = DocumentType.NotaNaarAanleidingVanVerslag;

    /// <summary><c>NOTA VAN WIJZIGING</c>.</summary>
    public const DocumentType NotaVanWijziging = DocumentType.NotaVanWijziging;

    /// <summary><c>VERSLAG</c>.</summary>
    public const DocumentType Verslag = DocumentType.Verslag;

    /// <summary><c>VERSLAG VAN EEN ALGEMEEN OVERLEG</c>.</summary>
    public const DocumentType VerslagAlgemeenOverleg = DocumentType.VerslagAlgemeenOverleg;

    /// <summary><c>VERSLAG VAN EEN MONDELING OVERLEG</c>.</summary>
    public const DocumentType VerslagMondelingOverleg = DocumentType.VerslagMondelingOverleg;

    /// <summary><c>VERSLAG VAN EEN NADER SCHRIFTELIJK OVERLEG</c>.</summary>
    public const DocumentType VerslagNaderSchriftelijkOverleg = DocumentType.VerslagNaderSchriftelijkOverleg;

    /// <summary><c>VERSLAG VAN EEN SCHRIFTELIJK OVERLEG</c>.</summary>
    public const DocumentType VerslagSchriftelijkOverleg = DocumentType.VerslagSchriftelijkOverleg;

    /// <summary><c>VOORLOPIG VERSLAG</c>.</summary>
    public const DocumentType VoorlopigVerslag = DocumentType.VoorlopigVerslag;

    /// <summary><c>VOORSTEL VAN WET</c> or <c>VOORSTEL VAN RIJKSWET</c>.</summary>
    public const DocumentType VoorstelVanWet = DocumentType.VoorstelVanWet;

    /// <summary>
    /// Whether a document of <paramref name="type"/> only asks: a verslag's questions are answered in a nota or memorie
    /// of its own, and a lijst van vragen's in a lijst van antwoorden, so what follows a numbered question in it is more
    /// of the question.
    /// </summary>
    public static bool OnlyAsks(DocumentType? type) => type is VoorlopigVerslag or NaderVoorlopigVerslag or Verslag or Eindverslag or LijstVanVragen;
}
