using System.Text.Json.Nodes;
using ComplaintsBot.CardActions;
using ComplaintsBot.Cases;
using ComplaintsBot.Cases.Domain;
using ComplaintsBot.Cases.Policies;
using ComplaintsBot.Cases.Rules;

namespace ComplaintsBot.Workflows.Extensions;

/// <summary>The approval card of an extension for a viewer, refreshed for the requester and everyone who may decide it.</summary>
public sealed class ExtensionCards(CaseActionKit kit, ExtensionDecisionView view)
{
    /// <summary>The extension the approval card is about: the pending one, else the latest decided one, of the running stage.</summary>
    public static (CaseStage Stage, StageExtension Extension)? Latest(Case @case)
    {
        if (@case.CurrentStage is not { } number || @case.Stage(number) is not { } stage) return null;
        var extension = stage.PendingExtension ?? stage.Extensions.Where(e => e.DecidedAt is not null).MaxBy(e => e.DecidedAt);
        return extension is null ? null : (stage, extension);
    }

    public async Task<List<StaffMember>> ApproversAsync(Policy policy, int stage, StaffMember requester, CancellationToken cancellationToken) =>
        ApprovalRules.ExtensionApprovers(policy, stage, requester, await kit.AllStaffAsync(cancellationToken));

    public async Task<JsonObject> RenderAsync(Case @case, CaseStage stage, StageExtension extension, CancellationToken cancellationToken)
    {
        var policy = kit.PolicyOf(@case);
        var requester = await kit.StaffByIdAsync(extension.RequestedById, cancellationToken);
        var decider = await kit.StaffByIdAsync(extension.DecidedById, cancellationToken);
        var people = requester is null ? [] : await ApproversAsync(policy, stage.Number, requester, cancellationToken);
        if (requester is not null) people.Add(requester);
        var userIds = await kit.TeamsUserIdsAsync(people.Select(p => p.AadObjectId), cancellationToken);
        return view.Render(@case, policy, stage, extension, requester?.DisplayName ?? "a member of staff", decider?.DisplayName, userIds);
    }
}
