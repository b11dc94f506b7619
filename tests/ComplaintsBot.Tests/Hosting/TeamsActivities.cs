using System.Text.Json.Nodes;

namespace ComplaintsBot.Tests.Hosting;

/// <summary>Activities shaped as Teams sends them in a personal chat (ids, tenant, channelData, clientInfo).</summary>
public sealed class TeamsActivities(string serviceUrl, string conversationId = "a:1personal-chat-with-alex")
{
    public const string TenantId = "72f988bf-86f1-41af-91ab-2d7cd011db47";
    public const string UserId = "29:1alex-wilber-teams-id";
    public const string UserAadObjectId = "6d2f3a6e-2d7a-4c1b-9f0e-0a1b2c3d4e5f";
    public const string BotId = "28:b07-1d-c0mp1a1nt5";

    private int _sequence = 1732460000;

    public string ConversationId => conversationId;

    public string ServiceUrl { get; set; } = serviceUrl;

    public string NextId() => $"{Interlocked.Increment(ref _sequence)}000";

    public JsonObject Message(string? text, JsonNode? value = null, string? replyToId = null, string? id = null)
    {
        var activity = Base("message", id);
        if (text is not null) { activity["text"] = text; activity["textFormat"] = "plain"; }
        if (value is not null) activity["value"] = value;
        if (replyToId is not null) activity["replyToId"] = replyToId;
        activity["entities"] = new JsonArray(new JsonObject
        {
            ["type"] = "clientInfo", ["locale"] = "en-GB", ["country"] = "GB", ["platform"] = "Web", ["timezone"] = "Europe/London",
        });
        activity["locale"] = "en-GB";
        activity["localTimezone"] = "Europe/London";
        return activity;
    }

    public JsonObject InstallationUpdate(string action)
    {
        var activity = Base("installationUpdate");
        activity["action"] = action;
        return activity;
    }

    public JsonObject MembersAdded()
    {
        var activity = Base("conversationUpdate");
        activity["membersAdded"] = new JsonArray(
            new JsonObject { ["id"] = UserId, ["aadObjectId"] = UserAadObjectId },
            new JsonObject { ["id"] = BotId });
        activity["channelData"]!["eventType"] = "teamMemberAdded";
        return activity;
    }

    public JsonObject CardAction(string verb, JsonObject? data = null, string? replyToId = null)
    {
        var activity = Base("invoke");
        activity["name"] = "adaptiveCard/action";
        activity["replyToId"] = replyToId ?? "1732459999000";
        activity["value"] = new JsonObject
        {
            ["action"] = new JsonObject { ["type"] = "Action.Execute", ["title"] = "Do it", ["verb"] = verb, ["data"] = data ?? new JsonObject() },
            ["trigger"] = "manual",
        };
        return activity;
    }

    private JsonObject Base(string type, string? id = null) => new()
    {
        ["type"] = type,
        ["id"] = id ?? NextId(),
        ["timestamp"] = "2026-11-24T10:15:00.000Z",
        ["localTimestamp"] = "2026-11-24T10:15:00.000+00:00",
        ["channelId"] = "msteams",
        ["serviceUrl"] = ServiceUrl,
        ["from"] = new JsonObject { ["id"] = UserId, ["name"] = "Alex Wilber", ["aadObjectId"] = UserAadObjectId },
        ["conversation"] = new JsonObject { ["conversationType"] = "personal", ["tenantId"] = TenantId, ["id"] = conversationId },
        ["recipient"] = new JsonObject { ["id"] = BotId, ["name"] = "ComplaintsBot" },
        ["channelData"] = new JsonObject { ["tenant"] = new JsonObject { ["id"] = TenantId } },
    };
}
