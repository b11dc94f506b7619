using System.Text.Json.Nodes;
using ComplaintsBot.CardActions;
using ComplaintsBot.Cases.Domain;
using ComplaintsBot.Cases.Store;

namespace ComplaintsBot.Workflows.Compensation;

/// <summary>
/// withdrawCompensation / resendCompensation on compensation nobody has agreed, by the requester, whoever holds the
/// case or a manager. Withdrawn: nothing is recorded, every copy of the approval card says so, and "Record response"
/// offers the form again with what was entered. Sent again: the approval card goes to everyone who may agree it now,
/// else the administrators (<see cref="CompensationRouting"/>).
/// </summary>
public sealed class PendingCompensationAction(CaseActionServices services, CompensationCards approvalCards, CompensationRouting routing, bool withdraw)
    : PendingRequestAction(services, withdraw)
{
    public const string WithdrawVerb = "withdrawCompensation";

    public const string ResendVerb = "resendCompensation";

    protected override (string Withdraw, string Resend) Verbs => (WithdrawVerb, ResendVerb);

    protected override (string Withdrawn, string Resent) AuditActions => (CaseAuditActions.CompensationWithdrawn, CaseAuditActions.CompensationResent);

    protected override string CardKind => SentCardMessage.CompensationDecisionCard;

    protected override (bool Allowed, string Refusal) Permission(CaseActionContext context) => Withdraw
        ? (context.Permissions.WithdrawCompensation, "Only the person who asked for the compensation, the case's owner or a manager can withdraw it, and only while it waits.")
        : (context.Permissions.ResendCompensation, "Only the person who asked for the compensation, the case's owner or a manager can send it again, and only while it waits.");

    protected override void WithdrawFrom(Case @case, CaseActionContext context) => @case.WithdrawCompensationApproval(context.Clicker.Id, Now);

    protected override async Task<(JsonObject Card, int? RequestId, string Notice)> WithdrawnAsync(CaseActionContext context, Case changed, CancellationToken cancellationToken)
    {
        var (stage, approval) = CompensationCards.Latest(changed)!.Value;
        return (await approvalCards.RenderAsync(changed, stage, approval, cancellationToken), approval.Id,
            $"Request for {CompensationDecisionView.Pounds(approval.Amount)} compensation withdrawn; no response was recorded and the deadline keeps running. " +
            "Record the response again: what was entered is filled in.");
    }

    protected override Task<string> SendAgainAsync(CaseActionContext context, Case same, CancellationToken cancellationToken) =>
        routing.RouteAsync(context, same, $"Request for {CompensationDecisionView.Pounds(CompensationCards.Latest(same)!.Value.Approval.Amount)} compensation sent again", cancellationToken);
}
