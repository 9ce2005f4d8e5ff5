using ParseKamerstuk.Conventions;

namespace ParseKamerstuk.Tests.Conventions;

public sealed class QuestionLabelsTests
{
    [Theory]
    [InlineData("Vraag 3a", false, new[] { 3 }, "3a", "")]
    [InlineData("Antwoord 3a", true, new[] { 3 }, "3a", "")]
    [InlineData("Vraag 3a: Klopt het dat …?", false, new[] { 3 }, "3a", "Klopt het dat …?")]
    [InlineData("Vragen 3a en 3b", false, new[] { 3 }, "3a en 3b", "")]
    [InlineData("Vraag 7, 8, 9 en 10", false, new[] { 7, 8, 9, 10 }, null, "")]
    [InlineData("Antwoord 7, 8, 9 en 10", true, new[] { 7, 8, 9, 10 }, null, "")]
    [InlineData("Vraag 4, 5, 6, 7 en 8", false, new[] { 4, 5, 6, 7, 8 }, null, "")]
    [InlineData("Antwoord op vraag 4", true, new[] { 4 }, null, "")]
    [InlineData("Antwoord op de vragen 2 t/m 4 Zie hierboven.", true, new[] { 2, 3, 4 }, null, "Zie hierboven.")]
    public void A_numbered_label_gives_its_kind_numbers_and_printed_label(string text, bool isAnswer, int[] numbers, string? printed, string rest)
    {
        // When
        var read = QuestionLabels.TryRead(text, out var label);

        // Then
        Assert.True(read);
        Assert.Equal((isAnswer, printed, rest), (label.IsAnswer, label.Printed, label.Rest));
        Assert.Equal(numbers, label.Numbers);
    }

    [Theory]
    [InlineData("Vraag 3ab")]
    [InlineData("Vraag 1234")]
    [InlineData("Antwoord")]
    [InlineData("Vraagstukken 3")]
    public void Other_text_is_no_numbered_label(string text)
    {
        Assert.False(QuestionLabels.TryRead(text, out _));
    }

    [Theory]
    [InlineData("Vraag 3a", true)]
    [InlineData("Antwoord 3a", true)]
    [InlineData("Vraag 3ab", false)]
    public void A_sub_numbered_label_starts_a_line_of_its_own(string line, bool starts)
    {
        Assert.Equal(starts, QuestionLabels.StartsLabel(line));
    }

    [Theory]
    [InlineData("Antwoord", true, "")]
    [InlineData("Antwoord:", true, "")]
    [InlineData("Antwoord: Ja, dat klopt.", true, "Ja, dat klopt.")]
    [InlineData("Antwoord 3", false, "")]
    [InlineData("Vraag", false, "")]
    public void A_bare_answer_label_gives_the_text_after_it(string text, bool read, string rest)
    {
        Assert.Equal((read, rest), (QuestionLabels.TryReadBareAnswer(text, out var after), after));
    }

    [Theory]
    [InlineData("3a", "3a", true)]
    [InlineData("3a", "3b", false)]
    [InlineData("3a en 3b", "3b", true)]
    [InlineData(null, null, true)]
    [InlineData("3a", null, false)]
    public void Sub_numbered_labels_pair_only_with_the_same_sub_number(string? question, string? answer, bool same)
    {
        Assert.Equal(same, QuestionLabels.SameSubNumbers(question, answer));
    }
}
