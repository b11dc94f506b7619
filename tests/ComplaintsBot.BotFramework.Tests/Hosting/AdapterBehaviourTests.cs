using System.Net;
using System.Text.Json.Nodes;
using ComplaintsBot.BotFramework.Builder;
using ComplaintsBot.BotFramework.Connector;
using ComplaintsBot.BotFramework.Integration.AspNetCore;
using ComplaintsBot.BotFramework.Schema;
using ComplaintsBot.BotFramework.Tests.Connector;
using Microsoft.Extensions.DependencyInjection;

namespace ComplaintsBot.BotFramework.Tests.Hosting;

public sealed class AdapterBehaviourTests : IAsyncLifetime
{
    private readonly List<string> _clearedConversations = [];
    private BotHost _host = null!;

    public async Task InitializeAsync() => _host = await BotHost.StartAsync(services =>
        services.Configure<TurnErrorOptions>(options =>
        {
            options.ApologyText = "Sorry, something went wrong.";
            options.ClearConversationStateAsync = context =>
            {
                lock (_clearedConversations) _clearedConversations.Add(context.Activity.Conversation!.Id!);
                return Task.CompletedTask;
            };
        }));

    public async Task DisposeAsync() => await _host.DisposeAsync();

    private static string MessageSaying(string text, string? conversationId = null)
    {
        var payload = TeamsPayloads.Message.Replace("Hello bot", text);
        return conversationId is null ? payload : payload.Replace(TeamsPayloads.PersonalConversationId, conversationId);
    }

    [Fact]
    public async Task Two_turns_of_one_conversation_run_one_after_the_other()
    {
        var first = _host.PostAsync(MessageSaying("hold"));
        await _host.Bot.Holding.Task.WaitAsync(TimeSpan.FromSeconds(10));
        var second = _host.PostAsync(MessageSaying("after"));

        // The second request is in; it must wait for the first turn to end.
        await Task.Delay(300);
        Assert.DoesNotContain("start after", _host.Bot.Events);
        _host.Bot.HoldGate.SetResult();
        using var firstResponse = await first;
        using var secondResponse = await second;

        Assert.Equal(["start hold", "end hold", "start after"], _host.Bot.Events.Where(e => e.StartsWith("start") || e.StartsWith("end")).Take(3));
        Assert.Equal(0, _host.Services.GetRequiredService<ConversationTurnLocks>().ActiveCount);
    }

    [Fact]
    public async Task Turns_of_different_conversations_do_not_wait_for_each_other()
    {
        var held = _host.PostAsync(MessageSaying("hold"));
        await _host.Bot.Holding.Task.WaitAsync(TimeSpan.FromSeconds(10));

        using var other = await _host.PostAsync(MessageSaying("elsewhere", "a:another-conversation")).WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Equal(HttpStatusCode.OK, other.StatusCode);
        Assert.DoesNotContain("end hold", _host.Bot.Events);
        _host.Bot.HoldGate.SetResult();
        using var heldResponse = await held;
    }

    [Fact]
    public async Task A_turn_can_notify_another_conversation_whose_own_turn_is_still_running()
    {
        var held = _host.PostAsync(MessageSaying("hold", "a:colleague"));
        await _host.Bot.Holding.Task.WaitAsync(TimeSpan.FromSeconds(10));

        using var notifying = await _host.PostAsync(MessageSaying("notify-other")).WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Equal(HttpStatusCode.OK, notifying.StatusCode);
        var notice = Assert.Single(_host.Connector.Requests);
        Assert.Equal("/_connector/v3/conversations/a%3Acolleague/activities", notice.RawTarget);
        _host.Bot.HoldGate.SetResult();
        using var heldResponse = await held;
    }

