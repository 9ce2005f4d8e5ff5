using System.Diagnostics;
using System.Text.Json;

namespace ParseKamerstuk.Cli.Tests;

/// <summary>Many inputs: directories, JSON Lines, shards, parallelism, resumption, isolation of failures.</summary>
public sealed class BatchTests
{
    private static string[] SampleFiles() =>
        Directory.EnumerateFiles(CliRunner.Sample(), "*", SearchOption.AllDirectories)
            .Where(f => !f.EndsWith(".json", StringComparison.Ordinal) && !f.EndsWith(".md", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .ToArray();

    // The sample documents without their verified JSON, in a folder of their own.
    private static string SampleDocuments()
    {
        var root = CliRunner.TempDirectory();
        foreach (var file in SampleFiles())
        {
            var target = Path.Combine(root, Path.GetRelativePath(CliRunner.Sample(), file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }

        return root;
    }

    [Fact]
    public void A_directory_becomes_one_json_per_input_mirroring_relative_paths()
    {
        var output = CliRunner.TempDirectory();
        var documents = SampleDocuments();
        var result = CliRunner.Run(["parse", documents, "-o", output, "--quiet"]);
        Assert.Equal(0, result.ExitCode);
        foreach (var input in SampleFiles())
        {
            var relative = Path.GetRelativePath(CliRunner.Sample(), input);
            var json = Path.Combine(output, relative + ".json");
            Assert.True(File.Exists(json), json);
            Assert.Equal(File.ReadAllText(Path.ChangeExtension(input, ".verified.json")), File.ReadAllText(json));
        }
    }

    [Fact]
    public void Jsonl_is_one_document_per_line_in_input_order_and_the_same_with_any_number_of_jobs()
    {
        var serial = CliRunner.Run(["parse", .. SampleFiles(), "--jsonl", "--jobs", "1", "--quiet"]);
        var parallel = CliRunner.Run(["parse", .. SampleFiles(), "--jsonl", "--jobs", "4", "--quiet"]);
        Assert.Equal(0, serial.ExitCode);
        Assert.Equal(serial.Stdout, parallel.Stdout);
        var lines = serial.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(SampleFiles().Length, lines.Length);
        Assert.Equal(
            SampleFiles().Select(Path.GetFileName),
            lines.Select(l => JsonDocument.Parse(l).RootElement.GetProperty("source").GetProperty("name").GetString()));
    }

    [Fact]
    public async Task Jsonl_from_a_real_process_exits_0_with_nothing_on_stderr()
    {
        // The console's standard output, not a stream in memory: the process must leave it open for the last flush.
        var cli = Path.Combine(AppContext.BaseDirectory, "parsekamerstuk.dll");
        using var process = Process.Start(new ProcessStartInfo("dotnet", [cli, "parse", .. SampleFiles(), "--jsonl", "--quiet"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        })!;
        var stderr = process.StandardError.ReadToEndAsync();
        var lines = (await process.StandardOutput.ReadToEndAsync()).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        await process.WaitForExitAsync();
        Assert.Equal("", await stderr);
        Assert.Equal(0, process.ExitCode);
        Assert.Equal(SampleFiles().Length, lines.Length);
    }

    [Fact]
    public void Three_shards_together_are_the_whole_run()
    {
        var documents = SampleDocuments();
        var whole = Lines(CliRunner.Run(["parse", documents, "--jsonl", "--quiet"]).Stdout);
        Assert.Equal(SampleFiles().Length, whole.Count);
        var shards = Enumerable.Range(1, 3)
            .SelectMany(k => Lines(CliRunner.Run(["parse", documents, "--jsonl", "--quiet", "--shard", $"{k}/3"]).Stdout))
            .ToList();
        Assert.Equal(whole.Order(StringComparer.Ordinal), shards.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Files_from_reads_paths_and_a_listed_dot_dot_cannot_escape_the_output_directory()
    {
        var root = CliRunner.TempDirectory();
        var output = Path.Combine(root, "out");
        var list = Path.Combine(root, "list.txt");
        File.WriteAllText(list, string.Join('\n', SampleFiles().Take(2).Append(Path.Combine(root, "..", Path.GetFileName(root), "list.txt"))));
        var result = CliRunner.Run(["parse", "--files-from", list, "-o", output, "--quiet"]);
        Assert.Equal(0, result.ExitCode);
        Assert.All(Directory.EnumerateFiles(root, "*.json", SearchOption.AllDirectories), f => Assert.StartsWith(output, f, StringComparison.Ordinal));
        Assert.Equal(3, Directory.EnumerateFiles(output, "*.json", SearchOption.AllDirectories).Count());
    }

    [Fact]
    public void A_failing_input_costs_only_its_own_result_and_the_exit_code_is_2()
    {
        var root = CliRunner.TempDirectory();
        var broken = Path.Combine(root, "broken.pdf");
        File.WriteAllBytes(broken, "%PDF-1.7\nthis is no pdf"u8.ToArray());
        var output = Path.Combine(root, "out");
        var result = CliRunner.Run(["parse", broken, CliRunner.SeedSample, "-o", output]);
        Assert.Equal(2, result.ExitCode);
        Assert.Contains($"parsekamerstuk: {broken}: not a readable PDF", result.Stderr, StringComparison.Ordinal);
        Assert.EndsWith("1 parsed, 0 skipped, 1 with warnings, 1 failed\n", result.Stderr, StringComparison.Ordinal);
        Assert.Equal(["ek-27925-verslag-nader-schriftelijk-overleg.txt.json"], Directory.GetFiles(output, "*", SearchOption.AllDirectories).Select(Path.GetFileName));
    }

    [Fact]
    public void Fail_fast_stops_at_the_first_failure()
    {
        var root = CliRunner.TempDirectory();
        var broken = Path.Combine(root, "a-broken.txt");
        File.WriteAllBytes(broken, [0, 0, 0, 1]);
        var inputs = Enumerable.Repeat(SampleFiles(), 20).SelectMany(f => f).ToArray();
        var result = CliRunner.Run(["parse", broken, .. inputs, "--jsonl", "--fail-fast", "--jobs", "1"]);
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("1 failed", result.Stderr, StringComparison.Ordinal);
        Assert.True(result.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length < inputs.Length / 2, "the batch went on after the failure");
    }

    [Fact]
    public void Skip_existing_resumes_by_content_and_counts_what_it_skipped()
    {
        // Given a finished run, one output edited without touching its source, and one from other bytes
        var output = CliRunner.TempDirectory();
        var documents = SampleDocuments();
        var first = CliRunner.Run(["parse", documents, "-o", output]);
        Assert.Contains("[1/", first.Stderr, StringComparison.Ordinal);
        var written = Directory.EnumerateFiles(output, "*.json", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToArray();
        var kept = written[0];
        File.AppendAllText(kept, "\n");
        var stale = written[1];
        File.WriteAllText(stale, File.ReadAllText(stale).Replace("\"sha256\": \"", "\"sha256\": \"00", StringComparison.Ordinal));

        // When it runs again with --skip-existing
        var second = CliRunner.Run(["parse", documents, "-o", output, "--skip-existing"]);

        // Then the output of the same bytes is left alone, the stale one is parsed again, and skips are counted, not listed
        Assert.Equal(0, second.ExitCode);
        Assert.EndsWith("\n\n", File.ReadAllText(kept), StringComparison.Ordinal);
        Assert.DoesNotContain("\"sha256\": \"00", File.ReadAllText(stale), StringComparison.Ordinal);
        Assert.DoesNotContain(": skipped", second.Stderr, StringComparison.Ordinal);
        Assert.Matches($"\n1 parsed, {written.Length - 1} skipped, [01] with warnings, 0 failed\n$", second.Stderr);
    }

    [Theory]
    [InlineData("1")]
    [InlineData("3")]
    public void Files_to_a_directory_are_parsed_largest_first_and_progress_follows_that_order(string jobs)
    {
        // Given inputs named smallest first
        var root = CliRunner.TempDirectory();
        var small = Path.Combine(root, "a-small.txt");
        var large = Path.Combine(root, "b-large.txt");
        File.WriteAllText(small, "Den Haag, 1 mei 2018\n");
        File.Copy(CliRunner.SeedSample, large);

        // When they go to a directory
        var result = CliRunner.Run(["parse", small, large, "-o", Path.Combine(root, "out"), "--jobs", jobs]);

        // Then the large one is parsed and reported first, and both are written
        Assert.Equal(0, result.ExitCode);
        var lines = result.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal([$"[1/2] {large}: ok (1 warning: PK2001)", $"[2/2] {small}: ok (2 warnings: PK2001, PK2002)"], lines.Take(2));
        Assert.True(File.Exists(Path.Combine(root, "out", "a-small.txt.json")));
        Assert.True(File.Exists(Path.Combine(root, "out", "b-large.txt.json")));
    }

    [Fact]
    public void Several_inputs_without_an_output_directory_are_a_usage_error()
    {
        var result = CliRunner.Run(["parse", .. SampleFiles()]);
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("-o DIR or --jsonl", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Killing_a_batch_leaves_only_complete_json_files()
    {
        // Given a batch of many inputs in a separate process
        var root = CliRunner.TempDirectory();
        var inputs = Path.Combine(root, "in");
        Directory.CreateDirectory(inputs);
        for (var i = 0; i < 300; i++)
        {
            File.Copy(CliRunner.SeedSample, Path.Combine(inputs, $"doc{i:D3}.txt"));
        }

        var output = Path.Combine(root, "out");
        var cli = Path.Combine(AppContext.BaseDirectory, "parsekamerstuk.dll");
        using var process = Process.Start(new ProcessStartInfo("dotnet", [cli, "parse", inputs, "-o", output, "--quiet", "--jobs", "2"]) { RedirectStandardError = true })!;

        // When it is killed while it writes
        var clock = Stopwatch.StartNew();
        while ((!Directory.Exists(output) || Directory.GetFiles(output).Length < 5) && clock.Elapsed < TimeSpan.FromSeconds(30) && !process.HasExited)
        {
            Thread.Sleep(10);
        }

        process.Kill(entireProcessTree: true);
        process.WaitForExit();

        // Then every .json there is complete, and a new run removes what the killed one left
        var written = Directory.GetFiles(output, "*.json");
        Assert.NotEmpty(written);
        Assert.All(written, f => JsonDocument.Parse(File.ReadAllText(f)).Dispose());
        Assert.Equal(0, CliRunner.Run(["parse", inputs, "-o", output, "--quiet", "--skip-existing"]).ExitCode);
        Assert.Empty(Directory.GetFiles(output, "*" + AtomicFile.TempSuffix, SearchOption.AllDirectories));
        Assert.Equal(300, Directory.GetFiles(output, "*.json").Length);
    }

    private static List<string> Lines(string text) => text.Split('\n', StringSplitOptions.RemoveEmptyEntries).ToList();
}
