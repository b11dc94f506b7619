using ComplaintsBot.BotFramework.Builder;
using ComplaintsBot.BotFramework.Schema;
using ComplaintsBot.CardActions;
using ComplaintsBot.Cases;
using ComplaintsBot.Cases.Domain;
using ComplaintsBot.Cases.Rules;
using ComplaintsBot.Cases.Store;
using ComplaintsBot.Workflows.Compensation;

namespace ComplaintsBot.Workflows.Responses;

/// <summary>
/// recordResponse: without inputs shows the form (filled in again after compensation was declined); with them
/// records the stage's finding, reasons, remedy, compensation and outstanding actions. Compensation above what
/// the person may agree under the policy is held for approval and the approval card goes to whoever may agree
/// it; the response is recorded once agreed. The letter to the customer is then ready to download.
/// </summary>
public sealed class RecordResponseAction(CaseActionServices services, StageResponseView form, CompensationCards approvalCards) : CaseCardAction(services)
{
    public override string Verb => "recordResponse";

    protected override async Task<AdaptiveCardInvokeResponse> RunAsync(CaseActionContext context, CancellationToken cancellationToken)
    {
        var stage = context.Case.Stage(context.RunningStageNumber)!;
        if (stage.PendingCompensationApproval is not null)
            throw new CaseStateException("This response is waiting for its compensation to be agreed; it is recorded once someone decides.");
        Require(context.Permissions.RecordResponse, "Only the case owner or a manager can record the response, once the stage is acknowledged and before it is answered.");
        var @case = context.Case;
        var request = context.Request;
        if (request.Input("outcome") is not { } outcomeText)
            return AdaptiveCardInvokeResponse.Card(await FormAsync(context, stage, cancellationToken));

        var outcome = FormValues.Outcome(outcomeText);
        var reasons = FormValues.Required(request.Input("reasons"), "The reasons for the decision");
        var compensation = FormValues.Money(request.Input("compensation"), "Compensation");
        var response = new StageResponse(Now, outcome, reasons, request.Input("remedy"), compensation, request.Input("outstandingActions"));
        if (compensation is > 0 && !ApprovalRules.MayAgreeCompensation(context.Policy, context.Clicker, compensation.Value))
            return await AskForApprovalAsync(context, response, compensation.Value, cancellationToken);

        var changed = await Services.Cases.ChangeAsync(@case.Id, request.Version, context.Clicker.AadObjectId, CaseAuditActions.Responded,
            c => c.RecordResponse(response), cancellationToken);
        return await ChangedAsync(context, changed,
            $"{context.Policy.Stage(stage.Number).Name} response recorded. The letter to the customer is ready: use Letter on the case card.", cancellationToken);
    }

    /// <summary>The form; after a decline it holds what was entered, and says who declined and why.</summary>
    private async Task<System.Text.Json.Nodes.JsonObject> FormAsync(CaseActionContext context, CaseStage stage, CancellationToken cancellationToken)
    {
        var declined = CompensationCards.Declined(stage);
        var card = form.Render(context.Case, context.Policy, stage, context.Clicker, declined);
        if (declined is null) return card;
        var decider = await Services.Staff.FindAsync(declined.DecidedById, cancellationToken);
        var why = declined.Comment is null ? "" : $" Comment: {declined.Comment}";
        return CardNotice.Add(card,
            $"{decider?.DisplayName ?? "A manager"} declined {CompensationDecisionView.Pounds(declined.Amount)} compensation. What you entered is filled in: change it and record the response again.{why}",
            problem: true);
    }

    /// <summary>Holds the response for compensation approval and sends the approval card to whoever may agree the amount.</summary>
    private async Task<AdaptiveCardInvokeResponse> AskForApprovalAsync(CaseActionContext context, StageResponse response, decimal amount, CancellationToken cancellationToken)
    {
        var policy = context.Policy;
        var clicker = context.Clicker;
        var limit = ApprovalRules.CompensationLimit(policy, clicker)!.Value;
        var role = ApprovalRules.CompensationApprover(policy, amount);
        var approvers = await approvalCards.ApproversAsync(policy, clicker, amount, cancellationToken);
        if (approvers.Count == 0)
        {
            // The policy names a decider nobody on the staff list is: say so, here and to the administrators.
            var decider = role is null ? "a manager" : $"{ApprovalRules.RoleName(policy, role)} ({role})";
            var told = await TellAdminsAsync(context, 
                $"{clicker.DisplayName} needs {CompensationDecisionView.Pounds(amount)} of compensation on {context.Case.Reference} agreed, but nobody may agree it: " +
                $"{policy.Name} has {decider} agree that amount and nobody holds that role. Type **admin** to give someone the role.",
                cancellationToken);
            throw CardActionRefusedException.Forbidden(
                $"{CompensationDecisionView.Pounds(amount)} is above the {CompensationDecisionView.Pounds(limit)} you may agree under {policy.Name}, " +
                $"and nobody on the staff list may agree it ({decider}). {AdminsTold(told)}");
        }
        var lineManager = approvers is [var only] && only.Id == clicker.LineManagerId ? only : null;

        var changed = await Services.Cases.ChangeAsync(context.Case.Id, context.Request.Version, clicker.AadObjectId, CaseAuditActions.CompensationRequested,
            c => c.RequestCompensationApproval(clicker.Id, response, role, lineManager?.Id), cancellationToken);

        var (stage, approval) = CompensationCards.Latest(changed)!.Value;
        var card = await approvalCards.RenderAsync(changed, stage, approval, cancellationToken);
        var sentTo = await Services.Messenger.SendCardAsync(context.Turn.Adapter, approvers, card, changed.Id, SentCardMessage.CompensationDecisionCard, approval.Id, cancellationToken);
        var asked = $"{CompensationDecisionView.Pounds(amount)} is above the {CompensationDecisionView.Pounds(limit)} you may agree under {policy.Name}";
        var notice = sentTo.Count > 0
            ? $"{asked}: sent to {string.Join(", ", sentTo)} to agree. The response is recorded once they do."
            : $"{asked}; nobody who may agree it can be reached in Teams: tell {(lineManager is null ? "your line manager" : lineManager.DisplayName)}. The response is recorded once it is agreed.";
        return await ChangedAsync(context, changed, notice, cancellationToken);
    }
}
