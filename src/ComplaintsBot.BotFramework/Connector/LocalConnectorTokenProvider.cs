namespace ComplaintsBot.BotFramework.Connector;

/// <summary>Local mode: no app id, so outbound calls carry no token (the SDK's MicrosoftAppCredentials.Empty).</summary>
public sealed class LocalConnectorTokenProvider : IConnectorTokenProvider
{
    public Task<string?> GetTokenAsync(CancellationToken cancellationToken) => Task.FromResult<string?>(null);
}
