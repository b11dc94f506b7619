using System.Text.Json;
using ComplaintsBot.BotFramework.Schema;

namespace ComplaintsBot.BotFramework.Builder;

/// <summary>
/// The replies of a turn, kept in the conversation's state from the moment the turn is saved until each has gone out.
/// <see cref="RedeliveryGuardMiddleware"/> holds back everything a turn says until the turn has finished, records it
/// here in the same write as the turn's state (so the record that a question was asked and the question itself become
/// durable together), then sends the replies one by one, saving after each how many have gone out. When the channel
/// redelivers an activity whose turn was killed after that write, the replies not yet marked as sent go out then, once
/// each: a kill can neither leave a question saved as asked that the person never sees, nor lose the second of two.
/// </summary>
/// <remarks>
/// A reply the Connector accepted just before the process died, before its "sent" mark committed, goes out again on
/// redelivery: the one window the Connector's API leaves (it has no idempotent send), at most one reply per
/// interrupted activity.
/// </remarks>
public sealed class ReplyOutbox
{
    public const string PropertyName = "ReplyOutbox";
    private const string BufferKey = "ReplyOutbox.Buffer";

    private readonly IStatePropertyAccessor<Pending> _pending;

    public ReplyOutbox(ConversationState conversationState)
    {
        ArgumentNullException.ThrowIfNull(conversationState);
        State = conversationState;
        _pending = conversationState.CreateProperty<Pending>(PropertyName);
    }

    /// <summary>The state the outbox lives in, to be saved with the others.</summary>
    public ConversationState State { get; }

    /// <summary>Records <paramref name="activities"/> as to be sent in reply to the turn's activity, none sent yet (in memory; the caller saves).</summary>
    public async Task RecordAsync(ITurnContext turnContext, IEnumerable<Activity> activities, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var json = activities.Select(a => JsonSerializer.Serialize(a, BotJson.Options)).ToList();
        if (json.Count == 0)
        {
            await _pending.DeleteAsync(turnContext, cancellationToken).ConfigureAwait(false);
            return;
        }
        await _pending.SetAsync(turnContext, new Pending { ActivityId = turnContext.Activity.Id, Replies = json }, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The first <paramref name="sent"/> replies went out (in memory; the caller saves). Once all have, nothing is pending.</summary>
    public async Task MarkSentAsync(ITurnContext turnContext, int sent, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var pending = await _pending.GetAsync(turnContext, cancellationToken: cancellationToken).ConfigureAwait(false);
        if (pending is null || sent >= pending.Replies.Count)
        {
            await _pending.DeleteAsync(turnContext, cancellationToken).ConfigureAwait(false);
            return;
        }
        pending.Sent = sent;
        await _pending.SetAsync(turnContext, pending, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Replies saved for the turn's activity id and not marked as sent, with how many before them were; empty when
    /// there are none.
    /// </summary>
    public async Task<(IReadOnlyList<Activity> Unsent, int AlreadySent)> UnsentForAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var pending = await _pending.GetAsync(turnContext, cancellationToken: cancellationToken).ConfigureAwait(false);
        if (pending?.Replies is not { Count: > 0 } replies || turnContext.Activity.Id is not { } id || !string.Equals(pending.ActivityId, id, StringComparison.Ordinal))
            return ([], 0);
        var sent = Math.Clamp(pending.Sent, 0, replies.Count);
        return (replies.Skip(sent).Select(json => JsonSerializer.Deserialize<Activity>(json, BotJson.Options)!).ToList(), sent);
    }

    /// <summary>
    /// Drops what the turn has said so far and not yet sent, for a turn that failed and goes back to its last saved
    /// state: those replies belonged to the state it abandons. The number dropped (0 outside a held-back turn).
    /// </summary>
    public static int DiscardHeldBack(ITurnContext turnContext)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        if (turnContext.TurnState.Get<HeldBack>(BufferKey) is not { Holding: true } held) return 0;
        var count = held.Replies.Count;
        held.Replies.Clear();
        return count;
    }

    /// <summary>Starts holding back the messages and events the turn sends; anything else (an invoke's answer, typing) goes at once.</summary>
    internal static HeldBack HoldBack(ITurnContext turnContext)
    {
        var held = new HeldBack();
        turnContext.TurnState[BufferKey] = held;
        turnContext.OnSendActivities(async (_, activities, send) =>
        {
            if (!held.Holding) return await send().ConfigureAwait(false);
            var kept = activities.Where(a => a.Type is ActivityTypes.Message or ActivityTypes.Event).ToList();
            if (kept.Count == 0) return await send().ConfigureAwait(false);
            held.Replies.AddRange(kept);
            var all = activities.ToList();
            activities.RemoveAll(kept.Contains);
            var sentNow = activities.Count > 0 ? await send().ConfigureAwait(false) : [];
            // In the caller's order; the held-back ones have no id yet (they get one when sent, after the turn).
            var responses = new List<ResourceResponse>();
            var next = 0;
            foreach (var activity in all)
                responses.Add(kept.Contains(activity) || next >= sentNow.Length ? new ResourceResponse() : sentNow[next++]);
            return [.. responses];
        });
        return held;
    }

    /// <summary>What a turn has said and not yet sent; <c>Holding</c> is false once the turn has finished (or failed).</summary>
    internal sealed class HeldBack
    {
        public bool Holding { get; set; } = true;

        public List<Activity> Replies { get; } = [];
    }

    /// <summary>Stored form: the activity replied to, each reply as the Connector would receive it, and how many have gone out.</summary>
    public sealed class Pending
    {
        public string? ActivityId { get; set; }

        public List<string> Replies { get; set; } = [];

        public int Sent { get; set; }
    }
}
