using System.Text.Json.Nodes;
using ComplaintsBot.Bot.Proactive;
using ComplaintsBot.CardActions;
using ComplaintsBot.Cases.Deadlines;
using ComplaintsBot.Cases.Store;
using ComplaintsBot.Cases;
using ComplaintsBot.Cases.Domain;
using ComplaintsBot.Cases.Policies;
using ComplaintsBot.Cases.Rules;

namespace ComplaintsBot.Workflows.Extensions;

/// <summary>The approval card of an extension for a viewer, refreshed for the requester and everyone who may decide it.</summary>
public sealed class ExtensionCards(StaffDirectory staff, CaseDeadlines deadlines, ConversationReferenceStore references, ICaseCards caseCards, ExtensionDecisionView view) : IApprovalCards
{
    /// <summary>The extension the approval card is about: the pending one, else the latest decided one, of the running stage.</summary>
    public static (CaseStage Stage, StageExtension Extension)? Latest(Case @case)
    {
        if (@case.CurrentStage is not { } number || @case.Stage(number) is not { } stage) return null;
        var extension = stage.PendingExtension ?? stage.Extensions.Where(e => e.DecidedAt is not null).MaxBy(e => e.DecidedAt);
        return extension is null ? null : (stage, extension);
    }

    /// <summary>Who decides it: those the policy names, else the administrators as fallback deciders.</summary>
    public async Task<Deciders> DecidersAsync(Policy policy, int stage, StaffMember requester, CancellationToken cancellationToken) =>
        ApprovalRules.ExtensionDeciders(policy, stage, requester, await staff.AllAsync(cancellationToken));

    /// <summary>The approval card as it stands now (decided or not), or the case card when there is no request on the running stage.</summary>
    public async Task<JsonObject> CurrentAsync(Case @case, StaffMember viewer, CancellationToken cancellationToken) =>
        Latest(@case) is { } latest
            ? await RenderAsync(@case, latest.Stage, latest.Extension, cancellationToken)
            : await caseCards.ForAsync(@case, viewer, cancellationToken);

    public async Task<JsonObject> RenderAsync(Case @case, CaseStage stage, StageExtension extension, CancellationToken cancellationToken)
    {
        var policy = deadlines.PolicyOf(@case);
        var requester = await staff.FindAsync(extension.RequestedById, cancellationToken);
        var decider = await staff.FindAsync(extension.DecidedById, cancellationToken);
        List<StaffMember> people = requester is null ? [] : [.. (await DecidersAsync(policy, stage.Number, requester, cancellationToken)).People];
        if (requester is not null) people.Add(requester);
        var userIds = await references.TeamsUserIdsAsync(people.Select(p => p.AadObjectId), cancellationToken);
        return view.Render(@case, policy, stage, extension, requester?.DisplayName ?? "a member of staff", decider?.DisplayName, userIds);
    }
}
