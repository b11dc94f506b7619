using System.Globalization;
using System.Text.Json.Nodes;
using ComplaintsBot.Cards;
using ComplaintsBot.Cases.Domain;
using ComplaintsBot.Cases.Policies;

namespace ComplaintsBot.Workflows.Escalation;

/// <summary>The escalation form (cards/escalation.json): only people allowed to own the next stage are offered.</summary>
public static class EscalationView
{
    private static readonly AdaptiveCardTemplate Template = AdaptiveCardTemplate.Load("escalation");

    public static JsonObject Render(Case @case, Policy policy, CaseStage answered, IEnumerable<(StaffMember Staff, string Role)> owners,
        DateOnly today, DateOnly? windowCloses) =>
        Template.Expand(new JsonObject
        {
            ["today"] = today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["window"] = windowCloses is { } closes ? WindowText(policy, closes) : "",
            ["lateDecider"] = policy.EscalationWindow is { Binding: not EscalationWindowBinding.Absolute } w
                ? string.Join(" or ", new[] { w.Decider, w.DeciderFallback }.OfType<string>().Select(r => policy.Role(r).Name))
                : "",
            ["caseId"] = @case.Id.ToString(CultureInfo.InvariantCulture),
            ["version"] = @case.Version,
            ["reference"] = @case.Reference.ToString(),
            // WCH 5.3.3: an overdue stage may be escalated unanswered.
            ["stage1Status"] = answered.Response is { } r
                ? $"Stage {answered.Number} response sent {CardDates.Day(r.RespondedAt)}"
                : $"Stage {answered.Number} not answered: its response is overdue",
            ["stage2Owners"] = new JsonArray([.. owners.Select(o => (JsonNode)new JsonObject
            {
                ["id"] = o.Staff.Id.ToString(CultureInfo.InvariantCulture),
                ["name"] = o.Staff.DisplayName,
                ["role"] = o.Role,
            })]),
            ["refusalGrounds"] = new JsonArray([.. policy.Stage(answered.Number + 1).RefusalGrounds.Select(g => (JsonNode)JsonValue.Create(g)!)]),
        });

    // TCH 9.1, WCH 5.3.2: whoever records a late request, the decider the policy names decides it.
    private static string ToDecider(Policy policy) =>
        policy.EscalationWindow?.Decider is { } decider ? $" Recorded by anyone but the {policy.Role(decider).Name}, it goes to them to accept or decline." : "";

    private static string WindowText(Policy policy, DateOnly closes)
    {
        var window = policy.EscalationWindow!;
        var more = window.ExtensionOnRequest is { } extra ? $", or {extra} more if they ask for it" : "";
        return window.Binding switch
        {
            EscalationWindowBinding.Absolute => $"The customer must ask by {CardDates.Day(closes)}{more}.",
            EscalationWindowBinding.Asked => $"The customer is asked to ask by {CardDates.Day(closes)}{more}; a later request is not barred.{ToDecider(policy)}",
            _ => $"The customer should ask by {CardDates.Day(closes)}{more}; a later request may still be accepted.{ToDecider(policy)}",
        };
    }
}
