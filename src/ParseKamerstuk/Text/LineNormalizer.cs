using System.Text;

namespace ParseKamerstuk.Text;

/// <summary>
/// Cleans one line of text the same way for every reader: Latin letters composed with their marks (NFC), ligatures spelled out,
/// soft hyphens and zero-width characters removed, odd spaces made plain, runs of spaces collapsed,
/// no leading or trailing space.
/// </summary>
internal static class LineNormalizer
{
    /// <summary>Normalizes <paramref name="line"/>.</summary>
    public static string Normalize(string line)
    {
        ArgumentNullException.ThrowIfNull(line);
        return line.Length == 0 || IsClean(line) ? line : Rewrite(line);
    }

    /// <summary>The full normalization, which a clean line skips (it would return the line as it is).</summary>
    internal static string Rewrite(string line)
    {
        var builder = new StringBuilder(line.Length);
        var lastWasSpace = true;
        foreach (var c in line)
        {
            switch (c)
            {
                case '\u00AD' or '\u200B' or '\u200C' or '\u200D' or '\u2060' or '\uFEFF':
                    continue;
                case '\uFB00': Append(builder, "ff", ref lastWasSpace); continue;
                case '\uFB01': Append(builder, "fi", ref lastWasSpace); continue;
                case '\uFB02': Append(builder, "fl", ref lastWasSpace); continue;
                case '\uFB03': Append(builder, "ffi", ref lastWasSpace); continue;
                case '\uFB04': Append(builder, "ffl", ref lastWasSpace); continue;
                case '\uFB05' or '\uFB06': Append(builder, "st", ref lastWasSpace); continue;
                case '\u2010' or '\u2011': Append(builder, "-", ref lastWasSpace); continue;

                // The text layer of Tweede Kamer PDFs gives e-diaeresis as t with palatal hook: "financiƫle".
                case '\u01AB': Append(builder, "ë", ref lastWasSpace); continue;
            }

            if (char.IsWhiteSpace(c) || char.IsControl(c))
            {
                if (!lastWasSpace)
                {
                    builder.Append(' ');
                    lastWasSpace = true;
                }

                continue;
            }

            builder.Append(c);
            lastWasSpace = false;
        }

        while (builder.Length > 0 && builder[^1] == ' ')
        {
            builder.Length--;
        }

        return LatinComposition.Compose(builder.ToString());
    }

    // Most lines need nothing: printable ASCII, Latin letters and the usual punctuation (’ “ – … €), single spaces
    // between words. Anything else takes the full path above.
    private static bool IsClean(string line)
    {
        if (line[0] == ' ' || line[^1] == ' ')
        {
            return false;
        }

        var previous = 'x';
        foreach (var c in line)
        {
            var plain = c is (> ' ' and < '\u007F') or (>= '\u00A1' and < '\u0300' and not '\u00AD' and not '\u01AB') or (>= '\u2012' and <= '\u2027') or '\u20AC'
                || (c == ' ' && previous != ' ');
            if (!plain)
            {
                return false;
            }

            previous = c;
        }

        return true;
    }

    private static void Append(StringBuilder builder, string text, ref bool lastWasSpace)
    {
        builder.Append(text);
        lastWasSpace = false;
    }
}
