using System.Text;

namespace ParseKamerstuk.Text;

/// <summary>Roman numerals as documents print them: Word list labels (<c>iv.</c>), Eerste Kamer dossiers (<c>CXXIV</c>).</summary>
internal static class RomanNumerals
{
    private static readonly (int Value, string Numeral)[] s_steps =
        [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")];

    /// <summary>The numeral of <paramref name="value"/> in capitals (<c>CXXIV</c>); empty for 0 or less.</summary>
    public static string Format(int value)
    {
        var builder = new StringBuilder();
        foreach (var (step, numeral) in s_steps)
        {
            for (; value >= step; value -= step)
            {
                builder.Append(numeral);
            }
        }

        return builder.ToString();
    }

    /// <summary>The value of a well-formed numeral in capitals (<c>CXXIV</c> is 124), or null (<c>IIII</c>, <c>LIC</c>, <c>CIVIL</c>).</summary>
    public static int? Value(string numeral)
    {
        ArgumentNullException.ThrowIfNull(numeral);
        var value = 0;
        for (var i = 0; i < numeral.Length; i++)
        {
            var digit = Digit(numeral[i]);
            if (digit == 0)
            {
                return null;
            }

            value += i + 1 < numeral.Length && Digit(numeral[i + 1]) > digit ? -digit : digit;
        }

        return value is > 0 and < 4000 && Format(value) == numeral ? value : null;
    }

    private static int Digit(char c) => c switch { 'I' => 1, 'V' => 5, 'X' => 10, 'L' => 50, 'C' => 100, 'D' => 500, 'M' => 1000, _ => 0 };
}
