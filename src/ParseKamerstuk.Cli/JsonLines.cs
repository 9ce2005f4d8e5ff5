using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using ParseKamerstuk.Model;

namespace ParseKamerstuk.Cli;

/// <summary>
/// What makes a line of JSON Lines joinable to its input: <c>source.path</c>, the path as given, beside
/// <c>source.name</c>; and for an input that failed, an error record in place of its document
/// (<c>{"schemaVersion":…,"source":{"name":…,"path":…},"error":{"message":…}}</c>), both described in the schema.
/// </summary>
internal static class JsonLines
{
    private static readonly JsonWriterOptions s_writer = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>
    /// <paramref name="json"/> (one compact document) with <c>"path":</c> <paramref name="path"/> inserted right after
    /// <c>source.name</c>; the other bytes are kept as they are.
    /// </summary>
    public static byte[] WithSourcePath(byte[] json, string path)
    {
        var reader = new Utf8JsonReader(json);
        while (reader.Read())
        {
            if (reader.TokenType != JsonTokenType.PropertyName || reader.CurrentDepth != 2 || !reader.ValueTextEquals("name"u8))
            {
                continue;
            }

            reader.Read();
            var at = (int)reader.BytesConsumed;
            var property = Encoding.UTF8.GetBytes(",\"path\":" + Quoted(path));
            var result = new byte[json.Length + property.Length];
            json.AsSpan(0, at).CopyTo(result);
            property.CopyTo(result, at);
            json.AsSpan(at).CopyTo(result.AsSpan(at + property.Length));
            return result;
        }

        return json; // no source.name: nothing to join on, left as it is
    }

    /// <summary>The error record of an input that failed, as one line.</summary>
    public static byte[] ErrorRecord(string name, string path, string message)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, s_writer))
        {
            writer.WriteStartObject();
            writer.WriteString("schemaVersion", KamerstukDocument.CurrentSchemaVersion);
            writer.WriteStartObject("source");
            writer.WriteString("name", name);
            writer.WriteString("path", path);
            writer.WriteEndObject();
            writer.WriteStartObject("error");
            writer.WriteString("message", message);
            writer.WriteEndObject();
            writer.WriteEndObject();
        }

        buffer.WriteByte((byte)'\n');
        return buffer.ToArray();
    }

    private static string Quoted(string value)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, s_writer))
        {
            writer.WriteStringValue(value);
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }
}
