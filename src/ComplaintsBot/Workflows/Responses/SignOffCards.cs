using System.Text.Json.Nodes;
using ComplaintsBot.Bot.Proactive;
using ComplaintsBot.CardActions;
using ComplaintsBot.Cases;
using ComplaintsBot.Cases.Deadlines;
using ComplaintsBot.Cases.Domain;
using ComplaintsBot.Cases.Rules;
using ComplaintsBot.Cases.Store;

namespace ComplaintsBot.Workflows.Responses;

/// <summary>The sign-off card for a viewer, refreshed for the writer and everyone who may sign it off.</summary>
public sealed class SignOffCards(StaffDirectory staff, CaseDeadlines deadlines, ConversationReferenceStore references, ICaseCards caseCards, SignOffView view) : IApprovalCards
{
    /// <summary>The sign-off the card is about: the pending one, else the latest decided one, of the running stage.</summary>
    public static (CaseStage Stage, ResponseSignOff SignOff)? Latest(Case @case)
    {
        if (@case.CurrentStage is not { } number || @case.Stage(number) is not { } stage) return null;
        var signOff = stage.PendingSignOff ?? stage.SignOffs.Where(s => s.DecidedAt is not null).MaxBy(s => s.DecidedAt);
        return signOff is null ? null : (stage, signOff);
    }

    /// <summary>The latest response sent back or withdrawn on a stage still unanswered: what was written, to fill the form again.</summary>
    public static ResponseSignOff? NotSent(CaseStage stage) =>
        stage.Response is null && stage.PendingSignOff is null && stage.PendingCompensationApproval is null
            ? stage.SignOffs.Where(s => s.Decision is SignOffDecision.Returned or SignOffDecision.Withdrawn).MaxBy(s => s.DecidedAt)
            : null;

    /// <summary>What a held response holds, as the response form's inputs.</summary>
    public static Dictionary<string, string> Typed(ResponseSignOff signOff) => new(StringComparer.Ordinal)
    {
        ["outcome"] = signOff.Outcome switch
        {
            StageOutcome.Upheld => "upheld",
            StageOutcome.PartlyUpheld => "partlyUpheld",
            _ => "notUpheld",
        },
        ["reasons"] = signOff.Reasons,
        ["remedy"] = signOff.Remedy ?? "",
        ["compensation"] = signOff.Compensation is { } amount ? amount.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture) : "",
        ["outstandingActions"] = signOff.OutstandingActions ?? "",
    };

    public async Task<Deciders> DecidersAsync(ResponseSignOff signOff, StaffMember writer, CancellationToken cancellationToken) =>
        ApprovalRules.SignOffDeciders(signOff.SignOffRole, writer, await staff.AllAsync(cancellationToken));

    /// <summary>The sign-off card as it stands now (decided or not), or the case card when there is none on the running stage.</summary>
    public async Task<JsonObject> CurrentAsync(Case @case, StaffMember viewer, CancellationToken cancellationToken) =>
        Latest(@case) is { } latest
            ? await RenderAsync(@case, latest.Stage, latest.SignOff, cancellationToken)
            : await caseCards.ForAsync(@case, viewer, cancellationToken);

    public async Task<JsonObject> RenderAsync(Case @case, CaseStage stage, ResponseSignOff signOff, CancellationToken cancellationToken)
    {
        var policy = deadlines.PolicyOf(@case);
        var requester = await staff.FindAsync(signOff.RequestedById, cancellationToken);
        var decider = await staff.FindAsync(signOff.DecidedById, cancellationToken);
        List<StaffMember> people = requester is null ? [] : [.. (await DecidersAsync(signOff, requester, cancellationToken)).People, requester];
        var userIds = await references.TeamsUserIdsAsync(people.Select(p => p.AadObjectId), cancellationToken);
        return view.Render(@case, policy, stage, signOff, requester?.DisplayName ?? "a member of staff", decider?.DisplayName, userIds);
    }
}
