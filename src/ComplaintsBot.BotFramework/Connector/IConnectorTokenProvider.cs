namespace ComplaintsBot.BotFramework.Connector;

/// <summary>The bearer token for Connector calls (client credentials, scope https://api.botframework.com/.default).</summary>
public interface IConnectorTokenProvider
{
    /// <summary>The access token, or null to send no Authorization header (local mode, no MicrosoftAppId).</summary>
    Task<string?> GetTokenAsync(CancellationToken cancellationToken);
}
