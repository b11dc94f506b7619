using ComplaintsBot.BotFramework.Schema;

namespace ComplaintsBot.BotFramework.Tests;

/// <summary>Teams-shaped activity JSON (Payloads/*.json), as Teams and the Agents Playground send it.</summary>
public static class TeamsPayloads
{
    public const string ServiceUrl = "https://smba.trafficmanager.net/uk/";
    public const string BotId = "28:c9e8c047-2a74-40a2-b28a-b162d5f5327c";
    public const string UserId = "29:1XJKJMvc5GBtc2JwZq0oj8tHZmzrQgFmB39ATiQWA85gQtHieVkKilBZ9XHoq9j7Zaqt7CZ-NJWi7me2kHTL3Bw";
    public const string TenantId = "72f988bf-86f1-41af-91ab-2d7cd011db47";
    public const string PersonalConversationId = "a:17I0kl9EkpE1O9PH5TWrzrLNwnWWcfrU7QZjKR0WSfOpzbfcAg2IaydGElSo10tVr4C7Fc6GtieTJX663WuJCc1uA83n4CSrHSgGBj5XNYLcVlJAs2ZX8DbYBPck201w-";

    public static string Message => Read("message");
    public static string CardSubmit => Read("card-submit");
    public static string AdaptiveCardAction => Read("adaptive-card-action");
    public static string InstallationUpdateAdd => Read("installation-update-add");
    public static string ConversationUpdateMembersAdded => Read("conversation-update-members-added");
    public static string UnknownInvoke => Read("unknown-invoke");
    public static string GroupMention => Read("group-mention");

    /// <summary>The payload with its serviceUrl pointing somewhere else (a local stand-in Connector).</summary>
    public static string WithServiceUrl(string json, string serviceUrl) => json.Replace(ServiceUrl, serviceUrl, StringComparison.Ordinal);

    public static Activity Activity(string json) => BotJson.Deserialize<Activity>(json) ?? throw new InvalidOperationException("Payload is not an activity.");

    private static string Read(string name) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Payloads", name + ".json"));
}
