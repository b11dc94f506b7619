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
public sealed class RequestExtensionAction(CaseActionServices services, ExtensionRequestView form, ExtensionRouting routing) : CaseCardAction(services)
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
            throw CardActionRefusedException.BadRequest("ExtensionBeyondPolicy", ExtensionRequestView.SetsNoLength(rules)
                ? $"Ask for 1 to {max} working days at a time, in whole days ({context.Policy.Name} sets no length for an extension the customer agrees to); {FormValues.Echo(request.Input("workingDays"))} was asked."
                : $"{context.Policy.Name} allows at most {max} more working day{(max == 1 ? "" : "s")} on this deadline, in whole days; {FormValues.Echo(request.Input("workingDays"))} was asked.");
        var days = (int)asked;
        var reason = FormValues.Required(request.Input("reason"), "The reason for the extension");
        var customerAgreed = request.Input("customerAgreed") == "true";
        if (rules.CustomerMustAgree && !customerAgreed)
            throw CardActionRefusedException.BadRequest("CustomerMustAgree", $"{context.Policy.Name} allows an extension only when the customer agrees to it; agree it with them first.");
        // whg 2.24: agreement is needed only once the extensions come to more than the policy's length in all.
        if (ExtensionRequestView.NeedsAgreement(rules, stage, days) && !customerAgreed)
            throw CardActionRefusedException.BadRequest("CustomerMustAgree",
                $"{context.Policy.Name} needs the customer's agreement for an extension of more than {rules.CustomerMustAgreeAbove} in all; agree it with them first.");

        var changed = await Services.Cases.ChangeAsync(@case.Id, request.Version, context.Clicker.AadObjectId, CaseAuditActions.ExtensionRequested,
            c => c.RequestExtension(context.Clicker.Id, Now, days, reason, customerAgreed), cancellationToken);

        var notice = await routing.RouteAsync(context, changed, $"Extension of {days} working days asked", cancellationToken);
        return await ChangedAsync(context, changed, notice, cancellationToken);
    }
}
