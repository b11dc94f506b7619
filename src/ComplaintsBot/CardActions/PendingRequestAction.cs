using System.Text.Json.Nodes;
using ComplaintsBot.BotFramework.Schema;
using ComplaintsBot.Cases.Domain;

namespace ComplaintsBot.CardActions;

/// <summary>
/// Withdraw and send again, on a request that waits on an approval card (an extension, compensation, an exclusion
/// referral, a response for sign-off): one class serves both verbs, one instance per verb. Withdrawn, the request
/// ends and every copy of the approval card says so, so nobody decides it later. Sent again, the case does not
/// change, but the sending is audited and the card goes to whoever may decide it now (someone who has since opened
/// the bot, a role given since).
/// </summary>
public abstract class PendingRequestAction(CaseActionServices services, bool withdraw) : CaseCardAction(services)
{
    /// <summary>True for the verb that takes the request back, false for the one that sends it again.</summary>
    protected bool Withdraw => withdraw;

    /// <summary>The two verbs, withdraw first.</summary>
    protected abstract (string Withdraw, string Resend) Verbs { get; }

    public sealed override string Verb => withdraw ? Verbs.Withdraw : Verbs.Resend;

    /// <summary>The audit action of each verb, withdraw first.</summary>
    protected abstract (string Withdrawn, string Resent) AuditActions { get; }

    /// <summary>Whether the clicker may use this verb on the case now, and what they are told when not.</summary>
    protected abstract (bool Allowed, string Refusal) Permission(CaseActionContext context);

    /// <summary>Ends the waiting request on <paramref name="case"/> (the domain transition).</summary>
    protected abstract void WithdrawFrom(Case @case, CaseActionContext context);

    /// <summary>The approval card's kind among the sent card messages (<see cref="Cases.Store.SentCardMessage"/>).</summary>
    protected abstract string CardKind { get; }

    /// <summary>After withdrawing: the approval card as it stands now, the id of the request it is about, and the notice for the clicker.</summary>
    protected abstract Task<(JsonObject Card, int? RequestId, string Notice)> WithdrawnAsync(CaseActionContext context, Case changed, CancellationToken cancellationToken);

    /// <summary>Sends the approval card again to whoever may decide it now; the notice for the clicker.</summary>
    protected abstract Task<string> SendAgainAsync(CaseActionContext context, Case same, CancellationToken cancellationToken);

    protected sealed override async Task<AdaptiveCardInvokeResponse> RunAsync(CaseActionContext context, CancellationToken cancellationToken)
    {
        var (allowed, refusal) = Permission(context);
        Require(allowed, refusal);
        if (!withdraw)
        {
            // Nothing on the case changes, but who sent it again, and when, belongs in its trail.
            var same = await Services.Cases.ChangeAsync(context.Case.Id, context.Request.Version, context.Clicker.AadObjectId, AuditActions.Resent,
                _ => { }, cancellationToken);
            return await ChangedAsync(context, same, await SendAgainAsync(context, same, cancellationToken), cancellationToken);
        }
        var changed = await Services.Cases.ChangeAsync(context.Case.Id, context.Request.Version, context.Clicker.AadObjectId, AuditActions.Withdrawn,
            c => WithdrawFrom(c, context), cancellationToken);
        var (card, requestId, notice) = await WithdrawnAsync(context, changed, cancellationToken);
        await Services.Messenger.UpdateEveryCopyAsync(context.Turn, changed.Id, CardKind, requestId, card, cancellationToken);
        return await ChangedAsync(context, changed, notice, cancellationToken);
    }
}
