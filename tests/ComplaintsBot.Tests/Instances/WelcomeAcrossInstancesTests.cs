using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using ComplaintsBot.Tests.Hosting;
using ComplaintsBot.Tests.Workflows.Reminders;
using ComplaintsBot.BotFramework.Testing;

namespace ComplaintsBot.Tests.Instances;

/// <summary>
/// Two host processes on one PostgreSQL database. Teams sends installationUpdate and conversationUpdate together when
/// the app is installed; with two instances behind a balancer each can reach a different one at the same moment.
/// </summary>
public sealed class WelcomeAcrossInstancesTests(PostgreSqlServer server) : IClassFixture<PostgreSqlServer>
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(120);
    private const int Installs = 8;

    [Fact]
    public async Task The_two_install_events_reaching_two_instances_at_once_bring_one_welcome_card()
    {
        using var folder = new TempFolder();
        await using var connector = await RecordingConnector.StartAsync();
        var settings = new Dictionary<string, string>
        {
            ["Store__Provider"] = "PostgreSql",
            ["ConnectionStrings__Cases"] = await server.CreateDatabaseAsync(),
            ["Reminders__Enabled"] = "false",
            ["Logging__LogLevel__Default"] = "Warning",
        };
        await using var first = HostProcess.Start(settings, folder.Path);
        await using var second = HostProcess.Start(settings, folder.Path);
        Assert.True(await first.WaitReadyAsync(StartTimeout), first.Error);
        Assert.True(await second.WaitReadyAsync(StartTimeout), second.Error);
        using var http = new HttpClient(new SocketsHttpHandler { UseProxy = false }) { Timeout = TimeSpan.FromSeconds(60) };

        var conversations = new List<string>();
        for (var install = 0; install < Installs; install++)
        {
            var teams = new TeamsActivities(connector.ServiceUrl, $"a:1personal-install-{install}-{Guid.NewGuid():N}");
            conversations.Add(teams.ConversationId);
            var statuses = await Task.WhenAll(
                PostAsync(http, first, teams.InstallationUpdate("add")),
                PostAsync(http, second, teams.MembersAdded()));
            Assert.All(statuses, status => Assert.Equal(HttpStatusCode.OK, status));
        }

        foreach (var conversation in conversations)
        {
            var welcome = Assert.Single(connector.Replies(conversation));
            Assert.Contains("AdaptiveCard", welcome.Attachments ?? "", StringComparison.Ordinal);
        }
    }

    private static async Task<HttpStatusCode> PostAsync(HttpClient http, HostProcess host, JsonObject activity)
    {
        using var response = await http.PostAsync(new Uri(host.BaseAddress, "api/messages"), new StringContent(activity.ToJsonString(), Encoding.UTF8, "application/json"));
        return response.StatusCode;
    }
}
