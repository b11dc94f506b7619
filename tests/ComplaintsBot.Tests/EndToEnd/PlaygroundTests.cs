using System.Net;
using ComplaintsBot.Cases.Store;
using ComplaintsBot.Dialogs;
using ComplaintsBot.Tests.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace ComplaintsBot.Tests.EndToEnd;

/// <summary>
/// The bot with a real Teams client: the host on a loopback Kestrel port (Development, temp SQLite), the
/// Microsoft 365 Agents Playground pointed at it, its chat page driven in headless Chromium.
/// </summary>
[Trait("Category", "EndToEnd")]
public sealed class PlaygroundTests(ITestOutputHelper output)
{
    [Fact]
    public async Task In_the_agents_playground_the_user_is_welcomed_once_by_name_and_help_is_answered()
    {
        using var data = new TempFolder();
        await using var host = new BotHost(data.Path);
        host.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        host.StartServer();
        var address = host.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        var helpFirstLine = MainDialog.HelpText.Split('\n')[0];

        // The Playground's default user is Alex Wilber; Teams-like, it sends the install events without the name.
        var result = await PlaygroundRun.RunAsync($"{address.TrimEnd('/')}/api/messages", "Hello Alex, I'm ComplaintsBot", helpFirstLine);

        output.WriteLine(result.ToJsonString());
        Assert.True((bool?)result["ok"] == true, result.ToJsonString());
        Assert.Equal(1, (int?)result["welcomeCards"]);
        Assert.Contains(helpFirstLine, (string?)result["helpReply"]);
        Assert.True(File.Exists((string?)result["screenshot"]), $"no screenshot at {result["screenshot"]}");
        // The bot kept where the Playground's user can be reached: its mock Connector.
        await using var db = await host.Services.GetRequiredService<IDbContextFactory<CasesDbContext>>().CreateDbContextAsync();
        var serviceUrls = await db.ConversationReferences.Select(r => r.ServiceUrl).Distinct().ToListAsync();
        Assert.Equal([(string)result["playground"]!["serviceUrl"]!], serviceUrls);
    }
}
