using System.Text.Json;
using System.Text.Json.Serialization;

namespace ComplaintsBot.BotFramework.Builder;

/// <summary>
/// A state dictionary (string keys, any values) read from JSON with each value left as a view into the one
/// parsed document. The serialiser's own reading of <c>object</c> values parses every value into a document
/// of its own, and the dialog stack is read this way on every turn.
/// </summary>
public static class StateDictionary
{
    /// <summary>The properties of a JSON object as a mutable dictionary of <see cref="JsonElement"/> values.</summary>
    public static Dictionary<string, object> FromJsonObject(JsonElement json)
    {
        if (json.ValueKind != JsonValueKind.Object) throw new JsonException($"Expected a JSON object for a state dictionary but found {json.ValueKind}.");
        var state = new Dictionary<string, object>(StringComparer.Ordinal);
        // Last one wins on a repeated name, as when the serialiser fills a dictionary.
        foreach (var property in json.EnumerateObject()) state[property.Name] = property.Value;
        return state;
    }

    /// <summary>Reads a state dictionary property (such as a dialog instance's state) with one parse for the whole object.</summary>
    public sealed class Converter : JsonConverter<IDictionary<string, object>>
    {
        public override IDictionary<string, object> Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            FromJsonObject(JsonElement.ParseValue(ref reader));

        // Written by the serialiser's own dictionary converter: this one is attached to properties, not to the type.
        public override void Write(Utf8JsonWriter writer, IDictionary<string, object> value, JsonSerializerOptions options) =>
            JsonSerializer.Serialize(writer, value, value.GetType(), options);
    }
}
