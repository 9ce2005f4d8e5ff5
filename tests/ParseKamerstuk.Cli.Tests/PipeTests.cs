using System.Text;
using System.Text.Json;

namespace ParseKamerstuk.Cli.Tests;

/// <summary>Pipes, JSON Lines that join back to their inputs, globs the tool expands, lists from find -print0.</summary>
public sealed class PipeTests
{
    private static string Copies(int count)
    {
        var folder = CliRunner.TempDirectory();
        for (var i = 0; i < count; i++)
        {
            File.Copy(CliRunner.SeedSample, Path.Combine(folder, $"doc{i:D2}.txt"));
        }

        return folder;
    }

    [Fact]
    public void A_closed_standard_output_stops_the_batch_at_once_and_quietly()
    {
        // Given standard output that a reader closes after the first line ("| head -1")
        var root = Copies(20);
        var stderr = new StringWriter();
        var environment = new CliEnvironment(() => new MemoryStream(), new ClosingStream(writes: 1), stderr, StderrIsTerminal: false);

        // When a batch writes JSON Lines to it
        var code = Cli.Run(["parse", root, "--jsonl", "--jobs", "1"], environment);

        // Then it stops without a message and exits 0, as jq and ripgrep do
        Assert.Equal(0, code);
        Assert.DoesNotContain("parsekamerstuk:", stderr.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("[3/", stderr.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("parsed", stderr.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void With_nothing_named_on_a_terminal_it_prints_the_usage_instead_of_waiting()
    {
        var stderr = new StringWriter();
        var environment = new CliEnvironment(() => throw new InvalidOperationException("standard input was read"), new MemoryStream(), stderr, StderrIsTerminal: true) { StdinIsTerminal = true };
        Assert.Equal(1, Cli.Run(["parse"], environment));
        Assert.StartsWith("usage: parsekamerstuk parse ", stderr.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Text_takes_several_inputs_and_o_and_refuses_an_empty_file_as_parse_does()
    {
        var root = CliRunner.TempDirectory();
        var second = Path.Combine(root, "b.txt");
        File.Copy(CliRunner.SeedSample, second);
        var empty = Path.Combine(root, "empty.txt");
        File.WriteAllBytes(empty, []);

        var both = CliRunner.Run(["text", CliRunner.SeedSample, second]);
        var folder = CliRunner.Run(["text", CliRunner.SeedSample, second, "-o", Path.Combine(root, "out")]);
        var nothing = CliRunner.Run(["text", empty]);

        Assert.Equal(0, both.ExitCode);
        Assert.StartsWith($"==> {CliRunner.SeedSample} <==\n", both.Stdout, StringComparison.Ordinal);
        Assert.Contains($"==> {second} <==\n", both.Stdout, StringComparison.Ordinal);
        Assert.Equal(0, folder.ExitCode);
        Assert.Contains("\nDen Haag, 1 mei 2018\n", File.ReadAllText(Directory.GetFiles(Path.Combine(root, "out"), "b.txt.txt", SearchOption.AllDirectories).Single()), StringComparison.Ordinal);
        Assert.Equal((2, $"parsekamerstuk: {empty}: the input is empty\n"), (nothing.ExitCode, nothing.Stderr));
    }

    [Fact]
    public void Every_line_carries_the_path_as_given_and_a_failed_input_is_an_error_record()
    {
        // Given a good document named by a relative path, a broken PDF, and another good one
        var root = CliRunner.TempDirectory();
        var good = Path.Combine(root, "good.txt");
        File.Copy(CliRunner.SeedSample, good);
        var relative = Path.GetRelativePath(Directory.GetCurrentDirectory(), good);
        var broken = Path.Combine(root, "broken.pdf");
        File.WriteAllBytes(broken, "%PDF-1.7\nno pdf"u8.ToArray());

        // When they are parsed to JSON Lines
        var result = CliRunner.Run(["parse", relative, broken, CliRunner.SeedSample, "--jsonl", "--quiet"]);

        // Then there is one line per input, each with source.path, the failed one as an error record the schema accepts
        Assert.Equal(2, result.ExitCode);
        var lines = result.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(3, lines.Length);
        Assert.StartsWith($"{{\"schemaVersion\":\"1.2\",\"source\":{{\"name\":\"good.txt\",\"path\":{JsonSerializer.Serialize(relative)},\"format\":\"text\",", lines[0], StringComparison.Ordinal);
        using (var error = JsonDocument.Parse(lines[1]))
        {
            Assert.Equal(["schemaVersion", "source", "error"], error.RootElement.EnumerateObject().Select(p => p.Name));
            Assert.Equal(broken, error.RootElement.GetProperty("source").GetProperty("path").GetString());
            Assert.Equal("broken.pdf", error.RootElement.GetProperty("source").GetProperty("name").GetString());
            Assert.StartsWith("not a readable PDF", error.RootElement.GetProperty("error").GetProperty("message").GetString(), StringComparison.Ordinal);
        }

        Assert.Contains($"\"path\":{JsonSerializer.Serialize(CliRunner.SeedSample)}", lines[2], StringComparison.Ordinal);
        var validate = CliRunner.Run(["validate", "-"], Encoding.UTF8.GetBytes(result.Stdout));
        Assert.Equal((0, "3 valid, 0 invalid\n"), (validate.ExitCode, validate.Stderr));
    }

    [Fact]
    public void The_schema_describes_the_path_and_the_error_record_in_version_1_2()
    {
        using var schema = JsonDocument.Parse(CliRunner.Run(["schema"]).Stdout);
        Assert.Equal("urn:parsekamerstuk:schema:kamerstuk:1.2", schema.RootElement.GetProperty("$id").GetString());
        var defs = schema.RootElement.GetProperty("$defs");
        Assert.True(defs.GetProperty("document").GetProperty("properties").GetProperty("source").GetProperty("properties").TryGetProperty("path", out _));
        Assert.Equal(["schemaVersion", "source", "error"], defs.GetProperty("errorRecord").GetProperty("required").EnumerateArray().Select(e => e.GetString()));
    }

    [Fact]
    public void Globs_with_double_stars_and_wildcard_folders_are_expanded_by_the_tool()
    {
        // Given a tree of documents
        var root = CliRunner.TempDirectory();
        foreach (var path in new[] { "a/x1.txt", "a/y1.txt", "b/x2.txt", "b/deep/er/x3.txt", "x0.txt" })
        {
            var full = Path.Combine(root, path);
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            File.Copy(CliRunner.SeedSample, full);
        }

        // When globs the shell did not expand are named
        var oneLevel = CliRunner.Run(["parse", $"{root}/*/x*.txt", "--jsonl", "--quiet"]);
        var anyDepth = CliRunner.Run(["parse", $"{root}/**/x*.txt", "-o", Path.Combine(root, "out"), "--quiet"]);

        // Then the tool expands them, and outputs mirror the tree
        Assert.Equal(["x1.txt", "x2.txt"], Names(oneLevel.Stdout));
        Assert.Equal(0, anyDepth.ExitCode);
        Assert.Equal(
            ["a/x1.txt.json", "b/deep/er/x3.txt.json", "b/x2.txt.json", "x0.txt.json"],
            Directory.GetFiles(Path.Combine(root, "out"), "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(Path.Combine(root, "out"), f)).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Files_from_with_null_reads_names_separated_by_nul_as_find_print0_writes_them()
    {
        var root = CliRunner.TempDirectory();
        var spaced = Path.Combine(root, " spaced .txt");
        var newline = Path.Combine(root, "new\nline.txt");
        File.Copy(CliRunner.SeedSample, spaced);
        File.Copy(CliRunner.SeedSample, newline);

        var result = CliRunner.Run(["parse", "--files-from", "-", "-0", "--jsonl", "--quiet"], Encoding.UTF8.GetBytes(spaced + "\0" + newline + "\0"));

        Assert.Equal(0, result.ExitCode);
        Assert.Equal([" spaced .txt", "new\nline.txt"], Names(result.Stdout));
    }

    private static List<string?> Names(string jsonl) => jsonl.Split('\n', StringSplitOptions.RemoveEmptyEntries)
        .Select(l => JsonDocument.Parse(l).RootElement.GetProperty("source").GetProperty("name").GetString())
        .ToList();

    // Standard output whose reader goes away after some writes: later writes fail as EPIPE does.
    private sealed class ClosingStream(int writes) : MemoryStream
    {
        private int _left = writes;

        public override void Write(byte[] buffer, int offset, int count)
        {
            if (_left-- <= 0)
            {
                throw new IOException("Broken pipe");
            }

            base.Write(buffer, offset, count);
        }

        public override void Write(ReadOnlySpan<byte> buffer)
        {
            if (_left-- <= 0)
            {
                throw new IOException("Broken pipe");
            }

            base.Write(buffer);
        }
    }
}
