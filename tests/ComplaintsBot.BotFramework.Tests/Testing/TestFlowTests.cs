using ComplaintsBot.BotFramework.Builder;
using ComplaintsBot.BotFramework.Schema;
using ComplaintsBot.BotFramework.Testing;

namespace ComplaintsBot.BotFramework.Tests.Testing;

public class TestFlowTests
{
    private static TestFlow Echo() => new(new TestAdapter(), async (turn, ct) =>
    {
        if (turn.Activity.Text == "silent") return;
        await turn.SendActivityAsync($"  echo: {turn.Activity.Text}  ", cancellationToken: ct);
    });

    [Fact]
    public async Task AssertReply_compares_the_trimmed_text_and_the_type()
    {
        await Echo().Test("hi", "echo: hi").StartTestAsync();
        await Echo().Send("hi").AssertReply(MessageFactory.Text("echo: hi")).StartTestAsync();

        var wrongType = new Activity { Type = ActivityTypes.Typing, Text = "echo: hi" };
        var error = await Assert.ThrowsAsync<TestFlowAssertionException>(() => Echo().Send("hi").AssertReply(wrongType).StartTestAsync());
        Assert.Contains("'typing'", error.Message);
        Assert.Contains("'message'", error.Message);
    }

    [Fact]
    public async Task A_wrong_reply_fails_showing_expected_and_received_text()
    {
        var error = await Assert.ThrowsAsync<TestFlowAssertionException>(() => Echo().Test("hi", "hello").StartTestAsync());

        Assert.Equal("Reply text: expected 'hello', received 'echo: hi'.", error.Message);
    }

    [Fact]
    public async Task AssertReplyOneOf_and_AssertReplyContains()
    {
        await Echo().Send("hi").AssertReplyOneOf(["nope", "echo: hi"]).StartTestAsync();
        await Echo().Send("hi").AssertReplyContains("cho: h").StartTestAsync();

        await Assert.ThrowsAsync<TestFlowAssertionException>(() => Echo().Send("hi").AssertReplyOneOf(["a", "b"]).StartTestAsync());
        await Assert.ThrowsAsync<TestFlowAssertionException>(() => Echo().Send("hi").AssertReplyContains("bye").StartTestAsync());
    }

    [Fact]
    public async Task AssertNoReply_fails_when_a_reply_is_waiting()
    {
        await Echo().Send("silent").AssertNoReply().StartTestAsync();

        var error = await Assert.ThrowsAsync<TestFlowAssertionException>(() => Echo().Send("hi").AssertNoReply().StartTestAsync());
        Assert.Contains("echo: hi", error.Message);
    }

    [Fact]
    public async Task Waiting_for_a_reply_that_never_comes_times_out()
    {
        var error = await Assert.ThrowsAsync<TimeoutException>(() => Echo().Send("silent").AssertReply("anything", timeout: 50).StartTestAsync());

        Assert.Contains("anything", error.Message);
    }

    [Fact]
    public async Task A_flow_is_immutable_so_a_shared_start_can_branch()
    {
        var turns = 0;
        var start = new TestFlow(new TestAdapter(), async (turn, ct) =>
        {
            turns++;
            await turn.SendActivityAsync(turn.Activity.Text!, cancellationToken: ct);
        }).Test("one", "one");

        var longer = start.Test("two", "two");

        await start.StartTestAsync();
        Assert.Equal(1, turns);
        await longer.StartTestAsync();
        Assert.Equal(3, turns);
    }

    [Fact]
    public async Task AssertReply_with_a_validator_sees_the_whole_activity()
    {
        await new TestFlow(new TestAdapter(), (turn, ct) => turn.SendActivityAsync(MessageFactory.SuggestedActions(["Yes", "No"], "Sure?"), ct))
            .Send("hi")
            .AssertReply(reply => Assert.Equal(2, reply.SuggestedActions!.Actions!.Count))
            .StartTestAsync();
    }
}
