using ComplaintsBot.BotFramework.Schema;

namespace ComplaintsBot.BotFramework.Builder;

/// <summary>
/// Save-then-send: before anything the turn says goes out, the states are saved as they stand, in one write, so the
/// record that a question was asked is durable before the question is. A process killed between the two restarts with the
/// question asked (its next answer is filed under it), never with the previous question still open (which would
/// file the answer under the wrong one). Saving writes only what changed, so later sends in the turn cost nothing
/// unless the state moved on. Runs inside the turn, so a lock around the whole turn still covers it.
/// </summary>
/// <remarks>
/// With a <see cref="ReplyOutbox"/>, the replies themselves are saved in that write and cleared once sent, so a turn
/// killed between the write and the send is not left with a question the person never saw: the channel redelivers
/// the activity and <see cref="RedeliveryGuardMiddleware"/> sends the saved replies.
/// </remarks>
public class SaveBeforeSendMiddleware : IMiddleware
{
    private readonly BotStateSet _states;
    private readonly ReplyOutbox? _outbox;

    public SaveBeforeSendMiddleware(params BotState[] botStates) => _states = new BotStateSet(botStates);

    /// <summary>Saves <paramref name="botStates"/> and the outbox's state together, with the replies about to be sent.</summary>
    public SaveBeforeSendMiddleware(ReplyOutbox outbox, params BotState[] botStates)
    {
        _outbox = outbox ?? throw new ArgumentNullException(nameof(outbox));
        _states = new BotStateSet(botStates);
        if (!_states.BotStates.Contains(outbox.State)) _states.Add(outbox.State);
    }

    public Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(next);
        turnContext.OnSendActivities(async (context, activities, send) =>
        {
            var said = activities.Where(a => a.Type is ActivityTypes.Message or ActivityTypes.Event).ToList();
            if (said.Count == 0) return await send().ConfigureAwait(false);
            var kept = _outbox is not null && RedeliveryGuardMiddleware.IsGuarded(context.Activity);
            if (kept) await _outbox!.RecordAsync(context, said, cancellationToken).ConfigureAwait(false);
            await _states.SaveAllChangesAsync(context, false, cancellationToken).ConfigureAwait(false);
            var responses = await send().ConfigureAwait(false);
            if (kept) await _outbox!.ClearAsync(context, cancellationToken).ConfigureAwait(false);
            return responses;
        });
        return next(cancellationToken);
    }
}
