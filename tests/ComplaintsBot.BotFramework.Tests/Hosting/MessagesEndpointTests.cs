using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using ComplaintsBot.BotFramework.Tests.Connector;

namespace ComplaintsBot.BotFramework.Tests.Hosting;

public sealed class MessagesEndpointTests : IAsyncLifetime
{
    private static readonly string ConversationPath = "/_connector/v3/conversations/" + Uri.EscapeDataString(TeamsPayloads.PersonalConversationId);
    private BotHost _host = null!;

    public async Task InitializeAsync() => _host = await BotHost.StartAsync();

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task A_message_is_answered_200_and_the_reply_is_posted_to_the_reply_route_addressed_back_to_the_sender()
    {
        using var response = await _host.PostAsync(TeamsPayloads.Message);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("", await response.Content.ReadAsStringAsync());
        var call = Assert.Single(_host.Connector.Requests);
        Assert.Equal("POST", call.Method);
        Assert.Equal($"{ConversationPath}/activities/1732443307437", call.RawTarget);
        var body = call.Json!;
        Assert.Equal("message", (string?)body["type"]);
        Assert.Equal("You said: Hello bot", (string?)body["text"]);
        Assert.Equal(TeamsPayloads.BotId, (string?)body["from"]!["id"]);
        Assert.Equal(TeamsPayloads.UserId, (string?)body["recipient"]!["id"]);
        Assert.Equal("1732443307437", (string?)body["replyToId"]);
        Assert.Equal(TeamsPayloads.PersonalConversationId, (string?)body["conversation"]!["id"]);
        Assert.Null(body["id"]);
        Assert.Contains("sent id reply-1", _host.Bot.Events);
    }

    [Fact]
    public async Task Local_mode_sends_no_authorization_header_to_the_connector()
    {
        using var response = await _host.PostAsync(TeamsPayloads.Message);

        Assert.Null(Assert.Single(_host.Connector.Requests).Header("Authorization"));
    }

    [Fact]
    public async Task A_card_submit_with_a_value_and_no_text_reaches_the_bot_and_is_answered()
    {
        using var response = await _host.PostAsync(TeamsPayloads.CardSubmit);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var call = Assert.Single(_host.Connector.Requests);
        Assert.Equal($"{ConversationPath}/activities/1732443400001", call.RawTarget);
        Assert.Equal("Logged a complaint contact.", (string?)call.Json!["text"]);
    }

    [Fact]
    public async Task The_tenant_from_channel_data_is_on_the_conversation_the_bot_sees_and_replies_in()
    {
        using var response = await _host.PostAsync(TeamsPayloads.CardSubmit);

        Assert.Equal(TeamsPayloads.TenantId, _host.Bot.References.Single().Conversation!.TenantId);
        Assert.Equal(TeamsPayloads.TenantId, (string?)_host.Connector.Requests[0].Json!["conversation"]!["tenantId"]);
    }

    [Fact]
    public async Task An_adaptive_card_action_is_answered_200_with_the_card_and_the_shared_card_is_updated_in_place()
    {
        using var response = await _host.PostAsync(TeamsPayloads.AdaptiveCardAction);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.StartsWith("application/json", response.Content.Headers.ContentType!.ToString());
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal(200, (int)body["statusCode"]!);
        Assert.Equal("application/vnd.microsoft.card.adaptive", (string?)body["type"]);
        Assert.Equal("Done: acknowledge WHG-2026-0042", (string?)body["value"]!["body"]![0]!["text"]);

        var update = Assert.Single(_host.Connector.Requests);
        Assert.Equal("PUT", update.Method);
        Assert.Equal($"{ConversationPath}/activities/1732443350999", update.RawTarget);
        Assert.Equal("1732443350999", (string?)update.Json!["id"]);
        Assert.Equal("application/vnd.microsoft.card.adaptive", (string?)update.Json["attachments"]![0]!["contentType"]);
    }

    [Fact]
    public async Task A_malformed_adaptive_card_action_is_answered_200_with_a_400_error_body()
    {
        var payload = JsonNode.Parse(TeamsPayloads.AdaptiveCardAction)!.AsObject();
        payload["value"]!["action"]!["type"] = "Action.Submit";

        using var response = await _host.PostAsync(payload.ToJsonString());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal(400, (int)body["statusCode"]!);
        Assert.Equal("application/vnd.microsoft.error", (string?)body["type"]);
        Assert.Equal("NotSupported", (string?)body["value"]!["code"]);
        Assert.Empty(_host.Connector.Requests);
    }

