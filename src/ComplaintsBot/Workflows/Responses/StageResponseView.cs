using System.Globalization;
using System.Text.Json.Nodes;
using ComplaintsBot.Cards;
using ComplaintsBot.Cases;
using ComplaintsBot.Cases.Deadlines;
using ComplaintsBot.Cases.Domain;
using ComplaintsBot.Cases.Policies;
using ComplaintsBot.Cases.Rules;

namespace ComplaintsBot.Workflows.Responses;

/// <summary>The stage response form (cards/stage-response.json), with the compensation limit of the person filling it in.</summary>
public sealed class StageResponseView(CaseDeadlines deadlines)
{
    private static readonly AdaptiveCardTemplate Template = AdaptiveCardTemplate.Load("stage-response");

    /// <summary>The form's inputs, as cards/stage-response.json names them.</summary>
    public static readonly IReadOnlyList<string> InputIds = ["outcome", "reasons", "remedy", "compensation", "outstandingActions"];

    /// <param name="draft">A declined compensation request whose response fills the form again, so nothing entered is lost.</param>
    /// <param name="typed">What was typed in a form that was not recorded (by input id): it fills the form again as typed.</param>
    public JsonObject Render(Case @case, Policy policy, CaseStage stage, StaffMember viewer, CompensationApproval? draft = null, IReadOnlyDictionary<string, string>? typed = null)
    {
        var due = deadlines.ResponseDue(@case, policy, stage.Number, stage.ApprovedExtensionDays);
        var limit = ApprovalRules.CompensationLimit(policy, viewer);
        var approver = limit is { } l ? ApprovalRules.CompensationApprover(policy, l + 0.01m) : null;
        var card = Template.Expand(new JsonObject
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
        if (draft is not null)
        {
            // Set as JSON values on the inputs, never spliced into the template text.
            Prefill(card, "outcome", draft.Outcome switch
            {
                StageOutcome.Upheld => "upheld",
                StageOutcome.PartlyUpheld => "partlyUpheld",
                _ => "notUpheld",
            });
            Prefill(card, "reasons", draft.Reasons);
            Prefill(card, "remedy", draft.Remedy);
            Prefill(card, "compensation", draft.Amount);
            Prefill(card, "outstandingActions", draft.OutstandingActions);
        }
        foreach (var (inputId, value) in typed ?? new Dictionary<string, string>())
            if (InputIds.Contains(inputId)) Prefill(card, inputId, value);
        return card;
    }

    private static void Prefill(JsonObject card, string inputId, JsonNode? value)
    {
        if (value is null) return;
        foreach (var input in (card["body"] as JsonArray ?? []).OfType<JsonObject>())
            if ((string?)input["id"] == inputId)
                input["value"] = value;
    }
}
