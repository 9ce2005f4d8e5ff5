namespace ParseKamerstuk.Model;

/// <summary>The questions block of answers to Kamervragen (Aanhangsel).</summary>
/// <param name="Askers">The members who asked.</param>
/// <param name="Addressees">The office holders asked.</param>
/// <param name="Subject">What the questions are about ("over …").</param>
/// <param name="AnsweredBy">Who answered.</param>
/// <param name="Mededeling">A notice in place of, or before, the answers.</param>
public sealed record Kamervragen(
    IReadOnlyList<Person> Askers,
    IReadOnlyList<string> Addressees,
    string? Subject,
    IReadOnlyList<OfficeHolder> AnsweredBy,
    string? Mededeling);

/// <summary>A member of parliament with party.</summary>
/// <param name="Name">The name as printed.</param>
/// <param name="Party">The party as printed, or <see langword="null"/>.</param>
public sealed record Person(string Name, string? Party);

/// <summary>A person acting in an office.</summary>
/// <param name="Name">The name as printed.</param>
/// <param name="Function">The office, or <see langword="null"/>.</param>
public sealed record OfficeHolder(string Name, string? Function);

/// <summary>A motion (motie).</summary>
/// <param name="Submitters">Who submitted it.</param>
/// <param name="Considerations">The "constaterende dat" / "overwegende dat" / "van mening dat" clauses.</param>
/// <param name="Requests">The "verzoekt …" / "spreekt uit …" clauses.</param>
/// <param name="IsAmended">Whether it is a gewijzigde motie.</param>
/// <param name="Replaces">The ondernummer it replaces ("ter vervanging van die gedrukt onder nr. N").</param>
public sealed record Motion(
    IReadOnlyList<Person> Submitters,
    IReadOnlyList<string> Considerations,
    IReadOnlyList<string> Requests,
    bool IsAmended,
    string? Replaces);

/// <summary>An amendment (amendement).</summary>
/// <param name="Submitters">Who submitted it.</param>
/// <param name="Changes">The changes it proposes, in order (<c>I</c>, <c>II</c>, … or one unlabelled change).</param>
/// <param name="Toelichting">The explanation ("Toelichting"), paragraphs separated by a blank line.</param>
public sealed record Amendment(IReadOnlyList<Person> Submitters, IReadOnlyList<AmendmentChange> Changes, string? Toelichting);

/// <summary>One change of an amendment.</summary>
/// <param name="Label">The label as printed (<c>I</c>, <c>II</c>), or <see langword="null"/>.</param>
/// <param name="Text">The change's text, paragraphs separated by a blank line.</param>
public sealed record AmendmentChange(string? Label, string Text);
