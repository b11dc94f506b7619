using System.Net;
using ComplaintsBot.BotFramework.Connector;
using ComplaintsBot.BotFramework.Schema;

namespace ComplaintsBot.BotFramework.Tests.Connector;

public sealed class ConnectorClientTests : IAsyncLifetime
{
    private const string ChannelThreadId = "19:abc123@thread.tacv2;messageid=1732443307437";
    private FakeConnector _connector = null!;

    public async Task InitializeAsync() => _connector = await FakeConnector.StartAsync();

    public async Task DisposeAsync() => await _connector.DisposeAsync();

    private static ConnectorClientOptions QuickRetries(int attempts = 3) => new()
    {
        MaxRetryAttempts = attempts,
        RetryBaseDelay = TimeSpan.FromMilliseconds(1),
        MaxRetryDelay = TimeSpan.FromMilliseconds(5),
        AllowLoopbackServiceUrls = true,
    };

    private ConnectorClient Client(string? serviceUrl = null, IConnectorTokenProvider? tokens = null, ConnectorClientOptions? options = null)
    {
        options ??= QuickRetries();
        return new ConnectorClient(new HttpClient(), serviceUrl ?? _connector.ServiceUrl, tokens ?? new LocalConnectorTokenProvider(),
            new ServiceUrlAllowList(options), ConnectorResilience.CreatePipeline(options));
    }

    private static Activity Message(string text) => new() { Type = ActivityTypes.Message, Text = text };

    [Fact]
    public async Task A_reply_is_posted_to_the_activity_route_with_teams_ids_escaped()
    {
        var response = await Client().ReplyToActivityAsync(ChannelThreadId, "1732443307437", Message("Noted"));

        var request = Assert.Single(_connector.Requests);
        Assert.Equal("POST", request.Method);
        Assert.Equal("/_connector/v3/conversations/19%3Aabc123%40thread.tacv2%3Bmessageid%3D1732443307437/activities/1732443307437", request.RawTarget);
        Assert.Equal("Noted", (string?)request.Json!["text"]);
        Assert.StartsWith("application/json", request.Header("Content-Type"));
        Assert.Equal("reply-1", response.Id);
    }

    [Theory]
    [InlineData("")]
    [InlineData("/")]
    public async Task The_service_url_is_joined_the_same_with_or_without_a_trailing_slash(string suffix)
    {
        await Client(_connector.ServiceUrl + suffix).SendToConversationAsync("a:1", Message("Hi"));

        Assert.Equal("/_connector/v3/conversations/a%3A1/activities", Assert.Single(_connector.Requests).RawTarget);
    }

    [Fact]
    public async Task An_update_is_a_put_and_a_delete_is_a_delete_on_the_activity_route()
    {
        var client = Client();

        await client.UpdateActivityAsync("a:1", "card-7", new Activity { Type = ActivityTypes.Message, Id = "card-7", Text = "updated" });
        await client.DeleteActivityAsync("a:1", "card-7");

        Assert.Equal(["PUT /_connector/v3/conversations/a%3A1/activities/card-7", "DELETE /_connector/v3/conversations/a%3A1/activities/card-7"],
            _connector.Requests.Select(r => $"{r.Method} {r.RawTarget}"));
        Assert.Equal("card-7", (string?)_connector.Requests[0].Json!["id"]);
        Assert.Equal("", _connector.Requests[1].Body);
    }

    [Fact]
    public async Task Create_conversation_posts_the_parameters_and_returns_the_new_id()
    {
        _connector.Reply(new ConnectorReply(201, """{"id":"a:new-chat","activityId":"1"}"""));
        var parameters = new ConversationParameters
        {
            IsGroup = false,
            Bot = new ChannelAccount(TeamsPayloads.BotId),
            Members = [new ChannelAccount(TeamsPayloads.UserId)],
            TenantId = TeamsPayloads.TenantId,
        };

        var created = await Client().CreateConversationAsync(parameters);

        var request = Assert.Single(_connector.Requests);
        Assert.Equal("POST /_connector/v3/conversations", $"{request.Method} {request.RawTarget}");
        Assert.Equal(TeamsPayloads.UserId, (string?)request.Json!["members"]![0]!["id"]);
        Assert.Equal("a:new-chat", created.Id);
    }

