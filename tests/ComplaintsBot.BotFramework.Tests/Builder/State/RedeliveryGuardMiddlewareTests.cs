using System.Text.Json.Nodes;
using ComplaintsBot.BotFramework.Builder;
using ComplaintsBot.BotFramework.Schema;
using ComplaintsBot.BotFramework.Testing;

namespace ComplaintsBot.BotFramework.Tests.Builder.State;

public class RedeliveryGuardMiddlewareTests
{
    private static Activity Message(string id, string text) => new() { Type = ActivityTypes.Message, Id = id, Text = text };

    [Fact]
    public async Task A_redelivered_activity_id_is_acknowledged_without_running_the_bot_again()
    {
        var storage = new CountingStorage();
        var conversationState = new ConversationState(storage);
        var adapter = new TestAdapter()
            .Use(new AutoSaveStateMiddleware(conversationState))
            .Use(new RedeliveryGuardMiddleware(conversationState));
        var runs = 0;

        await new TestFlow(adapter, async (turn, ct) =>
            {
                runs++;
                await turn.SendActivityAsync($"run {runs}", cancellationToken: ct);
            })
            .Send(Message("m1", "hello")).AssertReply("run 1")
            .Send(Message("m1", "hello")).AssertNoReply()
            .Send(Message("m2", "again")).AssertReply("run 2")
            .StartTestAsync();

        Assert.Equal(2, runs);
        Assert.Equal(2, storage.Writes);
    }

    [Fact]
    public async Task A_redelivered_card_submit_is_not_run_twice()
    {
        var conversationState = new ConversationState(new MemoryStorage());
        var adapter = new TestAdapter().Use(new RedeliveryGuardMiddleware(conversationState));
        var submits = 0;
        Activity Submit() => new() { Type = ActivityTypes.Message, Id = "card-1", Value = new JsonObject { ["choice"] = "A" } };

        await new TestFlow(adapter, (_, _) => { submits++; return Task.CompletedTask; })
            .Send(Submit())
            .Send(Submit())
            .StartTestAsync();

        Assert.Equal(1, submits);
    }

    [Fact]
    public async Task A_redelivered_card_action_is_answered_200_with_an_already_done_message_without_running_the_bot()
    {
        var conversationState = new ConversationState(new MemoryStorage());
        var invokeResponses = new List<object?>();
        var adapter = new TestAdapter()
            .Use(new InvokeResponseRecorder(invokeResponses))
            .Use(new RedeliveryGuardMiddleware(conversationState));
        var invokes = 0;
        Activity Invoke() => new() { Type = ActivityTypes.Invoke, Name = "adaptiveCard/action", Id = "inv-1" };

        await new TestFlow(adapter, (_, _) => { invokes++; return Task.CompletedTask; })
            .Send(Invoke())
            .Send(Invoke())
            .StartTestAsync();

        Assert.Equal(1, invokes);
        Assert.Null(invokeResponses[0]);
        var answer = Assert.IsType<Activity>(invokeResponses[1]);
        Assert.Equal(ActivityTypes.InvokeResponse, answer.Type);
        Assert.Equal(200, answer.Value?["status"]?.GetValue<int>());
        Assert.Equal(200, answer.Value?["body"]?["statusCode"]?.GetValue<int>());
        Assert.Equal("application/vnd.microsoft.activity.message", answer.Value?["body"]?["type"]?.GetValue<string>());
        Assert.Equal("This action was already done.", answer.Value?["body"]?["value"]?.GetValue<string>());
    }

    private sealed class InvokeResponseRecorder(List<object?> recorded) : IMiddleware
    {
        public async Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken = default)
        {
            await next(cancellationToken);
            recorded.Add(turnContext.TurnState.GetValueOrDefault(BotAdapter.InvokeResponseKey));
        }
    }

    [Fact]
    public async Task Only_the_last_capacity_ids_are_remembered()
    {
        var conversationState = new ConversationState(new MemoryStorage());
        var adapter = new TestAdapter().Use(new RedeliveryGuardMiddleware(conversationState, capacity: 2));
        var runs = new List<string>();

        await new TestFlow(adapter, (turn, _) => { runs.Add(turn.Activity.Id!); return Task.CompletedTask; })
            .Send(Message("a", "1"))
            .Send(Message("b", "2"))
            .Send(Message("c", "3"))
            .Send(Message("b", "2 again"))
            .Send(Message("a", "1 again, too old to remember"))
            .StartTestAsync();

        Assert.Equal(["a", "b", "c", "a"], runs);
    }

    [Fact]
    public async Task A_turn_that_failed_runs_again_when_redelivered()
    {
        var conversationState = new ConversationState(new MemoryStorage());
        var adapter = new TestAdapter().Use(new RedeliveryGuardMiddleware(conversationState));
        var attempts = 0;
        adapter.OnTurnError = (_, _) => Task.CompletedTask;

        await new TestFlow(adapter, (_, _) =>
            {
                attempts++;
                if (attempts == 1) throw new InvalidOperationException("timed out");
                return Task.CompletedTask;
            })
            .Send(Message("m1", "hello"))
            .Send(Message("m1", "hello"))
            .StartTestAsync();

        Assert.Equal(2, attempts);
    }

    [Fact]
    public async Task The_id_is_remembered_even_when_the_bot_clears_the_conversation_state()
    {
        var conversationState = new ConversationState(new MemoryStorage());
        var adapter = new TestAdapter().Use(new RedeliveryGuardMiddleware(conversationState));
        var runs = 0;

        await new TestFlow(adapter, async (turn, ct) =>
            {
                runs++;
                await conversationState.ClearStateAsync(turn, ct);
            })
            .Send(Message("m1", "start over"))
            .Send(Message("m1", "start over"))
            .StartTestAsync();

        Assert.Equal(1, runs);
    }

    [Fact]
    public async Task A_retry_that_arrives_while_the_first_attempt_is_still_running_waits_and_is_then_acknowledged()
    {
        var conversationState = new ConversationState(new MemoryStorage());
        var adapter = new TestAdapter().Use(new RedeliveryGuardMiddleware(conversationState));
        var firstTurnStarted = new TaskCompletionSource();
        var releaseFirstTurn = new TaskCompletionSource();
        var runs = 0;

        async Task SlowBot(ITurnContext turn, CancellationToken ct)
        {
            runs++;
            firstTurnStarted.TrySetResult();
            await releaseFirstTurn.Task;
            await turn.SendActivityAsync("done", cancellationToken: ct);
        }

        var first = adapter.ProcessActivityAsync(Message("slow", "hello"), SlowBot);
        await firstTurnStarted.Task;
        var retry = adapter.ProcessActivityAsync(Message("slow", "hello"), SlowBot);
        releaseFirstTurn.SetResult();
        await Task.WhenAll(first, retry);

        Assert.Equal(1, runs);
        Assert.Equal("done", adapter.GetNextReply()!.Text);
        Assert.Null(adapter.GetNextReply());
    }
}
