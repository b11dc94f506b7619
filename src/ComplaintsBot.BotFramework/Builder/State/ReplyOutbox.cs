using System.Text.Json;
using ComplaintsBot.BotFramework.Schema;

namespace ComplaintsBot.BotFramework.Builder;

/// <summary>
/// The replies of the turn in progress, kept in the conversation's state from the moment they are saved until they
/// have gone out. <see cref="SaveBeforeSendMiddleware"/> records them in the same write as the state that asks the
/// question, and clears them once sent; <see cref="RedeliveryGuardMiddleware"/> sends them again when the channel
/// redelivers an activity whose turn was killed after that write and before its replies were all sent, so a crash
/// never leaves a question saved as asked that the person never saw.
/// </summary>
/// <remarks>
/// The clearing is saved with the next write of the turn (the next reply's, or the turn's last), so a turn that
/// sends one reply costs one more write than save-then-send alone. A process killed after the Connector accepted a
/// reply and before that write committed sends the reply again when the activity is redelivered: the one window in
/// which a reply can appear twice, the price of never losing one (the Connector has no idempotent send).
/// </remarks>
public sealed class ReplyOutbox
{
    public const string PropertyName = "ReplyOutbox";

    private readonly IStatePropertyAccessor<Pending> _pending;

    public ReplyOutbox(ConversationState conversationState)
    {
        ArgumentNullException.ThrowIfNull(conversationState);
        State = conversationState;
        _pending = conversationState.CreateProperty<Pending>(PropertyName);
    }

    /// <summary>The state the outbox lives in, to be saved with the others.</summary>
    public ConversationState State { get; }

    /// <summary>Records <paramref name="activities"/> as about to be sent in reply to the turn's activity (in memory; the caller saves).</summary>
    public async Task RecordAsync(ITurnContext turnContext, IEnumerable<Activity> activities, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var json = activities.Select(a => JsonSerializer.Serialize(a, BotJson.Options)).ToList();
        await _pending.SetAsync(turnContext, new Pending { ActivityId = turnContext.Activity.Id, Replies = json }, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The replies went out: nothing is pending (in memory; saved with the turn's next write).</summary>
    public Task ClearAsync(ITurnContext turnContext, CancellationToken cancellationToken) => _pending.DeleteAsync(turnContext, cancellationToken);

    /// <summary>Replies saved for the turn's activity id but not known to have been sent; empty when there are none.</summary>
    public async Task<IReadOnlyList<Activity>> UnsentForAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var pending = await _pending.GetAsync(turnContext, cancellationToken: cancellationToken).ConfigureAwait(false);
        if (pending?.Replies is not { Count: > 0 } replies || turnContext.Activity.Id is not { } id || !string.Equals(pending.ActivityId, id, StringComparison.Ordinal))
            return [];
        return replies.Select(json => JsonSerializer.Deserialize<Activity>(json, BotJson.Options)!).ToList();
    }

    /// <summary>Stored form: the activity replied to, and each reply as the Connector would receive it.</summary>
    public sealed class Pending
    {
        public string? ActivityId { get; set; }

        public List<string> Replies { get; set; } = [];
    }
}
