using ParseKamerstuk.Text;

namespace ParseKamerstuk.Reading;

/// <summary>Stage 1: turns the bytes of one input into clean lines with page numbers.</summary>
public interface IDocumentReader
{
    /// <summary>Reads <paramref name="data"/>.</summary>
    /// <exception cref="Diagnostics.KamerstukInputException">The input cannot be used at all.</exception>
    SourceDocument Read(ReadOnlyMemory<byte> data, ParseOptions options, CancellationToken cancellationToken);
}
