using System.Globalization;
using System.Text.Json.Nodes;
using ComplaintsBot.BotFramework.Builder;
using ComplaintsBot.BotFramework.Schema;
using ComplaintsBot.Cards;
using ComplaintsBot.Cases.Domain;
using ComplaintsBot.Cases.Rules;

namespace ComplaintsBot.Workflows.Exclusions;

/// <summary>The exclusion-decision card (cards/exclusion-decision.json): the question, the customer's explanation, and the decision once made.</summary>
public sealed class ExclusionDecisionView
{
    private static readonly AdaptiveCardTemplate Template = AdaptiveCardTemplate.Load("exclusion-decision");

    public JsonObject Render(Case @case, PendingExclusion pending, string loggedByName, string? deciderName)
    {
        JsonNode? decision = pending.Decision is not { } made ? null : new JsonObject
        {
            ["accepted"] = made.Outcome != ExclusionOutcome.NotAccepted,
            ["by"] = deciderName ?? "a manager",
            ["on"] = CardDates.Day(made.DecidedAt),
            ["comment"] = made.Outcome == ExclusionOutcome.NotAccepted ? "" : made.ExplanationGiven ?? "",
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
            ["decision"] = decision,
        });
    }
}
