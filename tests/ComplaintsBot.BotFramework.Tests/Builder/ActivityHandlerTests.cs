using System.Text.Json;
using System.Text.Json.Nodes;
using ComplaintsBot.BotFramework.Builder;
using ComplaintsBot.BotFramework.Schema;

namespace ComplaintsBot.BotFramework.Tests.Builder;

public class ActivityHandlerTests
{
    private readonly RecordingAdapter _adapter = new();

    [Fact]
    public async Task A_message_goes_to_OnMessageActivityAsync()
    {
        var bot = new SpyHandler();

        await _adapter.RunAsync(bot, TeamsPayloads.Message);

        Assert.Equal(["message"], bot.Calls);
    }

    [Fact]
    public async Task Members_added_is_called_with_the_whole_list_when_someone_other_than_the_bot_joined()
    {
        var bot = new SpyHandler();

        await _adapter.RunAsync(bot, TeamsPayloads.ConversationUpdateMembersAdded);

        Assert.Equal(["membersAdded"], bot.Calls);
        Assert.Equal([TeamsPayloads.UserId, TeamsPayloads.BotId], bot.Members.Select(m => m.Id));
    }

    [Fact]
    public async Task Members_added_is_not_called_when_only_the_bot_joined()
    {
        var bot = new SpyHandler();
        var json = JsonNode.Parse(TeamsPayloads.ConversationUpdateMembersAdded)!;
        json["membersAdded"] = new JsonArray(new JsonObject { ["id"] = TeamsPayloads.BotId });

        await _adapter.RunAsync(bot, json.ToJsonString());

        Assert.Empty(bot.Calls);
    }

    [Fact]
    public async Task Members_removed_is_called_when_someone_other_than_the_bot_left()
    {
        var bot = new SpyHandler();
        var json = JsonNode.Parse(TeamsPayloads.ConversationUpdateMembersAdded)!.AsObject();
        json["membersRemoved"] = json["membersAdded"]!.DeepClone();
        json.Remove("membersAdded");

        await _adapter.RunAsync(bot, json.ToJsonString());

        Assert.Equal(["membersRemoved"], bot.Calls);
    }

    [Theory]
    [InlineData("add", "installAdd")]
    [InlineData("add-upgrade", "installAdd")]
    [InlineData("remove", "installRemove")]
    [InlineData("remove-upgrade", "installRemove")]
    public async Task An_installation_update_is_routed_by_its_action(string action, string expectedCall)
    {
        var bot = new SpyHandler();

        await _adapter.RunAsync(bot, TeamsPayloads.InstallationUpdateAdd.Replace("\"action\": \"add\"", $"\"action\": \"{action}\""));

        Assert.Equal([expectedCall], bot.Calls);
    }

    [Fact]
    public async Task Events_and_unknown_activity_types_have_their_own_hooks()
    {
        var bot = new SpyHandler();

        await _adapter.RunAsync(bot, """{"type":"event","name":"ContinueConversation","conversation":{"id":"a:1"}}""");
        await _adapter.RunAsync(bot, """{"type":"someFutureType","conversation":{"id":"a:1"}}""");

        Assert.Equal(["event", "unrecognized"], bot.Calls);
    }

    [Theory]
    [InlineData("typing", "typing")]
    [InlineData("messageReaction", "messageReaction")]
    [InlineData("messageUpdate", "messageUpdate")]
    [InlineData("messageDelete", "messageDelete")]
    [InlineData("endOfConversation", "endOfConversation")]
    public async Task Known_activity_types_reach_their_own_hooks_not_the_unrecognized_one(string type, string expectedCall)
    {
        var bot = new SpyHandler();

        await _adapter.RunAsync(bot, $$$"""{"type":"{{{type}}}","conversation":{"id":"a:1"}}""");

        Assert.Equal([expectedCall], bot.Calls);
    }

