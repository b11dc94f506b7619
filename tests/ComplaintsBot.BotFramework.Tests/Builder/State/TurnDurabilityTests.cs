using ComplaintsBot.BotFramework.Builder;
using ComplaintsBot.BotFramework.Schema;
using ComplaintsBot.BotFramework.Testing;

namespace ComplaintsBot.BotFramework.Tests.Builder.State;

/// <summary>
/// A turn's states (the conversation's row with the redelivery guard's ids, the person's dialog row) and every reply the
/// turn says are saved in one write, before anything is sent; the replies then go out one by one, each marked as sent.
/// A crash at any point leaves the states all old or all new, and replies saved but not sent go out, once each, when the
/// channel redelivers the message.
/// </summary>
public class TurnDurabilityTests
{
    private const string ConversationKey = "test/conversations/Conversation1";
    private const string PersonKey = "test/conversations/Conversation1/users/user1";

    private static Activity Message(string id, string text) => new() { Type = ActivityTypes.Message, Id = id, Text = text };

    /// <summary>The host's pipeline over <paramref name="storage"/>: one instance of the bot, as after a (re)start.</summary>
    private static (TestAdapter Adapter, IStatePropertyAccessor<int> Step) Host(IStorage storage, TestAdapter? adapter = null)
    {
        var conversation = new ConversationState(storage);
        var person = new PrivateConversationState(storage);
        BotState[] states = [conversation, person];
        var outbox = new ReplyOutbox(conversation);
        adapter ??= new TestAdapter();
        adapter
            .Use(new AutoSaveStateMiddleware(states))
            .Use(new RedeliveryGuardMiddleware(conversation, outbox: outbox, savedWith: states));
        return (adapter, person.CreateProperty<int>("step"));
    }

    // A bot that asks question n+1 for each message and keeps n in the person's state; the guard's id goes in the conversation's.
    // With a remark, it says something first, as the logging dialog says "Suggested: Complaint." before its next question.
    private static BotCallbackHandler Questions(IStatePropertyAccessor<int> step, Action? ran = null, bool remark = false) => async (turn, ct) =>
    {
        ran?.Invoke();
        var next = await step.GetAsync(turn, () => 0, ct) + 1;
        await step.SetAsync(turn, next, ct);
        if (remark) await turn.SendActivityAsync($"noted answer {next}", cancellationToken: ct);
        await turn.SendActivityAsync($"question {next + 1}", cancellationToken: ct);
    };

    [Fact]
    public async Task The_turns_state_and_its_replies_are_saved_in_one_write_before_any_reply_goes_out()
    {
        var storage = new CountingStorage();
        var (adapter, step) = Host(storage);
        var sentAtFirstWrite = -1;
        storage.OnWrite = _ => { if (sentAtFirstWrite < 0) sentAtFirstWrite = adapter.ActiveQueue.Count; };

        await new TestFlow(adapter, Questions(step, remark: true)).Send(Message("m1", "answer 1"))
            .AssertReply("noted answer 1").AssertReply("question 2").StartTestAsync();

        // The first write holds both rows (and the replies, in the conversation's): a crash can never keep the guard's id
        // without the dialog, nor the dialog without the question it asks.
        Assert.Equal([ConversationKey, PersonKey], storage.WrittenKeys[0].Order(StringComparer.Ordinal));
        Assert.Equal(0, sentAtFirstWrite);
        Assert.All(storage.WrittenKeys, keys => Assert.Contains(ConversationKey, keys));
    }

    [Fact]
    public async Task A_question_saved_but_not_sent_when_the_process_died_is_sent_when_the_message_is_redelivered_and_the_answer_lands_under_it()
    {
        var storage = new MemoryStorage();
        var runs = 0;
        // The process dies after the state is saved, in the send of the question, before the channel has it.
        var (first, step) = Host(storage, new DyingAdapter(dieAtSend: 1));
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => new TestFlow(first, Questions(step, () => runs++)).Send(Message("m1", "answer 1")).StartTestAsync());

        var (restarted, stepAfter) = Host(storage);
        await new TestFlow(restarted, Questions(stepAfter, () => runs++))
            .Send(Message("m1", "answer 1")).AssertReply("question 2", "the redelivered message gets the saved question, once")
            .AssertNoReply()
            .Send(Message("m2", "answer 2")).AssertReply("question 3", "the answer is filed under question 2")
            .StartTestAsync();

