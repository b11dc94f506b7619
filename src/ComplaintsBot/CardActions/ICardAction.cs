using ComplaintsBot.BotFramework.Builder;
using ComplaintsBot.BotFramework.Schema;

namespace ComplaintsBot.CardActions;

/// <summary>
/// One Action.Execute verb on a card (acknowledge, requestExtension, approveExtension...). Who may do it is
/// decided inside, from the Teams user who clicked (turnContext.Activity.From.AadObjectId), never from the card.
/// </summary>
public interface ICardAction
{
    string Verb { get; }

    Task<AdaptiveCardInvokeResponse> ExecuteAsync(ITurnContext turnContext, AdaptiveCardInvokeAction action, CancellationToken cancellationToken);
}
