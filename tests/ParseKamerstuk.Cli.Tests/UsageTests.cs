namespace ParseKamerstuk.Cli.Tests;

/// <summary>Errors in the tool's own voice: one line naming the option or file, the right exit code, no .NET names.</summary>
public sealed class UsageTests
{
    [Theory]
    [InlineData("--jobs x", "--jobs: 'x' is not a number")]
    [InlineData("--jobs 0", "--jobs: must be at least 1, not 0")]
    [InlineData("--timeout 0", "--timeout: must be at least 1, not 0")]
    [InlineData("--shard 4/3", "--shard: '4/3' is not K/N with 1 <= K <= N")]
    [InlineData("--timeout 5000000", "--timeout: must be at most 86400 (a day), not 5000000")]
    [InlineData("--jobs 1000000000", "--jobs: must be at most 1024 (a worker process each), not 1000000000")]
    [InlineData("--max-bytes -1", "--max-bytes: must be at least 1, not -1")]
    [InlineData("--max-pages -1", "--max-pages: must be at least 1, not -1")]
    [InlineData("--max-bytes 1XB", "--max-bytes: '1XB' is not a size (such as 1048576, 512k or 1MB)")]
    [InlineData("--format rtf", "--format: 'rtf' is not auto, text, pdf, html, xml or docx")]
    [InlineData("--fail-on PK12", "--fail-on: 'PK12' is not warning, error or a diagnostic code such as PK4004")]
    [InlineData("--bogus", "unknown option --bogus")]
    public void A_wrong_option_value_is_one_line_naming_the_option_with_exit_1(string option, string message)
    {
        var result = CliRunner.Run(["parse", CliRunner.SeedSample, .. option.Split(' ')]);

        Assert.Equal(1, result.ExitCode);
        Assert.Equal($"parsekamerstuk: {message}\n", result.Stderr);
        Assert.Equal("", result.Stdout);
    }

    [Theory]
    [InlineData("TXT")]
    [InlineData("Text")]
    [InlineData("txt")]
    public void Format_is_case_insensitive_and_takes_txt(string format)
    {
        var result = CliRunner.Run(["parse", CliRunner.SeedSample, "--format", format]);
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("\"format\": \"text\"", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Max_bytes_takes_units()
    {
        Assert.Equal(0, CliRunner.Run(["parse", CliRunner.SeedSample, "--max-bytes", "1MB"]).ExitCode);
        var small = CliRunner.Run(["parse", CliRunner.SeedSample, "--max-bytes", "1k"]);
        Assert.Equal(2, small.ExitCode);
        Assert.Contains("over the limit of 1024 bytes", small.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void An_option_that_does_nothing_where_it_stands_gets_a_warning()
    {
        var result = CliRunner.Run(["parse", CliRunner.SeedSample, "--skip-existing"]);
        Assert.Equal(0, result.ExitCode);
        Assert.Equal("parsekamerstuk: warning: --skip-existing does nothing without -o DIR and several inputs\n", result.Stderr);
    }

    [Fact]
    public void An_output_under_a_file_names_the_file()
    {
        var root = CliRunner.TempDirectory();
        var x = Path.Combine(root, "x");
        File.WriteAllText(x, "");
        var target = Path.Combine(x, "y.json");
        var previous = Directory.GetCurrentDirectory();

        var result = CliRunner.Run(["parse", CliRunner.SeedSample, "-o", target]);

        Assert.Equal(2, result.ExitCode);
        Assert.Equal($"parsekamerstuk: -o {target}: {Path.GetRelativePath(previous, x)} is a file, not a directory\n", result.Stderr);
    }

    [Fact]
    public void An_unwritable_output_directory_is_one_error_before_any_parsing()
    {
        var root = CliRunner.TempDirectory();
        var inputs = Path.Combine(root, "in");
        Directory.CreateDirectory(inputs);
        for (var i = 0; i < 5; i++)
        {
            File.Copy(CliRunner.SeedSample, Path.Combine(inputs, $"doc{i}.txt"));
        }

        // /proc takes no new directories, not even from root
        var result = CliRunner.Run(["parse", inputs, "-o", "/proc/parsekamerstuk-out"]);

        Assert.Equal(2, result.ExitCode);
        Assert.Matches(@"^parsekamerstuk: -o /proc/parsekamerstuk-out: cannot write there \([a-z ]+\)\n$", result.Stderr);
    }

    [Fact]
    public void An_output_file_with_several_inputs_is_a_usage_error()
    {
        var root = CliRunner.TempDirectory();
        var target = Path.Combine(root, "two.json");

        var result = CliRunner.Run(["parse", CliRunner.SeedSample, CliRunner.Sample("text", "aanhangsel-1993-numbered-ocr.txt"), "-o", target]);

        Assert.Equal(1, result.ExitCode);
        Assert.Equal($"parsekamerstuk: -o {target}: several inputs need a directory, not a file\n", result.Stderr);
        Assert.False(Directory.Exists(target));
    }

    [Fact]
    public void Output_dash_is_standard_output()
    {
        File.Delete("-"); // what a run before this rule left
        var result = CliRunner.Run(["parse", CliRunner.SeedSample, "-o", "-"]);
        Assert.Equal(0, result.ExitCode);
        Assert.Equal(File.ReadAllText(Path.ChangeExtension(CliRunner.SeedSample, ".verified.json")), result.Stdout);
        Assert.False(File.Exists("-"));
    }
}
