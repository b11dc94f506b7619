using ComplaintsBot.BotFramework.Builder;
using ComplaintsBot.BotFramework.Schema;
using ComplaintsBot.BotFramework.Testing;
using Microsoft.Extensions.Time.Testing;

namespace ComplaintsBot.BotFramework.Tests.Testing;

public class TestAdapterTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 24, 10, 15, 0, TimeSpan.Zero);

    [Fact]
    public async Task Incoming_activities_get_the_sdks_test_defaults()
    {
        var adapter = new TestAdapter(timeProvider: new FakeTimeProvider(Now));
        Activity? seen = null;

        await adapter.SendTextToBotAsync("hello", (turn, _) => { seen = turn.Activity; return Task.CompletedTask; });

        Assert.NotNull(seen);
        Assert.Equal(ActivityTypes.Message, seen!.Type);
        Assert.Equal("test", seen.ChannelId);
        Assert.Equal("https://test.com", seen.ServiceUrl);
        Assert.Equal(("user1", "User1"), (seen.From!.Id, seen.From.Name));
        Assert.Equal(("bot", "Bot"), (seen.Recipient!.Id, seen.Recipient.Name));
        Assert.Equal("Conversation1", seen.Conversation!.Id);
        Assert.Equal("en-us", seen.Locale);
    }

    [Fact]
    public async Task Ids_increase_and_timestamps_come_from_the_injected_clock_in_its_local_zone()
    {
        var clock = new FakeTimeProvider(Now);
        clock.SetLocalTimeZone(TimeZoneInfo.FindSystemTimeZoneById("Asia/Tokyo"));
        var adapter = new TestAdapter(timeProvider: clock);
        var seen = new List<Activity>();

        await adapter.SendTextToBotAsync("a", (turn, _) => { seen.Add(turn.Activity); return Task.CompletedTask; });
        await adapter.SendTextToBotAsync("b", (turn, _) => { seen.Add(turn.Activity); return Task.CompletedTask; });

        Assert.True(long.Parse(seen[1].Id!) > long.Parse(seen[0].Id!));
        Assert.Equal(Now, seen[0].Timestamp);
        Assert.Equal(TimeSpan.FromHours(9), seen[0].LocalTimestamp!.Value.Offset);
        Assert.Equal(new DateTime(2026, 11, 24, 19, 15, 0), seen[0].LocalTimestamp!.Value.DateTime);
    }

    [Fact]
    public async Task An_id_set_by_the_test_is_kept_so_a_redelivery_can_be_simulated()
    {
        var adapter = new TestAdapter();
        string? id = null;

        await adapter.ProcessActivityAsync(new Activity { Id = "retry-me", Text = "x" }, (turn, _) => { id = turn.Activity.Id; return Task.CompletedTask; });

        Assert.Equal("retry-me", id);
    }

    [Fact]
    public async Task Replies_are_queued_addressed_to_the_user_and_updates_and_deletes_are_recorded()
    {
        var adapter = new TestAdapter();
        string? sentId = null;

        await adapter.SendTextToBotAsync("hi", async (turn, ct) =>
        {
            sentId = (await turn.SendActivityAsync("card v1", cancellationToken: ct)).Id;
            var update = MessageFactory.Text("card v2");
            update.Id = sentId;
            await turn.UpdateActivityAsync(update, ct);
            await turn.DeleteActivityAsync("some-old-id", ct);
        });

        var reply = adapter.GetNextReply()!;
        Assert.Equal("card v2", reply.Text);
        Assert.Equal("user1", reply.Recipient!.Id);
        Assert.Equal("bot", reply.From!.Id);
        Assert.Null(adapter.GetNextReply());
        Assert.Equal(sentId, Assert.Single(adapter.UpdatedActivities).Id);
        Assert.Equal("some-old-id", Assert.Single(adapter.DeletedActivities).ActivityId);
    }

    [Fact]
    public async Task Continue_conversation_runs_a_proactive_turn_that_replies_in_the_conversation()
    {
        var adapter = new TestAdapter();
        var reference = adapter.Conversation;

        await adapter.ContinueConversationAsync("bot-app-id", reference, async (turn, ct) =>
        {
            Assert.Equal(ActivityTypes.Event, turn.Activity.Type);
            Assert.Equal("ContinueConversation", turn.Activity.Name);
            await turn.SendActivityAsync("Reminder: a response is due tomorrow.", cancellationToken: ct);
        }, CancellationToken.None);

        Assert.Equal("Reminder: a response is due tomorrow.", adapter.GetNextReply()!.Text);
    }

    [Fact]
    public async Task An_invoke_response_is_parked_in_turn_state_not_queued()
    {
        var adapter = new TestAdapter();
        object? parked = null;

        await adapter.ProcessActivityAsync(new Activity { Type = ActivityTypes.Invoke, Name = "adaptiveCard/action" }, async (turn, ct) =>
        {
            await turn.SendActivityAsync(new Activity { Type = ActivityTypes.InvokeResponse }, ct);
            parked = turn.TurnState.GetValueOrDefault(BotAdapter.InvokeResponseKey);
        });

        Assert.IsType<Activity>(parked);
        Assert.Null(adapter.GetNextReply());
    }

    [Fact]
    public async Task A_conversation_reference_sets_channel_and_conversation_type()
    {
        var reference = TestAdapter.CreateConversation("a:personal-1");
        reference.ChannelId = "msteams";
        reference.Conversation!.ConversationType = "personal";
        var adapter = new TestAdapter(reference);
        Activity? seen = null;

        await adapter.SendTextToBotAsync("hi", (turn, _) => { seen = turn.Activity; return Task.CompletedTask; });

        Assert.Equal("msteams", seen!.ChannelId);
        Assert.Equal("personal", seen.Conversation!.ConversationType);
        Assert.Equal("a:personal-1", seen.Conversation.Id);
    }
}
