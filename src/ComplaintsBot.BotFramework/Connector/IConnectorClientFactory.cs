namespace ComplaintsBot.BotFramework.Connector;

/// <summary>Makes the Connector client for a service URL (one per turn or proactive send).</summary>
public interface IConnectorClientFactory
{
    ConnectorClient Create(string serviceUrl);
}
