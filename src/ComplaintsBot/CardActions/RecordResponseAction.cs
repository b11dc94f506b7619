using System.Globalization;
using ComplaintsBot.BotFramework.Schema;
using ComplaintsBot.Cards.Views;
using ComplaintsBot.Cases;
using ComplaintsBot.Cases.Domain;

namespace ComplaintsBot.CardActions;

/// <summary>
/// recordResponse: without inputs shows the form; with them records the stage's finding, reasons, remedy,
/// compensation and outstanding actions. Compensation above what the person may agree under the policy is
/// refused, naming who may agree it. The letter to the customer is then ready to download.
/// </summary>
public sealed class RecordResponseAction(CaseActionKit kit, StageResponseView form) : CaseCardAction(kit)
{
    public override string Verb => "recordResponse";

    protected override async Task<AdaptiveCardInvokeResponse> RunAsync(CaseActionContext context, CancellationToken cancellationToken)
    {
        Require(context.Permissions.RecordResponse, "Only the case owner or a manager can record the response, once the stage is acknowledged and before it is answered.");
        var @case = context.Case;
        var stage = @case.Stage(context.RunningStageNumber)!;
        var request = context.Request;
        if (request.Input("outcome") is not { } outcomeText)
            return AdaptiveCardInvokeResponse.Card(form.Render(@case, context.Policy, stage, context.Clicker));

        var outcome = FormValues.Outcome(outcomeText);
        var reasons = FormValues.Required(request.Input("reasons"), "The reasons for the decision");
        var compensation = FormValues.Money(request.Input("compensation"), "Compensation");
        if (compensation is > 0 && ApprovalRules.CompensationLimit(context.Policy, context.Clicker) is { } limit && compensation > limit)
        {
            var approver = ApprovalRules.CompensationApprover(context.Policy, compensation.Value);
            throw CardActionRefusedException.Forbidden(
                $"£{compensation.Value.ToString("N2", CultureInfo.GetCultureInfo("en-GB"))} is above the £{limit.ToString("N2", CultureInfo.GetCultureInfo("en-GB"))} you may agree under {context.Policy.Name}; " +
                $"{(approver is null ? "a manager" : ApprovalRules.RoleName(context.Policy, approver))} must agree it and record this response.");
        }
        var response = new StageResponse(Kit.Now, outcome, reasons, request.Input("remedy"), compensation, request.Input("outstandingActions"));
        var changed = await Kit.Cases.ChangeAsync(@case.Id, request.Version, context.Clicker.AadObjectId, "stage.responded",
            c => c.RecordResponse(response), cancellationToken);
        return await ChangedAsync(context, changed,
            $"{context.Policy.Stage(stage.Number).Name} response recorded. The letter to the customer is ready: use Letter on the case card.", cancellationToken);
    }
}
