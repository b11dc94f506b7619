using ComplaintsBot.BotFramework.Schema;
using ComplaintsBot.CardActions;
using ComplaintsBot.Cases.Domain;

namespace ComplaintsBot.Workflows.Compensation;

/// <summary>
/// resendCompensation: sends waiting compensation's approval card again to everyone who may agree it now (someone
/// who has since opened the bot, a role given since; else the administrators). The case does not change; the
/// sending is audited.
/// </summary>
public sealed class ResendCompensationAction(CaseActionServices services, CompensationCards approvalCards) : CompensationRoutingAction(services, approvalCards)
{
    public override string Verb => "resendCompensation";

    protected override async Task<AdaptiveCardInvokeResponse> RunAsync(CaseActionContext context, CancellationToken cancellationToken)
    {
        Require(context.Permissions.ResendCompensation, "Only the person who asked for the compensation, the case's owner or a manager can send it again, and only while it waits.");
        // Nothing on the case changes, but who sent it again, and when, belongs in its trail.
        var same = await Services.Cases.ChangeAsync(context.Case.Id, context.Request.Version, context.Clicker.AadObjectId, CaseAuditActions.CompensationResent,
            _ => { }, cancellationToken);
        var approval = CompensationCards.Latest(same)!.Value.Approval;
        var notice = await RouteAsync(context, same, $"Request for {CompensationDecisionView.Pounds(approval.Amount)} compensation sent again", cancellationToken);
        return await ChangedAsync(context, same, notice, cancellationToken);
    }
}
