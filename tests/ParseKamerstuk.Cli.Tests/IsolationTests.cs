using System.Diagnostics;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace ParseKamerstuk.Cli.Tests;

/// <summary>Documents are parsed in worker processes: one that crashes, hangs or eats memory costs only itself.</summary>
public sealed class IsolationTests
{
    // The reason a crash input is refused with: the PDF pre-check's, or, for what slips past it, the dead worker's.
    private const string PdfCrash = @"(?:the PDF crashed the reader \(a reference cycle\?\)|a reference cycle in object \d+|a form XObject that draws itself \(object \d+\)|an? [a-z ]+ \d+ deep)";

    public static TheoryData<string, string> CrashInputsAndJobs()
    {
        var data = new TheoryData<string, string>();
        foreach (var name in CrashPdfs.Names)
        {
            data.Add(name, "1");
            data.Add(name, "2");
        }

        return data;
    }

    // Twenty good documents in a folder of their own.
    private static string GoodDocuments(string root)
    {
        var folder = Path.Combine(root, "good");
        Directory.CreateDirectory(folder);
        for (var i = 0; i < 20; i++)
        {
            File.Copy(CliRunner.SeedSample, Path.Combine(folder, $"doc{i:D2}.txt"));
        }

        return folder;
    }

    private static string CrashFile(string root, string name)
    {
        var path = Path.Combine(root, name + ".pdf");
        File.WriteAllBytes(path, CrashPdfs.Build(name));
        return path;
    }

    [Theory]
    [MemberData(nameof(CrashInputsAndJobs))]
    public void A_pdf_that_crashes_the_reader_costs_only_itself_in_a_batch(string crash, string jobs)
    {
        // Given twenty good documents and one that overflows the PDF reader's stack
        var root = CliRunner.TempDirectory();
        var good = GoodDocuments(root);
        var bad = CrashFile(root, crash);
        var output = Path.Combine(root, "out");

        // When they are parsed to a directory
        var result = CliRunner.Run(["parse", bad, good, "-o", output, "--jobs", jobs]);

        // Then the good ones are written, the bad one is named with the plain reason, and the exit code is 2
        Assert.Equal(2, result.ExitCode);
        Assert.Matches($"(?m)^parsekamerstuk: {Regex.Escape(bad)}: {PdfCrash}$", result.Stderr);
        Assert.EndsWith("20 parsed, 0 skipped, 20 with warnings, 1 failed\n", result.Stderr, StringComparison.Ordinal);
        var verified = File.ReadAllText(Path.ChangeExtension(CliRunner.SeedSample, ".verified.json"));
        var written = Directory.GetFiles(output, "*.json", SearchOption.AllDirectories);
        Assert.Equal(20, written.Length);
        Assert.All(written, f => Assert.Equal(verified.Replace("ek-27925-verslag-nader-schriftelijk-overleg.txt", Path.GetFileNameWithoutExtension(f), StringComparison.Ordinal), File.ReadAllText(f)));
    }

