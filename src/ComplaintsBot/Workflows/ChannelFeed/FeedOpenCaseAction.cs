using ComplaintsBot.BotFramework.Schema;
using ComplaintsBot.CardActions;
using ComplaintsBot.Cards;
using ComplaintsBot.Cases.Store;

namespace ComplaintsBot.Workflows.ChannelFeed;

/// <summary>
/// The feed card's "Open in my chat": the case card, as the clicker may see it, sent to their own chat with the bot.
/// The frame (<see cref="CaseCardAction"/>) resolves who clicked and refuses anyone the case is hidden from
/// (CaseVisibility) exactly as for a case that is not there, and records the view. The answer is a short message, never
/// a card: in a channel a card in the invoke response would replace the feed card, for everyone, with one person's view.
/// </summary>
public sealed class FeedOpenCaseAction(CaseActionServices services) : CaseCardAction(services)
{
    public override string Verb => FeedCard.OpenVerb;

    protected override bool RequiresCurrentVersion => false;

    protected override async Task<AdaptiveCardInvokeResponse> RunAsync(CaseActionContext context, CancellationToken cancellationToken)
    {
        var card = await Services.CaseCards.ForAsync(context.Case, context.Clicker, cancellationToken);
        var (sent, _) = await Services.Messenger.SendPersonalAsync(context.Turn.Adapter, context.Clicker, CardAttachment.AsMessage(card), cancellationToken);
        if (sent is null)
            return AdaptiveCardInvokeResponse.Message(
                $"I cannot reach your own chat with me yet. Open ComplaintsBot in Teams (Apps, then ComplaintsBot) and type case {context.Case.Reference}.");
        // Remembered as every case card is, so later changes update this copy too.
        await Services.Messenger.RememberAsync(context.Case.Id, SentCardMessage.CaseCard, null, sent, cancellationToken);
        return AdaptiveCardInvokeResponse.Message($"{context.Case.Reference} is in your chat with me.");
    }
}
