using System.Text.Json.Nodes;
using ComplaintsBot.BotFramework.Builder;
using ComplaintsBot.BotFramework.Schema;
using ComplaintsBot.CardActions;
using ComplaintsBot.Cases;
using ComplaintsBot.Cases.Domain;
using ComplaintsBot.Cases.Rules;

namespace ComplaintsBot.Workflows.Exclusions;

/// <summary>
/// acceptComplaint / excludeComplaint on the exclusion-decision card: only a manager (roles in the store,
/// from who clicked) decides a discretionary exclusion, the person who logged it only if they are one. The
/// decision is recorded on the case (excluded: not accepted, with the explanation and the Ombudsman's
/// details for the customer), the clicked card shows it, and the officer who logged it is told.
/// </summary>
public abstract class ExclusionDecisionAction(CaseActionKit kit, ExclusionDecisionView view) : CaseCardAction(kit)
{
    public const string AuditAction = "exclusion.decided-by-manager";

    protected abstract bool Exclude { get; }

    protected override string StaleNotice(Case current) =>
        PendingExclusion.Of(current, Kit.PolicyOf(current)) is { Waiting: false }
            ? "Nothing was changed: this exclusion was already decided. This is the decision."
            : $"Nothing was changed: {current.Reference} changed since this card was shown. This is the exclusion as it is now.";

    protected override async Task<JsonObject> CurrentCardAsync(Case @case, StaffMember viewer, CancellationToken cancellationToken) =>
        PendingExclusion.Of(@case, Kit.PolicyOf(@case)) is { } pending
            ? await RenderAsync(@case, pending, cancellationToken)
            : await Kit.CaseCardAsync(@case, viewer, cancellationToken);

    protected override async Task<AdaptiveCardInvokeResponse> RunAsync(CaseActionContext context, CancellationToken cancellationToken)
    {
        if (PendingExclusion.Of(context.Case, context.Policy) is not { Waiting: true } pending)
            throw new CaseStateException($"{context.Case.Reference} has no exclusion waiting for a manager's decision.");
        Require(ManagerRoles.ActsOnAnyCase(context.Clicker), "Only a manager can decide whether this complaint is excluded.");

        var comment = context.Request.Input("comment");
        var explanation = Exclude ? $"{pending.Explanation}\n\n{context.Policy.Signposting.Ombudsman}" : comment;
        var changed = await Kit.Cases.ChangeAsync(context.Case.Id, context.Request.Version, context.Clicker.AadObjectId, AuditAction,
            c => c.DecideExclusion(pending.Referral.ExclusionId, applies: true, context.Clicker.Id, Kit.Now,
                Exclude ? ExclusionOutcome.NotAccepted : ExclusionOutcome.Overridden, explanation),
            cancellationToken);

        var decided = PendingExclusion.Of(changed, context.Policy)!;
        var card = await RenderAsync(changed, decided, cancellationToken);
        await Kit.UpdateDecisionCardsAsync(context.Turn, changed.Id, ExclusionCardMessages.Kind, null, card, cancellationToken);
        await Kit.UpdateCaseCardsAsync(context.Turn, changed, cancellationToken);
        await TellOfficerAsync(context, changed, decided, comment, cancellationToken);
        return AdaptiveCardInvokeResponse.Card(card);
    }

    private async Task<JsonObject> RenderAsync(Case @case, PendingExclusion pending, CancellationToken cancellationToken)
    {
        var loggedBy = await Kit.StaffByIdAsync(pending.Referral.DecidedById, cancellationToken);
        var decider = await Kit.StaffByIdAsync(pending.Decision?.DecidedById, cancellationToken);
        return view.Render(@case, pending, loggedBy?.DisplayName ?? "a member of staff", decider?.DisplayName);
    }

    private async Task TellOfficerAsync(CaseActionContext context, Case changed, PendingExclusion decided, string? comment, CancellationToken cancellationToken)
    {
        if (await Kit.StaffByIdAsync(decided.Referral.DecidedById, cancellationToken) is not { } officer || officer.Id == context.Clicker.Id) return;
        var text = Exclude
            ? $"{context.Clicker.DisplayName} excluded {changed.Reference}: it is not accepted as a complaint. Tell the customer: {decided.Decision!.ExplanationGiven}"
            : $"{context.Clicker.DisplayName} accepted {changed.Reference} as a complaint: carry on with it; the deadlines have been running since it was received.";
        if (comment is not null) text += $" Comment: {comment}";
        await Kit.SendPersonalAsync(officer, MessageFactory.Text(text), cancellationToken);
    }
}
