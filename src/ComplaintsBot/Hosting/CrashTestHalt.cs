using ComplaintsBot.BotFramework.Builder;
using ComplaintsBot.BotFramework.Schema;
using IMiddleware = ComplaintsBot.BotFramework.Builder.IMiddleware;

namespace ComplaintsBot.Hosting;

/// <summary>
/// For crash tests only, off unless <c>Testing:Halt:Text</c> is set (never in production): a turn about to send a message
/// containing that text stops at a named point, writes one line to standard error and waits for ever, so the test can
/// SIGKILL the process exactly there. <c>Testing:Halt:At</c> names the point: <c>BeforeSave</c> (when the turn says it,
/// before the turn's state is saved and anything is sent: after a case is stored, before its confirmation) or
/// <c>AfterFirstWrite</c> (after the first state write that follows: the one that saves the turn's state with its
/// replies, before any of them is sent).
/// </summary>
public sealed class CrashTestHalt
{
    public const string TextKey = "Testing:Halt:Text";
    public const string AtKey = "Testing:Halt:At";
    /// <summary>The start of the line written when the turn halts.</summary>
    public const string HaltedLine = "crash-test halt:";

    // Set per turn by the middleware, so the storage written later in the same turn sees that the text was said.
    private static readonly AsyncLocal<System.Runtime.CompilerServices.StrongBox<bool>?> Armed = new();
    private readonly string _text;
    private readonly bool _afterFirstWrite;

    private CrashTestHalt(string text, bool afterFirstWrite)
    {
        _text = text;
        _afterFirstWrite = afterFirstWrite;
    }

    public static CrashTestHalt? From(IConfiguration configuration)
    {
        if (configuration[TextKey] is not { Length: > 0 } text) return null;
        return configuration[AtKey] switch
        {
            null or "" or "BeforeSave" => new CrashTestHalt(text, afterFirstWrite: false),
            "AfterFirstWrite" => new CrashTestHalt(text, afterFirstWrite: true),
            var other => throw new InvalidOperationException($"{AtKey} is '{other}'; use BeforeSave or AfterFirstWrite."),
        };
    }

    /// <summary>Runs before the reply outbox's hook, so it sees a reply when it is said, before anything of it is saved.</summary>
    public IMiddleware Middleware() => new SendHook(this);

    /// <summary>The bot's storage, halting after the first write of an armed send.</summary>
    public IStorage Wrap(IStorage inner) => new HaltingStorage(inner, this);

    // The text or a card (a choice prompt is a card) of a message.
    private bool Says(Activity activity) =>
        activity.Type == ActivityTypes.Message
        && ((activity.Text?.Contains(_text, StringComparison.Ordinal) ?? false)
            || (activity.Attachments is { Count: > 0 } cards && System.Text.Json.JsonSerializer.Serialize(cards, BotJson.Options).Contains(_text, StringComparison.Ordinal)));

    private static async Task HaltAsync(string point, string text)
    {
        await Console.Error.WriteLineAsync($"{HaltedLine} {point}, sending '{text}'").ConfigureAwait(false);
        await Console.Error.FlushAsync().ConfigureAwait(false);
        await Task.Delay(Timeout.Infinite).ConfigureAwait(false);
    }

    private sealed class SendHook(CrashTestHalt halt) : IMiddleware
    {
        public async Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken = default)
        {
            var armed = new System.Runtime.CompilerServices.StrongBox<bool>();
            Armed.Value = armed;
            turnContext.OnSendActivities(async (_, activities, send) =>
            {
                if (activities.Any(halt.Says))
                {
                    if (!halt._afterFirstWrite) await HaltAsync("before the state is saved", halt._text).ConfigureAwait(false);
                    armed.Value = true;
                }
                return await send().ConfigureAwait(false);
            });
            await next(cancellationToken).ConfigureAwait(false);
        }
    }

    private sealed class HaltingStorage(IStorage inner, CrashTestHalt halt) : IStorage, IAsyncDisposable
    {
        public Task<IDictionary<string, object>> ReadAsync(string[] keys, CancellationToken cancellationToken = default) => inner.ReadAsync(keys, cancellationToken);

        public async Task WriteAsync(IDictionary<string, object> changes, CancellationToken cancellationToken = default)
        {
            await inner.WriteAsync(changes, cancellationToken).ConfigureAwait(false);
            if (Armed.Value is { Value: true }) await HaltAsync("after the first state write", halt._text).ConfigureAwait(false);
        }

        public Task DeleteAsync(string[] keys, CancellationToken cancellationToken = default) => inner.DeleteAsync(keys, cancellationToken);

        public ValueTask DisposeAsync() => inner is IAsyncDisposable disposable ? disposable.DisposeAsync() : ValueTask.CompletedTask;
    }
}
