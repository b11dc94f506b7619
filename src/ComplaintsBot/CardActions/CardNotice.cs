using System.Text.Json.Nodes;

namespace ComplaintsBot.CardActions;

/// <summary>A short line on top of a card saying what happened, or why nothing did.</summary>
public static class CardNotice
{
    public static JsonObject Add(JsonObject card, string notice, bool problem)
    {
        var body = card["body"] as JsonArray ?? [];
        var line = new JsonObject { ["type"] = "TextBlock", ["wrap"] = true, ["weight"] = "Bolder", ["text"] = notice };
        if (problem) line["color"] = "attention";
        body.Insert(0, line);
        card["body"] = body;
        return card;
    }
}
