using System.Text.Json.Nodes;

namespace ComplaintsBot.BotFramework.Schema;

/// <summary>A button on a hero card or in suggested actions (Teams: imBack, messageBack, openUrl, invoke, signin).</summary>
public class CardAction : ExtensibleObject
{
    public CardAction() { }

    public CardAction(string type, string? title = null, JsonNode? value = null, string? text = null, string? displayText = null)
    {
        Type = type;
        Title = title;
        Value = value;
        Text = text;
        DisplayText = displayText;
    }

    public string? Type { get; set; }
    public string? Title { get; set; }
    public string? Image { get; set; }
    public string? Text { get; set; }
    public string? DisplayText { get; set; }
    public JsonNode? Value { get; set; }
}
