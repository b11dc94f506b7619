using Debugger = System.Diagnostics.Debugger;
using Stopwatch = System.Diagnostics.Stopwatch;
using ComplaintsBot.BotFramework.Builder;
using ComplaintsBot.BotFramework.Schema;

namespace ComplaintsBot.BotFramework.Testing;

/// <summary>
/// A conversation script (the SDK's TestFlow). Each call returns a new flow that runs the previous steps
/// first; nothing runs until <see cref="StartTestAsync"/>. Each Send awaits the bot's whole turn, so the
/// replies are queued by the time the next assertion reads them.
/// </summary>
public class TestFlow
{
    public const uint DefaultTimeoutMilliseconds = 3000;

    private readonly TestAdapter _adapter;
    private readonly BotCallbackHandler _callback;
    private readonly Func<Task> _test;

    public TestFlow(TestAdapter adapter, IBot bot)
        : this(adapter, (bot ?? throw new ArgumentNullException(nameof(bot))).OnTurnAsync)
    {
    }

    public TestFlow(TestAdapter adapter, BotCallbackHandler? callback = null)
        : this(adapter, callback ?? ((_, _) => Task.CompletedTask), () => Task.CompletedTask)
    {
    }

    private TestFlow(TestAdapter adapter, BotCallbackHandler callback, Func<Task> test)
    {
        _adapter = adapter ?? throw new ArgumentNullException(nameof(adapter));
        _callback = callback;
        _test = test;
    }

    /// <summary>Runs the script.</summary>
    public Task StartTestAsync() => _test();

    public TestFlow Send(string userSays) =>
        Then(() => _adapter.SendTextToBotAsync(userSays, _callback));

    public TestFlow Send(Activity userActivity)
    {
        ArgumentNullException.ThrowIfNull(userActivity);
        return Then(() => _adapter.ProcessActivityAsync(userActivity, _callback));
    }

    public TestFlow Delay(TimeSpan delay) => Then(() => Task.Delay(delay));

    public TestFlow Delay(uint milliseconds) => Delay(TimeSpan.FromMilliseconds(milliseconds));

    /// <summary>The next reply is a message whose trimmed text equals <paramref name="expected"/>.</summary>
    public TestFlow AssertReply(string expected, string? description = null, uint timeout = DefaultTimeoutMilliseconds) =>
        AssertReply(MessageFactory.Text(expected), description, timeout);

    /// <summary>The next reply has the expected type and trimmed text.</summary>
    public TestFlow AssertReply(Activity expected, string? description = null, uint timeout = DefaultTimeoutMilliseconds)
    {
        ArgumentNullException.ThrowIfNull(expected);
        return AssertReply(
            reply =>
            {
                if (reply.Type != expected.Type)
                    throw new TestFlowAssertionException($"{description ?? "Reply type"}: expected type '{expected.Type}', received '{reply.Type}' (text '{reply.Text}').");
                if (Trimmed(reply.Text) != Trimmed(expected.Text))
                    throw new TestFlowAssertionException($"{description ?? "Reply text"}: expected '{Trimmed(expected.Text)}', received '{Trimmed(reply.Text)}'.");
            },
            description ?? $"'{expected.Text}'",
            timeout);
    }

    /// <summary>The next reply passes <paramref name="validateActivity"/> (which throws when it does not).</summary>
    public TestFlow AssertReply(Action<Activity> validateActivity, string? description = null, uint timeout = DefaultTimeoutMilliseconds)
    {
        ArgumentNullException.ThrowIfNull(validateActivity);
        return Then(async () =>
        {
            var reply = await WaitForReplyAsync(description ?? "a reply", timeout).ConfigureAwait(false);
            validateActivity(reply);
        });
    }

    /// <summary>The next reply's trimmed text is one of <paramref name="candidates"/>.</summary>
    public TestFlow AssertReplyOneOf(string[] candidates, string? description = null, uint timeout = DefaultTimeoutMilliseconds)
    {
        ArgumentNullException.ThrowIfNull(candidates);
        return AssertReply(
            reply =>
            {
                if (!candidates.Any(c => Trimmed(c) == Trimmed(reply.Text)))
                    throw new TestFlowAssertionException($"{description ?? "Reply text"}: expected one of [{string.Join(" | ", candidates.Select(c => $"'{c}'"))}], received '{Trimmed(reply.Text)}'.");
            },
            description ?? "one of the candidates",
            timeout);
    }

    /// <summary>The next reply's text contains <paramref name="expected"/> (ordinal).</summary>
    public TestFlow AssertReplyContains(string expected, string? description = null, uint timeout = DefaultTimeoutMilliseconds)
    {
        ArgumentNullException.ThrowIfNull(expected);
        return AssertReply(
            reply =>
            {
                if (reply.Text is null || !reply.Text.Contains(expected, StringComparison.Ordinal))
                    throw new TestFlowAssertionException($"{description ?? "Reply text"}: expected text containing '{expected}', received '{reply.Text}'.");
            },
            description ?? $"a reply containing '{expected}'",
            timeout);
    }

    /// <summary>
    /// No reply is waiting. Every Send awaits its turn, so anything the bot sent is already queued; the check
    /// is therefore immediate and <paramref name="timeout"/> is kept for the SDK's signature.
    /// </summary>
    public TestFlow AssertNoReply(string? description = null, uint timeout = DefaultTimeoutMilliseconds) =>
        Then(() =>
        {
            _ = timeout;
            var reply = _adapter.GetNextReply();
            if (reply is not null)
                throw new TestFlowAssertionException($"{description ?? "No reply expected"}: expected no reply, received {reply.Type} '{reply.Text}'.");
            return Task.CompletedTask;
        });

    public TestFlow Test(string userSays, string expected, string? description = null, uint timeout = DefaultTimeoutMilliseconds) =>
        Send(userSays).AssertReply(expected, description, timeout);

    public TestFlow Test(string userSays, Activity expected, string? description = null, uint timeout = DefaultTimeoutMilliseconds) =>
        Send(userSays).AssertReply(expected, description, timeout);

    public TestFlow Test(string userSays, Action<Activity> validateActivity, string? description = null, uint timeout = DefaultTimeoutMilliseconds) =>
        Send(userSays).AssertReply(validateActivity, description, timeout);

    private TestFlow Then(Func<Task> step) => new(_adapter, _callback, async () =>
    {
        await _test().ConfigureAwait(false);
        await step().ConfigureAwait(false);
    });

    private async Task<Activity> WaitForReplyAsync(string description, uint timeout)
    {
        var clock = Stopwatch.StartNew();
        while (true)
        {
            var reply = _adapter.GetNextReply();
            if (reply is not null) return reply;
            if (clock.ElapsedMilliseconds > timeout && !Debugger.IsAttached)
                throw new TimeoutException($"{timeout}ms timed out waiting for {description}: the bot sent no (further) reply.");
            await Task.Delay(10).ConfigureAwait(false);
        }
    }

    private static string Trimmed(string? text) => (text ?? string.Empty).Trim();
}
