using System.Text.Json.Nodes;
using ComplaintsBot.BotFramework.Builder;
using ComplaintsBot.BotFramework.Schema;
using ComplaintsBot.CardActions;
using ComplaintsBot.Cards;
using ComplaintsBot.Cases;
using ComplaintsBot.Cases.Deadlines;
using ComplaintsBot.Cases.Domain;
using ComplaintsBot.Cases.Rules;
using ComplaintsBot.Cases.Store;

namespace ComplaintsBot.Workflows.Compensation;

/// <summary>
/// approveCompensation / declineCompensation on the compensation approval card: only someone whose own limit
/// under the policy covers the amount, never the requester. Approved: the held response is recorded with the
/// amount agreed. Declined: nothing is recorded and the owner records the response again, with what they
/// entered kept. Every copy of the approval card and of the case card is updated and the requester is told.
/// Two approvers at once: one wins, the other sees the decision already made.
/// </summary>
public sealed class CompensationDecisionAction(CaseActionServices services, CompensationCards approvalCards, bool approve) : DecisionAction(services, approve)
{
    /// <summary>The held response is recorded with the amount agreed (at most the amount asked).</summary>
    public const string ApproveVerb = "approveCompensation";

    /// <summary>Nothing is recorded; the owner records the response again (a comment is required).</summary>
    public const string DeclineVerb = "declineCompensation";

    protected override (string Approve, string Decline) Verbs => (ApproveVerb, DeclineVerb);

    protected override (string Decided, string Shown) Nouns => ("compensation", "request");

    protected override bool AlreadyDecided(Case current) =>
        CompensationCards.Latest(current) is { Approval.Decision: not CompensationDecision.Pending };

    protected override Task<JsonObject> CurrentCardAsync(Case @case, StaffMember viewer, CancellationToken cancellationToken) =>
        approvalCards.CurrentAsync(@case, viewer, cancellationToken);

    protected override async Task<AdaptiveCardInvokeResponse> RunAsync(CaseActionContext context, CancellationToken cancellationToken)
    {
        if (CompensationCards.Latest(context.Case) is not { Approval.Decision: CompensationDecision.Pending } pending)
            throw new CaseStateException($"{context.Case.Reference} has no compensation waiting for approval.");
        var (stage, approval) = pending;
        var policy = context.Policy;
        var requester = await RequesterAsync(context, approval.RequestedById,
            ("The person who asked for this compensation is no longer on the staff list.", "You asked for this compensation, so someone else must agree it."), cancellationToken);
        var amount = CompensationDecisionView.Pounds(approval.Amount);
        var approverRole = ApprovalRules.CompensationApprover(policy, approval.Amount);
        var approverName = approverRole is null ? "a manager" : ApprovalRules.RoleName(policy, approverRole);
        var deciders = await approvalCards.DecidersAsync(policy, requester, approval.Amount, cancellationToken);
        // The administrators agree it only as fallback deciders, when nobody the policy names may (Deciders).
        if (!(deciders.AdministratorsAsFallback && deciders.Include(context.Clicker)) && !ApprovalRules.MayAgreeCompensation(policy, context.Clicker, approval.Amount))
        {
            if (requester.LineManagerId != context.Clicker.Id && !ApprovalRules.HoldsCompensationRole(policy, context.Clicker))
                throw CardActionRefusedException.Forbidden($"Only {requester.DisplayName}'s line manager or {approverName} can decide compensation of {amount} under {policy.Name}.");
            var limit = ApprovalRules.CompensationLimit(policy, context.Clicker)!.Value;
            throw CardActionRefusedException.Forbidden($"{amount} is above the {CompensationDecisionView.Pounds(limit)} you may agree under {policy.Name}; {approverName} must decide it.");
        }

        var comment = Comment(context, $"Say why in the comment, so {requester.DisplayName} knows what to record instead.");
        decimal? agreed = null;
        if (Approve)
        {
            agreed = FormValues.Money(context.Request.Input("approvedAmount"), "The amount agreed") ?? approval.Amount;
            if (agreed <= 0 || agreed > approval.Amount)
                throw CardActionRefusedException.BadRequest("CompensationAmount",
                    $"The amount agreed must be more than £0.00 and at most the {amount} asked; to offer nothing, decline it with a comment.");
        }

        var action = CaseAuditActions.CompensationDecided(Approve);
        var changed = await Services.Cases.ChangeAsync(context.Case.Id, context.Request.Version, context.Clicker.AadObjectId, action,
            c => c.DecideCompensation(approval.Id, Approve, agreed, context.Clicker.Id, Now, comment), cancellationToken);

        var decided = changed.Stage(stage.Number)!.CompensationApprovals.Single(a => a.Id == approval.Id);
        var card = await approvalCards.RenderAsync(changed, changed.Stage(stage.Number)!, decided, cancellationToken);
        return await DecidedAsync(context, changed, SentCardMessage.CompensationDecisionCard, decided.Id, card,
            () => TellRequesterAsync(context, changed, requester, stage.Number, decided, cancellationToken), cancellationToken);
    }

    private async Task TellRequesterAsync(CaseActionContext context, Case changed, StaffMember requester, int stage, CompensationApproval decided, CancellationToken cancellationToken)
    {
        var stageName = context.Policy.Stage(stage).Name;
        var asked = CompensationDecisionView.Pounds(decided.Amount);
        string text;
        if (Approve)
        {
            var agreed = CompensationDecisionView.Pounds(decided.ApprovedAmount!.Value);
            text = $"{context.Clicker.DisplayName} agreed {agreed} compensation on {changed.Reference}{(decided.ApprovedAmount == decided.Amount ? "" : $" (you asked {asked})")}: "
                + $"your {stageName} response is recorded and the letter to the customer is ready: use Letter on the case card.";
        }
        else
        {
            var due = Services.Deadlines.ResponseDue(changed, context.Policy, stage, changed.Stage(stage)!.ApprovedExtensionDays);
            text = $"{context.Clicker.DisplayName} declined {asked} compensation on {changed.Reference}: no response was recorded. "
                + $"Record the {stageName} response again from the case card (what you entered is filled in); it is due {(due is { } d ? CardDates.Day(d.DueDate) : "as shown on the case")}.";
        }
        await TellAsync(context, requester, text, decided.Comment, cancellationToken);
    }
}
