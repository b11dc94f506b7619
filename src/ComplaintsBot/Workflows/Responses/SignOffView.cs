using System.Globalization;
using System.Text.Json.Nodes;
using ComplaintsBot.Cards;
using ComplaintsBot.Cases;
using ComplaintsBot.Cases.Deadlines;
using ComplaintsBot.Cases.Domain;
using ComplaintsBot.Cases.Policies;
using ComplaintsBot.Cases.Rules;
using ComplaintsBot.Workflows.Compensation;

namespace ComplaintsBot.Workflows.Responses;

/// <summary>The sign-off card (cards/sign-off.json): the written response, who signs it off under the policy, and the decision once made.</summary>
public sealed class SignOffView(CaseDeadlines deadlines)
{
    private static readonly AdaptiveCardTemplate Template = AdaptiveCardTemplate.Load("sign-off");

    public JsonObject Render(Case @case, Policy policy, CaseStage stage, ResponseSignOff signOff, string requesterName, string? deciderName, IEnumerable<string> refreshUserIds)
    {
        var due = deadlines.ResponseDue(@case, policy, stage.Number, stage.ApprovedExtensionDays);
        var by = deciderName ?? "someone";
        var on = signOff.DecidedAt is { } at ? CardDates.Day(at) : "";
        JsonNode? decision = signOff.Decision == SignOffDecision.Pending ? null : new JsonObject
        {
            ["signedOff"] = signOff.Decision == SignOffDecision.SignedOff,
            ["headline"] = signOff.Decision switch
            {
                SignOffDecision.SignedOff => $"Signed off by {by} on {on}: the response is recorded as sent.",
                SignOffDecision.Returned => $"Sent back by {by} on {on}: nothing was recorded; {requesterName} records it again, with what was written kept.",
                _ => $"Withdrawn by {by} on {on}: nothing was recorded.",
            },
            ["comment"] = signOff.Comment ?? "",
        };
        var clause = policy.RuleBook.Find($"stages.stage{stage.Number}.sign-off-role")?.Citation.Clause;
        return Template.Expand(new JsonObject
        {
            ["caseId"] = @case.Id.ToString(CultureInfo.InvariantCulture),
            ["version"] = @case.Version,
            ["reference"] = @case.Reference.ToString(),
            ["stage"] = policy.Stage(stage.Number).Name,
            ["signer"] = ApprovalRules.RoleName(policy, signOff.SignOffRole),
            ["clause"] = clause is null ? "" : $" ({clause})",
            ["requester"] = requesterName,
            ["outcome"] = CompensationDecisionView.OutcomeName(signOff.Outcome),
            ["compensation"] = signOff.Compensation is { } amount and > 0 ? CompensationDecisionView.Pounds(amount) : "None",
            // The deadline keeps running while the response waits: the signer sees when it is due.
            ["dueOn"] = stage.Response is { } response ? $"answered {CardDates.Day(response.RespondedAt)}"
                : due is { } d ? CardDates.Day(d.DueDate) : "not set",
            ["reasons"] = signOff.Reasons,
            ["remedy"] = signOff.Remedy ?? "",
            ["outstandingActions"] = signOff.OutstandingActions ?? "",
            ["refreshUserIds"] = new JsonArray([.. refreshUserIds.Select(id => (JsonNode)JsonValue.Create(id)!)]),
            ["decision"] = decision,
        });
    }
}
