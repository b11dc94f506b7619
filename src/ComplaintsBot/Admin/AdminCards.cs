using System.Text.Json.Nodes;
using ComplaintsBot.BotFramework.Schema;
using ComplaintsBot.Cards;
using ComplaintsBot.Cases.Domain;

namespace ComplaintsBot.Admin;

/// <summary>
/// The admin card: the staff directory for an administrator, then one person with their roles and line manager to
/// change. Roles read from Entra ID are shown but changed in Entra ID (a directory refresh would undo a change here);
/// with Entra ID in use line managers come from there too.
/// </summary>
public static class AdminCards
{
    public const string PeopleVerb = "adminPeople";
    public const string PersonVerb = "adminPerson";
    public const string SaveVerb = "adminSave";
    public const string RefreshVerb = "adminRefresh";

    public const string PersonInput = "personId";
    public const string RolesInput = "roles";
    public const string LineManagerInput = "lineManager";
    public const string NoLineManager = "none";

    /// <summary>Teams cards are limited in size; the list shows this many, the choice finds anyone by name.</summary>
    private const int Listed = 200;

    public static JsonObject People(IReadOnlyList<StaffMember> staff, string? notice = null, bool problem = false)
    {
        var body = new JsonArray();
        if (notice is not null) body.Add(Notice(notice, problem));
        body.Add(new JsonObject { ["type"] = "TextBlock", ["text"] = $"People and roles ({staff.Count})", ["size"] = "Large", ["weight"] = "Bolder", ["wrap"] = true });
        body.Add(new JsonObject
        {
            ["type"] = "TextBlock", ["wrap"] = true, ["isSubtle"] = true,
            ["text"] = "Choose someone to see and change their roles and line manager. Every change is recorded with who made it.",
        });
        var byId = staff.ToDictionary(s => s.Id);
        body.Add(new JsonObject
        {
            ["type"] = "FactSet",
            ["facts"] = new JsonArray([.. staff.Take(Listed).Select(s => (JsonNode)new JsonObject
            {
                ["title"] = s.DisplayName,
                ["value"] = Summary(s, s.LineManagerId is { } m ? byId.GetValueOrDefault(m) : null),
            })]),
        });
        body.Add(new JsonObject
        {
            ["type"] = "Input.ChoiceSet", ["id"] = PersonInput, ["label"] = "Person", ["style"] = "filtered", ["isRequired"] = true,
            ["errorMessage"] = "Choose a person.",
            ["choices"] = new JsonArray([.. staff.Take(Listed).Select(s => (JsonNode)Choice(Label(s), s.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)))]),
        });
        return Card(body, new JsonArray(Execute("Open", PersonVerb, new JsonObject(), "Primary")));
    }

    public static JsonObject Person(
        StaffMember member, StaffMember? lineManager, IReadOnlyList<StaffMember> staff, IReadOnlyList<string> roles, bool directoryInUse,
        string? notice = null, bool problem = false)
    {
        var id = member.Id.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var body = new JsonArray();
        if (notice is not null) body.Add(Notice(notice, problem));
        body.Add(new JsonObject { ["type"] = "TextBlock", ["text"] = member.DisplayName, ["size"] = "Large", ["weight"] = "Bolder", ["wrap"] = true });
        var facts = new JsonArray
        {
            Fact("Email", member.Email ?? "-"),
            Fact("Team", member.Team ?? "-"),
            Fact("Entra object id", member.AadObjectId),
            Fact("Roles given here", member.Roles.Count == 0 ? "none" : string.Join(", ", member.Roles.Order(StringComparer.Ordinal))),
            Fact("Line manager", lineManager?.DisplayName ?? "nobody"),
        };
        if (directoryInUse)
        {
            facts.Add(Fact("Roles from Entra ID groups", member.DirectoryRoles.Count == 0 ? "none" : string.Join(", ", member.DirectoryRoles)));
            facts.Add(Fact("Last read from Entra ID", member.DirectorySyncedAt is { } at ? CardDates.DayAndTime(at) : "never"));
        }
        body.Add(new JsonObject { ["type"] = "FactSet", ["facts"] = facts });
        body.Add(new JsonObject
        {
            ["type"] = "Input.ChoiceSet", ["id"] = RolesInput, ["label"] = "Roles given here", ["isMultiSelect"] = true, ["style"] = "expanded",
            ["value"] = string.Join(',', member.Roles.Order(StringComparer.Ordinal)),
            ["choices"] = new JsonArray([.. roles.Select(r => (JsonNode)Choice(r, r))]),
        });
        if (directoryInUse)
        {
            body.Add(new JsonObject
            {
                ["type"] = "TextBlock", ["wrap"] = true, ["isSubtle"] = true,
                ["text"] = "Roles from groups and the line manager come from Entra ID: change them there, then refresh.",
            });
        }
        else
        {
            body.Add(new JsonObject
            {
                ["type"] = "Input.ChoiceSet", ["id"] = LineManagerInput, ["label"] = "Line manager", ["style"] = "filtered",
                ["value"] = lineManager?.AadObjectId ?? NoLineManager,
                ["choices"] = new JsonArray([Choice("Nobody", NoLineManager), .. staff.Where(s => s.Id != member.Id).Take(Listed).Select(s => (JsonNode)Choice(Label(s), s.AadObjectId))]),
            });
        }
        var actions = new JsonArray(Execute("Save", SaveVerb, new JsonObject { [PersonInput] = id }, "Positive"));
        if (directoryInUse) actions.Add(Execute("Refresh from Entra ID", RefreshVerb, new JsonObject { [PersonInput] = id }, null));
        actions.Add(Execute("All people", PeopleVerb, new JsonObject(), null));
        return Card(body, actions);
    }

    public static Attachment AsAttachment(JsonObject card) => new() { ContentType = Attachment.AdaptiveCardContentType, Content = card };

    private static string Summary(StaffMember member, StaffMember? lineManager)
    {
        var roles = member.EffectiveRoles();
        return $"{(roles.Count == 0 ? "no role" : string.Join(", ", roles))}{(lineManager is null ? "" : $" · reports to {lineManager.DisplayName}")}";
    }

    private static string Label(StaffMember member) => member.Email is { } email ? $"{member.DisplayName} ({email})" : member.DisplayName;

    private static JsonObject Card(JsonArray body, JsonArray actions) => new()
    {
        ["type"] = "AdaptiveCard",
        ["$schema"] = "http://adaptivecards.io/schemas/adaptive-card.json",
        ["version"] = "1.5",
        ["body"] = body,
        ["actions"] = actions,
    };

    /// <summary>
    /// An Action.Execute button with the Action.Submit fallback every card of the bot has: a client without Universal
    /// Actions sends the same data with its verb as a message, which the bot routes to the same admin action.
    /// </summary>
    private static JsonObject Execute(string title, string verb, JsonObject data, string? style)
    {
        var submitData = data.DeepClone().AsObject();
        submitData[CardActions.ExecuteFallbackSubmit.VerbKey] = verb;
        var action = new JsonObject
        {
            ["type"] = "Action.Execute", ["title"] = title, ["verb"] = verb, ["data"] = data,
            ["fallback"] = new JsonObject { ["type"] = "Action.Submit", ["title"] = title, ["data"] = submitData },
        };
        if (style is "Primary") action["style"] = "positive";
        if (style is "Positive") action["style"] = "positive";
        return action;
    }

    private static JsonObject Notice(string text, bool problem)
    {
        var line = new JsonObject { ["type"] = "TextBlock", ["wrap"] = true, ["weight"] = "Bolder", ["text"] = text };
        if (problem) line["color"] = "attention";
        return line;
    }

    private static JsonObject Fact(string title, string value) => new() { ["title"] = title, ["value"] = value };

    private static JsonObject Choice(string title, string value) => new() { ["title"] = title, ["value"] = value };
}
