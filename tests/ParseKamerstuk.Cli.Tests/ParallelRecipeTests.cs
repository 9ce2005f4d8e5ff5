using System.Diagnostics;

namespace ParseKamerstuk.Cli.Tests;

/// <summary>The README's GNU parallel recipe, run for real with local logins: the shards together are one run.</summary>
public sealed class ParallelRecipeTests
{
    private static string Corpus => Path.GetFullPath(Path.Combine(CliRunner.RepositoryRoot, "..", "shared", "corpus"));

    [CorpusFact]
    public void The_shards_of_the_gnu_parallel_recipe_together_are_byte_identical_to_one_run()
    {
        // Given GNU parallel (installed here if absent, as CI does) and three local logins
        EnsureParallel();
        var root = CliRunner.TempDirectory();
        var hosts = Path.Combine(root, "hosts.txt");
        File.WriteAllText(hosts, ":\n:\n:\n");
        var cli = $"dotnet {Quote(Path.Combine(AppContext.BaseDirectory, "parsekamerstuk.dll"))}";
        var shards = Path.Combine(root, "shards");
        var whole = Path.Combine(root, "whole");

        // When the README's recipe runs, one shard a login, and the corpus is also parsed in one run
        var recipe = $$"""
            n=$(wc -l < {{Quote(hosts)}})
            seq 1 "$n" | parallel --sshloginfile {{Quote(hosts)}} -j1 \
              "{{cli}} parse {{Quote(Corpus)}} -o {{Quote(shards)}} --shard {}/$n --quiet --jobs 1"
            """;
        Assert.Equal(0, Shell(recipe));
        Assert.Equal(0, Shell($"{cli} parse {Quote(Corpus)} -o {Quote(whole)} --quiet --jobs 2"));

        // Then the shards wrote exactly the files of the one run, byte for byte
        var expected = Files(whole);
        Assert.Equal(200, expected.Count);
        Assert.Equal(expected.Keys, Files(shards).Keys);
        Assert.All(expected, pair => Assert.True(File.ReadAllBytes(pair.Value).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(shards, pair.Key))), pair.Key));
    }

    private static SortedDictionary<string, string> Files(string directory) => new(
        Directory.GetFiles(directory, "*", SearchOption.AllDirectories).ToDictionary(f => Path.GetRelativePath(directory, f), f => f),
        StringComparer.Ordinal);

    private static string Quote(string value) => "'" + value.Replace("'", "'\\''", StringComparison.Ordinal) + "'";

    private static int Shell(string script)
    {
        var start = new ProcessStartInfo("/bin/bash", ["-c", script]) { RedirectStandardError = true };
        start.Environment["PARALLEL"] = "--will-cite";
        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, stderr);
        return process.ExitCode;
    }

    private static void EnsureParallel()
    {
        if (Shell("command -v parallel >/dev/null || command -v apt-get >/dev/null") == 0)
        {
            Shell("command -v parallel >/dev/null || { apt-get update -qq && apt-get install -y -qq parallel; } >/dev/null");
        }
    }
}

/// <summary>A fact that needs the shared corpus beside the repository; skipped with a message where it is absent.</summary>
internal sealed class CorpusFactAttribute : FactAttribute
{
    public CorpusFactAttribute()
    {
        if (!Directory.Exists(Path.Combine(CliRunner.RepositoryRoot, "..", "shared", "corpus")))
        {
            Skip = "../shared/corpus is absent: the GNU parallel recipe runs over the shared corpus.";
        }
    }
}
