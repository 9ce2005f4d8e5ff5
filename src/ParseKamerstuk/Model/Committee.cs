namespace ParseKamerstuk.Model;

/// <summary>A committee named in the document, with its composition footnote ("Samenstelling") parsed.</summary>
/// <param name="Name">The name as printed, such as <c>vaste commissie voor Buitenlandse Zaken, Defensie en Ontwikkelingssamenwerking</c>.</param>
/// <param name="Abbreviation">The abbreviation the document uses, such as <c>BDO</c>.</param>
/// <param name="Footnote">The number of the composition footnote.</param>
/// <param name="Members">The members ("Leden").</param>
/// <param name="Substitutes">The substitute members ("Plv. leden").</param>
/// <param name="Vacancies">Vacant seats ("Vacature PvdA").</param>
/// <param name="Clerk">The clerk (griffier) who signs for the committee.</param>
public sealed record Committee(
    string? Name,
    string? Abbreviation,
    string? Footnote,
    IReadOnlyList<Member> Members,
    IReadOnlyList<Member> Substitutes,
    IReadOnlyList<Vacancy> Vacancies,
    string? Clerk);

/// <summary>A committee member.</summary>
/// <param name="Name">The name as printed, honorifics removed (<c>D.J.H. van Dijk</c>).</param>
/// <param name="Party">The party as printed (<c>SGP</c>), or <see langword="null"/>.</param>
/// <param name="Roles"><c>voorzitter</c>, <c>vice-voorzitter</c>, <c>ondervoorzitter</c>.</param>
public sealed record Member(string Name, string? Party, IReadOnlyList<string> Roles);

/// <summary>A vacant seat.</summary>
/// <param name="Party">The party whose seat is vacant, or <see langword="null"/>.</param>
/// <param name="List"><c>members</c> or <c>substitutes</c>.</param>
public sealed record Vacancy(string? Party, string List);
