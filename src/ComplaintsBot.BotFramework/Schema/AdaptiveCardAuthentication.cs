namespace ComplaintsBot.BotFramework.Schema;

/// <summary>The SSO or OAuth part of an <c>adaptiveCard/action</c> value (not used by ComplaintsBot).</summary>
public class AdaptiveCardAuthentication : ExtensibleObject
{
    public string? Id { get; set; }
    public string? ConnectionName { get; set; }
    public string? Token { get; set; }
}
