using ComplaintsBot.BotFramework.Builder;
using ComplaintsBot.BotFramework.Schema;
using ComplaintsBot.BotFramework.Testing;

namespace ComplaintsBot.BotFramework.Tests.Builder.State;

/// <summary>
/// A turn's states (the conversation's row with the redelivery guard's ids, the person's dialog row) are saved in one
/// write, before anything is sent, with the replies about to go out; a crash at any point leaves them all old or all new,
/// and a question saved but never sent is sent when the channel redelivers the message.
/// </summary>
public class TurnDurabilityTests
{
    private const string ConversationKey = "test/conversations/Conversation1";
    private const string PersonKey = "test/conversations/Conversation1/users/user1";

    private static Activity Message(string id, string text) => new() { Type = ActivityTypes.Message, Id = id, Text = text };

    /// <summary>The host's pipeline over <paramref name="storage"/>: one instance of the bot, as after a (re)start.</summary>
    private static (TestAdapter Adapter, IStatePropertyAccessor<int> Step) Host(IStorage storage)
    {
        var conversation = new ConversationState(storage);
        var person = new PrivateConversationState(storage);
        BotState[] states = [conversation, person];
        var outbox = new ReplyOutbox(conversation);
        var adapter = new TestAdapter()
            .Use(new AutoSaveStateMiddleware(states))
            .Use(new SaveBeforeSendMiddleware(outbox, states))
            .Use(new RedeliveryGuardMiddleware(conversation, outbox: outbox, savedWith: states));
        return (adapter, person.CreateProperty<int>("step"));
    }

    // A bot that asks question n+1 for each message and keeps n in the person's state; the guard's id goes in the conversation's.
    private static BotCallbackHandler Questions(IStatePropertyAccessor<int> step, Action<ITurnContext>? beforeSending = null, Action? ran = null) => async (turn, ct) =>
    {
        ran?.Invoke();
        var next = await step.GetAsync(turn, () => 0, ct) + 1;
        await step.SetAsync(turn, next, ct);
        beforeSending?.Invoke(turn);
        await turn.SendActivityAsync($"question {next + 1}", cancellationToken: ct);
    };

    [Fact]
    public async Task Saving_before_a_question_goes_out_writes_the_conversation_row_and_the_persons_dialog_row_in_one_write()
    {
        var storage = new CountingStorage();
        var (adapter, step) = Host(storage);

        await new TestFlow(adapter, Questions(step)).Send(Message("m1", "answer 1")).AssertReply("question 2").StartTestAsync();

        // The first write (before the question went out) holds both rows: a crash can never keep the guard's id without the dialog.
        Assert.Equal([ConversationKey, PersonKey], storage.WrittenKeys[0].Order(StringComparer.Ordinal));
        Assert.All(storage.WrittenKeys, keys => Assert.Contains(ConversationKey, keys));
    }

    [Fact]
    public async Task A_question_saved_but_not_sent_when_the_process_died_is_sent_when_the_message_is_redelivered_and_the_answer_lands_under_it()
    {
        var storage = new MemoryStorage();
        var runs = 0;
        var (first, step) = Host(storage);
        // The process dies after the state is saved and before the question reaches the channel.
        var crash = new TestFlow(first, Questions(step, turn => turn.OnSendActivities((_, _, _) => throw new OperationCanceledException("killed")), () => runs++))
            .Send(Message("m1", "answer 1"));
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => crash.StartTestAsync());

        var (restarted, stepAfter) = Host(storage);
        await new TestFlow(restarted, Questions(stepAfter, ran: () => runs++))
            .Send(Message("m1", "answer 1")).AssertReply("question 2", "the redelivered message gets the saved question, once")
            .AssertNoReply()
            .Send(Message("m2", "answer 2")).AssertReply("question 3", "the answer is filed under question 2")
            .StartTestAsync();

        Assert.Equal(2, runs); // the redelivery did not run the bot again
    }

    [Fact]
    public async Task A_question_that_went_out_is_not_sent_again_when_the_message_is_redelivered()
    {
        var storage = new MemoryStorage();
        var (adapter, step) = Host(storage);

        await new TestFlow(adapter, Questions(step))
            .Send(Message("m1", "answer 1")).AssertReply("question 2")
            .Send(Message("m1", "answer 1")).AssertNoReply()
            .StartTestAsync();

        var (restarted, stepAfter) = Host(storage);
        await new TestFlow(restarted, Questions(stepAfter)).Send(Message("m1", "answer 1")).AssertNoReply().StartTestAsync();
    }
}
