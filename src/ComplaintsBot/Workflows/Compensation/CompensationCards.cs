using System.Text.Json.Nodes;
using ComplaintsBot.Bot.Proactive;
using ComplaintsBot.CardActions;
using ComplaintsBot.Cases.Deadlines;
using ComplaintsBot.Cases.Store;
using ComplaintsBot.Cases;
using ComplaintsBot.Cases.Domain;
using ComplaintsBot.Cases.Policies;
using ComplaintsBot.Cases.Rules;

namespace ComplaintsBot.Workflows.Compensation;

/// <summary>The compensation approval card for a viewer, refreshed for the requester and everyone who may decide it.</summary>
public sealed class CompensationCards(StaffDirectory staff, CaseDeadlines deadlines, ConversationReferenceStore references, ICaseCards caseCards, CompensationDecisionView view) : IApprovalCards
{
    /// <summary>The request the approval card is about: the pending one, else the latest decided one, of the running stage.</summary>
    public static (CaseStage Stage, CompensationApproval Approval)? Latest(Case @case)
    {
        if (@case.CurrentStage is not { } number || @case.Stage(number) is not { } stage) return null;
        var approval = stage.PendingCompensationApproval ?? stage.CompensationApprovals.Where(a => a.DecidedAt is not null).MaxBy(a => a.DecidedAt);
        return approval is null ? null : (stage, approval);
    }

    /// <summary>The latest declined (or withdrawn) request of a stage still unanswered: what its owner entered, to fill the form again.</summary>
    public static CompensationApproval? Declined(CaseStage stage) =>
        stage.Response is null && stage.PendingCompensationApproval is null
            ? stage.CompensationApprovals.Where(a => a.Decision is CompensationDecision.Declined or CompensationDecision.Withdrawn).MaxBy(a => a.DecidedAt)
            : null;

    /// <summary>Who decides it: those the policy names, else the administrators as fallback deciders.</summary>
    public async Task<Deciders> DecidersAsync(Policy policy, StaffMember requester, decimal amount, CancellationToken cancellationToken) =>
        ApprovalRules.CompensationDeciders(policy, requester, amount, await staff.AllAsync(cancellationToken));

    /// <summary>The approval card as it stands now (decided or not), or the case card when there is no request on the running stage.</summary>
    public async Task<JsonObject> CurrentAsync(Case @case, StaffMember viewer, CancellationToken cancellationToken) =>
        Latest(@case) is { } latest
            ? await RenderAsync(@case, latest.Stage, latest.Approval, cancellationToken)
            : await caseCards.ForAsync(@case, viewer, cancellationToken);

    public async Task<JsonObject> RenderAsync(Case @case, CaseStage stage, CompensationApproval approval, CancellationToken cancellationToken)
    {
        var policy = deadlines.PolicyOf(@case);
        var requester = await staff.FindAsync(approval.RequestedById, cancellationToken);
        var decider = await staff.FindAsync(approval.DecidedById, cancellationToken);
        List<StaffMember> people = requester is null ? [] : [.. (await DecidersAsync(policy, requester, approval.Amount, cancellationToken)).People];
        if (requester is not null) people.Add(requester);
        var userIds = await references.TeamsUserIdsAsync(people.Select(p => p.AadObjectId), cancellationToken);
        return view.Render(@case, policy, stage, approval, requester, decider?.DisplayName, userIds);
    }
}
