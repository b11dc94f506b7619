using System.Globalization;
using System.Text.Json.Nodes;
using ComplaintsBot.CardActions;
using ComplaintsBot.Cards;
using ComplaintsBot.Cases.Deadlines;
using ComplaintsBot.Cases.Domain;
using ComplaintsBot.Cases.Policies;
using ComplaintsBot.Cases.Rules;
using ComplaintsBot.Cases.Store;

namespace ComplaintsBot.Workflows.Escalation;

/// <summary>
/// The late-request card (cards/late-escalation.json): a request for the next stage made after a window the policy
/// only asks for (TCH 9.1) or reserves (WCH 5.3.2), everything staff entered, who decides under the policy, and the
/// decision once made. Also who those deciders are, and the card as it stands now.
/// </summary>
public sealed class LateEscalationCards(StaffDirectory staff, CaseDeadlines deadlines, ICaseCards caseCards) : IApprovalCards
{
    private static readonly AdaptiveCardTemplate Template = AdaptiveCardTemplate.Load("late-escalation");

    /// <summary>The request the card is about: the pending one, else the latest decided one, on any stage.</summary>
    public static (CaseStage Stage, LateEscalationRequest Request)? Latest(Case @case)
    {
        var all = @case.Stages.SelectMany(s => s.LateEscalations.Select(r => (Stage: s, Request: r))).ToList();
        if (all.Count == 0) return null;
        return all.FirstOrDefault(x => x.Request.Decision == LateEscalationDecision.Pending) is { Request: not null } pending
            ? pending
            : all.MaxBy(x => x.Request.DecidedAt);
    }

    public async Task<Deciders> DecidersAsync(Policy policy, StaffMember? requester, CancellationToken cancellationToken) =>
        ApprovalRules.LateEscalationDeciders(policy, requester, await staff.AllAsync(cancellationToken));

    /// <summary>"Decided by the Customer Experience Manager (TCH 9.1)": the role the policy names, or its fallback.</summary>
    public async Task<string> DeciderNameAsync(Policy policy, CancellationToken cancellationToken) =>
        ApprovalRules.LateEscalationRole(policy, await staff.AllAsync(cancellationToken)) is { } role ? ApprovalRules.RoleName(policy, role) : "an administrator";

    public async Task<JsonObject> CurrentAsync(Case @case, StaffMember viewer, CancellationToken cancellationToken) =>
        Latest(@case) is { } latest
            ? await RenderAsync(@case, latest.Stage, latest.Request, cancellationToken)
            : await caseCards.ForAsync(@case, viewer, cancellationToken);

    public async Task<JsonObject> RenderAsync(Case @case, CaseStage stage, LateEscalationRequest request, CancellationToken cancellationToken)
    {
        var policy = deadlines.PolicyOf(@case);
        var recordedBy = (await staff.FindAsync(request.RequestedById, cancellationToken))?.DisplayName ?? "a member of staff";
        var nextOwner = (await staff.FindAsync(request.NextOwnerId, cancellationToken))?.DisplayName ?? "a member of staff";
        var decider = (await staff.FindAsync(request.DecidedById, cancellationToken))?.DisplayName ?? "someone";
        var stageName = policy.Stage(stage.Number + 1).Name;
        var clause = ApprovalRules.LateEscalationClause(policy);
        var cited = clause is null ? "" : $" ({clause})";
        var askedOn = CardDates.Day(request.AskedAt);
        var closed = Closed(@case, policy, stage);
        var on = request.DecidedAt is { } at ? CardDates.Day(at) : "";
        JsonNode? decision = request.Decision == LateEscalationDecision.Pending ? null : new JsonObject
        {
            ["accepted"] = request.Decision == LateEscalationDecision.Accepted,
            ["headline"] = request.Decision == LateEscalationDecision.Accepted
                ? $"Accepted by {decider} on {on}: escalated to {stageName}, dated {askedOn} when the customer asked; {nextOwner} owns it."
                : $"Declined by {decider} on {on}: the case stays at {policy.Stage(stage.Number).Name}; {recordedBy} tells the customer why and gives them the Ombudsman's details.",
            ["comment"] = request.Comment ?? "",
        };
        return Template.Expand(new JsonObject
        {
            ["caseId"] = @case.Id.ToString(CultureInfo.InvariantCulture),
            ["version"] = @case.Version,
            ["reference"] = @case.Reference.ToString(),
            ["stage"] = stageName,
            ["recordedBy"] = recordedBy,
            ["window"] = $"The customer was {(policy.EscalationWindow?.Binding == EscalationWindowBinding.Reserved ? "to" : "asked to")} ask for {stageName} by {closed}{cited}; " +
                         $"they asked on {askedOn}, after it closed. The policy does not bar a late request: it is for the decider to accept or decline.",
            ["askedOn"] = askedOn,
            ["channel"] = ChannelName(request.Channel),
            ["nextOwner"] = nextOwner,
            ["customerReason"] = request.CustomerReason ?? "",
            ["lateReason"] = request.LateReason ?? "",
            ["deciders"] = $"Decided by the {ApprovalRules.RoleName(policy, request.DeciderRole)}{cited}.",
            ["decision"] = decision,
        });
    }

    // The day the window closed, from the deadline engine (the further period included where it was granted).
    private string Closed(Case @case, Policy policy, CaseStage stage)
    {
        var window = deadlines.Now(@case, policy).Find(DeadlineKind.EscalationWindow);
        return window is { } closes ? CardDates.Day(closes.DueDate) : "the date the policy sets";
    }

    private static string ChannelName(ContactChannel channel) => channel switch
    {
        ContactChannel.InPerson => "In person",
        ContactChannel.SocialMedia => "Social media",
        _ => channel.ToString(),
    };
}
