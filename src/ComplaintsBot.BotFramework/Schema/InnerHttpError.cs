using System.Text.Json.Nodes;

namespace ComplaintsBot.BotFramework.Schema;

/// <summary>The HTTP error of a service behind the Connector, as it reported it.</summary>
public class InnerHttpError : ExtensibleObject
{
    public int? StatusCode { get; set; }
    public JsonNode? Body { get; set; }
}