    [Fact]
    public async Task An_unknown_invoke_is_answered_501()
    {
        using var response = await _host.PostAsync(TeamsPayloads.UnknownInvoke);

        Assert.Equal(HttpStatusCode.NotImplemented, response.StatusCode);
        Assert.Empty(_host.Connector.Requests);
    }

    [Fact]
    public async Task An_installation_update_add_is_answered_200_and_the_thanks_is_sent()
    {
        using var response = await _host.PostAsync(TeamsPayloads.InstallationUpdateAdd);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var call = Assert.Single(_host.Connector.Requests);
        Assert.Equal("Thanks for installing ComplaintsBot.", (string?)call.Json!["text"]);
        Assert.Equal(TeamsPayloads.UserId, (string?)call.Json["recipient"]!["id"]);
        var reference = _host.Bot.References.Single();
        Assert.Equal(_host.Connector.ServiceUrl, reference.ServiceUrl);
        Assert.Equal(TeamsPayloads.TenantId, reference.Conversation!.TenantId);
    }

    [Fact]
    public async Task A_conversation_update_welcomes_the_user_but_not_the_bot()
    {
        using var response = await _host.PostAsync(TeamsPayloads.ConversationUpdateMembersAdded);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var call = Assert.Single(_host.Connector.Requests);
        Assert.Equal("Welcome to ComplaintsBot.", (string?)call.Json!["text"]);
        Assert.Equal(TeamsPayloads.UserId, (string?)call.Json["recipient"]!["id"]);
    }

    [Fact]
    public async Task A_group_chat_message_reaches_the_bot_without_its_mention()
    {
        using var response = await _host.PostAsync(TeamsPayloads.GroupMention);

        Assert.Equal("You said: new case please", (string?)Assert.Single(_host.Connector.Requests).Json!["text"]);
        Assert.Equal("/_connector/v3/conversations/19%3Ameeting_NzM0ZWQ1%40thread.v2/activities/1732443600000", _host.Connector.Requests[0].RawTarget);
    }

    [Theory]
    [InlineData("GET")]
    [InlineData("PUT")]
    [InlineData("DELETE")]
    public async Task Methods_other_than_post_are_answered_405(string method)
    {
        using var response = await _host.Client.SendAsync(new HttpRequestMessage(new HttpMethod(method), "/api/messages"));

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Empty(_host.Connector.Requests);
    }

    [Theory]
    [InlineData("""{"text":"no type","conversation":{"id":"a:1"}}""")]
    [InlineData("""{"type":"","text":"empty type"}""")]
    [InlineData("this is not json")]
    [InlineData("")]
    [InlineData("[1,2,3]")]
    public async Task A_body_that_is_not_an_activity_with_a_type_is_answered_400(string body)
    {
        using var response = await _host.Client.PostAsync("/api/messages", new StringContent(body, Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Empty(_host.Bot.Events);
    }

    [Fact]
    public async Task A_request_with_a_token_is_rejected_401_in_local_mode_without_details_and_the_bot_does_not_run()
    {
        using var response = await _host.PostAsync(TeamsPayloads.Message, authorization: "Bearer eyJhbGciOiJSUzI1NiJ9.e30.c2ln");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("", await response.Content.ReadAsStringAsync());
        Assert.Equal("Bearer", response.Headers.WwwAuthenticate.Single().Scheme);
        Assert.Empty(_host.Bot.Events);
        Assert.Empty(_host.Connector.Requests);
    }

    [Fact]
    public async Task Several_activities_in_one_send_go_out_in_order_and_delay_is_not_sent()
    {
        using var response = await _host.PostAsync(TeamsPayloads.Message.Replace("Hello bot", "two"));

        Assert.Equal(["one", "two"], _host.Connector.Requests.Select(r => (string?)r.Json!["text"]));
    }

    [Fact]
    public async Task A_throttled_reply_is_retried_and_the_turn_succeeds()
    {
        _host.Connector.Reply(new ConnectorReply(429, """{"error":{"code":"Throttled","message":"Too many requests"}}""", new Dictionary<string, string> { ["Retry-After"] = "0" }),
            new ConnectorReply(500));

        using var response = await _host.PostAsync(TeamsPayloads.Message);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(3, _host.Connector.Requests.Count);
        Assert.Contains("sent id reply-1", _host.Bot.Events);
    }
}
