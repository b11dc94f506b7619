using System.Globalization;
using System.Text.Json.Nodes;
using ComplaintsBot.Cards;
using ComplaintsBot.Cases;
using ComplaintsBot.Cases.Deadlines;
using ComplaintsBot.Cases.Domain;
using ComplaintsBot.Cases.Policies;
using ComplaintsBot.Cases.Rules;

namespace ComplaintsBot.Workflows.Compensation;

/// <summary>The compensation approval card (cards/compensation-decision.json): the held response, the amount, and the decision once made.</summary>
public sealed class CompensationDecisionView(CaseDeadlines deadlines)
{
    private static readonly AdaptiveCardTemplate Template = AdaptiveCardTemplate.Load("compensation-decision");
    private static readonly CultureInfo EnGb = CultureInfo.GetCultureInfo("en-GB");

    public static string Pounds(decimal amount) => "£" + amount.ToString("N2", EnGb);

    public static string OutcomeName(StageOutcome outcome) => outcome switch
    {
        StageOutcome.Upheld => "Upheld",
        StageOutcome.PartlyUpheld => "Partly upheld",
        _ => "Not upheld",
    };

    public JsonObject Render(Case @case, Policy policy, CaseStage stage, CompensationApproval approval, StaffMember? requester, string? deciderName, IEnumerable<string> refreshUserIds)
    {
        var due = deadlines.ResponseDue(@case, policy, stage.Number, stage.ApprovedExtensionDays);
        var requesterLimit = requester is null ? null : ApprovalRules.CompensationLimit(policy, requester);
        JsonNode? decision = approval.Decision == CompensationDecision.Pending ? null : new JsonObject
        {
            ["approved"] = approval.Decision == CompensationDecision.Approved,
            ["withdrawn"] = approval.Decision == CompensationDecision.Withdrawn,
            ["by"] = deciderName ?? "a manager",
            ["on"] = approval.DecidedAt is { } at ? CardDates.Day(at) : "",
            ["amount"] = approval.ApprovedAmount is { } agreed ? Pounds(agreed) : "",
            ["comment"] = approval.Comment ?? "",
        };
        return Template.Expand(new JsonObject
        {
            ["caseId"] = @case.Id.ToString(CultureInfo.InvariantCulture),
            ["version"] = @case.Version,
            ["reference"] = @case.Reference.ToString(),
            ["stage"] = policy.Stage(stage.Number).Name,
            ["approver"] = approval.ApproverId is not null ? "the requester's line manager"
                : approval.ApproverRole is { } role ? ApprovalRules.RoleName(policy, role) : "a manager",
            ["requester"] = requester?.DisplayName ?? "a member of staff",
            ["amount"] = Pounds(approval.Amount),
            ["amountValue"] = approval.Amount,
            ["requesterLimit"] = requesterLimit is { } limit ? Pounds(limit) : "no limit",
            ["outcome"] = OutcomeName(approval.Outcome),
            ["dueOn"] = stage.Response is { } response ? $"answered {CardDates.Day(response.RespondedAt)}"
                : due is { } d ? CardDates.Day(d.DueDate) : "not set",
            ["reasons"] = approval.Reasons,
            ["remedy"] = approval.Remedy ?? "",
            ["outstandingActions"] = approval.OutstandingActions ?? "",
            ["refreshUserIds"] = new JsonArray([.. refreshUserIds.Select(id => (JsonNode)JsonValue.Create(id)!)]),
            ["decision"] = decision,
        });
    }
}