    [Fact]
    public async Task An_adaptive_card_action_is_answered_with_http_200_and_the_handlers_response()
    {
        var bot = new SpyHandler();

        var (_, response) = await _adapter.RunAsync(bot, TeamsPayloads.AdaptiveCardAction);

        Assert.Equal(200, response!.Status);
        var body = Body(response);
        Assert.Equal(200, body.GetProperty("statusCode").GetInt32());
        Assert.Equal(AdaptiveCardInvokeResponse.CardContentType, body.GetProperty("type").GetString());
        Assert.Equal("acknowledge", bot.InvokeValue!.Action!.Verb);
        Assert.Equal("WHG-2026-0042", (string?)bot.InvokeValue.Action.Data!["caseId"]);
        Assert.Empty(_adapter.Sent);
    }

    [Theory]
    [InlineData(null, "BadRequest", "Missing value property")]
    [InlineData("\"just a string\"", "BadRequest", "Value property is not properly formed")]
    [InlineData("{\"trigger\":\"manual\"}", "BadRequest", "Missing action property")]
    [InlineData("{\"action\":{\"type\":\"Action.Submit\",\"verb\":\"x\"}}", "NotSupported", "The action 'Action.Submit' is not supported.")]
    public async Task A_malformed_adaptive_card_action_is_answered_200_with_a_400_error_body(string? value, string code, string message)
    {
        var bot = new SpyHandler();
        var json = JsonNode.Parse(TeamsPayloads.AdaptiveCardAction)!.AsObject();
        json["value"] = value is null ? null : JsonNode.Parse(value);

        var (_, response) = await _adapter.RunAsync(bot, json.ToJsonString());

        Assert.Equal(200, response!.Status);
        var body = Body(response);
        Assert.Equal(400, body.GetProperty("statusCode").GetInt32());
        Assert.Equal(AdaptiveCardInvokeResponse.ErrorContentType, body.GetProperty("type").GetString());
        Assert.Equal(code, body.GetProperty("value").GetProperty("code").GetString());
        Assert.Equal(message, body.GetProperty("value").GetProperty("message").GetString());
        Assert.Empty(bot.Calls);
    }

    [Fact]
    public async Task An_unknown_invoke_is_answered_501()
    {
        var (_, response) = await _adapter.RunAsync(new SpyHandler(), TeamsPayloads.UnknownInvoke);

        Assert.Equal(501, response!.Status);
    }

    [Fact]
    public async Task An_adaptive_card_action_the_bot_does_not_handle_is_answered_501()
    {
        var (_, response) = await _adapter.RunAsync(new ActivityHandler(), TeamsPayloads.AdaptiveCardAction);

        Assert.Equal(501, response!.Status);
    }

    [Fact]
    public async Task Task_fetch_and_submit_reach_their_hooks_and_default_to_501()
    {
        const string fetch = """{"type":"invoke","name":"task/fetch","conversation":{"id":"a:1"},"value":{"data":{"caseId":"C-1"},"context":{"theme":"dark"}}}""";
        const string submit = """{"type":"invoke","name":"task/submit","conversation":{"id":"a:1"},"value":{"data":{"note":"done"}}}""";
        var bot = new SpyHandler();

        var (_, fetched) = await _adapter.RunAsync(bot, fetch);
        var (_, submitted) = await _adapter.RunAsync(bot, submit);
        var (_, unhandled) = await _adapter.RunAsync(new ActivityHandler(), fetch);

        Assert.Equal(["taskFetch:C-1:dark", "taskSubmit:done"], bot.Calls);
        Assert.Equal("continue", Body(fetched!).GetProperty("task").GetProperty("type").GetString());
        Assert.Equal("Card", Body(fetched!).GetProperty("task").GetProperty("value").GetProperty("title").GetString());
        Assert.Equal("Saved", Body(submitted!).GetProperty("task").GetProperty("value").GetString());
        Assert.Equal(501, unhandled!.Status);
    }

    [Fact]
    public async Task An_invoke_answer_already_parked_by_the_handler_is_not_replaced()
    {
        var bot = new ParkingHandler();

        var (_, response) = await _adapter.RunAsync(bot, TeamsPayloads.AdaptiveCardAction);

        Assert.Equal(202, response!.Status);
    }

    private static JsonElement Body(InvokeResponse response) => Assert.IsType<JsonElement>(response.Body);

