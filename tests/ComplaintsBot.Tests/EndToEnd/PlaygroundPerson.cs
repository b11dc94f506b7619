using System.Text.Json.Nodes;

namespace ComplaintsBot.Tests.EndToEnd;

/// <summary>
/// A person at one Agents Playground's keyboard, as its config file declares them: their Teams user id (29:...),
/// name, Entra ID object id, email, and the id of their personal chat with the bot.
/// </summary>
public sealed record PlaygroundPerson(string Id, string Name, string AadObjectId, string Email, string PersonalChatId)
{
    public JsonObject ToJson() => new()
    {
        ["id"] = Id,
        ["name"] = Name,
        ["aadObjectId"] = AadObjectId,
        ["email"] = Email,
        ["personalChatId"] = PersonalChatId,
    };
}
