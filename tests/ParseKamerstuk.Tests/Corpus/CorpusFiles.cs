namespace ParseKamerstuk.Tests.Corpus;

/// <summary>The shared corpus, listed from its MANIFEST.tsv.</summary>
internal static class CorpusFiles
{
    /// <summary>Corpus paths (relative to the corpus folder) whose name ends with one of <paramref name="extensions"/>.</summary>
    public static TheoryData<string> WithExtensions(params string[] extensions)
    {
        var data = new TheoryData<string>();
        var paths = Paths(extensions);
        if (paths.Count == 0)
        {
            data.Add("(no corpus)");
        }

        foreach (var path in paths)
        {
            data.Add(path);
        }

        return data;
    }

    /// <summary>The corpus paths with one of <paramref name="extensions"/>; empty without the corpus.</summary>
    public static List<string> Paths(params string[] extensions)
    {
        var paths = new List<string>();
        if (!TestPaths.HasCorpus)
        {
            return paths;
        }

        foreach (var line in File.ReadLines(Path.Combine(TestPaths.Corpus, "MANIFEST.tsv")).Skip(1))
        {
            var path = line.Split('\t')[0];
            if (extensions.Any(e => path.EndsWith(e, StringComparison.OrdinalIgnoreCase)) && File.Exists(Path.Combine(TestPaths.Corpus, path)))
            {
                paths.Add(path);
            }
        }

        return paths;
    }

    public static string FullPath(string relative) => Path.Combine(TestPaths.Corpus, relative);
}
