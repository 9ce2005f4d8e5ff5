using System.Text.Json.Serialization;

namespace ParseKamerstuk.Model;

/// <summary>
/// The kind of a document (<see cref="KamerstukDocument.DocumentType"/>): the kind its title in capitals names
/// (<c>MOTIE VAN HET LID …</c> is a <see cref="Motie"/>), or that its text shows. The JSON writes the name in
/// <see cref="Vocabulary.Name(DocumentType)"/> (<c>motie</c>, <c>antwoord-kamervragen</c>).
/// </summary>
public enum DocumentType
{
    /// <summary><c>amendement</c>: <c>AMENDEMENT VAN HET LID …</c>.</summary>
    [JsonStringEnumMemberName("amendement")]
    Amendement,

    /// <summary><c>antwoord-kamervragen</c>: answers to Kamervragen (an Aanhangsel, or labelled answers).</summary>
    [JsonStringEnumMemberName("antwoord-kamervragen")]
    AntwoordKamervragen,

    /// <summary><c>besluitenlijst</c>: the decisions of a procedure meeting.</summary>
    [JsonStringEnumMemberName("besluitenlijst")]
    Besluitenlijst,

    /// <summary><c>brief</c>: <c>BRIEF VAN DE MINISTER …</c>, or a text with a letter's heading, addressee or salutation.</summary>
    [JsonStringEnumMemberName("brief")]
    Brief,

    /// <summary><c>eindverslag</c>: <c>EINDVERSLAG</c>.</summary>
    [JsonStringEnumMemberName("eindverslag")]
    Eindverslag,

    /// <summary><c>gewijzigde-motie</c>: <c>GEWIJZIGDE MOTIE</c>, or a motie that replaces another.</summary>
    [JsonStringEnumMemberName("gewijzigde-motie")]
    GewijzigdeMotie,

    /// <summary><c>handelingen</c>: the Handelingen (speakers' turns).</summary>
    [JsonStringEnumMemberName("handelingen")]
    Handelingen,

    /// <summary><c>lijst-van-vragen-en-antwoorden</c>: <c>LIJST VAN VRAGEN EN ANTWOORDEN</c>, <c>LIJST VAN ANTWOORDEN</c>, <c>ANTWOORDEN VAN DE MINISTER …</c>.</summary>
    [JsonStringEnumMemberName("lijst-van-vragen-en-antwoorden")]
    LijstVanVragenEnAntwoorden,

    /// <summary><c>memorie-van-antwoord</c>: <c>MEMORIE VAN ANTWOORD</c>.</summary>
    [JsonStringEnumMemberName("memorie-van-antwoord")]
    MemorieVanAntwoord,

    /// <summary><c>memorie-van-toelichting</c>: <c>MEMORIE VAN TOELICHTING</c>.</summary>
    [JsonStringEnumMemberName("memorie-van-toelichting")]
    MemorieVanToelichting,

    /// <summary><c>motie</c>: <c>MOTIE VAN HET LID …</c>.</summary>
    [JsonStringEnumMemberName("motie")]
    Motie,

    /// <summary><c>nader-voorlopig-verslag</c>: a nader voorlopig verslag (Eerste Kamer).</summary>
    [JsonStringEnumMemberName("nader-voorlopig-verslag")]
    NaderVoorlopigVerslag,

    /// <summary><c>nota-naar-aanleiding-van-verslag</c>: <c>NOTA NAAR AANLEIDING VAN HET VERSLAG</c>.</summary>
    [JsonStringEnumMemberName("nota-naar-aanleiding-van-verslag")]
    NotaNaarAanleidingVanVerslag,

    /// <summary><c>nota-van-wijziging</c>: <c>NOTA VAN WIJZIGING</c>.</summary>
    [JsonStringEnumMemberName("nota-van-wijziging")]
    NotaVanWijziging,

    /// <summary><c>verslag</c>: <c>VERSLAG</c>.</summary>
    [JsonStringEnumMemberName("verslag")]
    Verslag,

    /// <summary><c>verslag-nader-schriftelijk-overleg</c>: <c>VERSLAG VAN EEN NADER SCHRIFTELIJK OVERLEG</c>.</summary>
    [JsonStringEnumMemberName("verslag-nader-schriftelijk-overleg")]
    VerslagNaderSchriftelijkOverleg,

    /// <summary><c>verslag-schriftelijk-overleg</c>: <c>VERSLAG VAN EEN SCHRIFTELIJK OVERLEG</c>.</summary>
    [JsonStringEnumMemberName("verslag-schriftelijk-overleg")]
    VerslagSchriftelijkOverleg,

    /// <summary><c>voorlopig-verslag</c>: <c>VOORLOPIG VERSLAG</c>.</summary>
    [JsonStringEnumMemberName("voorlopig-verslag")]
    VoorlopigVerslag,

    /// <summary><c>voorstel-van-wet</c>: <c>VOORSTEL VAN WET</c> or <c>VOORSTEL VAN RIJKSWET</c>.</summary>
    [JsonStringEnumMemberName("voorstel-van-wet")]
    VoorstelVanWet,

