namespace ParseKamerstuk;

/// <summary>Options for parsing one document.</summary>
public sealed record ParseOptions
{
    /// <summary>The default options.</summary>
    public static ParseOptions Default { get; } = new();

    /// <summary>The input format; <see cref="Reading.InputFormat.Auto"/> sniffs the content.</summary>
    public Reading.InputFormat Format { get; init; } = Reading.InputFormat.Auto;

    /// <summary>The largest input accepted, in bytes.</summary>
    public long MaxBytes { get; init; } = 256L * 1024 * 1024;

    /// <summary>The most pages read from a PDF.</summary>
    public int MaxPages { get; init; } = 5000;
}
