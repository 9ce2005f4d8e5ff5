using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using System.Text.RegularExpressions;
using ParseKamerstuk.Reading;

namespace ParseKamerstuk.Cli;

/// <summary>
/// Options whose values are read here, so that a wrong value is one line in the tool's voice that names the option
/// (<c>--jobs: 'x' is not a number</c>), never a .NET type name, and impossible limits are refused before any work.
/// </summary>
internal static partial class OptionValues
{
    /// <summary>An integer option with a range; <paramref name="reason"/> says why the maximum is where it is.</summary>
    public static Option<int> Integer(string name, string description, int defaultValue, int min, int max, string reason, params string[] aliases)
    {
        var option = new Option<int>(name, aliases)
        {
            Description = description,
            DefaultValueFactory = _ => defaultValue,
            HelpName = "N",
        };
        option.CustomParser = result =>
        {
            var token = Token(result);
            if (!long.TryParse(token, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
            {
                result.AddError($"{name}: '{token}' is not a number");
                return defaultValue;
            }

            if (RangeError(name, value, min, max, reason) is { } error)
            {
                result.AddError(error);
                return defaultValue;
            }

            return (int)value;
        };
        return option;
    }

    /// <summary>A size in bytes, with an optional unit: <c>1048576</c>, <c>512k</c>, <c>1MB</c>, <c>2G</c> (units of 1024).</summary>
    public static Option<long> Size(string name, string description, long defaultValue, long max, string reason)
    {
        var option = new Option<long>(name)
        {
            Description = description,
            DefaultValueFactory = _ => defaultValue,
            HelpName = "BYTES",
        };
        option.CustomParser = result =>
        {
            var token = Token(result);
            if (ParseSize(token) is not { } value)
            {
                result.AddError($"{name}: '{token}' is not a size (such as 1048576, 512k or 1MB)");
                return defaultValue;
            }

            if (RangeError(name, value, 1, max, reason) is { } error)
            {
                result.AddError(error);
                return defaultValue;
            }

            return value;
        };
        return option;
    }

    /// <summary>The <c>--format</c> option, shared by the commands that read documents: case-insensitive, <c>txt</c> for <c>text</c>.</summary>
    public static Option<InputFormat> Format()
    {
        var option = new Option<InputFormat>("--format")
        {
            Description = "The input format: auto, text (txt), pdf, html, xml or docx; auto decides from the content, the extension only breaks ties.",
            DefaultValueFactory = _ => InputFormat.Auto,
            HelpName = "FORMAT",
        };
        option.CustomParser = result =>
        {
            var token = Token(result);
            if (InputFormats.Parse(token) is { } format)
            {
                return format;
            }

            result.AddError($"--format: '{token}' is not auto, text, pdf, html, xml or docx");
            return InputFormat.Auto;
        };
        return option;
    }

    /// <summary>Reads a size with an optional unit (k, M, G; with or without B or iB; units of 1024).</summary>
    public static long? ParseSize(string text)
    {
        var match = SizePattern().Match(text.Trim());
        if (!match.Success || !long.TryParse(match.Groups["n"].Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number))
        {
            return null;
        }

        var shift = match.Groups["unit"].Value.ToUpperInvariant() switch
        {
            "" => 0,
            "K" => 10,
            "M" => 20,
            "G" => 30,
            _ => -1,
        };
        if (shift < 0 || Math.Abs(number) > (long.MaxValue >> shift))
        {
            return shift < 0 ? null : long.MaxValue;
        }

        return number << shift;
    }

    private static string? RangeError(string name, long value, long min, long max, string reason) =>
        value < min
            ? string.Create(CultureInfo.InvariantCulture, $"{name}: must be at least {min}, not {value}")
            : value > max
                ? string.Create(CultureInfo.InvariantCulture, $"{name}: must be at most {max} ({reason}), not {value}")
                : null;

    private static string Token(ArgumentResult result) => result.Tokens.Count > 0 ? result.Tokens[^1].Value : "";

    // "512", "512k", "1MB", "1 MiB", "2g"
    [GeneratedRegex(@"^(?<n>[+-]?[0-9]+)\s*(?:(?<unit>[kKmMgG])(?:i?[bB])?|[bB])?$", RegexOptions.CultureInvariant)]
    private static partial Regex SizePattern();
}