    [Theory]
    [InlineData("1")]
    [InlineData("2")]
    public void Jsonl_goes_on_after_every_crash_input_with_the_good_lines_in_input_order(string jobs)
    {
        // Given every crash input first, then twenty good documents, then every crash input again
        var root = CliRunner.TempDirectory();
        var crashes = CrashPdfs.Names.Select(n => CrashFile(root, n)).ToArray();
        var good = Directory.GetFiles(GoodDocuments(root)).Order(StringComparer.Ordinal).ToArray();

        // When they are parsed to JSON Lines
        var result = CliRunner.Run(["parse", .. crashes, .. good, .. crashes, "--jsonl", "--jobs", jobs]);

        // Then all twenty good lines come out in input order, and each crash is one line on stderr
        Assert.Equal(2, result.ExitCode);
        var lines = result.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal(
            good.Select(Path.GetFileName),
            lines.Where(l => !l.TryGetProperty("error", out _)).Select(l => l.GetProperty("source").GetProperty("name").GetString()));

        // and each crash input is an error record in its place
        Assert.Equal(
            [.. crashes, .. good.Select(_ => (string?)null), .. crashes],
            lines.Select(l => l.TryGetProperty("error", out _) ? l.GetProperty("source").GetProperty("path").GetString() : null));
        Assert.All(crashes, c => Assert.Equal(2, Regex.Count(result.Stderr, $"(?m)^parsekamerstuk: {Regex.Escape(c)}: {PdfCrash}$")));
        Assert.EndsWith($"20 parsed, 0 skipped, 20 with warnings, {2 * crashes.Length} failed\n", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void A_single_crashing_pdf_is_one_line_and_exit_2_from_a_file_and_from_standard_input()
    {
        var bad = CrashFile(CliRunner.TempDirectory(), "self-reference");

        var file = CliRunner.Run(["parse", bad]);
        Assert.Equal(2, file.ExitCode);
        Assert.Matches($"^parsekamerstuk: {Regex.Escape(bad)}: {PdfCrash}\n$", file.Stderr);
        Assert.Equal("", file.Stdout);

        var stdin = CliRunner.Run(["parse", "-"], File.ReadAllBytes(bad));
        Assert.Equal(2, stdin.ExitCode);
        Assert.Matches($"^parsekamerstuk: -: {PdfCrash}\n$", stdin.Stderr);
    }

    [Fact]
    public async Task A_crash_in_a_real_process_leaves_one_line_on_its_stderr_and_no_stack_trace()
    {
        var bad = CrashFile(CliRunner.TempDirectory(), "mutual-references");
        var cli = Path.Combine(AppContext.BaseDirectory, "parsekamerstuk.dll");
        using var process = Process.Start(new ProcessStartInfo("dotnet", [cli, "parse", bad])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        })!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        Assert.Equal(2, process.ExitCode);
        Assert.Matches($"^parsekamerstuk: {Regex.Escape(bad)}: {PdfCrash}\n$", stderr);
        Assert.Equal("", await stdout);
    }

    [Fact]
    public void A_document_that_stalls_past_the_time_limit_is_stopped_from_outside()
    {
        // Given a document on which its worker stalls without ever reaching a check of the time limit (as a read from
        // a stuck network file system does), through the workers' test hook
        var root = CliRunner.TempDirectory();
        var name = $"stall-{Guid.NewGuid():N}.txt";
        var stuck = Path.Combine(root, name);
        File.Copy(CliRunner.SeedSample, stuck);
        Environment.SetEnvironmentVariable(WorkerCommand.StallVariable, name);
        try
        {
            // When it is parsed under a time limit of 1 s (alone: on a busy machine a fresh worker can need more than
            // that for its first good document)
            var result = CliRunner.Run(["parse", stuck, "--timeout", "1"]);

            // Then its worker is killed and the document is reported as timed out
            Assert.Equal(2, result.ExitCode);
            Assert.Equal($"parsekamerstuk: {stuck}: took longer than the time limit of 1 s\n", result.Stderr);
            Assert.Equal("", result.Stdout);
        }
        finally
        {
            Environment.SetEnvironmentVariable(WorkerCommand.StallVariable, null);
        }
    }

    [Fact]
    public void A_document_over_the_memory_ceiling_costs_only_itself()
    {
        // Given a 40 MB text, which needs far more than 64 MB to parse, and a good document
        var root = CliRunner.TempDirectory();
        var big = Path.Combine(root, "big.txt");
        File.WriteAllText(big, string.Concat(Enumerable.Repeat("abc def\n", 40_000_000 / 8)));
        var output = Path.Combine(root, "out");

        // When both are parsed with a ceiling of 64 MB per worker
        var result = CliRunner.Run(["parse", big, CliRunner.SeedSample, "-o", output, "--max-memory", "64", "--jobs", "1"]);

        // Then the big one is reported and the good one is written
        Assert.Equal(2, result.ExitCode);
        Assert.Contains($"parsekamerstuk: {big}: the document needs more than 64 MB of memory (--max-memory)\n", result.Stderr, StringComparison.Ordinal);
        Assert.Single(Directory.GetFiles(output, "ek-27925-verslag-nader-schriftelijk-overleg.txt.json", SearchOption.AllDirectories));
    }

    [Fact]
    public void A_document_within_the_decoded_limit_stops_at_the_default_ceiling()
    {
        // Given a Word file of 200 KB whose one w:t inflates to 100 MB, under the decoded limit of 256 MB, which the
        // parser would take 2 GB and 10 s to read, and a good document
        var root = CliRunner.TempDirectory();
        var big = Path.Combine(root, "big.docx");
        File.WriteAllBytes(big, LongTextDocx(100 * 1024 * 1024));
        var output = Path.Combine(root, "out");

        // When both are parsed with the default options
        var result = CliRunner.Run(["parse", big, CliRunner.SeedSample, "-o", output, "--jobs", "1"]);

        // Then the worker's default ceiling of 400 MB stops the big one, and the good one is written
        Assert.Equal(2, result.ExitCode);
        Assert.Contains($"parsekamerstuk: {big}: the document needs more than 400 MB of memory (--max-memory)\n", result.Stderr, StringComparison.Ordinal);
        Assert.Single(Directory.GetFiles(output, "ek-27925-verslag-nader-schriftelijk-overleg.txt.json", SearchOption.AllDirectories));
    }

    // A Word package whose one paragraph holds length bytes of text.
    private static byte[] LongTextDocx(int length)
    {
        using var buffer = new MemoryStream();
        using (var zip = new System.IO.Compression.ZipArchive(buffer, System.IO.Compression.ZipArchiveMode.Create, leaveOpen: true))
        {
            void Write(string name, string text)
            {
                using var stream = zip.CreateEntry(name).Open();
                stream.Write(Encoding.UTF8.GetBytes(text));
            }

            Write("[Content_Types].xml", """<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>""");
            Write("_rels/.rels", """<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>""");
            using var part = zip.CreateEntry("word/document.xml", System.IO.Compression.CompressionLevel.Fastest).Open();
            part.Write("""<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>"""u8);
            var chunk = Encoding.ASCII.GetBytes(string.Concat(Enumerable.Repeat("Dit is tekst. ", 1 << 16)));
            for (var left = length; left > 0; left -= chunk.Length)
            {
                part.Write(chunk, 0, Math.Min(left, chunk.Length));
            }

            part.Write("</w:t></w:r></w:p></w:body></w:document>"u8);
        }

        return buffer.ToArray();
    }

    [Fact]
    public void A_closed_standard_error_does_not_stop_the_batch()
    {
        // Given a standard error whose every write fails, as a closed descriptor's does
        var root = CliRunner.TempDirectory();
        var good = Path.Combine(root, "in");
        Directory.CreateDirectory(good);
        for (var i = 0; i < 6; i++)
        {
            File.Copy(CliRunner.SeedSample, Path.Combine(good, $"doc{i}.txt"));
        }

        var output = Path.Combine(root, "out");
        var stdout = new MemoryStream();
        using var stderr = new ClosedWriter();
        var environment = new CliEnvironment(() => new MemoryStream(), stdout, stderr, StderrIsTerminal: false);

        // When a batch reports progress to it
        var code = Cli.Run(["parse", good, "-o", output, "--jobs", "1"], environment);

        // Then every file is written and the exit code tells the outcome
        Assert.Equal(0, code);
        Assert.Equal(6, Directory.GetFiles(output, "*.json").Length);
    }

    [Fact]
    public async Task A_real_process_with_standard_error_closed_finishes_the_batch()
    {
        var root = CliRunner.TempDirectory();
        var good = Path.Combine(root, "in");
        Directory.CreateDirectory(good);
        for (var i = 0; i < 6; i++)
        {
            File.Copy(CliRunner.SeedSample, Path.Combine(good, $"doc{i}.txt"));
        }

        CrashFile(good, "self-reference");
        var output = Path.Combine(root, "out");
        var cli = Path.Combine(AppContext.BaseDirectory, "parsekamerstuk.dll");
        using var process = Process.Start(new ProcessStartInfo("/bin/sh", ["-c", "exec dotnet \"$@\" 2>&-", "sh", cli, "parse", good, "-o", output, "--jobs", "1"]))!;
        await process.WaitForExitAsync();
        Assert.Equal(2, process.ExitCode);
        Assert.Equal(6, Directory.GetFiles(output, "*.json").Length);
    }

    private static int CountOf(string part, string text)
    {
        var count = 0;
        for (var at = text.IndexOf(part, StringComparison.Ordinal); at >= 0; at = text.IndexOf(part, at + part.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }

    // Standard error closed with 2>&-: the descriptor is gone, so every write fails (EBADF).
    private sealed class ClosedWriter : TextWriter
    {
        public override Encoding Encoding => Encoding.UTF8;

        public override void Write(char value) => throw new UnauthorizedAccessException("Bad file descriptor");

        public override void Write(string? value) => throw new UnauthorizedAccessException("Bad file descriptor");

        public override void WriteLine(string? value) => throw new UnauthorizedAccessException("Bad file descriptor");
    }
}
