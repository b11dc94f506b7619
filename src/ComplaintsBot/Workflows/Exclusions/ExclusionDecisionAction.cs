using System.Text.Json.Nodes;
using ComplaintsBot.BotFramework.Builder;
using ComplaintsBot.BotFramework.Schema;
using ComplaintsBot.CardActions;
using ComplaintsBot.Cases;
using ComplaintsBot.Cases.Domain;
using ComplaintsBot.Cases.Policies;
using ComplaintsBot.Cases.Rules;
using ComplaintsBot.Cases.Store;

namespace ComplaintsBot.Workflows.Exclusions;

/// <summary>
/// acceptComplaint / excludeComplaint on the exclusion-decision card: only a holder of the role the policy names for
/// the exclusion, or of its stated fallback, decides it (roles in the store, from who clicked; TCH 2, WCH 4.6.3, HiS
/// "Initial contact"), the person who logged it only if they hold one; any other manager is refused. The
/// decision is recorded on the case (excluded: not accepted, with the explanation and the Ombudsman's
/// details for the customer), the clicked card shows it, and the officer who logged it is told.
/// </summary>
public sealed class ExclusionDecisionAction(CaseActionServices services, ExclusionDecisionView view, bool accept) : DecisionAction(services, accept)
{
    /// <summary>A manager accepts a complaint a discretionary exclusion could have kept out.</summary>
    public const string AcceptVerb = "acceptComplaint";

    /// <summary>A manager decides the discretionary exclusion applies; the complaint is not accepted.</summary>
    public const string ExcludeVerb = "excludeComplaint";

    /// <summary>Accepting the complaint is the agreeing verb; excluding it, the refusing one.</summary>
    protected override (string Approve, string Decline) Verbs => (AcceptVerb, ExcludeVerb);

    protected override (string Decided, string Shown) Nouns => ("exclusion", "exclusion");

    protected override bool AlreadyDecided(Case current) =>
        PendingExclusion.Of(current, Services.Deadlines.PolicyOf(current)) is { Waiting: false };

    protected override async Task<JsonObject> CurrentCardAsync(Case @case, StaffMember viewer, CancellationToken cancellationToken) =>
        PendingExclusion.Of(@case, Services.Deadlines.PolicyOf(@case)) is { } pending
            ? await RenderAsync(@case, pending, cancellationToken)
            : await Services.CaseCards.ForAsync(@case, viewer, cancellationToken);

    protected override async Task<AdaptiveCardInvokeResponse> RunAsync(CaseActionContext context, CancellationToken cancellationToken)
    {
        if (PendingExclusion.Of(context.Case, context.Policy) is not { Waiting: true } pending)
            throw new CaseStateException($"{context.Case.Reference} has no exclusion waiting for a decision.");
        var loggedBy = await Services.Staff.FindAsync(pending.Referral.DecidedById, cancellationToken);
        // The administrators decide only as fallback deciders, when nobody holds the role the policy names (Deciders).
        Require(ApprovalRules.MayDecideExclusion(context.Policy, pending.Referral.ExclusionId, context.Clicker)
                || ApprovalRules.ExclusionDeciderPeople(context.Policy, pending.Referral.ExclusionId, loggedBy, await Services.Staff.AllAsync(cancellationToken)).Include(context.Clicker),
            WhoDecides(context.Policy, pending.Referral.ExclusionId));

        var comment = context.Request.Input("comment");
        var explanation = Approve ? comment : $"{pending.Explanation}\n\n{context.Policy.Signposting.Ombudsman}";
        var changed = await Services.Cases.ChangeAsync(context.Case.Id, context.Request.Version, context.Clicker.AadObjectId, CaseAuditActions.ExclusionDecidedByManager,
            c => c.DecideExclusion(pending.Referral.ExclusionId, applies: true, context.Clicker.Id, Now,
                Approve ? ExclusionOutcome.Overridden : ExclusionOutcome.NotAccepted, explanation),
            cancellationToken);

        var decided = PendingExclusion.Of(changed, context.Policy)!;
        var card = await RenderAsync(changed, decided, cancellationToken);
        return await DecidedAsync(context, changed, SentCardMessage.ExclusionDecisionCard, null, card,
            () => TellOfficerAsync(context, changed, decided, comment, cancellationToken), cancellationToken);
    }

    /// <summary>The refusal: who the policy says decides, and the clause it says it in.</summary>
    public static string WhoDecides(Policy policy, string exclusionId)
    {
        var clause = ApprovalRules.ExclusionDeciderClause(policy, exclusionId);
        return $"Under {policy.Name} only the {ApprovalRules.ExclusionDeciderNames(policy, exclusionId)} decides whether this complaint is excluded" +
               (clause is null ? "." : $" ({clause}).");
    }

    private async Task<JsonObject> RenderAsync(Case @case, PendingExclusion pending, CancellationToken cancellationToken)
    {
        var loggedBy = await Services.Staff.FindAsync(pending.Referral.DecidedById, cancellationToken);
        var decider = await Services.Staff.FindAsync(pending.Decision?.DecidedById, cancellationToken);
        return view.Render(@case, Services.Deadlines.PolicyOf(@case), pending, loggedBy?.DisplayName ?? "a member of staff", decider?.DisplayName);
    }

    private async Task TellOfficerAsync(CaseActionContext context, Case changed, PendingExclusion decided, string? comment, CancellationToken cancellationToken)
    {
        if (await Services.Staff.FindAsync(decided.Referral.DecidedById, cancellationToken) is not { } officer || officer.Id == context.Clicker.Id) return;
        var text = Approve
            ? $"{context.Clicker.DisplayName} accepted {changed.Reference} as a complaint: carry on with it; the deadlines have been running since it was received."
            : $"{context.Clicker.DisplayName} excluded {changed.Reference}: it is not accepted as a complaint. Tell the customer: {decided.Decision!.ExplanationGiven}";
        await TellAsync(context, officer, text, comment, cancellationToken);
    }
}
