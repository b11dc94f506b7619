using System.Text.Json.Nodes;
using ComplaintsBot.BotFramework.Schema;
using ComplaintsBot.CardActions;
using ComplaintsBot.Cards;
using ComplaintsBot.Cases.Domain;

namespace ComplaintsBot.Workflows.CaseCard;

/// <summary>The form (cards/case-learning.json) that asks what was learnt from a case, at closing or after it.</summary>
internal static class CaseLearningForm
{
    private static readonly AdaptiveCardTemplate Form = AdaptiveCardTemplate.Load("case-learning");

    public static AdaptiveCardInvokeResponse Show(Case @case, string verb, string title, string button) =>
        AdaptiveCardInvokeResponse.Card(Form.Expand(new JsonObject
        {
            ["caseId"] = CaseIds.Text(@case), ["version"] = @case.Version, ["reference"] = @case.Reference.ToString(),
            ["title"] = title, ["button"] = button, ["verb"] = verb,
            ["intro"] = "Record what this case taught us and what changes for every resident; it goes into the annual complaints performance and service improvement report (Code 8.1, 9.1).",
            ["learning"] = @case.Learning ?? "", ["serviceImprovement"] = @case.ServiceImprovement ?? "",
        }));
}
