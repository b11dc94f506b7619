using ComplaintsBot.Bot;
using ComplaintsBot.Cases.Store;
using ComplaintsBot.Dialogs;
using ComplaintsBot.Tests.Hosting;
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
    private const string WelcomeToAlex = "Hello Alex, I'm ComplaintsBot";

    [Fact]
    public async Task In_the_agents_playground_the_user_is_welcomed_once_by_name_and_help_is_answered()
    {
        using var data = new TempFolder();
        await using var host = StartOnLoopback(data, overrides: null, out var endpoint);
        var helpFirstLine = MainDialog.HelpText.Split('\n')[0];

        // The Playground's default user is Alex Wilber; Teams-like, it sends the install events without the name.
        var result = await PlaygroundRun.RunAsync(endpoint, "welcome-help", WelcomeToAlex, helpFirstLine);

        output.WriteLine(result.ToJsonString());
        Assert.True((bool?)result["ok"] == true, result.ToJsonString());
        Assert.Equal(1, (int?)result["welcomeCards"]);
        Assert.Contains(helpFirstLine, (string?)result["helpReply"]);
        Assert.Contains(helpFirstLine, (string?)result["helpButtonReply"]);
        Assert.True(File.Exists((string?)result["screenshot"]), $"no screenshot at {result["screenshot"]}");
        // The bot kept where the Playground's user can be reached: its mock Connector.
        await using var db = await host.Services.GetRequiredService<IDbContextFactory<CasesDbContext>>().CreateDbContextAsync();
        var serviceUrls = await db.ConversationReferences.Select(r => r.ServiceUrl).Distinct().ToListAsync();
        Assert.Equal([(string)result["playground"]!["serviceUrl"]!], serviceUrls);
    }

    [Fact]
    public async Task In_the_agents_playground_a_filled_card_reaches_the_bot_with_every_input_as_a_string()
    {
        using var data = new TempFolder();
        await using var host = StartOnLoopback(data, CardEchoDialog.ReplaceMainDialog, out var endpoint);

        var result = await PlaygroundRun.RunAsync(endpoint, "card-input", WelcomeToAlex, "unused");

        output.WriteLine(result.ToJsonString());
        Assert.True((bool?)result["ok"] == true, result.ToJsonString());
        Assert.Equal(
            """{"channel":"email","command":"echo","name":"Mrs O'Brien","received":"2026-11-20"}""",
            result["echo"]!.ToJsonString(new System.Text.Json.JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }));
    }

    private static BotHost StartOnLoopback(TempFolder data, Action<IServiceCollection>? overrides, out string endpoint)
    {
        var host = new BotHost(data.Path, overrides: overrides);
        endpoint = host.StartOnLoopback();
        return host;
    }
}
