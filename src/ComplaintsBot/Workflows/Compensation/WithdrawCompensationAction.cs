using ComplaintsBot.BotFramework.Schema;
using ComplaintsBot.CardActions;
using ComplaintsBot.Cases.Domain;
using ComplaintsBot.Cases.Store;

namespace ComplaintsBot.Workflows.Compensation;

/// <summary>
/// withdrawCompensation: the requester (or whoever holds the case, or a manager) takes back compensation nobody has
/// agreed. Nothing is recorded; every copy of the approval card says it was withdrawn, so no one decides it later, and
/// "Record response" offers the form again with what was entered.
/// </summary>
public sealed class WithdrawCompensationAction(CaseActionServices services, CompensationCards approvalCards) : CaseCardAction(services)
{
    public override string Verb => "withdrawCompensation";

    protected override async Task<AdaptiveCardInvokeResponse> RunAsync(CaseActionContext context, CancellationToken cancellationToken)
    {
        Require(context.Permissions.WithdrawCompensation, "Only the person who asked for the compensation, the case's owner or a manager can withdraw it, and only while it waits.");
        var changed = await Services.Cases.ChangeAsync(context.Case.Id, context.Request.Version, context.Clicker.AadObjectId, CaseAuditActions.CompensationWithdrawn,
            c => c.WithdrawCompensationApproval(context.Clicker.Id, Now), cancellationToken);
        var (stage, approval) = CompensationCards.Latest(changed)!.Value;
        var card = await approvalCards.RenderAsync(changed, stage, approval, cancellationToken);
        await Services.Messenger.UpdateEveryCopyAsync(context.Turn, changed.Id, SentCardMessage.CompensationDecisionCard, approval.Id, card, cancellationToken);
        return await ChangedAsync(context, changed,
            $"Request for {CompensationDecisionView.Pounds(approval.Amount)} compensation withdrawn; no response was recorded and the deadline keeps running. " +
            "Record the response again: what was entered is filled in.", cancellationToken);
    }
}
