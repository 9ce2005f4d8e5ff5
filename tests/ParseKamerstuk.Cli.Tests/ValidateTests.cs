using System.Text;

namespace ParseKamerstuk.Cli.Tests;

/// <summary><c>validate</c> takes what <c>parse</c> writes, the way <c>parse</c> takes its inputs.</summary>
public sealed class ValidateTests
{
    private static readonly string s_good = File.ReadAllText(Path.ChangeExtension(CliRunner.SeedSample, ".verified.json"));

    [Fact]
    public void A_directory_gives_its_json_files_and_a_summary()
    {
        // Given a folder with a valid and an invalid output and a file that is no output
        var directory = CliRunner.TempDirectory();
        File.WriteAllText(Path.Combine(directory, "good.json"), s_good);
        Directory.CreateDirectory(Path.Combine(directory, "sub"));
        File.WriteAllText(Path.Combine(directory, "sub", "bad.json"), s_good.Replace("\"chamber\": \"eerste-kamer\"", "\"chamber\": \"senaat\"", StringComparison.Ordinal));
        File.WriteAllText(Path.Combine(directory, "README.md"), "# not JSON");

        // When the folder is validated
        var result = CliRunner.Run(["validate", directory]);

        // Then both outputs are checked, the README is not, and the last line counts them
        Assert.Equal(3, result.ExitCode);
        Assert.Contains("bad.json: /chamber:", result.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("README", result.Stderr, StringComparison.Ordinal);
        Assert.EndsWith("1 valid, 1 invalid\n", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void A_glob_is_expanded()
    {
        var directory = CliRunner.TempDirectory();
        File.WriteAllText(Path.Combine(directory, "a.json"), s_good);
        File.WriteAllText(Path.Combine(directory, "b.json"), s_good);

        var result = CliRunner.Run(["validate", Path.Combine(directory, "*.json")]);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("2 valid, 0 invalid\n", result.Stderr);
    }

    [Fact]
    public void Json_lines_on_standard_input_are_checked_line_by_line()
    {
        // Given what parse --jsonl writes for two documents
        var lines = CliRunner.Run(["parse", CliRunner.SeedSample, CliRunner.Sample("html", "ah-tk-20232024-1314.html"), "--jsonl", "--quiet"]).Stdout;

        var result = CliRunner.Run(["validate", "-"], Encoding.UTF8.GetBytes(lines));

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("2 valid, 0 invalid\n", result.Stderr);
    }

    [Fact]
    public void A_bad_line_of_a_jsonl_file_is_named_by_its_number()
    {
        var directory = CliRunner.TempDirectory();
        var file = Path.Combine(directory, "all.jsonl");
        var line = CliRunner.Run(["parse", CliRunner.SeedSample, "--jsonl", "--quiet"]).Stdout.TrimEnd('\n');
        File.WriteAllText(file, line + "\n" + line.Replace("\"chamber\":\"eerste-kamer\"", "\"chamber\":\"senaat\"", StringComparison.Ordinal) + "\n");

        var result = CliRunner.Run(["validate", file]);

        Assert.Equal(3, result.ExitCode);
        Assert.StartsWith($"parsekamerstuk: {file}:2: /chamber:", result.Stderr, StringComparison.Ordinal);
        Assert.EndsWith("1 valid, 1 invalid\n", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_property_is_named()
    {
        var directory = CliRunner.TempDirectory();
        var file = Path.Combine(directory, "extra.json");
        File.WriteAllText(file, s_good.Replace("{\n  \"schemaVersion\"", "{\n  \"extra\": 1,\n  \"schemaVersion\"", StringComparison.Ordinal));

        var result = CliRunner.Run(["validate", file]);

        Assert.Equal(3, result.ExitCode);
        Assert.StartsWith($"parsekamerstuk: {file}: (root): unknown property 'extra'\n", result.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("false schema", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_file_is_an_input_error()
    {
        var result = CliRunner.Run(["validate", Path.Combine(CliRunner.TempDirectory(), "absent.json")]);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("absent.json: no such file or directory", result.Stderr, StringComparison.Ordinal);
    }
}
