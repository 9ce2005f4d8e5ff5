using System.Text.Json.Serialization;

namespace ParseKamerstuk.Model;

/// <summary>A numbered question block with its answer.</summary>
/// <param name="Questions">The question numbers of the block (<c>[3, 4, 5]</c> for "Vraag 3, 4 en 5").</param>
/// <param name="Answers">The numbers of the answer block that answers it.</param>
/// <param name="Question">The question text.</param>
/// <param name="Answer">The answer text, or <see langword="null"/> when there is none.</param>
/// <param name="Section">The section heading the pair stands under.</param>
/// <param name="Letter">Index into the letters, or <see langword="null"/>.</param>
/// <param name="Fractie">The fractie that asks, where the document says so.</param>
/// <param name="RefersTo">Question numbers the answer points to ("Zie het antwoord op vraag 4").</param>
/// <param name="Pages">1-based source pages, or <see langword="null"/>.</param>
/// <remarks>Schema 1.1 adds <see cref="Label"/>.</remarks>
public sealed record QuestionAnswer(
    IReadOnlyList<int> Questions,
    IReadOnlyList<int> Answers,
    string Question,
    string? Answer,
    string? Section,
    int? Letter,
    string? Fractie,
    IReadOnlyList<int> RefersTo,
    IReadOnlyList<int>? Pages)
{
    /// <summary>
    /// The question's numbers as printed where they carry a sub-number (<c>3a</c> for <c>Vraag 3a</c>, whose
    /// <see cref="Questions"/> is <c>[3]</c>); <see langword="null"/>, and left out of the JSON, where the numbers say it all.
    /// </summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Label { get; init; }
}
