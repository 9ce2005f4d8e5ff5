using System.Reflection;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using ParseKamerstuk.Diagnostics;
using ParseKamerstuk.Model;

namespace ParseKamerstuk.Json;

/// <summary>
/// Stage 4: writes the output model as JSON: UTF-8 without ASCII escaping (<c>Kostić</c>), <c>\n</c> line ends,
/// 2-space indents (or one line for JSON Lines), a final newline, keys in the order of the contract.
/// </summary>
public static class KamerstukJson
{
    private static readonly JsonSerializerOptions s_indented = Create(indented: true);
    private static readonly JsonSerializerOptions s_compact = Create(indented: false);

    /// <summary>The JSON Schema (draft 2020-12) of the output, as shipped with the library.</summary>
    public static string Schema { get; } = LoadSchema();

    /// <summary>Writes <paramref name="document"/> to <paramref name="stream"/>, followed by a newline.</summary>
    public static void Write(KamerstukDocument document, Stream stream, bool indented = true)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(stream);
        var options = indented ? s_indented : s_compact;
        JsonSerializer.Serialize(stream, document, (System.Text.Json.Serialization.Metadata.JsonTypeInfo<KamerstukDocument>)options.GetTypeInfo(typeof(KamerstukDocument)));
        stream.WriteByte((byte)'\n');
    }

    /// <summary>Returns <paramref name="document"/> as a JSON string with a final newline.</summary>
    public static string Serialize(KamerstukDocument document, bool indented = true)
    {
        using var stream = new MemoryStream();
        Write(document, stream, indented);
        return System.Text.Encoding.UTF8.GetString(stream.GetBuffer(), 0, (int)stream.Length);
    }

    private static JsonSerializerOptions Create(bool indented)
    {
        var options = new JsonSerializerOptions(KamerstukJsonContext.Default.Options)
        {
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
            WriteIndented = indented,
        };
        options.Converters.Add(new JsonStringEnumConverter<DiagnosticSeverity>(JsonNamingPolicy.CamelCase));
        options.MakeReadOnly();
        return options;
    }

    private static string LoadSchema()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("ParseKamerstuk.kamerstuk.schema.json")
            ?? throw new InvalidOperationException("The embedded JSON Schema is missing from the assembly.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
