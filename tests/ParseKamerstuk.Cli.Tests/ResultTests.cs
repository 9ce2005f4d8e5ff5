using System.Text;

namespace ParseKamerstuk.Cli.Tests;

/// <summary>What a run says of itself: one summary line true to the exit code, named warnings, --fail-on, progress, Ctrl-C.</summary>
public sealed class ResultTests
{
    private static string Copies(int count, string? folder = null)
    {
        folder ??= CliRunner.TempDirectory();
        Directory.CreateDirectory(folder);
        for (var i = 0; i < count; i++)
        {
            File.Copy(CliRunner.SeedSample, Path.Combine(folder, $"doc{i:D2}.txt"));
        }

        return folder;
    }

    [Fact]
    public void The_summary_counts_parsed_skipped_warned_and_failed_and_agrees_with_the_exit_code()
    {
        var root = Copies(2);
        File.WriteAllBytes(Path.Combine(root, "broken.pdf"), "%PDF-1.7\nno pdf"u8.ToArray());
        File.WriteAllText(Path.Combine(root, "notes.csv"), "a,b\n");

        var result = CliRunner.Run(["parse", root, "-o", Path.Combine(root, "out")]);

        Assert.Equal(2, result.ExitCode);
        Assert.EndsWith("\n2 parsed, 1 skipped, 2 with warnings, 1 failed\n", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void An_empty_input_set_exits_2_saying_where_nothing_was_found()
    {
        var root = CliRunner.TempDirectory();
        var empty = Path.Combine(root, "empty");
        Directory.CreateDirectory(empty);
        var list = Path.Combine(root, "list.txt");
        File.WriteAllText(list, "\n");

        var folder = CliRunner.Run(["parse", empty, "-o", Path.Combine(root, "out")]);
        var glob = CliRunner.Run(["parse", Path.Combine(empty, "*.pdf"), "--jsonl"]);
        var files = CliRunner.Run(["parse", "--files-from", list, "--jsonl"]);

        Assert.Equal((2, $"parsekamerstuk: no documents found in {empty}\n"), (folder.ExitCode, folder.Stderr));
        Assert.Equal(2, glob.ExitCode);
        Assert.EndsWith($"parsekamerstuk: no documents found in {Path.Combine(empty, "*.pdf")}\n", glob.Stderr, StringComparison.Ordinal);
        Assert.Equal((2, $"parsekamerstuk: no documents found in {list}\n"), (files.ExitCode, files.Stderr));
    }

    [Fact]
    public void A_files_line_names_its_warnings()
    {
        var root = Copies(2);
        var result = CliRunner.Run(["parse", root, "--jsonl", "--jobs", "1"]);
        Assert.Contains($"[1/2] {Path.Combine(root, "doc00.txt")}: ok (1 warning: PK2001)\n", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Fail_on_names_severities_or_codes_and_exits_3()
    {
        var root = Copies(2);

        var code = CliRunner.Run(["parse", CliRunner.SeedSample, "--fail-on", "PK4004,PK2001"]);
        var warning = CliRunner.Run(["parse", root, "--jsonl", "--fail-on", "warning"]);
        var other = CliRunner.Run(["parse", CliRunner.SeedSample, "--fail-on", "PK4004", "--fail-on", "error"]);
        var strict = CliRunner.Run(["parse", CliRunner.SeedSample, "--strict"]);

        Assert.Equal(3, code.ExitCode);
        Assert.Equal($"parsekamerstuk: {CliRunner.SeedSample}: fails --fail-on: PK2001\n", code.Stderr);
        Assert.NotEmpty(code.Stdout);
        Assert.Equal(3, warning.ExitCode);
        Assert.EndsWith("\n2 parsed, 0 skipped, 2 with warnings, 0 failed, 2 failing --fail-on\n", warning.Stderr, StringComparison.Ordinal);
        Assert.Equal((0, ""), (other.ExitCode, other.Stderr));
        Assert.Equal((0, ""), (strict.ExitCode, strict.Stderr));
    }

    [Fact]
    public void The_eta_is_weighted_by_bytes_and_the_rate_leaves_out_skipped_files()
    {
        // Given a large file and a small one, largest first, and a clock at 9 s after the large one
        var stderr = new StringWriter();
        var environment = new CliEnvironment(() => new MemoryStream(), new MemoryStream(), stderr, StderrIsTerminal: true) { TerminalWidth = 200 };
        var items = new[] { new InputItem("big.pdf", "big.pdf", "big.pdf", 900), new InputItem("skip.pdf", "skip.pdf", "skip.pdf", 500), new InputItem("small.pdf", "small.pdf", "small.pdf", 100) };
        var now = TimeSpan.FromSeconds(9);
        var progress = new Progress(environment, quiet: false, items, () => now);

        // When the large one is done, and a skipped one
        progress.Report(items[0], "ok");
        var first = stderr.ToString();
        now = TimeSpan.FromSeconds(10);
        progress.Report(items[1], null);

        // Then the ETA is the 600 bytes left at 100 bytes/s (6 s), not two files at 9 s a file; the rate counts parsed files only
        Assert.Contains("ETA 00:00:06", first, StringComparison.Ordinal);
        Assert.Contains(" 0.1 files/s", stderr.ToString()[first.Length..], StringComparison.Ordinal);
    }

    [Fact]
    public void The_bar_fits_the_terminal_and_names_the_current_file_and_is_not_drawn_over_output_on_the_same_terminal()
    {
        var root = Copies(3);
        var stderr = new StringWriter();
        var environment = new CliEnvironment(() => new MemoryStream(), new MemoryStream(), stderr, StderrIsTerminal: true) { TerminalWidth = 60 };
        Assert.Equal(0, Cli.Run(["parse", root, "-o", Path.Combine(root, "out"), "--jobs", "1"], environment));
        var frames = stderr.ToString().Split('\n')[0].Split('\r', StringSplitOptions.RemoveEmptyEntries);
        Assert.NotEmpty(frames);
        Assert.All(frames, f => Assert.True(f.Length <= 59, $"{f.Length} columns: {f}"));
        Assert.Contains(frames, f => f.Contains("doc00.txt", StringComparison.Ordinal));

        var screen = new StringWriter();
        var both = new CliEnvironment(() => new MemoryStream(), new MemoryStream(), screen, StderrIsTerminal: true) { StdoutIsTerminal = true };
        Assert.Equal(0, Cli.Run(["parse", Copies(3), "--jsonl"], both));
        Assert.Equal("3 parsed, 0 skipped, 3 with warnings, 0 failed\n", screen.ToString());
    }

    [Fact]
    public void Ctrl_c_stops_the_batch_and_says_how_much_was_written_and_how_to_go_on()
    {
        // Given a batch whose user presses Ctrl-C when the first file is reported
        var root = Copies(10);
        var output = Path.Combine(root, "out");
        using var interrupt = new CancellationTokenSource();
        var stderr = new InterruptingWriter("[1/", interrupt);
        var environment = new CliEnvironment(() => new MemoryStream(), new MemoryStream(), stderr, StderrIsTerminal: false) { Interrupt = interrupt.Token };

        // When it runs
        var code = Cli.Run(["parse", root, "-o", output, "--jobs", "1"], environment);

        // Then it stops after that file and says so
        Assert.Equal(130, code);
        Assert.EndsWith("interrupted: 1 of 10 written; run again with --skip-existing to go on\n", stderr.ToString(), StringComparison.Ordinal);
        Assert.Single(Directory.GetFiles(output, "*.json"));
    }

    // Cancels when a line starting with the given text is written, as a user's Ctrl-C at that moment.
    private sealed class InterruptingWriter(string trigger, CancellationTokenSource interrupt) : StringWriter
    {
        public override Encoding Encoding => Encoding.UTF8;

        public override void WriteLine(string? value)
        {
            base.WriteLine(value);
            if (value?.StartsWith(trigger, StringComparison.Ordinal) == true)
            {
                interrupt.Cancel();
            }
        }
    }
}
