using ComplaintsBot.BotFramework.Schema;

namespace ComplaintsBot.BotFramework.Builder;

/// <summary>
/// Save-then-send: before anything the turn says goes out, the states are saved as they stand, so the record that a
/// question was asked is durable before the question is. A process killed between the two restarts with the
/// question asked (its next answer is filed under it), never with the previous question still open (which would
/// file the answer under the wrong one). Saving writes only what changed, so later sends in the turn cost nothing
/// unless the state moved on. Runs inside the turn, so a lock around the whole turn still covers it.
/// </summary>
public class SaveBeforeSendMiddleware(params BotState[] botStates) : IMiddleware
{
    private readonly BotStateSet _states = new(botStates);

    public Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(next);
        turnContext.OnSendActivities(async (context, activities, send) =>
        {
            if (activities.Any(a => a.Type is ActivityTypes.Message or ActivityTypes.Event))
                await _states.SaveAllChangesAsync(context, false, cancellationToken).ConfigureAwait(false);
            return await send().ConfigureAwait(false);
        });
        return next(cancellationToken);
    }
}
