using ComplaintsBot.BotFramework.Integration.AspNetCore;

namespace ComplaintsBot.BotFramework.Tests.Hosting;

public class ConversationTurnLocksTests
{
    private readonly ConversationTurnLocks _locks = new();

    [Fact]
    public async Task A_second_turn_of_the_same_conversation_waits_for_the_first()
    {
        var order = new List<string>();
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var entered = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

        var first = _locks.RunAsync("msteams|a:1", async () =>
        {
            lock (order) order.Add("first start");
            entered.SetResult();
            await release.Task;
            lock (order) order.Add("first end");
        });
        await entered.Task;
        var second = _locks.RunAsync("msteams|a:1", () =>
        {
            lock (order) order.Add("second");
            return Task.CompletedTask;
        });

        Assert.False(second.IsCompleted);
        release.SetResult();
        await Task.WhenAll(first, second);

        Assert.Equal(["first start", "first end", "second"], order);
    }

    [Fact]
    public async Task The_lock_is_removed_once_no_turn_holds_or_awaits_it()
    {
        await _locks.RunAsync("msteams|a:1", () => Task.CompletedTask);

        Assert.Equal(0, _locks.ActiveCount);
    }

    [Fact]
    public async Task A_turn_that_throws_releases_the_lock()
    {
        await Assert.ThrowsAsync<InvalidOperationException>(() => _locks.RunAsync("msteams|a:1", () => throw new InvalidOperationException()));

        await _locks.RunAsync("msteams|a:1", () => Task.CompletedTask).WaitAsync(TimeSpan.FromSeconds(5));
        Assert.Equal(0, _locks.ActiveCount);
    }

    [Fact]
    public async Task A_turn_may_reenter_its_own_conversation_without_deadlock()
    {
        var ran = false;

        await _locks.RunAsync("msteams|a:1", () => _locks.RunAsync("msteams|a:1", () =>
        {
            ran = true;
            return Task.CompletedTask;
        })).WaitAsync(TimeSpan.FromSeconds(5));

        Assert.True(ran);
    }

    [Fact]
    public async Task A_waiting_turn_can_be_cancelled_and_leaves_no_lock_behind()
    {
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var first = _locks.RunAsync("msteams|a:1", () => release.Task);
        using var cancel = new CancellationTokenSource();

        var waiting = _locks.RunAsync("msteams|a:1", () => Task.CompletedTask, cancel.Token);
        cancel.Cancel();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => waiting);
        release.SetResult();
        await first;
        Assert.Equal(0, _locks.ActiveCount);
    }
}
