using System.Text.Json.Serialization;
using ParseKamerstuk.Model;

namespace ParseKamerstuk.Json;

/// <summary>The source-generated serializer context for the output model.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    UseStringEnumConverter = true,
    WriteIndented = true,
    IndentSize = 2,
    NewLine = "\n")]
[JsonSerializable(typeof(KamerstukDocument))]
internal sealed partial class KamerstukJsonContext : JsonSerializerContext
{
}
