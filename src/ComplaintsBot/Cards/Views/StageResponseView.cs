using System.Globalization;
using System.Text.Json.Nodes;
using ComplaintsBot.Cases;
using ComplaintsBot.Cases.Domain;
using ComplaintsBot.Cases.Policies;

namespace ComplaintsBot.Cards.Views;

/// <summary>The stage response form (cards/stage-response.json), with the compensation limit of the person filling it in.</summary>
public sealed class StageResponseView(ResponseDeadlines responses)
{
    private static readonly AdaptiveCardTemplate Template = AdaptiveCardTemplate.Load("stage-response");

    public JsonObject Render(Case @case, Policy policy, CaseStage stage, StaffMember viewer)
    {
        var due = responses.With(@case, policy, stage.Number, stage.ApprovedExtensionDays);
        var limit = ApprovalRules.CompensationLimit(policy, viewer);
        var approver = limit is { } l ? ApprovalRules.CompensationApprover(policy, l + 0.01m) : null;
        return Template.Expand(new JsonObject
        {
            ["caseId"] = @case.Id.ToString(CultureInfo.InvariantCulture),
            ["version"] = @case.Version,
            ["reference"] = @case.Reference.ToString(),
            ["stage"] = policy.Stage(stage.Number).Name,
            ["dueOn"] = due is { } d ? CardDates.Day(d.DueDate) : "not set",
            ["customer"] = @case.Customer.IsAnonymous ? null : @case.Customer.Name,
            // -1: no limit for this person, and the template says nothing about approval.
            ["compensationApprovalLimit"] = limit ?? -1m,
            ["compensationApprover"] = approver is null ? "a manager" : ApprovalRules.RoleName(policy, approver),
        });
    }
}
