using System.Text.Json.Nodes;

namespace ComplaintsBot.BotFramework.Schema;

/// <summary>
/// The action of an <c>adaptiveCard/action</c> invoke: type (Action.Execute), id, verb, and data (the
/// action's data merged with the card's inputs, keyed by input id; Teams sends input values as strings).
/// </summary>
public class AdaptiveCardInvokeAction : ExtensibleObject
{
    public const string ExecuteType = "Action.Execute";

    public string? Type { get; set; }
    public string? Id { get; set; }
    public string? Verb { get; set; }
    public JsonNode? Data { get; set; }
}
