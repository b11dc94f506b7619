using ComplaintsBot.BotFramework.Builder;
using ComplaintsBot.BotFramework.Schema;
using ComplaintsBot.CardActions;
using ComplaintsBot.Cases.Domain;
using ComplaintsBot.Cases.Rules;
using ComplaintsBot.Cases.Store;

namespace ComplaintsBot.Workflows.Extensions;

/// <summary>
/// requestExtension: without inputs shows the form; with them checks the length against the policy (less
/// what was already approved) and the customer's agreement where required, records the request, and sends
/// the approval card to everyone who may decide it.
/// </summary>
public sealed class RequestExtensionAction(CaseActionServices services, ExtensionRequestView form, ExtensionCards approvalCards) : CaseCardAction(services)
{
    public override string Verb => "requestExtension";

    protected override async Task<AdaptiveCardInvokeResponse> RunAsync(CaseActionContext context, CancellationToken cancellationToken)
    {
        Require(context.Permissions.RequestExtension, "Only the case owner or a manager can ask for an extension, and only while the stage is unanswered and no other request waits.");
        var @case = context.Case;
        var stage = @case.Stage(context.RunningStageNumber)!;
        var request = context.Request;
        if (request.Input("workingDays") is null)
            return AdaptiveCardInvokeResponse.Card(form.Render(@case, context.Policy, stage));

        var rules = context.Policy.Stage(stage.Number).Extension;
        var max = ExtensionRequestView.MaxWorkingDays(context.Policy, stage);
        // Read as a decimal first so 99999999999 is refused by the policy's limit rather than overflowing an int.
        var asked = FormValues.Decimal(request.Input("workingDays"), "The number of working days");
        if (asked != decimal.Truncate(asked) || asked < 1 || asked > max)
            throw CardActionRefusedException.BadRequest("ExtensionBeyondPolicy",
                $"{context.Policy.Name} allows at most {max} more working day{(max == 1 ? "" : "s")} on this deadline, in whole days; {FormValues.Echo(request.Input("workingDays"))} was asked.");
        var days = (int)asked;
        var reason = FormValues.Required(request.Input("reason"), "The reason for the extension");
        var customerAgreed = request.Input("customerAgreed") == "true";
        if (rules.CustomerMustAgree && !customerAgreed)
            throw CardActionRefusedException.BadRequest("CustomerMustAgree", $"{context.Policy.Name} allows an extension only when the customer agrees to it; agree it with them first.");

        var changed = await Services.Cases.ChangeAsync(@case.Id, request.Version, context.Clicker.AadObjectId, CaseAuditActions.ExtensionRequested,
            c => c.RequestExtension(context.Clicker.Id, Now, days, reason, customerAgreed), cancellationToken);

        var (sentTo, anyApprover) = await SendForApprovalAsync(context, changed, cancellationToken);
        string notice;
        if (sentTo.Count > 0) notice = $"Extension of {days} working days asked; sent to {string.Join(", ", sentTo)} to decide.";
        else if (anyApprover) notice = "Extension asked, but nobody who may approve it can be reached in Teams: tell your line manager.";
        else
        {
            // The policy names a decider nobody on the staff list is: say so, here and to the administrators.
            var why = NobodyDecides(context, rules.Approver);
            var told = await TellAdminsAsync(context, 
                $"{context.Clicker.DisplayName} asked to extend {changed.Reference} by {days} working days, but nobody may decide it: {why}. " +
                $"Type **admin** to give {(rules.Approver == ApprovalRules.LineManager ? $"{context.Clicker.DisplayName} a line manager" : $"someone the {rules.Approver} role")}.",
                cancellationToken);
            notice = $"Extension of {days} working days asked, but nobody may decide it: {why}. {AdminsTold(told)}";
        }
        return await ChangedAsync(context, changed, notice, cancellationToken);
    }

    private static string NobodyDecides(CaseActionContext context, string approver) =>
        approver == ApprovalRules.LineManager
            ? $"{context.Policy.Name} has the requester's line manager decide, and you have none on the staff list"
            : $"{context.Policy.Name} has {ApprovalRules.RoleName(context.Policy, approver)} ({approver}) decide, nobody holds that role, and you have no line manager on the staff list";

    private async Task<(List<string> SentTo, bool AnyApprover)> SendForApprovalAsync(CaseActionContext context, Cases.Domain.Case changed, CancellationToken cancellationToken)
    {
        var (stage, extension) = ExtensionCards.Latest(changed)!.Value;
        var card = await approvalCards.RenderAsync(changed, stage, extension, cancellationToken);
        var approvers = await approvalCards.ApproversAsync(context.Policy, stage.Number, context.Clicker, cancellationToken);
        var sentTo = await Services.Messenger.SendCardAsync(context.Turn.Adapter, approvers, card, changed.Id, SentCardMessage.ExtensionDecisionCard, extension.Id, cancellationToken);
        return (sentTo, approvers.Count > 0);
    }
}
