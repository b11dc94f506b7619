using System.Text.Json;
using System.Text.Json.Nodes;

namespace ComplaintsBot.BotFramework.Builder;

/// <summary>
/// Converts a stored value back to a type. State goes through JSON, so after a turn boundary a value that
/// was written as a record comes back as a <see cref="JsonElement"/>; this turns it into the record again.
/// </summary>
public static class ObjectPath
{
    public static T? ConvertValue<T>(object? value)
    {
        switch (value)
        {
            case null:
                return default;
            case T typed:
                return typed;
            case JsonElement { ValueKind: JsonValueKind.Object } element when typeof(T) == typeof(Dictionary<string, object>):
                return (T)(object)StateDictionary.FromJsonObject(element);
            case JsonElement element:
                return element.ValueKind == JsonValueKind.Null ? default : element.Deserialize<T>(StorageJson.Options);
            case JsonNode node:
                return node.Deserialize<T>(StorageJson.Options);
        }

        // A CLR value of another type (an int where a long is wanted, a record where JSON is wanted).
        if (value is IConvertible && typeof(IConvertible).IsAssignableFrom(Nullable.GetUnderlyingType(typeof(T)) ?? typeof(T)))
            return (T)Convert.ChangeType(value, Nullable.GetUnderlyingType(typeof(T)) ?? typeof(T), System.Globalization.CultureInfo.InvariantCulture);

        return JsonSerializer.SerializeToElement(value, value.GetType(), StorageJson.Options).Deserialize<T>(StorageJson.Options);
    }

    /// <summary>
    /// Convert.ToInt32 for a number that may have come back from JSON (a long, a double or a JsonElement);
    /// the SDK's waterfall and prompts read stepIndex and AttemptCount this way.
    /// </summary>
    public static int ToInt32(object? value) => value switch
    {
        null => 0,
        JsonElement { ValueKind: JsonValueKind.Number } element => element.TryGetInt32(out var i) ? i : Convert.ToInt32(element.GetDouble(), System.Globalization.CultureInfo.InvariantCulture),
        JsonElement { ValueKind: JsonValueKind.String } element => Convert.ToInt32(element.GetString(), System.Globalization.CultureInfo.InvariantCulture),
        JsonElement element => throw new InvalidCastException($"Expected a number in state but found JSON {element.ValueKind}."),
        JsonValue node => ToInt32(node.Deserialize<JsonElement>()),
        _ => Convert.ToInt32(value, System.Globalization.CultureInfo.InvariantCulture),
    };

    /// <summary>
    /// Reads a value from a state dictionary as <typeparamref name="T"/> and puts the typed value back, so that
    /// changes made to it (a list, a nested state) are what gets saved at the end of the turn.
    /// </summary>
    public static T? GetTypedValue<T>(IDictionary<string, object> state, string key)
    {
        ArgumentNullException.ThrowIfNull(state);
        if (!state.TryGetValue(key, out var raw) || raw is null) return default;
        if (raw is T typed) return typed;
        var converted = ConvertValue<T>(raw);
        if (converted is not null) state[key] = converted;
        return converted;
    }
}
