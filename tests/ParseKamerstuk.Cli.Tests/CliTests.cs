using System.Text;
using System.Text.Json;

namespace ParseKamerstuk.Cli.Tests;

public sealed class CliTests
{
    [Fact]
    public void Parse_writes_the_verified_json_to_stdout()
    {
        // Given
        var verified = File.ReadAllText(Path.ChangeExtension(CliRunner.SeedSample, ".verified.json"));

        // When
        var result = CliRunner.Run(["parse", CliRunner.SeedSample]);

        // Then
        Assert.Equal(0, result.ExitCode);
        Assert.Equal(verified, result.Stdout);
        Assert.Equal(string.Empty, result.Stderr);
    }

    [Fact]
    public void Parse_reads_stdin_for_a_dash()
    {
        var result = CliRunner.Run(["parse", "-"], File.ReadAllBytes(CliRunner.SeedSample));
        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.Stdout);
        Assert.Equal("-", json.RootElement.GetProperty("source").GetProperty("name").GetString());
        Assert.Equal(9, json.RootElement.GetProperty("qa").GetArrayLength());
    }

    [Fact]
    public void Parse_writes_a_file_atomically_with_o()
    {
        var directory = CliRunner.TempDirectory();
        var target = Path.Combine(directory, "seed.json");
        var result = CliRunner.Run(["parse", CliRunner.SeedSample, "-o", target]);
        Assert.Equal(0, result.ExitCode);
        Assert.Equal(string.Empty, result.Stdout);
        Assert.Equal(File.ReadAllText(Path.ChangeExtension(CliRunner.SeedSample, ".verified.json")), File.ReadAllText(target));
        Assert.Equal(["seed.json"], Directory.GetFiles(directory).Select(Path.GetFileName));
    }

    [Fact]
    public void A_missing_file_is_one_line_on_stderr_with_exit_2()
    {
        var result = CliRunner.Run(["parse", "no-such-file.pdf"]);
        Assert.Equal(2, result.ExitCode);
        Assert.Equal("parsekamerstuk: no-such-file.pdf: no such file or directory\n", result.Stderr);
        Assert.Equal(string.Empty, result.Stdout);
    }

    [Fact]
    public void Binary_junk_is_a_clean_error()
    {
        var directory = CliRunner.TempDirectory();
        var junk = Path.Combine(directory, "junk.txt");
        File.WriteAllBytes(junk, [0, 1, 2, 3, 4, 5, 0xFF, 0xFE, 0]);
        var result = CliRunner.Run(["parse", junk, "-o", Path.Combine(directory, "junk.json")]);
        Assert.Equal(2, result.ExitCode);
        Assert.Equal($"parsekamerstuk: {junk}: binary data, not text\n", result.Stderr);
        Assert.False(File.Exists(Path.Combine(directory, "junk.json")));
    }

    [Fact]
    public void An_empty_file_is_a_clean_error()
    {
        var directory = CliRunner.TempDirectory();
        var empty = Path.Combine(directory, "empty.pdf");
        File.WriteAllBytes(empty, []);
        var result = CliRunner.Run(["parse", empty]);
        Assert.Equal(2, result.ExitCode);
        Assert.Equal($"parsekamerstuk: {empty}: the input is empty\n", result.Stderr);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void An_unknown_option_is_a_usage_error(bool withInput)
    {
        var result = CliRunner.Run(withInput ? ["parse", CliRunner.SeedSample, "--bogus"] : ["parse", "--bogus"]);
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("--bogus", result.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("no such file", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void A_bad_format_is_a_usage_error()
    {
        var result = CliRunner.Run(["parse", CliRunner.SeedSample, "--format", "rtf"]);
        Assert.Equal(1, result.ExitCode);
    }

    [Fact]
    public void Strict_exits_0_when_there_are_only_warnings()
    {
        var result = CliRunner.Run(["parse", CliRunner.SeedSample, "--strict"]);
        Assert.Equal(0, result.ExitCode);
    }

    [Fact]
    public void Schema_prints_the_embedded_schema()
    {
        var result = CliRunner.Run(["schema"]);
        Assert.Equal(0, result.ExitCode);
        using var schema = JsonDocument.Parse(result.Stdout);
        Assert.Equal("https://json-schema.org/draft/2020-12/schema", schema.RootElement.GetProperty("$schema").GetString());
    }

    [Fact]
    public void Validate_accepts_output_and_names_what_is_wrong()
    {
        var directory = CliRunner.TempDirectory();
        var good = Path.Combine(directory, "good.json");
        var bad = Path.Combine(directory, "bad.json");
        var json = File.ReadAllText(Path.ChangeExtension(CliRunner.SeedSample, ".verified.json"));
        File.WriteAllText(good, json);
        File.WriteAllText(bad, json.Replace("\"chamber\": \"eerste-kamer\"", "\"chamber\": \"senaat\"", StringComparison.Ordinal));

        Assert.Equal(0, CliRunner.Run(["validate", good]).ExitCode);
        var result = CliRunner.Run(["validate", good, bad]);
        Assert.Equal(3, result.ExitCode);
        Assert.StartsWith($"parsekamerstuk: {bad}: /chamber:", result.Stderr, StringComparison.Ordinal);

        // A property missing at the top is located at the root, not at an empty path
        File.WriteAllText(bad, "{}");
        Assert.StartsWith($"parsekamerstuk: {bad}: (root): Required properties", CliRunner.Run(["validate", bad]).Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Text_prints_the_normalized_lines()
    {
        var result = CliRunner.Run(["text", CliRunner.SeedSample]);
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("\nDen Haag, 1 mei 2018\n", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Help_and_version_work()
    {
        var help = CliRunner.Run(["--help"]);
        Assert.Equal(0, help.ExitCode);
        Assert.Contains("parse", help.Stdout, StringComparison.Ordinal);
        var version = CliRunner.Run(["--version"]);
        Assert.Equal(0, version.ExitCode);
        Assert.Matches(@"^parsekamerstuk \d+\.\d+\.\d+ ", version.Stdout);
    }

    [Fact]
    public void Output_is_the_same_bytes_in_another_culture()
    {
        var before = CliRunner.Run(["parse", CliRunner.SeedSample]).Stdout;
        var culture = System.Globalization.CultureInfo.CurrentCulture;
        try
        {
            System.Globalization.CultureInfo.CurrentCulture = System.Globalization.CultureInfo.InvariantCulture;
            Assert.Equal(before, CliRunner.Run(["parse", CliRunner.SeedSample]).Stdout);
        }
        finally
        {
            System.Globalization.CultureInfo.CurrentCulture = culture;
        }

        Assert.DoesNotContain("\\u00", before, StringComparison.Ordinal);
        Assert.EndsWith("}\n", before, StringComparison.Ordinal);
        Assert.DoesNotContain("\r", before, StringComparison.Ordinal);
        Assert.Equal(Encoding.UTF8.GetByteCount(before), Encoding.UTF8.GetBytes(before).Length);
    }
}

/// <summary>The same bytes whatever the process's culture and time zone.</summary>
public sealed class DeterminismTests
{
    [Fact]
    public void Output_is_identical_under_a_Dutch_locale_and_a_far_time_zone()
    {
        static string Run(params (string Name, string Value)[] environment)
        {
            var cli = Path.Combine(AppContext.BaseDirectory, "parsekamerstuk.dll");
            var start = new System.Diagnostics.ProcessStartInfo("dotnet", [cli, "parse", CliRunner.SeedSample]) { RedirectStandardOutput = true };
            foreach (var (name, value) in environment)
            {
                start.Environment[name] = value;
            }

            using var process = System.Diagnostics.Process.Start(start)!;
            var output = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            Assert.Equal(0, process.ExitCode);
            return output;
        }

        var plain = Run(("LANG", "C"), ("TZ", "UTC"));
        var dutch = Run(("LANG", "nl_NL.UTF-8"), ("LC_ALL", "nl_NL.UTF-8"), ("TZ", "Pacific/Auckland"));
        Assert.Equal(plain, dutch);
        Assert.Equal(File.ReadAllText(Path.ChangeExtension(CliRunner.SeedSample, ".verified.json")), plain);
    }
}
