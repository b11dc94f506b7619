using System.Text.Json.Nodes;
using ComplaintsBot.BotFramework.Builder;
using ComplaintsBot.BotFramework.Schema;
using ComplaintsBot.Cases;
using ComplaintsBot.Cases.Domain;

namespace ComplaintsBot.CardActions;

/// <summary>
/// The approve/decline pair on a decision card (an extension, compensation, an exclusion): one class serves both
/// verbs, one instance per verb. A click on a card already decided shows the decision and changes nothing; once
/// decided, every sent copy of the decision card and of the case card shows it, and the person waiting is told.
/// </summary>
public abstract class DecisionAction(CaseActionServices services, bool approve) : CaseCardAction(services)
{
    /// <summary>True for the verb that agrees (approve, accept the complaint), false for the one that refuses.</summary>
    protected bool Approve => approve;

    /// <summary>The two verbs of the card, the agreeing one first.</summary>
    protected abstract (string Approve, string Decline) Verbs { get; }

    public sealed override string Verb => approve ? Verbs.Approve : Verbs.Decline;

    /// <summary>Whether what the card is about is decided already (a second decider was too late).</summary>
    protected abstract bool AlreadyDecided(Case current);

    /// <summary>What the stale notice calls the thing decided, and the card shown instead ("request", "exclusion").</summary>
    protected abstract (string Decided, string Shown) Nouns { get; }

    protected sealed override string StaleNotice(Case current) =>
        AlreadyDecided(current)
            ? $"Nothing was changed: this {Nouns.Decided} was already decided. This is the decision."
            : $"Nothing was changed: {current.Reference} changed since this card was shown. This is the {Nouns.Shown} as it is now.";

    /// <summary>
    /// Who asked for what waits on the card: still on the staff list (else <paramref name="refusals"/>.Gone), and not
    /// the one deciding, as nobody decides their own request (else <paramref name="refusals"/>.OwnRequest).
    /// </summary>
    protected async Task<StaffMember> RequesterAsync(CaseActionContext context, int requestedById, (string Gone, string OwnRequest) refusals, CancellationToken cancellationToken)
    {
        var requester = await Services.Staff.FindAsync(requestedById, cancellationToken) ?? throw new CaseStateException(refusals.Gone);
        if (requester.Id == context.Clicker.Id) throw CardActionRefusedException.Forbidden(refusals.OwnRequest);
        return requester;
    }

    /// <summary>The decider's comment, which declining needs so that whoever waits knows what to do instead (<paramref name="whyDeclineNeedsOne"/>).</summary>
    protected string? Comment(CaseActionContext context, string whyDeclineNeedsOne)
    {
        var comment = context.Request.Input("comment");
        if (!Approve && comment is null) throw CardActionRefusedException.BadRequest("CommentRequired", whyDeclineNeedsOne);
        return comment;
    }

    /// <summary>
    /// After the decision: every copy of the decision card (<paramref name="cardKind"/>, <paramref name="itemId"/>)
    /// and of the case card shows it, <paramref name="tell"/> tells whoever waits, and the clicked card is answered.
    /// </summary>
    protected async Task<AdaptiveCardInvokeResponse> DecidedAsync(CaseActionContext context, Case changed, string cardKind, int? itemId, JsonObject card,
        Func<Task> tell, CancellationToken cancellationToken)
    {
        await Services.Messenger.UpdateDecisionCardsAsync(context.Turn, changed.Id, cardKind, itemId, card, cancellationToken);
        await Services.CaseCards.UpdateEveryCopyAsync(context.Turn, changed, cancellationToken);
        await tell();
        return AdaptiveCardInvokeResponse.Card(card);
    }

    /// <summary>Sends the decision to the person waiting for it in their own chat, with the decider's comment if any.</summary>
    protected async Task TellAsync(CaseActionContext context, StaffMember to, string text, string? comment, CancellationToken cancellationToken)
    {
        if (comment is not null) text += $" Comment: {comment}";
        await Services.Messenger.TrySendPersonalAsync(context.Turn.Adapter, to, MessageFactory.Text(text), cancellationToken);
    }
}