    [Fact]
    public async Task Get_member_reads_one_member_and_keeps_teams_fields()
    {
        var member = await Client().GetConversationMemberAsync("29:member", "a:1");

        Assert.Equal("GET /_connector/v3/conversations/a%3A1/members/29%3Amember", $"{_connector.Requests[0].Method} {_connector.Requests[0].RawTarget}");
        Assert.Equal("7faf", member.AadObjectId);
        Assert.Equal("megan@example.org", member.Properties!["email"].GetString());
    }

    [Fact]
    public async Task Paged_members_pass_the_page_size_and_continuation_token()
    {
        _connector.Reply(new ConnectorReply(200, """{"continuationToken":"next+page/2","members":[{"id":"29:a","email":"a@example.org"}]}"""));

        var page = await Client().GetConversationPagedMembersAsync("19:team@thread.tacv2", pageSize: 50, continuationToken: "tok+en/1");

        Assert.Equal("/_connector/v3/conversations/19%3Ateam%40thread.tacv2/pagedmembers?pageSize=50&continuationToken=tok%2Ben%2F1", _connector.Requests[0].RawTarget);
        Assert.Equal("next+page/2", page.ContinuationToken);
        Assert.Equal("29:a", Assert.Single(page.Members!).Id);
    }

    [Fact]
    public async Task Local_mode_sends_no_authorization_header()
    {
        await Client().SendToConversationAsync("a:1", Message("Hi"));

        Assert.Null(Assert.Single(_connector.Requests).Header("Authorization"));
    }

    [Fact]
    public async Task A_token_is_sent_as_a_bearer_header()
    {
        await Client(tokens: new FixedTokenProvider("token-123")).SendToConversationAsync("a:1", Message("Hi"));

        Assert.Equal("Bearer token-123", Assert.Single(_connector.Requests).Header("Authorization"));
    }

    [Fact]
    public async Task A_token_is_never_sent_to_a_service_url_off_the_allow_list()
    {
        var options = QuickRetries();
        options.AllowLoopbackServiceUrls = false;

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() =>
            Client(tokens: new FixedTokenProvider("token-123"), options: options).SendToConversationAsync("a:1", Message("Hi")));

