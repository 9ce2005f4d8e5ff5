using CsCheck;
using ParseKamerstuk.Text;

namespace ParseKamerstuk.Tests.Text;

public sealed class LineNormalizerTests
{
    [Theory]
    [InlineData("  Den\u00A0Haag,\t1 mei 2018 ", "Den Haag, 1 mei 2018")]
    [InlineData("Ontwikkelings\u00ADsamenwerking", "Ontwikkelingssamenwerking")]
    [InlineData("\uFB01nanciën", "financiën")]
    [InlineData("Kostic\u0301", "Kostić")]
    [InlineData("niet\u2011bindend", "niet-bindend")]
    [InlineData("’s-Gravenhage – 1 € …", "’s-Gravenhage – 1 € …")]
    [InlineData("de ceremoniƫle en financiƫle rol", "de ceremoniële en financiële rol")]
    public void Lines_are_cleaned(string line, string expected) => Assert.Equal(expected, LineNormalizer.Normalize(line));

    [Fact]
    public void The_clean_line_shortcut_gives_what_the_full_normalization_gives()
    {
        // Lines mixing what the shortcut lets through with what it must not: spaces, controls, marks, ligatures.
        const string alphabet = "ab Zé’–€…0.,ƫ\u00A0\u00AD\u0301\u0308\uFB01\u2011\u200B\t\u0085\u2028\u3000 ";
        Gen.Char[alphabet].Array[0, 12].Select(c => new string(c))
            .Sample(line => Assert.Equal(LineNormalizer.Rewrite(line), LineNormalizer.Normalize(line)), iter: 20_000);
    }
}
