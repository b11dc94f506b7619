using ComplaintsBot.BotFramework.Builder;
using ComplaintsBot.Cards;

namespace ComplaintsBot.Bot;

/// <summary>
/// Every card-only message a turn sends gets its <c>summary</c> (<see cref="CardSummary"/>), so Teams notifications
/// and the activity feed say what the card is, whichever workflow built it. Runs before the reply outbox holds the
/// replies back, so a reply sent after a restart has its summary too.
/// </summary>
public sealed class CardSummaryMiddleware : BotFramework.Builder.IMiddleware
{
    public Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken = default)
    {
        turnContext.OnSendActivities((context, activities, nextSend) =>
        {
            foreach (var activity in activities) CardSummary.Fill(activity);
            return nextSend();
        });
        return next(cancellationToken);
    }
}
