using System.Text.Json.Nodes;
using ComplaintsBot.BotFramework.Schema;

namespace ComplaintsBot.LoadBenchmark;

/// <summary>The card sent at the end: four TextBlocks and two Action.Execute buttons, the size of a real case card summary.</summary>
public static class CaseLoggedCard
{
    public static Attachment Create(string reference, string kind, string description, bool recent, string customer) => new()
    {
        ContentType = Attachment.AdaptiveCardContentType,
        Content = new JsonObject
        {
            ["type"] = "AdaptiveCard",
            ["$schema"] = "http://adaptivecards.io/schemas/adaptive-card.json",
            ["version"] = "1.4",
            ["body"] = new JsonArray
            {
                TextBlock($"{reference}: {kind}", weight: "Bolder"),
                TextBlock($"Customer: {customer}"),
                TextBlock(description),
                TextBlock(recent ? "Happened in the last 6 months" : "Happened more than 6 months ago"),
            },
            ["actions"] = new JsonArray
            {
                Execute("Acknowledge", "case.acknowledge", reference),
                Execute("Assign to me", "case.assign", reference),
            },
        },
    };

    private static JsonObject TextBlock(string text, string? weight = null)
    {
        var block = new JsonObject { ["type"] = "TextBlock", ["text"] = text, ["wrap"] = true };
        if (weight is not null) block["weight"] = weight;
        return block;
    }

    private static JsonObject Execute(string title, string verb, string reference) => new()
    {
        ["type"] = "Action.Execute",
        ["title"] = title,
        ["verb"] = verb,
        ["data"] = new JsonObject { ["caseReference"] = reference },
    };
}
