using System.Text;
using ParseKamerstuk.Model;

namespace ParseKamerstuk.Tests.Rules;

/// <summary>Labelled questions and answers end to end: made-up answers to Kamervragen, as text.</summary>
public sealed class LabeledQuestionRuleTests
{
    private static KamerstukDocument Parse(string text) => KamerstukParser.Parse(Encoding.UTF8.GetBytes(text), "antwoord.txt");

    private static string Numbers(IReadOnlyList<int> numbers) => string.Join(' ', numbers);

    [Fact]
    public void A_sub_numbered_question_pairs_with_its_own_answer()
    {
        // Given question 3 and question 3a, each with its answer
        var document = Parse("""
            Vraag 3
            Klopt het dat de inspectie het rapport heeft ontvangen?

            Antwoord 3
            Ja, dat klopt.

            Vraag 3a
            Wanneer wordt het rapport gepubliceerd?

            Antwoord 3a
            In mei.
            """);

        // Then 3 and 3a are two pairs, 3a printed as such, and neither label is a heading
        Assert.Collection(
            document.Qa,
            pair => Assert.Equal(("3", null, "Ja, dat klopt."), (Numbers(pair.Questions), pair.Label, pair.Answer)),
            pair => Assert.Equal(("3", "3a", "In mei."), (Numbers(pair.Questions), pair.Label, pair.Answer)));
        Assert.DoesNotContain(document.Body, b => b.Type == "heading");
        Assert.DoesNotContain(document.Diagnostics, d => d.Code == Diagnostics.DiagnosticCodes.QuestionWithoutAnswer);
    }
}