    private sealed class SpyHandler : ActivityHandler
    {
        public List<string> Calls { get; } = [];
        public IList<ChannelAccount> Members { get; private set; } = [];
        public AdaptiveCardInvokeValue? InvokeValue { get; private set; }

        protected override Task OnMessageActivityAsync(ITurnContext turnContext, CancellationToken cancellationToken) => Record("message");
        protected override Task OnEventActivityAsync(ITurnContext turnContext, CancellationToken cancellationToken) => Record("event");
        protected override Task OnUnrecognizedActivityTypeAsync(ITurnContext turnContext, CancellationToken cancellationToken) => Record("unrecognized");
        protected override Task OnTypingActivityAsync(ITurnContext turnContext, CancellationToken cancellationToken) => Record("typing");
        protected override Task OnMessageReactionActivityAsync(ITurnContext turnContext, CancellationToken cancellationToken) => Record("messageReaction");
        protected override Task OnMessageUpdateActivityAsync(ITurnContext turnContext, CancellationToken cancellationToken) => Record("messageUpdate");
        protected override Task OnMessageDeleteActivityAsync(ITurnContext turnContext, CancellationToken cancellationToken) => Record("messageDelete");
        protected override Task OnEndOfConversationActivityAsync(ITurnContext turnContext, CancellationToken cancellationToken) => Record("endOfConversation");
        protected override Task OnInstallationUpdateAddAsync(ITurnContext turnContext, CancellationToken cancellationToken) => Record("installAdd");
        protected override Task OnInstallationUpdateRemoveAsync(ITurnContext turnContext, CancellationToken cancellationToken) => Record("installRemove");

        protected override Task OnMembersAddedAsync(IList<ChannelAccount> membersAdded, ITurnContext turnContext, CancellationToken cancellationToken)
        {
            Members = membersAdded;
            return Record("membersAdded");
        }

        protected override Task OnMembersRemovedAsync(IList<ChannelAccount> membersRemoved, ITurnContext turnContext, CancellationToken cancellationToken) => Record("membersRemoved");

        protected override Task<AdaptiveCardInvokeResponse> OnAdaptiveCardInvokeAsync(ITurnContext turnContext, AdaptiveCardInvokeValue invokeValue, CancellationToken cancellationToken)
        {
            InvokeValue = invokeValue;
            return Task.FromResult(AdaptiveCardInvokeResponse.Card(new JsonObject { ["type"] = "AdaptiveCard", ["version"] = "1.5" }));
        }

        protected override Task<TaskModuleResponse> OnTeamsTaskModuleFetchAsync(ITurnContext turnContext, TaskModuleRequest taskModuleRequest, CancellationToken cancellationToken)
        {
            Calls.Add($"taskFetch:{taskModuleRequest.Data!["caseId"]}:{taskModuleRequest.Context!.Theme}");
            return Task.FromResult(new TaskModuleResponse { Task = TaskModuleResponseBase.Continue(new TaskModuleTaskInfo { Title = "Card" }) });
        }

        protected override Task<TaskModuleResponse> OnTeamsTaskModuleSubmitAsync(ITurnContext turnContext, TaskModuleRequest taskModuleRequest, CancellationToken cancellationToken)
        {
            Calls.Add($"taskSubmit:{taskModuleRequest.Data!["note"]}");
            return Task.FromResult(new TaskModuleResponse { Task = TaskModuleResponseBase.Message("Saved") });
        }

        private Task Record(string call)
        {
            Calls.Add(call);
            return Task.CompletedTask;
        }
    }

    private sealed class ParkingHandler : ActivityHandler
    {
        protected override async Task<AdaptiveCardInvokeResponse> OnAdaptiveCardInvokeAsync(ITurnContext turnContext, AdaptiveCardInvokeValue invokeValue, CancellationToken cancellationToken)
        {
            await turnContext.SendActivityAsync(CreateInvokeResponseActivity(new InvokeResponse(202)), cancellationToken);
            return AdaptiveCardInvokeResponse.Message("ignored");
        }
    }
}
