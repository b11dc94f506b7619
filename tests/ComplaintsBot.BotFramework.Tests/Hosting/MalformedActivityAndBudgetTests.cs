using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using ComplaintsBot.BotFramework.Connector;
using ComplaintsBot.BotFramework.Integration.AspNetCore;
using Microsoft.Extensions.DependencyInjection;

namespace ComplaintsBot.BotFramework.Tests.Hosting;

/// <summary>
/// What a channel (or anyone posting to the endpoint) gets back when the activity is malformed, too large, when the
/// bot fails outright, and when the Connector does not answer.
/// </summary>
public sealed class MalformedActivityAndBudgetTests : IAsyncLifetime
{
    private BotHost _host = null!;

    public async Task InitializeAsync() => _host = await BotHost.StartAsync(services => services.PostConfigure<ConnectorClientOptions>(options =>
    {
        options.RequestTimeout = TimeSpan.FromMilliseconds(200);
        options.TotalTimeout = TimeSpan.FromSeconds(1);
    }));

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Theory]
    [InlineData("conversation", "The activity has no conversation id.")]
    [InlineData("channelId", "The activity has no channelId.")]
    [InlineData("serviceUrl", "The activity has no serviceUrl.")]
    [InlineData("from", "The activity has no from id.")]
    public async Task An_activity_without_a_required_field_is_answered_400_with_a_one_line_reason_and_the_bot_does_not_run(string field, string reason)
    {
        var activity = Message();
        activity.Remove(field);

        using var response = await PostRawAsync(activity.ToJsonString());

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(reason, await response.Content.ReadAsStringAsync());
        Assert.Empty(_host.Bot.Events);
        Assert.Empty(_host.Connector.Requests);
    }

    [Theory]
    [InlineData("shout")]
    [InlineData("invokeResponse")]
    public async Task An_activity_of_an_unknown_type_is_answered_400(string type)
    {
        var activity = Message();
        activity["type"] = type;

        using var response = await PostRawAsync(activity.ToJsonString());

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("The activity type is not one a channel sends to a bot.", await response.Content.ReadAsStringAsync());
        Assert.Empty(_host.Connector.Requests);
    }

    [Fact]
    public async Task A_ten_megabyte_message_is_refused_413_and_never_echoed_back()
    {
        var activity = Message();
        activity["text"] = new string('x', 10 * 1024 * 1024);

        using var response = await PostRawAsync(activity.ToJsonString());

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.True((await response.Content.ReadAsStringAsync()).Length < 200);
        Assert.Empty(_host.Bot.Events);
        Assert.Empty(_host.Connector.Requests);
    }

    [Fact]
    public async Task When_the_bot_fails_outright_the_answer_is_500_with_a_reference_and_no_stack_trace_even_in_development()
    {
        _host.Adapter.OnTurnError = null; // nothing catches the bot's exception inside the turn

        using var response = await _host.PostAsync(TeamsPayloads.Message.Replace("Hello bot", "boom"));

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync();
        Assert.Matches(@"^The bot could not handle this activity \(error reference [0-9a-f]{12}\)\.$", body);
        Assert.DoesNotContain("Exception", body);
        Assert.DoesNotContain(" at ", body);
    }

    [Fact]
    public async Task A_connector_that_does_not_answer_is_given_up_on_within_the_budget_and_the_channel_still_gets_200()
    {
        _host.Connector.ResponseDelay = TimeSpan.FromSeconds(5);

        using var response = await _host.PostAsync(TeamsPayloads.Message);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("", await response.Content.ReadAsStringAsync());
        Assert.Contains("start Hello bot", _host.Bot.Events);
        Assert.DoesNotContain(_host.Bot.Events, e => e.StartsWith("sent id", StringComparison.Ordinal));
    }

    [Fact]
    public void By_default_a_connector_call_gives_up_within_ten_seconds_with_a_few_short_attempts()
    {
        var options = new ConnectorClientOptions();

        Assert.True(options.TotalTimeout <= TimeSpan.FromSeconds(10));
        Assert.True(options.RequestTimeout <= TimeSpan.FromSeconds(5));
        Assert.InRange(options.MaxRetryAttempts, 1, 3);
    }

    private JsonObject Message() => JsonNode.Parse(TeamsPayloads.WithServiceUrl(TeamsPayloads.Message, _host.Connector.ServiceUrl))!.AsObject();

    private Task<HttpResponseMessage> PostRawAsync(string json) =>
        _host.Client.PostAsync("/api/messages", new StringContent(json, Encoding.UTF8, "application/json"));
}
