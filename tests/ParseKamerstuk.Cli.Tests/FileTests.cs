using System.Diagnostics;

namespace ParseKamerstuk.Cli.Tests;

/// <summary>Files and directories, safe by construction: FIFOs, devices, symlinks, the output directory, concurrent runs, names.</summary>
public sealed class FileTests
{
    private static void Sh(string script)
    {
        using var process = Process.Start("/bin/sh", ["-c", script])!;
        process.WaitForExit();
        Assert.Equal(0, process.ExitCode);
    }

    private static string Q(string path) => "'" + path.Replace("'", "'\\''", StringComparison.Ordinal) + "'";

    [Fact]
    public void A_walk_passes_over_a_fifo_and_a_named_fifo_or_device_is_not_a_regular_file()
    {
        var root = CliRunner.TempDirectory();
        File.Copy(CliRunner.SeedSample, Path.Combine(root, "doc.txt"));
        var fifo = Path.Combine(root, "pipe.txt");
        Sh($"mkfifo {Q(fifo)}");

        var walk = CliRunner.Run(["parse", root, "-o", Path.Combine(root, "out")]);
        var named = CliRunner.Run(["parse", fifo]);
        var device = CliRunner.Run(["parse", "/dev/zero"]);
        var validate = CliRunner.Run(["validate", fifo]);

        Assert.Equal(0, walk.ExitCode);
        Assert.EndsWith("1 parsed, 1 skipped, 1 with warnings, 0 failed\n", walk.Stderr, StringComparison.Ordinal);
        Assert.Equal((2, $"parsekamerstuk: {fifo}: not a regular file\n"), (named.ExitCode, named.Stderr));
        Assert.Equal((2, "parsekamerstuk: /dev/zero: not a regular file\n"), (device.ExitCode, device.Stderr));
        Assert.Equal(2, validate.ExitCode);
        Assert.Contains("not a regular file", validate.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void A_read_stops_at_max_bytes_whatever_the_reported_length()
    {
        // /proc/cpuinfo reports a length of 0 and holds kilobytes
        var result = CliRunner.Run(["parse", "/proc/cpuinfo", "--max-bytes", "64"]);
        Assert.Equal((2, "parsekamerstuk: /proc/cpuinfo: input is over the limit of 64 bytes\n"), (result.ExitCode, result.Stderr));
    }

    [Fact]
    public void Directory_symlinks_are_not_followed_unless_asked_and_then_without_loops()
    {
        // Given a folder with a link to its parent and a link to itself
        var root = CliRunner.TempDirectory();
        var input = Path.Combine(root, "d");
        Directory.CreateDirectory(Path.Combine(input, "sub"));
        File.Copy(CliRunner.SeedSample, Path.Combine(input, "sub", "doc.txt"));
        Sh($"ln -s .. {Q(Path.Combine(input, "sub", "up"))} && ln -s . {Q(Path.Combine(input, "self"))}");

        var plain = CliRunner.Run(["parse", input, "--jsonl", "--quiet"]);
        var follow = CliRunner.Run(["parse", input, "--jsonl", "--quiet", "--follow"]);

        Assert.Equal(0, plain.ExitCode);
        Assert.Single(plain.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Equal(0, follow.ExitCode);
        Assert.Single(follow.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public void Output_and_cleanup_stay_inside_the_output_directory_when_a_symlink_in_it_points_out()
    {
        // Given an output directory holding a symlink to a folder outside it, with a temporary file there
        var root = CliRunner.TempDirectory();
        var input = Path.Combine(root, "in");
        Directory.CreateDirectory(Path.Combine(input, "sub"));
        File.Copy(CliRunner.SeedSample, Path.Combine(input, "sub", "doc.txt"));
        var outside = Path.Combine(root, "outside");
        Directory.CreateDirectory(outside);
        var bystander = Path.Combine(outside, "x" + AtomicFile.TempSuffix);
        File.WriteAllText(bystander, "");
        var output = Path.Combine(root, "out");
        Directory.CreateDirectory(output);
        Sh($"ln -s ../outside {Q(Path.Combine(output, "sub"))} && ln -s / {Q(Path.Combine(output, "root"))}");

        // When the input is parsed into it
        var result = CliRunner.Run(["parse", input, "-o", output]);

        // Then nothing is written or removed outside, and the document says why it was not written
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("its output would lie outside the output directory", result.Stderr, StringComparison.Ordinal);
        Assert.Equal([bystander], Directory.GetFiles(outside));
    }

    [Fact]
    public void A_run_removes_only_the_temporary_files_of_runs_that_are_gone()
    {
        var root = CliRunner.TempDirectory();
        var input = Path.Combine(root, "in");
        Directory.CreateDirectory(input);
        File.Copy(CliRunner.SeedSample, Path.Combine(input, "doc.txt"));
        var output = Path.Combine(root, "out");
        Directory.CreateDirectory(output);

        // A run still writing (this process) and a run that is gone (a process that has exited)
        using var gone = Process.Start("true")!;
        gone.WaitForExit();
        var alive = Path.Combine(output, $".pk-{Environment.ProcessId}-000000000000{AtomicFile.TempSuffix}");
        var dead = Path.Combine(output, $".pk-{gone.Id}-000000000000{AtomicFile.TempSuffix}");
        File.WriteAllText(alive, "");
        File.WriteAllText(dead, "");

        Assert.Equal(0, CliRunner.Run(["parse", input, "-o", output, "--quiet"]).ExitCode);

        Assert.True(File.Exists(alive));
        Assert.False(File.Exists(dead));
    }

    [Fact]
    public void A_name_near_255_bytes_is_written_with_a_short_temporary_name()
    {
        var root = CliRunner.TempDirectory();
        var input = Path.Combine(root, "in");
        Directory.CreateDirectory(input);
        var name = new string('n', 255 - ".txt.json".Length) + ".txt";
        File.Copy(CliRunner.SeedSample, Path.Combine(input, name));

        var result = CliRunner.Run(["parse", input, "-o", Path.Combine(root, "out")]);

        Assert.Equal(0, result.ExitCode);
        Assert.True(File.Exists(Path.Combine(root, "out", name + ".json")));
    }

    [Fact]
    public void A_name_that_is_not_utf8_and_a_name_with_escapes_are_reported_plainly()
    {
        // Given a file whose name is the Latin-1 caf\xe9.txt, and a broken one named with a newline and an escape
        var root = CliRunner.TempDirectory();
        Sh($"cd {Q(root)} && cp {Q(CliRunner.SeedSample)} \"$(printf 'caf\\351.txt')\"");
        var nasty = Path.Combine(root, "bad\n\u001b[31m.txt");
        File.WriteAllBytes(nasty, [0, 1, 2, 0]);

        var result = CliRunner.Run(["parse", root, "--jsonl", "--quiet"]);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains($"parsekamerstuk: {root}/caf\uFFFD.txt: the file name is not valid UTF-8\n", result.Stderr, StringComparison.Ordinal);
        Assert.Contains($"parsekamerstuk: {root}/bad\\n\\x1b[31m.txt: binary data, not text\n", result.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("\u001b", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unreadable_directory_is_reported_and_the_rest_of_the_batch_is_written()
    {
        // Given an input folder with a subfolder that cannot be read, and an output folder holding an unreadable
        // lost+found. Permissions do not bind root, as CI runs, so there the command runs as the user nobody
        // (setpriv, util-linux), from a copy of the build that nobody can read.
        var root = CliRunner.TempDirectory();
        var input = Path.Combine(root, "in");
        var locked = Path.Combine(input, "locked");
        var output = Path.Combine(root, "out");
        var lostAndFound = Path.Combine(output, "lost+found");
        Directory.CreateDirectory(locked);
        Directory.CreateDirectory(lostAndFound);
        File.Copy(CliRunner.SeedSample, Path.Combine(input, "a.txt"));
        File.Copy(CliRunner.SeedSample, Path.Combine(locked, "b.txt"));
        Sh($"chmod -R a+rwX {Q(root)} && chmod 000 {Q(locked)} {Q(lostAndFound)}");

        // When the folder is parsed
        var (code, stderr) = Environment.IsPrivilegedProcess
            ? await RunAsNobody(root, ["parse", input, "-o", output, "--jobs", "1"])
            : Run(["parse", input, "-o", output, "--jobs", "1"]);

        // Then the readable file is written, the locked folder is named with its reason, and the exit code tells it
        Assert.Equal(2, code);
        Assert.Contains($"parsekamerstuk: {locked}: cannot read the directory (permission denied)\n", stderr, StringComparison.Ordinal);
        Assert.EndsWith("1 parsed, 0 skipped, 1 with warnings, 0 failed\n", stderr, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(output, "a.txt.json")));
        Assert.DoesNotContain("internal error", stderr, StringComparison.Ordinal);
    }

    private static (int Code, string Stderr) Run(string[] args)
    {
        var result = CliRunner.Run(args);
        return (result.ExitCode, result.Stderr);
    }

    private static async Task<(int Code, string Stderr)> RunAsNobody(string root, string[] args)
    {
        var build = Path.Combine(root, "bin");
        Directory.CreateDirectory(build);
        foreach (var file in Directory.EnumerateFiles(AppContext.BaseDirectory).Where(f => f.EndsWith(".dll", StringComparison.Ordinal) || f.EndsWith(".json", StringComparison.Ordinal)))
        {
            File.Copy(file, Path.Combine(build, Path.GetFileName(file)));
        }

        Sh($"chmod -R a+rX {Q(build)}");
        var start = new ProcessStartInfo("setpriv", ["--reuid=65534", "--regid=65534", "--clear-groups", "dotnet", Path.Combine(build, "parsekamerstuk.dll"), .. args])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["HOME"] = root;
        start.Environment["DOTNET_CLI_HOME"] = root;
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        await stdout;
        return (process.ExitCode, stderr);
    }
}
