using System.Diagnostics;

namespace ParseKamerstuk.Cli.Tests;

public sealed class SelfDescriptionTests
{
    [Fact]
    public void Version_names_the_tool_and_the_schema()
    {
        var result = CliRunner.Run(["--version"]);

        Assert.Equal(0, result.ExitCode);
        Assert.Matches(@"^parsekamerstuk \d+\.\d+\.\d+ \(schema 1\.\d+\)\n$", result.Stdout);
    }

    [Fact]
    public void Help_shows_examples_and_exit_codes()
    {
        var result = CliRunner.Run(["--help"]);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("Examples:\n  parsekamerstuk parse stuk.pdf", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("Exit codes:\n  0  success", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("3  with --fail-on", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("130  interrupted", result.Stdout, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("bash", "complete -o filenames -F _parsekamerstuk_complete parsekamerstuk")]
    [InlineData("zsh", "compdef _parsekamerstuk_complete parsekamerstuk")]
    [InlineData("pwsh", "Register-ArgumentCompleter -Native -CommandName parsekamerstuk")]
    public void Completion_script_asks_the_tool_through_the_suggest_directive(string shell, string registration)
    {
        var result = CliRunner.Run(["completion", shell]);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains(registration, result.Stdout, StringComparison.Ordinal);
        Assert.Contains("parsekamerstuk \"[suggest:", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void The_suggest_directive_completes_commands_and_options()
    {
        // What the completion scripts send: the cursor position and the whole line.
        Assert.Equal("parse\n", CliRunner.Run(["[suggest:17]", "parsekamerstuk pa"]).Stdout);
        Assert.Equal("--jsonl\n", CliRunner.Run(["[suggest:25]", "parsekamerstuk parse --js"]).Stdout);
    }

    [Fact]
    public void An_unknown_shell_is_a_usage_error()
    {
        var result = CliRunner.Run(["completion", "fish"]);

        Assert.Equal(1, result.ExitCode);
    }

    /// <summary>
    /// Packs the tool as <c>dotnet pack</c> does for a release, installs the package into a temporary tool path as
    /// <c>dotnet tool install</c> does for a user, and runs the installed command on a sample.
    /// </summary>
    [Fact]
    public void The_packed_tool_installs_and_parses_a_sample()
    {
        var work = CliRunner.TempDirectory();
        try
        {
            var packages = Path.Combine(work, "packages");
            var tools = Path.Combine(work, "tools");
            var project = Path.Combine(CliRunner.RepositoryRoot, "src", "ParseKamerstuk.Cli", "ParseKamerstuk.Cli.csproj");

            // Given the package of the tool, built into a folder of its own so that it races no other build
            Run("dotnet", ["pack", project, "-c", "Release", "-o", packages, "--artifacts-path", Path.Combine(work, "artifacts")]);
            var package = Assert.Single(Directory.GetFiles(packages, "parsekamerstuk.*.nupkg"));
            using (var zip = System.IO.Compression.ZipFile.OpenRead(package))
            {
                var spec = new StreamReader(zip.Entries.Single(e => e.FullName == "parsekamerstuk.nuspec").Open()).ReadToEnd();
                Assert.Contains("<packageType name=\"DotnetTool\" />", spec, StringComparison.Ordinal);
                Assert.Contains("<license type=\"expression\">MIT</license>", spec, StringComparison.Ordinal);
                Assert.Contains("<readme>README.md</readme>", spec, StringComparison.Ordinal);
                Assert.DoesNotContain("Package Description", spec, StringComparison.Ordinal);
            }

            // When it is installed from that folder
            Run("dotnet", ["tool", "install", "parsekamerstuk", "--tool-path", tools, "--add-source", packages]);

            // Then the installed command parses a sample
            var json = Run(Path.Combine(tools, "parsekamerstuk"), ["parse", CliRunner.Sample("pdf", "ah-tk-20232024-9901.pdf")]);
            Assert.Contains("\"identifier\": \"ah-tk-20232024-9901\"", json, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(work, recursive: true);
        }
    }

    private static string Run(string program, string[] arguments)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = CliRunner.RepositoryRoot };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        var stdout = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"{program} {string.Join(' ', arguments)} exited {process.ExitCode}: {stdout} {stderr.Result}");
        return stdout;
    }
}
