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

    public static JsonObject Render(Case @case, Policy policy, CaseStage answered, IEnumerable<(StaffMember Staff, string Role)> owners) =>
        Template.Expand(new JsonObject
        {
            ["caseId"] = @case.Id.ToString(CultureInfo.InvariantCulture),
            ["version"] = @case.Version,
            ["reference"] = @case.Reference.ToString(),
            ["stage1RespondedOn"] = answered.Response is { } r ? CardDates.Day(r.RespondedAt) : "",
            ["stage2Owners"] = new JsonArray([.. owners.Select(o => (JsonNode)new JsonObject
            {
                ["id"] = o.Staff.Id.ToString(CultureInfo.InvariantCulture),
                ["name"] = o.Staff.DisplayName,
                ["role"] = o.Role,
            })]),
            ["refusalGrounds"] = new JsonArray([.. policy.Stage(answered.Number + 1).RefusalGrounds.Select(g => (JsonNode)JsonValue.Create(g)!)]),
        });
}
