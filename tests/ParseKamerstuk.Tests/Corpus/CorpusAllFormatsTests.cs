using System.Diagnostics;
using ParseKamerstuk.Diagnostics;
using ParseKamerstuk.Json;
using ParseKamerstuk.Model;

namespace ParseKamerstuk.Tests.Corpus;

/// <summary>Every document of the shared corpus, in every format: parses into valid JSON with a document type.</summary>
public sealed class CorpusAllFormatsTests
{
    // The type a document of each MANIFEST kind may have.
    private static readonly Dictionary<string, string[]> s_expectedTypes = new(StringComparer.Ordinal)
    {
        ["aanhangsel-kamervragen"] = ["antwoord-kamervragen"],
        ["amendement"] = ["amendement"],
        ["beantwoording-kamervragen-docx"] = ["antwoord-kamervragen"],
        ["besluitenlijst"] = ["besluitenlijst"],
        ["brief-regering"] = ["brief"],
        ["ek-brief"] = ["brief"],
        ["ek-wetgeving-verslag-mva"] = ["voorlopig-verslag", "eindverslag", "verslag", "memorie-van-antwoord"],
        ["handelingen"] = ["handelingen"],
        ["lijst-vragen-antwoorden"] = ["lijst-van-vragen-en-antwoorden"],
        ["memorie-van-toelichting"] = ["memorie-van-toelichting"],
        ["motie"] = ["motie", "gewijzigde-motie"],
        ["nota-nav-verslag"] = ["nota-naar-aanleiding-van-verslag"],
        ["nota-van-wijziging"] = ["nota-van-wijziging"],
        ["tk-verslag"] = ["verslag", "verslag-mondeling-overleg", "verslag-algemeen-overleg"],
        ["verslag-schriftelijk-overleg"] = ["verslag-schriftelijk-overleg", "verslag-nader-schriftelijk-overleg"],
        ["voorstel-van-wet"] = ["voorstel-van-wet"],
    };

    public static TheoryData<string> Documents() => CorpusFiles.WithExtensions(".txt", ".md", ".pdf", ".xml", ".docx");

    [CorpusTheory]
    [MemberData(nameof(Documents))]
    public void Document_parses_into_valid_json_with_the_type_of_its_kind(string file)
    {
        // Given
        var kind = file.Split('/')[0];

        // When
        var clock = Stopwatch.StartNew();
        var document = KamerstukParser.ParseFile(CorpusFiles.FullPath(file));
        clock.Stop();

        // Then
        Assert.Empty(SchemaCheck.Errors(KamerstukJson.Serialize(document)));
        Assert.NotNull(document.DocumentType);
        if (s_expectedTypes.TryGetValue(kind, out var types))
        {
            Assert.Contains(document.DocumentType.Value.Name(), types);
        }

        Assert.DoesNotContain(document.Diagnostics, d => d.Code == DiagnosticCodes.DocumentTypeUndecided);

        // An identifier read from the document is the MANIFEST's official one (where that is a kst-/ah- identifier).
        var official = s_officialIds.Value.GetValueOrDefault(file);
        if (document.Identifier is not null && official is not null)
        {
            Assert.Equal(official, document.Identifier, ignoreCase: true);
        }
    }

    private static readonly Lazy<Dictionary<string, string>> s_officialIds = new(() =>
        File.ReadLines(Path.Combine(TestPaths.Corpus, "MANIFEST.tsv")).Skip(1)
            .Select(line => line.Split('\t'))
            .Where(columns => columns.Length > 1 && (columns[1].StartsWith("kst-", StringComparison.Ordinal) || columns[1].StartsWith("ah-", StringComparison.Ordinal)))
            .ToDictionary(columns => columns[0], columns => columns[1], StringComparer.Ordinal));

    [CorpusFact]
    public void Unsupported_files_are_clean_input_errors()
    {
        foreach (var file in CorpusFiles.Paths(".doc", ".csv"))
        {
            var exception = Assert.Throws<KamerstukInputException>(() => KamerstukParser.ParseFile(CorpusFiles.FullPath(file)));
            Assert.StartsWith("unsupported format:", exception.Message, StringComparison.Ordinal);
        }
    }
}
