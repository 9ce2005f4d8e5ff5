using System.Globalization;
using System.Text;

namespace ParseKamerstuk.Cli;

/// <summary>What goes into a message line, made safe for a terminal and for one-line-per-message readers.</summary>
internal static class Messages
{
    /// <summary>
    /// <paramref name="name"/> with control characters escaped (<c>\n</c>, <c>\t</c>, <c>\x1b</c>), so that a file
    /// named with a newline or a terminal escape sequence stays on its line and cannot drive the terminal.
    /// </summary>
    public static string Name(string name)
    {
        if (!name.Any(char.IsControl))
        {
            return name;
        }

        var escaped = new StringBuilder(name.Length + 8);
        foreach (var c in name)
        {
            escaped.Append(c switch
            {
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                _ when char.IsControl(c) => string.Create(CultureInfo.InvariantCulture, $"\\x{(int)c:x2}"),
                _ => c.ToString(),
            });
        }

        return escaped.ToString();
    }
}
