using System.Text.Json;
using System.Text.Json.Serialization;

namespace ComplaintsBot.BotFramework.Builder;

/// <summary>
/// A bot state that <see cref="BotState"/> has already serialised to decide whether to save, handed to
/// <see cref="IStorage"/> so the store does not serialise it a second time (<see cref="StorageJson.Serialize"/>
/// returns the text as is). Any other serialiser writes the same JSON through its converter.
/// </summary>
[JsonConverter(typeof(SerializedStateConverter))]
public sealed class SerializedState
{
    public SerializedState(string json) => Json = json ?? throw new ArgumentNullException(nameof(json));

    public string Json { get; }

    private sealed class SerializedStateConverter : JsonConverter<SerializedState>
    {
        public override SerializedState Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            using var document = JsonDocument.ParseValue(ref reader);
            return new SerializedState(document.RootElement.GetRawText());
        }

        public override void Write(Utf8JsonWriter writer, SerializedState value, JsonSerializerOptions options) =>
            writer.WriteRawValue(value.Json, skipInputValidation: true);
    }
}
