using System.Text.Json;
using System.Text.Json.Serialization;

namespace ComplaintsBot.BotFramework.Schema;

/// <summary>
/// Keeps the JSON fields a type does not model, so they survive a round trip (spec A2005: receivers
/// accept fields they do not understand; Teams adds fields we may PUT back).
/// </summary>
public abstract class ExtensibleObject
{
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? Properties { get; set; }
}
