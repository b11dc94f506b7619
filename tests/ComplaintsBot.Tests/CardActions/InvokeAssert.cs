using System.Text.Json.Nodes;

namespace ComplaintsBot.Tests.CardActions;

/// <summary>Reads an Action.Execute invoke response: {statusCode, type, value}.</summary>
internal static class InvokeAssert
{
    public static JsonObject Card(JsonObject response)
    {
        Assert.Equal(200, (int?)response["statusCode"]);
        Assert.Equal("application/vnd.microsoft.card.adaptive", (string?)response["type"]);
        return Assert.IsType<JsonObject>(response["value"]);
    }

    public static string Error(JsonObject response, int statusCode, string code)
    {
        Assert.Equal(statusCode, (int?)response["statusCode"]);
        Assert.Equal("application/vnd.microsoft.error", (string?)response["type"]);
        Assert.Equal(code, (string?)response["value"]?["code"]);
        return (string)response["value"]!["message"]!;
    }

    /// <summary>The line the bot puts on top of a card to say what happened.</summary>
    public static string Notice(JsonObject card) => card["body"]?[0]?["text"] is JsonValue text ? text.ToString() : "";

    /// <summary>Every TextBlock and TextRun text and FactSet value in the card, for "the card shows X".</summary>
    public static string AllText(JsonNode? node) => node switch
    {
        JsonObject o => string.Join(" | ", o.Select(p => p.Key is "text" or "value" or "title" && p.Value is JsonValue v ? v.ToString() : AllText(p.Value)).Where(t => t.Length > 0)),
        JsonArray a => string.Join(" | ", a.Select(AllText).Where(t => t.Length > 0)),
        _ => "",
    };

    /// <summary>The verbs of the buttons on a card.</summary>
    public static List<string> Verbs(JsonNode? node) => node switch
    {
        JsonObject o => [.. (o["type"]?.ToString() == "Action.Execute" && o["verb"] is JsonValue verb ? [verb.ToString()] : Array.Empty<string>())
            .Concat(o.Where(p => p.Key != "fallback").SelectMany(p => Verbs(p.Value)))],
        JsonArray a => [.. a.SelectMany(Verbs)],
        _ => [],
    };
}
