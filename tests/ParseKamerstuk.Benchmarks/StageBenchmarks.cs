using BenchmarkDotNet.Attributes;
using ParseKamerstuk.Json;
using ParseKamerstuk.Model;
using ParseKamerstuk.Segmentation;
using ParseKamerstuk.Text;

namespace ParseKamerstuk.Benchmarks;

/// <summary>
/// The stages on one document each: read (reader to lines), normalize (lines to paragraphs), segment, serialize.
/// Documents come from the shared corpus when it is beside the repository, else from samples/.
/// </summary>
[MemoryDiagnoser]
public class StageBenchmarks
{
    private byte[] _data = [];
    private SourceDocument _source = null!;
    private KamerstukDocument _document = null!;

    [Params("aanhangsel.pdf", "voorstel-van-wet.pdf", "seed.txt")]
    public string Document { get; set; } = "seed.txt";

    [GlobalSetup]
    public void Setup()
    {
        _data = File.ReadAllBytes(Documents.Path(Document));
        _source = KamerstukParser.Read(_data, Document);
        _document = KamerstukParser.Parse(_data, Document);
    }

    [Benchmark]
    public SourceDocument Read() => KamerstukParser.Read(_data, Document);

    [Benchmark]
    public int Normalize() => Segmenter.Default.BuildParagraphs(_source.Lines).Sum(p => p.Text.Length);

    [Benchmark]
    public KamerstukDocument Segment() => Segmenter.Default.Segment(_source, _document.Source);

    [Benchmark]
    public long Serialize()
    {
        using var stream = new MemoryStream();
        KamerstukJson.Write(_document, stream);
        return stream.Length;
    }
}

/// <summary>Where the benchmark documents are.</summary>
internal static class Documents
{
    public static string Path(string name)
    {
        var root = AppContext.BaseDirectory;
        while (!File.Exists(System.IO.Path.Combine(root, "ParseKamerstuk.sln")))
        {
            root = System.IO.Path.GetDirectoryName(root.TrimEnd('/')) ?? throw new InvalidOperationException("repository root not found");
        }

        var corpus = System.IO.Path.Combine(root, "..", "shared", "corpus");
        return name switch
        {
            "aanhangsel.pdf" when Directory.Exists(corpus) => System.IO.Path.Combine(corpus, "aanhangsel-kamervragen", "00fe7edd-24c8-4857-98da-774ed3b06836.pdf"),
            "voorstel-van-wet.pdf" when Directory.Exists(corpus) => System.IO.Path.Combine(corpus, "voorstel-van-wet", "vm1kkye15yy2.pdf"),
            "aanhangsel.pdf" or "voorstel-van-wet.pdf" => System.IO.Path.Combine(root, "samples", "pdf", "ah-tk-20232024-9901.pdf"),
            _ => System.IO.Path.Combine(root, "samples", "text", "ek-27925-verslag-nader-schriftelijk-overleg.txt"),
        };
    }
}
