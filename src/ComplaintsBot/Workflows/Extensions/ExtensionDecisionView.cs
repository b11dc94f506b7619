using System.Text.Json.Nodes;
using ComplaintsBot.Cards;
using ComplaintsBot.Cases.Deadlines;
using ComplaintsBot.Cases.Domain;
using ComplaintsBot.Cases.Policies;

namespace ComplaintsBot.Workflows.Extensions;

/// <summary>The approval card (cards/extension-decision.json): the request, the deadline before and after, and the decision once made.</summary>
public sealed class ExtensionDecisionView(CaseDeadlines deadlines)
{
    private static readonly AdaptiveCardTemplate Template = AdaptiveCardTemplate.Load("extension-decision");

    public JsonObject Render(Case @case, Policy policy, CaseStage stage, StageExtension extension, string requesterName, string? deciderName, IEnumerable<string> refreshUserIds)
    {
        var otherApproved = stage.Extensions.Where(e => e.Decision == ExtensionDecision.Approved && !ReferenceEquals(e, extension)).Sum(e => e.WorkingDays);
        var before = deadlines.ResponseDue(@case, policy, stage.Number, otherApproved);
        var after = deadlines.ResponseDue(@case, policy, stage.Number, otherApproved + extension.WorkingDays);
        JsonNode? decision = extension.Decision == ExtensionDecision.Pending ? null : new JsonObject
        {
            ["approved"] = extension.Decision == ExtensionDecision.Approved,
            ["headline"] = Headline(extension, deciderName ?? "a manager"),
            ["by"] = deciderName ?? "a manager",
            ["on"] = extension.DecidedAt is { } at ? CardDates.Day(at) : "",
            ["comment"] = extension.Comment ?? "",
        };
        return Template.Expand(new JsonObject
        {
            ["caseId"] = @case.Id.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["version"] = @case.Version,
            ["reference"] = @case.Reference.ToString(),
            ["deadline"] = DeadlineNames.ForStaff(CaseDeadlines.ResponseKind(stage.Number)),
            ["requester"] = requesterName,
            ["daysAsked"] = extension.WorkingDays,
            ["dueOn"] = before is { } b ? CardDates.Day(b.DueDate) : "not set",
            ["newDueOn"] = after is { } a ? CardDates.Day(a.DueDate) : "not set",
            ["customerAgreed"] = extension.CustomerAgreed,
            ["reason"] = extension.Reason,
            ["refreshUserIds"] = new JsonArray([.. refreshUserIds.Select(id => (JsonNode)JsonValue.Create(id)!)]),
            ["decision"] = decision,
        });
    }

    /// <summary>What became of the request, in one line: decided, taken back, or overtaken by the response.</summary>
    public static string Headline(StageExtension extension, string by)
    {
        ArgumentNullException.ThrowIfNull(extension);
        var on = extension.DecidedAt is { } at ? CardDates.Day(at) : "";
        return extension.Decision switch
        {
            ExtensionDecision.Approved => $"Approved by {by} on {on}",
            ExtensionDecision.Declined => $"Declined by {by} on {on}",
            ExtensionDecision.Withdrawn => $"Withdrawn by {by} on {on}: there is nothing to decide",
            ExtensionDecision.Lapsed => $"Lapsed on {on}: the response was recorded before anyone decided, so there is nothing to decide",
            _ => "Waiting for a decision",
        };
    }
}
