using ComplaintsBot.BotFramework.Schema;

namespace ComplaintsBot.BotFramework.Builder;

/// <summary>
/// Save-then-send, for a pipeline without a <see cref="ReplyOutbox"/>: before anything the turn says goes out, the states
/// are saved as they stand, in one write, so the record that a question was asked is durable before the question is. A
/// process killed between the two restarts with the question asked (its next answer is filed under it), never with the
/// previous question still open (which would file the answer under the wrong one). Saving writes only what changed, so
/// later sends in the turn cost nothing unless the state moved on. Runs inside the turn, so a lock around the whole
/// turn still covers it.
/// </summary>
/// <remarks>
/// It saves per send, so a turn killed between two of its sends has saved the state for the second without sending
/// it. The host holds a whole turn's replies back instead and saves them with the state (<see cref="ReplyOutbox"/>).
/// </remarks>
public class SaveBeforeSendMiddleware : IMiddleware
{
    private readonly BotStateSet _states;

    public SaveBeforeSendMiddleware(params BotState[] botStates) => _states = new BotStateSet(botStates);

    public Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(next);
        turnContext.OnSendActivities(async (context, activities, send) =>
        {
            if (!activities.Any(a => a.Type is ActivityTypes.Message or ActivityTypes.Event)) return await send().ConfigureAwait(false);
            await _states.SaveAllChangesAsync(context, false, cancellationToken).ConfigureAwait(false);
            return await send().ConfigureAwait(false);
        });
        return next(cancellationToken);
    }
}
