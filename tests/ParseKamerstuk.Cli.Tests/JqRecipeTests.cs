using System.Diagnostics;
using System.Text.Json;

namespace ParseKamerstuk.Cli.Tests;

/// <summary>The README's jq recipes, run as printed over the samples and a motie.</summary>
public sealed class JqRecipeTests
{
    private const string Motie = """
        Tweede Kamer der Staten-Generaal
        2
        Vergaderjaar 1993-1994
        23 400 XII
        Vaststelling van de begroting van de uitgaven en de ontvangsten van hoofdstuk XII (Ministerie van Verkeer en Waterstaat) voor het jaar 1994
        Nr. 41
        MOTIE VAN HET LID KAMP C.S. Voorgesteld 14 december 1993
        De Kamer,
        gehoord de beraadslaging;
        overwegende, dat de aanleg van de tweede Coentunnel vertraging oploopt;
        verzoekt de regering, de Kamer voor 1 maart 1994 te berichten over de gevolgen daarvan,
        en gaat over tot de orde van de dag.
        Kamp
        Van Heemst
        Tweede Kamer, vergaderjaar 1993-1994, 23 400 XII, nr. 41
        """;

    [JqFact]
    public void The_readme_recipes_give_what_they_promise()
    {
        var recipes = Recipes();
        Assert.Equal("parsekamerstuk parse dossier/ --jsonl --quiet > all.jsonl", recipes[0]);
        Assert.Equal(4, recipes.Count);

        var work = CliRunner.TempDirectory();
        try
        {
            // Given a folder of documents, parsed as the first line says
            var dossier = Directory.CreateDirectory(Path.Combine(work, "dossier")).FullName;
            foreach (var sample in Directory.EnumerateFiles(Path.Combine(CliRunner.RepositoryRoot, "samples"), "*", SearchOption.AllDirectories)
                .Where(f => !f.EndsWith(".json", StringComparison.Ordinal) && !f.EndsWith("README.md", StringComparison.Ordinal)))
            {
                File.Copy(sample, Path.Combine(dossier, Path.GetFileName(sample)));
            }

            File.WriteAllText(Path.Combine(dossier, "motie-kamp.txt"), Motie.ReplaceLineEndings("\n") + "\n");
            var parsed = CliRunner.Run(["parse", dossier, "--jsonl", "--quiet"]);
            Assert.Equal(0, parsed.ExitCode);
            File.WriteAllText(Path.Combine(work, "all.jsonl"), parsed.Stdout);
            var documents = parsed.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();

            // When the recipes run, then each gives what its comment says
            var pairs = documents.Sum(d => d.GetProperty("qa").GetArrayLength());
            var csv = Bash(recipes[1], work);
            var names = documents.Select(d => "\"" + d.GetProperty("source").GetProperty("name").GetString() + "\",").ToList();
            Assert.Equal(pairs, csv.Split('\n').Count(row => names.Any(n => row.StartsWith(n, StringComparison.Ordinal)))); // a quoted field may hold a line break
            Assert.Contains("\"ek-27925-verslag-nader-schriftelijk-overleg.txt\",\"5\",", csv, StringComparison.Ordinal);

            Assert.Equal("kst-23400-XII-41\n", Bash(recipes[2], work));

            var types = Bash(recipes[3], work).Split('\n', StringSplitOptions.RemoveEmptyEntries);
            Assert.Equal(documents.Count, types.Sum(t => int.Parse(t.Split('\t')[0], System.Globalization.CultureInfo.InvariantCulture)));
            var moties = documents.Count(d => d.GetProperty("documentType").GetString() == "motie");
            Assert.Contains($"{moties}\tmotie", types);
        }
        finally
        {
            Directory.Delete(work, recursive: true);
        }
    }

    // The command lines of the README's recipes block, comments left out.
    private static List<string> Recipes()
    {
        var readme = File.ReadAllText(Path.Combine(CliRunner.RepositoryRoot, "README.md"));
        var section = readme[readme.IndexOf("### Recipes with jq", StringComparison.Ordinal)..];
        var start = section.IndexOf("```sh\n", StringComparison.Ordinal) + "```sh\n".Length;
        var block = section[start..section.IndexOf("\n```", start, StringComparison.Ordinal)];
        return block.Split('\n').Where(l => l.Length > 0 && !l.StartsWith('#')).ToList();
    }

    private static string Bash(string line, string directory)
    {
        var start = new ProcessStartInfo("bash") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = directory };
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add(line);
        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        var stdout = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"{line}: exit {process.ExitCode}: {stderr.Result}");
        return stdout;
    }
}

/// <summary>A fact that needs jq on the PATH (CI installs it); skipped with a message where it is absent.</summary>
internal sealed class JqFactAttribute : FactAttribute
{
    public JqFactAttribute()
    {
        var path = Environment.GetEnvironmentVariable("PATH") ?? string.Empty;
        if (!path.Split(Path.PathSeparator).Any(d => d.Length > 0 && File.Exists(Path.Combine(d, "jq"))))
        {
            Skip = "jq is not on the PATH: install it (apt-get install jq) to run the README's jq recipes.";
        }
    }
}