    // Added after the first release: at the end, so that the values before them keep their numbers.
    /// <summary><c>lijst-van-vragen</c>: a list of questions put to the government, whose answers come in a stuk of their own (<c>LIJST VAN VRAGEN</c>, <c>VRAGEN AAN DE MINISTER VAN …</c>).</summary>
    [JsonStringEnumMemberName("lijst-van-vragen")]
    LijstVanVragen,

    /// <summary><c>verslag-algemeen-overleg</c>: <c>VERSLAG VAN EEN ALGEMEEN OVERLEG</c>, the report of a committee's oral consultation with a minister.</summary>
    [JsonStringEnumMemberName("verslag-algemeen-overleg")]
    VerslagAlgemeenOverleg,

    /// <summary><c>verslag-mondeling-overleg</c>: <c>VERSLAG VAN EEN MONDELING OVERLEG</c>, the older name of that report.</summary>
    [JsonStringEnumMemberName("verslag-mondeling-overleg")]
    VerslagMondelingOverleg,
}

/// <summary>A chamber of the States General. The JSON writes <c>eerste-kamer</c> or <c>tweede-kamer</c>.</summary>
public enum Chamber
{
    /// <summary><c>eerste-kamer</c>: the Eerste Kamer (senate).</summary>
    [JsonStringEnumMemberName("eerste-kamer")]
    EersteKamer,

    /// <summary><c>tweede-kamer</c>: the Tweede Kamer (house of representatives).</summary>
    [JsonStringEnumMemberName("tweede-kamer")]
    TweedeKamer,
}

/// <summary>
/// The kinds of body block the standard rules write (<see cref="Block.Type"/>). A rule of one's own may write
/// a kind of its own, so the type is a string and these are its standard values.
/// </summary>
public static class BlockTypes
{
    /// <summary>A heading: a title, a letter's heading, a section heading.</summary>
    public const string Heading = "heading";

    /// <summary>A paragraph of text.</summary>
    public const string Paragraph = "paragraph";

    /// <summary>A numbered or bulleted item (<c>1.</c>, <c>a.</c>, <c>•</c>).</summary>
    public const string ListItem = "list-item";
}

/// <summary>The names the output gives the values of the closed vocabularies, and back.</summary>
public static class Vocabulary
{
    /// <summary>The output name of <paramref name="type"/>, such as <c>antwoord-kamervragen</c>.</summary>
    public static string Name(this DocumentType type) => type switch
    {
        DocumentType.Amendement => "amendement",
        DocumentType.AntwoordKamervragen => "antwoord-kamervragen",
        DocumentType.Besluitenlijst => "besluitenlijst",
        DocumentType.Brief => "brief",
        DocumentType.Eindverslag => "eindverslag",
        DocumentType.GewijzigdeMotie => "gewijzigde-motie",
        DocumentType.Handelingen => "handelingen",
        DocumentType.LijstVanVragen => "lijst-van-vragen",
        DocumentType.LijstVanVragenEnAntwoorden => "lijst-van-vragen-en-antwoorden",
        DocumentType.MemorieVanAntwoord => "memorie-van-antwoord",
        DocumentType.MemorieVanToelichting => "memorie-van-toelichting",
        DocumentType.Motie => "motie",
        DocumentType.NaderVoorlopigVerslag => "nader-voorlopig-verslag",
        DocumentType.NotaNaarAanleidingVanVerslag => "nota-naar-aanleiding-van-verslag",
        DocumentType.NotaVanWijziging => "nota-van-wijziging",
        DocumentType.Verslag => "verslag",
        DocumentType.VerslagAlgemeenOverleg => "verslag-algemeen-overleg",
        DocumentType.VerslagMondelingOverleg => "verslag-mondeling-overleg",
        DocumentType.VerslagNaderSchriftelijkOverleg => "verslag-nader-schriftelijk-overleg",
        DocumentType.VerslagSchriftelijkOverleg => "verslag-schriftelijk-overleg",
        DocumentType.VoorlopigVerslag => "voorlopig-verslag",
        DocumentType.VoorstelVanWet => "voorstel-van-wet",
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, "not a document type"),
    };

    /// <summary>The output name of <paramref name="chamber"/>: <c>eerste-kamer</c> or <c>tweede-kamer</c>.</summary>
    public static string Name(this Chamber chamber) => chamber switch
    {
        Chamber.EersteKamer => "eerste-kamer",
        Chamber.TweedeKamer => "tweede-kamer",
        _ => throw new ArgumentOutOfRangeException(nameof(chamber), chamber, "not a chamber"),
    };

    /// <summary>The document type the output calls <paramref name="name"/>, or <see langword="null"/>.</summary>
    public static DocumentType? ParseDocumentType(string name) =>
        Enum.GetValues<DocumentType>().Select(t => (DocumentType?)t).FirstOrDefault(t => t!.Value.Name() == name);

    /// <summary>The chamber the output calls <paramref name="name"/>, or <see langword="null"/>.</summary>
    public static Chamber? ParseChamber(string name) => name switch
    {
        "eerste-kamer" => Chamber.EersteKamer,
        "tweede-kamer" => Chamber.TweedeKamer,
        _ => null,
    };
}
