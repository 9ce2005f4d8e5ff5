namespace ParseKamerstuk.Tests;

/// <summary>Where the repository, its samples and the shared corpus are.</summary>
internal static class TestPaths
{
    public static string RepositoryRoot { get; } = FindRoot();

    public static string Samples => Path.Combine(RepositoryRoot, "samples");

    /// <summary>The shared folder beside the repository (corpus, seeds), which a fresh clone may not have.</summary>
    public static string Shared => Path.GetFullPath(Path.Combine(RepositoryRoot, "..", "shared"));

    public static string Corpus => Path.Combine(Shared, "corpus");

    public static bool HasCorpus => File.Exists(Path.Combine(Corpus, "MANIFEST.tsv"));

    public const string NoCorpus = "../shared/corpus is absent: the corpus tests need the shared folder beside the repository.";

    /// <summary>
    /// Walks up from the test assembly; not from the source path, which a CI build
    /// (ContinuousIntegrationBuild) maps to <c>/_/</c>.
    /// </summary>
    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "ParseKamerstuk.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("ParseKamerstuk.sln not found above the test assembly.");
    }
}

/// <summary>A fact that needs the shared corpus; skipped with a message when it is absent.</summary>
internal sealed class CorpusFactAttribute : FactAttribute
{
    public CorpusFactAttribute()
    {
        if (!TestPaths.HasCorpus)
        {
            Skip = TestPaths.NoCorpus;
        }
    }
}

/// <summary>A theory over the shared corpus; skipped with a message when it is absent.</summary>
internal sealed class CorpusTheoryAttribute : TheoryAttribute
{
    public CorpusTheoryAttribute()
    {
        if (!TestPaths.HasCorpus)
        {
            Skip = TestPaths.NoCorpus;
        }
    }
}
