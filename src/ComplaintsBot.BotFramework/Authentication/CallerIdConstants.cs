namespace ComplaintsBot.BotFramework.Authentication;

/// <summary>
/// Values for <c>Activity.CallerId</c> after authentication. The SDK keeps this type in Microsoft.Bot.Schema;
/// it lives here because only authentication decides it.
/// </summary>
public static class CallerIdConstants
{
    /// <summary>The caller is the public Azure Bot Service channel (a token from api.botframework.com was validated).</summary>
    public const string PublicAzureChannel = "urn:botframework:azure";
}
