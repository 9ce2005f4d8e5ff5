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

    /// <summary>
    /// The most bytes one document may decode to (256 MB by default); past it the document is refused as a
    /// decompression bomb. For a PDF: all streams and all layers of nested filters together (images are not counted:
    /// they are not decoded). For Word: the package's parts as they inflate. For text: the decoded characters, two bytes
    /// each.
    /// </summary>
    public long MaxDecodedBytes { get; init; } = 256L * 1024 * 1024;

    /// <summary>The most pages read from a PDF.</summary>
    public int MaxPages { get; init; } = 5000;

    /// <summary>
    /// How many threads may lay out the pages of one long PDF at once (each with its own view of the file). The
    /// result does not depend on it. 1, the default, reads on the calling thread only.
    /// </summary>
    public int MaxDegreeOfParallelism { get; init; } = 1;

    /// <summary>
    /// The segmenter that finds the structure of the document: <see cref="Segmentation.Segmenter.Default"/>, or one with
    /// rules of one's own made by <see cref="Segmentation.SegmenterBuilder"/>.
    /// </summary>
    public Segmentation.Segmenter Segmenter { get; init; } = Segmentation.Segmenter.Default;
}
