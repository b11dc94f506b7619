using System.Text.Json.Nodes;
using ComplaintsBot.CardActions;
using ComplaintsBot.Cases.Domain;
using ComplaintsBot.Cases.Rules;
using ComplaintsBot.Cases.Store;

namespace ComplaintsBot.Workflows.Exclusions;

/// <summary>
/// withdrawExclusion / resendExclusion on a discretionary exclusion referral nobody has decided. Withdrawn (by the
/// person who referred it, or the case's owner) because it does not apply after all: the complaint goes ahead, and
/// every copy of the decision card says the referral was withdrawn. Sent again (also by a manager): the decision card
/// goes to the deciders the policy names, else the administrators (<see cref="ExclusionRouting"/>).
/// </summary>
public sealed class PendingExclusionAction(CaseActionServices services, ExclusionDecisionView view, ExclusionRouting routing, bool withdraw)
    : PendingRequestAction(services, withdraw)
{
    public const string WithdrawVerb = "withdrawExclusion";

    public const string ResendVerb = "resendExclusion";

    protected override (string Withdraw, string Resend) Verbs => (WithdrawVerb, ResendVerb);

    protected override (string Withdrawn, string Resent) AuditActions => (CaseAuditActions.ExclusionWithdrawn, CaseAuditActions.ExclusionResent);

    protected override string CardKind => SentCardMessage.ExclusionDecisionCard;

    protected override (bool Allowed, string Refusal) Permission(CaseActionContext context) => Withdraw
        ? (context.Permissions.WithdrawExclusion, "Only the person who referred the exclusion, or the case's owner, can withdraw it, and only while it waits.")
        : (context.Permissions.ResendExclusion, "Only the person who referred the exclusion, the case's owner or a manager can send it again, and only while it waits.");

    protected override void WithdrawFrom(Case @case, CaseActionContext context) => @case.WithdrawExclusionReferral(context.Clicker.Id, Now);

    protected override async Task<(JsonObject Card, int? RequestId, string Notice)> WithdrawnAsync(CaseActionContext context, Case changed, CancellationToken cancellationToken)
    {
        var withdrawn = PendingExclusion.Of(changed, context.Policy)!;
        var loggedBy = await Services.Staff.FindAsync(withdrawn.Referral.DecidedById, cancellationToken);
        // One exclusion decision card per case: its sent copies are not told apart by a request id.
        return (view.Render(changed, context.Policy, withdrawn, loggedBy?.DisplayName ?? "a member of staff", context.Clicker.DisplayName), null,
            $"Exclusion referral withdrawn: {changed.Reference} goes ahead as a complaint; its deadlines have been running since it was received.");
    }

    protected override async Task<string> SendAgainAsync(CaseActionContext context, Case same, CancellationToken cancellationToken)
    {
        var pending = PendingExclusion.Of(same, context.Policy)!;
        var referredBy = await Services.Staff.FindAsync(pending.Referral.DecidedById, cancellationToken) ?? context.Clicker;
        var sent = await routing.SendAsync(context.Turn, same, context.Policy, referredBy, cancellationToken);
        return $"Exclusion referral sent again.{sent}";
    }
}
