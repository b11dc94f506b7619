using Microsoft.Extensions.DependencyInjection;
using ComplaintsBot.BotFramework.Testing;
namespace ComplaintsBot.Tests.Hosting;

/// <summary>Per test: a temp data folder, a Connector stub, Teams activities aimed at it, and the host.</summary>
public abstract class HostTestBase : IAsyncLifetime
{
    protected TempFolder Data { get; } = new();
    protected RecordingConnector Channel { get; private set; } = null!;
    protected TeamsActivities Teams { get; private set; } = null!;
    protected BotHost Host { get; private set; } = null!;

    /// <summary>DI overrides for the host of this test class; none by default.</summary>
    protected virtual void Override(IServiceCollection services) { }

    protected BotHost StartHost() => new(Data.Path, overrides: Override);

    public async Task InitializeAsync()
    {
        Channel = await RecordingConnector.StartAsync();
        Teams = new TeamsActivities(Channel.ServiceUrl);
        Host = StartHost();
    }

    public async Task DisposeAsync()
    {
        await Host.DisposeAsync();
        await Channel.DisposeAsync();
        Data.Dispose();
    }
}
