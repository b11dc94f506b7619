using System.Globalization;
using System.Text.Json.Nodes;
using ComplaintsBot.BotFramework.Builder;
using ComplaintsBot.BotFramework.Schema;
using ComplaintsBot.Cards;
using ComplaintsBot.Cases.Domain;
using ComplaintsBot.Cases.Policies;
using ComplaintsBot.Cases.Rules;

namespace ComplaintsBot.Workflows.Exclusions;

/// <summary>
/// The exclusion-decision card (cards/exclusion-decision.json): the question, the customer's explanation, the good
/// reason staff gave, who the policy says decides, and the decision once made.
/// </summary>
public sealed class ExclusionDecisionView
{
    private static readonly AdaptiveCardTemplate Template = AdaptiveCardTemplate.Load("exclusion-decision");

    public JsonObject Render(Case @case, Policy policy, PendingExclusion pending, string loggedByName, string? deciderName)
    {
        var exclusionId = pending.Referral.ExclusionId;
        var clause = ApprovalRules.ExclusionDeciderClause(policy, exclusionId);
        JsonNode? decision = pending.Decision is not { } made ? null : new JsonObject
        {
            ["accepted"] = made.Outcome != ExclusionOutcome.NotAccepted,
            // The person who referred it took the question back (Case.WithdrawExclusionReferral): nobody decided it.
            ["withdrawn"] = made.Outcome == ExclusionOutcome.DoesNotApply,
            ["by"] = deciderName ?? "a manager",
            ["on"] = CardDates.Day(made.DecidedAt),
            ["comment"] = made.Outcome is ExclusionOutcome.NotAccepted or ExclusionOutcome.DoesNotApply ? "" : made.ExplanationGiven ?? "",
        };
        return Template.Expand(new JsonObject
        {
            ["caseId"] = @case.Id.ToString(CultureInfo.InvariantCulture),
            ["version"] = @case.Version,
            ["reference"] = @case.Reference.ToString(),
            ["loggedBy"] = loggedByName,
            ["question"] = pending.Question,
            ["explanation"] = pending.Explanation,
            ["description"] = @case.Description,
            ["goodReason"] = pending.GoodReason ?? "",
            ["deciders"] = $"Decided by the {ApprovalRules.ExclusionDeciderNames(policy, exclusionId)}{(clause is null ? "" : $" ({clause})")}.",
            ["decision"] = decision,
        });
    }
}