    [Fact]
    public async Task A_proactive_send_from_a_background_service_waits_for_the_running_turn_of_its_conversation()
    {
        var held = _host.PostAsync(MessageSaying("hold"));
        await _host.Bot.Holding.Task.WaitAsync(TimeSpan.FromSeconds(10));
        var reference = _host.Bot.References.Single();

        var proactive = Task.Run(() => _host.Adapter.ContinueConversationAsync(null, reference,
            (turn, ct) => turn.SendActivityAsync("Reminder", cancellationToken: ct), CancellationToken.None));
        await Task.Delay(300);

        Assert.False(proactive.IsCompleted);
        _host.Bot.HoldGate.SetResult();
        using var heldResponse = await held;
        await proactive.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Equal("Reminder", (string?)_host.Connector.Requests.Last().Json!["text"]);
    }

    [Fact]
    public async Task A_failing_turn_apologises_clears_the_conversation_state_and_still_answers_200()
    {
        using var response = await _host.PostAsync(MessageSaying("boom"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Matches(@"^Sorry, something went wrong\. \(error reference [0-9a-f]{12}\)$", (string?)Assert.Single(_host.Connector.Requests).Json!["text"]);
        Assert.Equal([TeamsPayloads.PersonalConversationId], _clearedConversations);
    }

    [Fact]
    public async Task A_failing_card_action_is_answered_in_the_card_with_an_error_body()
    {
        var payload = JsonNode.Parse(TeamsPayloads.AdaptiveCardAction)!;
        payload["value"]!["action"]!["verb"] = "boom";

        using var response = await _host.PostAsync(payload.ToJsonString());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal(500, (int)body["statusCode"]!);
        Assert.Equal("application/vnd.microsoft.error", (string?)body["type"]);
        Assert.Matches(@"^Sorry, something went wrong\. \(error reference [0-9a-f]{12}\)$", (string?)body["value"]!["message"]);
        Assert.Empty(_host.Connector.Requests);
        Assert.Single(_clearedConversations);
    }

    [Fact]
    public async Task An_apology_that_cannot_be_sent_does_not_stop_the_state_being_cleared()
    {
        _host.Connector.Reply(new ConnectorReply(403, """{"error":{"code":"ConversationBlockedByUser","message":"User blocked the conversation with the bot."}}"""));

        using var response = await _host.PostAsync(MessageSaying("boom"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Single(_clearedConversations);
    }

    [Fact]
    public async Task Continue_conversation_sends_to_the_stored_service_url_as_a_new_message()
    {
        using (await _host.PostAsync(TeamsPayloads.InstallationUpdateAdd)) { }
        var reference = _host.Bot.References.Single();
        var before = _host.Connector.Requests.Count;

        await _host.Adapter.ContinueConversationAsync(TeamsPayloads.BotId, reference,
            (turn, ct) => turn.SendActivityAsync("Reminder: case WHG-2026-0042 is due tomorrow.", cancellationToken: ct), CancellationToken.None);

        var call = _host.Connector.Requests.Skip(before).Single();
        Assert.Equal("POST", call.Method);
        Assert.Equal("/_connector/v3/conversations/" + Uri.EscapeDataString(TeamsPayloads.PersonalConversationId) + "/activities", call.RawTarget);
        Assert.Equal("Reminder: case WHG-2026-0042 is due tomorrow.", (string?)call.Json!["text"]);
        Assert.Null(call.Json["replyToId"]);
        Assert.Equal(TeamsPayloads.UserId, (string?)call.Json["recipient"]!["id"]);
        Assert.Equal(TeamsPayloads.BotId, (string?)call.Json["from"]!["id"]);
        Assert.Null(call.Header("Authorization"));
    }

    [Fact]
    public async Task A_proactive_send_to_a_user_who_blocked_the_bot_throws_MessageWritesBlocked_to_the_caller()
    {
        var reference = new ConversationReference
        {
            ChannelId = "msteams",
            ServiceUrl = _host.Connector.ServiceUrl,
            Conversation = new ConversationAccount(id: TeamsPayloads.PersonalConversationId, tenantId: TeamsPayloads.TenantId),
            User = new ChannelAccount(TeamsPayloads.UserId),
            Bot = new ChannelAccount(TeamsPayloads.BotId),
        };
        _host.Connector.Reply(new ConnectorReply(403, """{"error":{"code":"Forbidden","message":"Bot is blocked","subCode":"MessageWritesBlocked"}}"""));

        var error = await Assert.ThrowsAsync<MessageWritesBlockedException>(() => _host.Adapter.ContinueConversationAsync(TeamsPayloads.BotId, reference,
            (turn, ct) => turn.SendActivityAsync("Reminder", cancellationToken: ct), CancellationToken.None));

        Assert.Equal("MessageWritesBlocked", error.BlockedCode);
        Assert.Empty(_clearedConversations);
    }

    [Fact]
    public async Task Create_conversation_opens_the_personal_chat_with_the_tenant_in_both_places_then_sends_in_it()
    {
        _host.Connector.Reply(new ConnectorReply(201, """{"id":"a:1on1-created"}"""));
        var parameters = new ConversationParameters
        {
            IsGroup = false,
            Bot = new ChannelAccount(TeamsPayloads.BotId),
            Members = [new ChannelAccount(TeamsPayloads.UserId)],
            TenantId = TeamsPayloads.TenantId,
        };
        ConversationReference? created = null;

        await _host.Adapter.CreateConversationAsync(TeamsPayloads.BotId, "msteams", _host.Connector.ServiceUrl, null, parameters,
            async (turn, ct) =>
            {
                created = turn.Activity.GetConversationReference();
                await turn.SendActivityAsync("Hello from ComplaintsBot.", cancellationToken: ct);
            }, CancellationToken.None);

        var create = _host.Connector.Requests[0];
        Assert.Equal("POST /_connector/v3/conversations", $"{create.Method} {create.RawTarget}");
        var body = create.Json!;
        Assert.False((bool)body["isGroup"]!);
        Assert.Equal(TeamsPayloads.BotId, (string?)body["bot"]!["id"]);
        Assert.Equal(TeamsPayloads.UserId, (string?)body["members"]![0]!["id"]);
        Assert.Equal(TeamsPayloads.TenantId, (string?)body["tenantId"]);
        Assert.Equal(TeamsPayloads.TenantId, (string?)body["channelData"]!["tenant"]!["id"]);

        var send = _host.Connector.Requests[1];
        Assert.Equal("POST /_connector/v3/conversations/a%3A1on1-created/activities", $"{send.Method} {send.RawTarget}");
        Assert.Equal(TeamsPayloads.UserId, (string?)send.Json!["recipient"]!["id"]);
        Assert.Equal("a:1on1-created", created!.Conversation!.Id);
        Assert.Equal(TeamsPayloads.TenantId, created.Conversation.TenantId);
    }

    [Fact]
    public void The_personal_chat_parameters_carry_the_tenant_in_both_places()
    {
        var parameters = ConversationParameters.ForPersonalChat(TeamsPayloads.BotId, TeamsPayloads.UserId, TeamsPayloads.TenantId);

        var json = JsonNode.Parse(BotJson.Serialize(parameters))!;

        Assert.False((bool)json["isGroup"]!);
        Assert.Equal(TeamsPayloads.TenantId, (string?)json["tenantId"]);
        Assert.Equal(TeamsPayloads.TenantId, (string?)json["channelData"]!["tenant"]!["id"]);
    }

    [Fact]
    public async Task Deleting_an_activity_is_a_delete_on_its_route()
    {
        using (await _host.PostAsync(TeamsPayloads.InstallationUpdateAdd)) { }
        var reference = _host.Bot.References.Single();

        await _host.Adapter.ContinueConversationAsync(null, reference, (turn, ct) => turn.DeleteActivityAsync("1732443350999", ct), CancellationToken.None);

        var call = _host.Connector.Requests.Last();
        Assert.Equal("DELETE", call.Method);
        Assert.EndsWith("/activities/1732443350999", call.RawTarget);
    }

    [Fact]
    public async Task The_adapter_is_registered_as_the_bot_adapter()
    {
        Assert.Same(_host.Adapter, _host.Services.GetRequiredService<BotAdapter>());
        await Task.CompletedTask;
    }
}
