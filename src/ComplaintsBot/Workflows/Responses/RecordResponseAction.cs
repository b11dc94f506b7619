using ComplaintsBot.BotFramework.Builder;
using ComplaintsBot.BotFramework.Schema;
using ComplaintsBot.CardActions;
using ComplaintsBot.Cases;
using ComplaintsBot.Cases.Domain;
using ComplaintsBot.Cases.Rules;
using ComplaintsBot.Cases.Store;
using ComplaintsBot.Workflows.Compensation;
using ComplaintsBot.Workflows.Extensions;

namespace ComplaintsBot.Workflows.Responses;

/// <summary>
/// recordResponse: without inputs shows the form (filled in again after compensation was declined); with them
/// records the stage's finding, reasons, remedy, compensation and outstanding actions (a waiting extension then lapses, audited; a refusal gives the form back with what was typed). Compensation above what
/// the person may agree under the policy is held for approval and the approval card goes to whoever may agree
/// it; the response is recorded once agreed. The letter to the customer is then ready to download.
/// </summary>
public sealed class RecordResponseAction(
    CaseActionServices services, StageResponseView form, CompensationCards approvalCards, CompensationRouting compensations, ExtensionCards extensionCards, SignOffRouting signOffs)
    : CaseCardAction(services)
{
    public override string Verb => "recordResponse";

    protected override async Task<AdaptiveCardInvokeResponse> RunAsync(CaseActionContext context, CancellationToken cancellationToken)
    {
        var stage = context.Case.Stage(context.RunningStageNumber)!;
        if (stage.PendingCompensationApproval is not null)
            throw new CaseStateException("This response is waiting for its compensation to be agreed; it is recorded once someone decides.");
        if (stage.PendingSignOff is not null)
            throw new CaseStateException("This response is waiting for sign-off; it is recorded as sent once it is signed off.");
        Require(context.Permissions.RecordResponse, "Only the case owner or a manager can record the response, once the stage is acknowledged and before it is answered.");
        if (context.Request.Input("outcome") is null)
            return AdaptiveCardInvokeResponse.Card(await FormAsync(context, stage, cancellationToken));
        try
        {
            return await RecordAsync(context, stage, cancellationToken);
        }
        catch (Exception refused) when (refused is CardActionRefusedException { StatusCode: 400 } or CaseStateException or CaseChangedElsewhereException)
        {
            // Nothing typed is lost: the form comes back with what was entered and why it was not recorded.
            return await TypedAgainAsync(context, refused.Message, cancellationToken);
        }
    }

    /// <summary>A filled-in form that arrives after the case changed (a decision made meanwhile) comes back with what was typed.</summary>
    protected override async Task<AdaptiveCardInvokeResponse?> StaleAsync(CaseActionContext context, CancellationToken cancellationToken) =>
        context.Request.Input("outcome") is null ? null
            : await TypedAgainAsync(context, $"{context.Case.Reference} changed since this form was opened.", cancellationToken);

    private async Task<AdaptiveCardInvokeResponse> RecordAsync(CaseActionContext context, CaseStage stage, CancellationToken cancellationToken)
    {
        var @case = context.Case;
        var request = context.Request;
        var outcome = FormValues.Outcome(request.Input("outcome")!);
        var reasons = FormValues.Required(request.Input("reasons"), "The reasons for the decision");
        var compensation = FormValues.Money(request.Input("compensation"), "Compensation");
        var response = new StageResponse(Now, outcome, reasons, request.Input("remedy"), compensation, request.Input("outstandingActions"));
        // TCH 8.1, whg Appendix 1: the role the policy names signs the response off before it is recorded as sent.
        if (ApprovalRules.SignOffNeeded(context.Policy, stage.Number, context.Clicker) is { } signOffRole)
            return await HoldForSignOffAsync(context, stage, response, signOffRole, cancellationToken);
        if (compensation is > 0 && !ApprovalRules.MayAgreeCompensation(context.Policy, context.Clicker, compensation.Value))
            return await AskForApprovalAsync(context, response, compensation.Value, cancellationToken);

        var lapsing = stage.PendingExtension;
        var changed = await Services.Cases.ChangeAsync(@case.Id, request.Version, context.Clicker.AadObjectId,
            c => Lapsing(c, CaseAuditActions.Responded, () => c.RecordResponse(response)), cancellationToken);
        var lapsed = await LapsedAsync(context, changed, lapsing, cancellationToken);
        return await ChangedAsync(context, changed,
            $"{context.Policy.Stage(stage.Number).Name} response recorded.{lapsed} The letter to the customer is ready: use Letter on the case card.", cancellationToken);
    }

    /// <summary>Holds the written response for sign-off and sends the sign-off card to the role the policy names.</summary>
    private async Task<AdaptiveCardInvokeResponse> HoldForSignOffAsync(CaseActionContext context, CaseStage stage, StageResponse response, string role, CancellationToken cancellationToken)
    {
        var lapsing = stage.PendingExtension;
        var changed = await Services.Cases.ChangeAsync(context.Case.Id, context.Request.Version, context.Clicker.AadObjectId,
            c => Lapsing(c, CaseAuditActions.SignOffRequested, () => c.RequestSignOff(context.Clicker.Id, response, role)), cancellationToken);
        var lapsed = await LapsedAsync(context, changed, lapsing, cancellationToken);
        var clause = context.Policy.RuleBook.Find($"stages.stage{stage.Number}.sign-off-role")?.Citation.Clause;
        var what = $"{context.Policy.Stage(stage.Number).Name} response written; {context.Policy.Name} has the {ApprovalRules.RoleName(context.Policy, role)} sign it off " +
                   $"before it is sent{(clause is null ? "" : $" ({clause})")}";
        return await ChangedAsync(context, changed, await signOffs.RouteAsync(context, changed, what, cancellationToken) + lapsed, cancellationToken);
    }

    /// <summary>
    /// A response recorded while an extension waited makes the request lapse: its own audit entry beside the response's,
    /// and every copy of its approval card says so, so nobody decides a request that no longer matters.
    /// </summary>
    private static string[] Lapsing(Case @case, string action, Action change)
    {
        var waiting = @case.Stage(@case.CurrentStage ?? 0)?.PendingExtension is not null;
        change();
        return waiting ? [CaseAuditActions.ExtensionLapsed, action] : [action];
    }

    private async Task<string> LapsedAsync(CaseActionContext context, Case changed, StageExtension? waiting, CancellationToken cancellationToken)
    {
        if (waiting is null || ExtensionCards.Latest(changed) is not { Extension.Decision: ExtensionDecision.Lapsed } lapsed) return "";
        var card = await extensionCards.RenderAsync(changed, lapsed.Stage, lapsed.Extension, cancellationToken);
        await Services.Messenger.UpdateEveryCopyAsync(context.Turn, changed.Id, SentCardMessage.ExtensionDecisionCard, lapsed.Extension.Id, card, cancellationToken);
        return $" The extension of {lapsed.Extension.WorkingDays} working days that was waiting has lapsed.";
    }

    /// <summary>The form again, with everything typed in it and the reason it was not recorded; the case card if it can no longer be answered.</summary>
    private async Task<AdaptiveCardInvokeResponse> TypedAgainAsync(CaseActionContext context, string why, CancellationToken cancellationToken)
    {
        var current = await Services.Cases.FindAsync(context.Case.Id, cancellationToken) ?? context.Case;
        var typed = Typed(context.Request);
        if (current.CurrentStage is { } number && current.Stage(number) is { } stage
            && CasePermissions.For(current, context.Policy, context.Clicker).RecordResponse)
        {
            var card = form.Render(current, context.Policy, stage, context.Clicker, typed: typed);
            return AdaptiveCardInvokeResponse.Card(CardNotice.Add(card, $"Not recorded yet: {why} What you typed is kept below.", problem: true));
        }
        var caseCard = await Services.CaseCards.ForAsync(current, context.Clicker, cancellationToken);
        var reasons = typed.GetValueOrDefault("reasons");
        return AdaptiveCardInvokeResponse.Card(CardNotice.Add(caseCard,
            $"Nothing was changed: {why}{(string.IsNullOrWhiteSpace(reasons) ? "" : $" What you typed as reasons: {reasons}")}", problem: true));
    }

    private static Dictionary<string, string> Typed(CaseActionRequest request) =>
        StageResponseView.InputIds.Select(id => (id, value: request.Input(id))).Where(p => p.value is not null)
            .ToDictionary(p => p.id, p => p.value!, StringComparer.Ordinal);

    /// <summary>The form; after a decline it holds what was entered, and says who declined and why.</summary>
    private async Task<System.Text.Json.Nodes.JsonObject> FormAsync(CaseActionContext context, CaseStage stage, CancellationToken cancellationToken)
    {
        // A response sent back from sign-off (or withdrawn from it) comes back as it was written, with the signer's comment.
        if (SignOffCards.NotSent(stage) is { } notSent && (CompensationCards.Declined(stage) is not { } later || later.DecidedAt < notSent.DecidedAt))
        {
            var written = form.Render(context.Case, context.Policy, stage, context.Clicker, typed: SignOffCards.Typed(notSent));
            var by = await Services.Staff.FindAsync(notSent.DecidedById, cancellationToken);
            return notSent.Decision == SignOffDecision.Returned
                ? CardNotice.Add(written, $"{by?.DisplayName ?? "The signer"} sent this response back without signing it off. What was written is filled in: change it and record it again." +
                                          (notSent.Comment is null ? "" : $" Comment: {notSent.Comment}"), problem: true)
                : CardNotice.Add(written, "This response was withdrawn from sign-off. What was written is filled in: change it and record it again.", problem: false);
        }
        var declined = CompensationCards.Declined(stage);
        var card = form.Render(context.Case, context.Policy, stage, context.Clicker, declined);
        if (declined is null) return card;
        var decider = await Services.Staff.FindAsync(declined.DecidedById, cancellationToken);
        var why = declined.Comment is null ? "" : $" Comment: {declined.Comment}";
        if (declined.Decision == CompensationDecision.Withdrawn)
            return CardNotice.Add(card,
                $"{(declined.DecidedById == context.Clicker.Id ? "You" : decider?.DisplayName ?? "Someone")} withdrew the request for {CompensationDecisionView.Pounds(declined.Amount)} compensation. " +
                "What was entered is filled in: change it and record the response again.", problem: false);
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
        var deciders = await approvalCards.DecidersAsync(policy, clicker, amount, cancellationToken);
        var lineManager = !deciders.AdministratorsAsFallback && deciders.People is [var only] && only.Id == clicker.LineManagerId ? only : null;

        var changed = await Services.Cases.ChangeAsync(context.Case.Id, context.Request.Version, clicker.AadObjectId,
            c => Lapsing(c, CaseAuditActions.CompensationRequested, () => c.RequestCompensationApproval(clicker.Id, response, role, lineManager?.Id)), cancellationToken);

        var asked = $"{CompensationDecisionView.Pounds(amount)} is above the {CompensationDecisionView.Pounds(limit)} you may agree under {policy.Name}";
        return await ChangedAsync(context, changed, await compensations.RouteAsync(context, changed, asked, cancellationToken), cancellationToken);
    }
}