        Assert.Equal(2, runs); // the redelivery did not run the bot again
    }

    [Fact]
    public async Task A_turn_killed_between_its_two_replies_sends_the_second_once_when_the_message_is_redelivered()
    {
        var storage = new MemoryStorage();
        // The first reply reached the channel and was marked sent; the process died sending the second.
        var dying = new DyingAdapter(dieAtSend: 2);
        var (first, step) = Host(storage, dying);
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => new TestFlow(first, Questions(step, remark: true)).Send(Message("m1", "answer 1")).StartTestAsync());
        Assert.Equal(["noted answer 1"], dying.ActiveQueue.Select(a => a.Text));

        var (restarted, stepAfter) = Host(storage);
        await new TestFlow(restarted, Questions(stepAfter, remark: true))
            .Send(Message("m1", "answer 1")).AssertReply("question 2", "the question the kill cut off, and not the remark again")
            .AssertNoReply()
            .Send(Message("m2", "answer 2")).AssertReply("noted answer 2").AssertReply("question 3")
            .Send(Message("m1", "answer 1")).AssertNoReply("a third delivery finds everything sent")
            .StartTestAsync();
    }

    [Fact]
    public async Task A_question_that_went_out_is_not_sent_again_when_the_message_is_redelivered()
    {
        var storage = new MemoryStorage();
        var (adapter, step) = Host(storage);

        await new TestFlow(adapter, Questions(step, remark: true))
            .Send(Message("m1", "answer 1")).AssertReply("noted answer 1").AssertReply("question 2")
            .Send(Message("m1", "answer 1")).AssertNoReply()
            .StartTestAsync();

        var (restarted, stepAfter) = Host(storage);
        await new TestFlow(restarted, Questions(stepAfter)).Send(Message("m1", "answer 1")).AssertNoReply().StartTestAsync();
    }

    [Fact]
    public async Task Replies_the_channel_refuses_are_kept_the_turn_is_not_reported_as_failed_and_they_go_out_once_when_the_message_comes_again()
    {
        var storage = new MemoryStorage();
        var refusing = new DyingAdapter(dieAtSend: 1, error: () => new HttpRequestException("the Connector answered 502"));
        var (adapter, step) = Host(storage, refusing);
        var turnErrors = 0;
        adapter.OnTurnError = (_, _) => { turnErrors++; return Task.CompletedTask; };

        var error = await Assert.ThrowsAsync<RepliesNotSentException>(() => adapter.ProcessActivityAsync(Message("m1", "answer 1"), Questions(step, remark: true)));
        Assert.Equal(2, error.Unsent);
        Assert.Equal(0, turnErrors); // no apology for a turn that is saved: the channel is told to deliver it again
        Assert.Empty(refusing.ActiveQueue);

        await new TestFlow(adapter, Questions(step, remark: true))
            .Send(Message("m1", "answer 1")).AssertReply("noted answer 1").AssertReply("question 2").AssertNoReply()
            .Send(Message("m2", "answer 2")).AssertReply("noted answer 2").AssertReply("question 3")
            .StartTestAsync();
    }

    [Fact]
    public async Task A_turn_that_fails_saves_nothing_and_its_apology_goes_out_at_once_while_what_it_said_before_failing_is_dropped()
    {
        var storage = new MemoryStorage();
        var (adapter, step) = Host(storage);
        adapter.OnTurnError = (turn, _) => turn.SendActivityAsync("sorry");
        var fail = true;
        BotCallbackHandler bot = async (turn, ct) =>
        {
            await Questions(step)(turn, ct);
            if (fail) throw new InvalidOperationException("broken");
        };

        await new TestFlow(adapter, bot).Send(Message("m1", "answer 1")).AssertReply("sorry").AssertNoReply().StartTestAsync();
        fail = false;
        await new TestFlow(adapter, bot).Send(Message("m1", "answer 1")).AssertReply("question 2", "the failed turn saved nothing, so its retry runs").StartTestAsync();
    }

    [Fact]
    public async Task An_invokes_answer_is_parked_for_the_HTTP_response_at_once_while_its_messages_wait_for_the_save()
    {
        var storage = new MemoryStorage();
        var (adapter, _) = Host(storage);
        var parkedInTurn = false;
        var sentInTurn = -1;
        await adapter.ProcessActivityAsync(new Activity { Type = ActivityTypes.Invoke, Name = "adaptiveCard/action", Id = "i1" }, async (turn, ct) =>
        {
            await turn.SendActivityAsync("card updated", cancellationToken: ct);
            await turn.SendActivityAsync(new Activity { Type = ActivityTypes.InvokeResponse, Value = System.Text.Json.Nodes.JsonValue.Create(200) }, ct);
            parkedInTurn = turn.TurnState.ContainsKey(BotAdapter.InvokeResponseKey);
            sentInTurn = adapter.ActiveQueue.Count;
        });

        Assert.True(parkedInTurn);
        Assert.Equal(0, sentInTurn);
        Assert.Equal("card updated", adapter.GetNextReply()?.Text);
    }

    [Fact]
    public async Task A_proactive_turn_sends_at_once()
    {
        var storage = new MemoryStorage();
        var (adapter, _) = Host(storage);
        var sentInTurn = -1;
        await adapter.ContinueConversationAsync(null, adapter.Conversation, async (turn, ct) =>
        {
            await turn.SendActivityAsync("reminder", cancellationToken: ct);
            sentInTurn = adapter.ActiveQueue.Count;
        }, CancellationToken.None);

        Assert.Equal(1, sentInTurn);
    }

    /// <summary>A channel the process dies in (or that refuses) at its n-th send, counted over the adapter's life.</summary>
    private sealed class DyingAdapter(int dieAtSend, Func<Exception>? error = null) : TestAdapter
    {
        private int _sends;

        public override Task<ResourceResponse[]> SendActivitiesAsync(ITurnContext turnContext, Activity[] activities, CancellationToken cancellationToken)
        {
            if (activities.Any(a => a.Type == ActivityTypes.Message) && ++_sends >= dieAtSend && (error is null || _sends == dieAtSend))
                throw error?.Invoke() ?? new OperationCanceledException("killed");
            return base.SendActivitiesAsync(turnContext, activities, cancellationToken);
        }
    }
}
