using System.Globalization;
using System.Text.Json.Nodes;
using ComplaintsBot.BotFramework.Schema;
using ComplaintsBot.Cards;
using ComplaintsBot.Cases.Deadlines;
using ComplaintsBot.Cases.Domain;
using ComplaintsBot.Cases.Policies;

namespace ComplaintsBot.Workflows.CaseCard;

/// <summary>"My cases" (cards/case-list.json): a person's open cases, soonest next deadline first.</summary>
public sealed class CaseListView(DeadlineCalculator deadlines, TimeProvider clock)
{
    private static readonly AdaptiveCardTemplate Template = AdaptiveCardTemplate.Load("case-list");

    public Attachment Render(string ownerName, IEnumerable<(Case Case, Policy Policy)> cases) =>
        CardAttachment.Of(Template.Expand(Data(ownerName, cases)));

    /// <summary>Only cases with a deadline still running are listed; the rest have nothing due.</summary>
    public JsonObject Data(string ownerName, IEnumerable<(Case Case, Policy Policy)> cases)
    {
        var now = clock.GetUtcNow();
        var rows = cases
            .Select(item => (item.Case, item.Policy, Next: NextDeadline(item.Case, item.Policy, now)))
            .Where(row => row.Next is not null)
            .OrderBy(row => row.Next!.Value.Due)
            .ThenBy(row => row.Case.Reference.ToString(), StringComparer.Ordinal)
            .Select(row => (JsonNode)CaseListCardRow.For(row.Case, row.Policy, row.Next!.Value))
            .ToArray();
        return new JsonObject
        {
            ["owner"] = ownerName,
            ["asOf"] = CardDates.DayAndTime(now),
            ["cases"] = new JsonArray(rows),
        };
    }

    /// <summary>The deadline to act on next: not yet met, not the customer's escalation window.</summary>
    public CaseDeadline? NextDeadline(Case @case, Policy policy, DateTimeOffset now)
    {
        CaseDeadline? next = null;
        foreach (var deadline in deadlines.For(@case, policy, now))
            if (deadline.MetAt is null && deadline.Kind != DeadlineKind.EscalationWindow && (next is null || deadline.Due < next.Value.Due)) next = deadline;
        return next;
    }
}
