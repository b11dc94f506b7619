namespace ComplaintsBot.BotFramework.Builder;

/// <summary>
/// Saves the given states once, after the rest of the turn has run. If the turn throws nothing is saved,
/// so a failed turn does not persist a half-advanced dialog.
/// </summary>
public class AutoSaveStateMiddleware : IMiddleware
{
    public AutoSaveStateMiddleware(params BotState[] botStates) => BotStateSet = new BotStateSet(botStates);

    public AutoSaveStateMiddleware(BotStateSet botStateSet) => BotStateSet = botStateSet ?? throw new ArgumentNullException(nameof(botStateSet));

    public BotStateSet BotStateSet { get; set; }

    public AutoSaveStateMiddleware Add(BotState botState)
    {
        BotStateSet.Add(botState);
        return this;
    }

    public async Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(next);
        await next(cancellationToken).ConfigureAwait(false);
        await BotStateSet.SaveAllChangesAsync(turnContext, false, cancellationToken).ConfigureAwait(false);
    }
}
