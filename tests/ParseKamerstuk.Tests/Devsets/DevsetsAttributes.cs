namespace ParseKamerstuk.Tests.Devsets;

/// <summary>Where the shared dev sets are: <c>../shared/devsets</c>, which a fresh clone may not have.</summary>
internal static class DevsetPaths
{
    public static string Devsets => Path.Combine(TestPaths.Shared, "devsets");

    /// <summary>The page-one OCR texts of older Kamerstukken (Staten-Generaal Digitaal).</summary>
    public static string Sgd => Path.Combine(Devsets, "sgd");

    public static bool HasSgd => File.Exists(Path.Combine(Sgd, "MANIFEST.tsv"));

    public const string NoDevsets = "../shared/devsets is absent: the dev-set tests need the shared folder beside the repository.";
}

/// <summary>A fact that needs the shared dev sets; skipped with a message when they are absent.</summary>
internal sealed class DevsetsFactAttribute : FactAttribute
{
    public DevsetsFactAttribute()
    {
        if (!DevsetPaths.HasSgd)
        {
            Skip = DevsetPaths.NoDevsets;
        }
    }
}

/// <summary>A theory over the shared dev sets; skipped with a message when they are absent.</summary>
internal sealed class DevsetsTheoryAttribute : TheoryAttribute
{
    public DevsetsTheoryAttribute()
    {
        if (!DevsetPaths.HasSgd)
        {
            Skip = DevsetPaths.NoDevsets;
        }
    }
}
