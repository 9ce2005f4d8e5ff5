using System.Text.Json;
using ParseKamerstuk.Json;
using ParseKamerstuk.Model;

namespace ParseKamerstuk.Tests;

/// <summary>
/// The closed vocabularies are enums in the model and names in the JSON; dates are <see cref="DateOnly"/> in the model
/// and ISO in the JSON.
/// </summary>
public sealed class VocabularyTests
{
    private static readonly KamerstukDocument s_sample =
        KamerstukParser.ParseFile(Path.Combine(TestPaths.Samples, "text", "ek-27925-verslag-nader-schriftelijk-overleg.txt"));

    public static TheoryData<DocumentType> DocumentTypes() => [.. Enum.GetValues<DocumentType>()];

    public static TheoryData<Chamber> Chambers() => [.. Enum.GetValues<Chamber>()];

    private static JsonElement Written(KamerstukDocument document) => JsonDocument.Parse(KamerstukJson.Serialize(document)).RootElement.Clone();

    [Theory]
    [MemberData(nameof(DocumentTypes))]
    public void A_document_type_is_written_by_its_output_name(DocumentType type)
    {
        // Given a document of the type, when it is written,
        var json = KamerstukJson.Serialize(s_sample with { DocumentType = type });

        // then the JSON holds the type's name, which the schema allows and which reads back as the type.
        var name = JsonDocument.Parse(json).RootElement.GetProperty("documentType").GetString();
        Assert.Equal(type.Name(), name);
        Assert.Matches("^[a-z]+(-[a-z]+)*$", name);
        Assert.Empty(SchemaCheck.Errors(json));
        Assert.Equal(type, Vocabulary.ParseDocumentType(name!));
    }

    [Theory]
    [MemberData(nameof(Chambers))]
    public void A_chamber_is_written_by_its_output_name(Chamber chamber)
    {
        var document = s_sample with { Chamber = chamber, References = [new Reference("Kamerstuk 27 925, nr. 1", "kst-27925-1", chamber)] };
        var written = Written(document);
        Assert.Equal(chamber.Name(), written.GetProperty("chamber").GetString());
        Assert.Equal(chamber.Name(), written.GetProperty("references")[0].GetProperty("chamber").GetString());
        Assert.Equal(chamber, Vocabulary.ParseChamber(chamber.Name()));
    }

    [Fact]
    public void Dates_are_written_as_iso_dates()
    {
        // Given dates, the first of them before the year 1000 and so written with a leading zero,
        var dates = new DocumentDates(new DateOnly(999, 1, 2), new DateOnly(2024, 2, 29), null, new DateOnly(1988, 11, 17), null);
        var letter = new Letter(null, null, null, new DateOnly(2018, 5, 8), [], [], null);

        // when they are written,
        var written = Written(s_sample with { Dates = dates, Letters = [letter] });

        // then each is yyyy-MM-dd, and a missing one is null.
        var json = written.GetProperty("dates");
        Assert.Equal("0999-01-02", json.GetProperty("established").GetString());
        Assert.Equal("2024-02-29", json.GetProperty("received").GetString());
        Assert.Equal(JsonValueKind.Null, json.GetProperty("submitted").ValueKind);
        Assert.Equal("1988-11-17", json.GetProperty("proposed").GetString());
        Assert.Equal("2018-05-08", written.GetProperty("letters")[0].GetProperty("date").GetString());
    }

    [Fact]
    public void The_standard_block_types_are_the_ones_the_schema_allows()
    {
        var allowed = JsonDocument.Parse(KamerstukJson.Schema).RootElement.GetProperty("$defs").GetProperty("document")
            .GetProperty("properties").GetProperty("body").GetProperty("items").GetProperty("properties").GetProperty("type").GetProperty("enum")
            .EnumerateArray().Select(e => e.GetString());
        Assert.Equal(allowed, [BlockTypes.Heading, BlockTypes.Paragraph, BlockTypes.ListItem]);
        Assert.All(s_sample.Body, b => Assert.Contains(b.Type, allowed));
    }
}