        Assert.Contains("allow list", error.Message);
        Assert.Empty(_connector.Requests);
    }

    [Fact]
    public async Task Throttling_429_is_retried_then_succeeds()
    {
        _connector.Reply(new ConnectorReply(429, """{"error":{"code":"Throttled","message":"Too many requests"}}""", new Dictionary<string, string> { ["Retry-After"] = "0" }));

        var response = await Client().SendToConversationAsync("a:1", Message("Hi"));

        Assert.Equal(2, _connector.Requests.Count);
        Assert.Equal(_connector.Requests[0].Body, _connector.Requests[1].Body);
        Assert.Equal("reply-1", response.Id);
    }

    [Fact]
    public async Task Server_errors_are_retried_then_succeed()
    {
        _connector.Reply(new ConnectorReply(500), new ConnectorReply(503));

        await Client().ReplyToActivityAsync("a:1", "1", Message("Hi"));

        Assert.Equal(3, _connector.Requests.Count);
    }

    [Fact]
    public async Task Persistent_server_errors_give_up_after_the_configured_retries_with_the_status_and_error_body()
    {
        _connector.Reply(Enumerable.Repeat(new ConnectorReply(502, """{"error":{"code":"ServiceError","message":"Upstream failed"}}"""), 5).ToArray());

        var error = await Assert.ThrowsAsync<ErrorResponseException>(() => Client(options: QuickRetries(attempts: 2)).SendToConversationAsync("a:1", Message("Hi")));

        Assert.Equal(3, _connector.Requests.Count);
        Assert.Equal(HttpStatusCode.BadGateway, error.StatusCode);
        Assert.Equal("ServiceError", error.Body!.Error!.Code);
        Assert.DoesNotContain("a:1", error.Message);
    }

    [Fact]
    public async Task A_client_error_is_not_retried()
    {
        _connector.Reply(new ConnectorReply(404, """{"error":{"code":"ConversationNotFound","message":"Conversation not found."}}"""));

        var error = await Assert.ThrowsAsync<ErrorResponseException>(() => Client().SendToConversationAsync("a:1", Message("Hi")));

        Assert.Single(_connector.Requests);
        Assert.Equal(HttpStatusCode.NotFound, error.StatusCode);
        Assert.IsNotType<MessageWritesBlockedException>(error);
    }

    [Theory]
    [InlineData("""{"error":{"code":"MessageWritesBlocked","message":"Blocked"}}""", "MessageWritesBlocked")]
    [InlineData("""{"error":{"code":"Forbidden","message":"Blocked","subCode":"MessageWritesBlocked"}}""", "MessageWritesBlocked")]
    [InlineData("""{"error":{"code":"Forbidden","message":"x"},"subCode":"MessageWritesBlocked"}""", "MessageWritesBlocked")]
    [InlineData("""{"error":{"code":"BadArgument","message":"x","innerHttpError":{"statusCode":403,"body":{"error":{"code":"Forbidden","subCode":"MessageWritesBlocked"}}}}}""", "MessageWritesBlocked")]
    [InlineData("""{"error":{"code":"BadArgument","message":"x","innerHttpError":{"statusCode":403,"body":"{\"subCode\":\"MessageWritesBlocked\"}"}}}""", "MessageWritesBlocked")]
    [InlineData("""{"error":{"code":"ConversationBlockedByUser","message":"User blocked the conversation with the bot."}}""", "ConversationBlockedByUser")]
    [InlineData("""{"error":{"code":"BotNotInConversationRoster","message":"The bot is not part of the conversation roster."}}""", "BotNotInConversationRoster")]
    public async Task A_403_saying_the_user_blocked_or_removed_the_bot_surfaces_as_MessageWritesBlocked(string body, string expectedCode)
    {
        _connector.Reply(new ConnectorReply(403, body));

        var error = await Assert.ThrowsAsync<MessageWritesBlockedException>(() => Client().SendToConversationAsync("a:1", Message("Reminder")));

        Assert.Equal(expectedCode, error.BlockedCode);
        Assert.Equal(HttpStatusCode.Forbidden, error.StatusCode);
        Assert.Single(_connector.Requests);
    }

    [Fact]
    public async Task A_403_for_another_reason_is_an_ordinary_error_response()
    {
        _connector.Reply(new ConnectorReply(403, """{"error":{"code":"BotDisabledByAdmin","message":"The tenant admin disabled this bot."}}"""));

        var error = await Assert.ThrowsAsync<ErrorResponseException>(() => Client().SendToConversationAsync("a:1", Message("Hi")));

        Assert.IsNotType<MessageWritesBlockedException>(error);
        Assert.Equal("BotDisabledByAdmin", error.Body!.Error!.Code);
    }

    [Fact]
    public async Task An_accepted_send_without_an_id_is_a_success()
    {
        _connector.Reply(new ConnectorReply(202, "Accepted"));

        var response = await Client().SendToConversationAsync("a:1", Message("Hi"));

        Assert.Null(response.Id);
    }

    [Theory]
    [InlineData("not a url")]
    [InlineData("ftp://example.org/")]
    [InlineData("")]
    public void A_service_url_that_is_not_absolute_http_is_rejected_with_a_clear_message(string serviceUrl)
    {
        var error = Assert.Throws<ArgumentException>(() => Client(serviceUrl));

        Assert.Contains("service URL", error.Message);
    }

    private sealed class FixedTokenProvider(string token) : IConnectorTokenProvider
    {
        public Task<string?> GetTokenAsync(CancellationToken cancellationToken) => Task.FromResult<string?>(token);
    }
}
