namespace ParseKamerstuk.Model;

/// <summary>A letter inside the document (a verslag can hold several; a brief is one).</summary>
/// <param name="Heading">The heading as printed (<c>BRIEF VAN DE MINISTER VAN BUITENLANDSE ZAKEN</c>).</param>
/// <param name="Addressee">The addressee without "Aan de".</param>
/// <param name="Place">The place of the place-and-date line.</param>
/// <param name="Date">The date of the place-and-date line, written as ISO <c>yyyy-MM-dd</c>.</param>
/// <param name="OnBehalfOf">The office holders the letter is also written for ("mede namens").</param>
/// <param name="Signatories">Who signs the letter.</param>
/// <param name="Pages">1-based source pages, or <see langword="null"/>.</param>
public sealed record Letter(
    string? Heading,
    string? Addressee,
    string? Place,
    DateOnly? Date,
    IReadOnlyList<string> OnBehalfOf,
    IReadOnlyList<Signatory> Signatories,
    IReadOnlyList<int>? Pages);

/// <summary>A signature: a function line and a name line.</summary>
/// <param name="Function">The function, without the article (<c>Minister van Buitenlandse Zaken</c>).</param>
/// <param name="Name">The name (<c>S.A. Blok</c>).</param>
public sealed record Signatory(string? Function, string Name);
