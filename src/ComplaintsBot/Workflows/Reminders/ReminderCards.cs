using System.Globalization;
using System.Text.Json.Nodes;
using ComplaintsBot.Cards;
using ComplaintsBot.Cases;
using ComplaintsBot.Cases.Deadlines;
using ComplaintsBot.Cases.Domain;
using ComplaintsBot.Cases.Policies;
using ComplaintsBot.Cases.Rules;

namespace ComplaintsBot.Workflows.Reminders;

/// <summary>The reminder card (cards/reminder.json) and the managers' digest (cards/case-list.json).</summary>
public sealed class ReminderCards
{
    private readonly Lazy<AdaptiveCardTemplate> _reminder = new(() => AdaptiveCardTemplate.Load("reminder"));
    private readonly Lazy<AdaptiveCardTemplate> _caseList = new(() => AdaptiveCardTemplate.Load("case-list"));

    public JsonObject Reminder(Case @case, Policy policy, CaseDeadline deadline, StaffMember recipient)
    {
        // The reminded deadline is enough to tell whether an overdue stage may be escalated (WCH 5.3.3).
        var can = CasePermissions.For(@case, policy, recipient, [deadline]);
        var route = EscalationRoute(@case, policy, deadline);
        return _reminder.Value.Expand(new JsonObject
        {
            ["caseId"] = @case.Id.ToString(CultureInfo.InvariantCulture),
            ["version"] = @case.Version,
            ["reference"] = @case.Reference.ToString(),
            ["deadline"] = DeadlineNames.ForStaff(deadline.Kind, policy),
            ["dueOn"] = CardDates.Due(deadline),
            ["workingDaysLeft"] = deadline.WorkingDaysLeft ?? 0,
            ["status"] = DeadlineNames.CardStatus(deadline.Status),
            ["provisional"] = deadline.Provisional,
            ["escalationRoute"] = route ?? "",
            ["can"] = new JsonObject
            {
                ["acknowledge"] = can.Acknowledge, ["recordResponse"] = can.RecordResponse, ["escalate"] = route is not null && can.Escalate,
            },
        });
    }

    /// <summary>
    /// Where the policy lets the customer ask for the next stage once this one's response is overdue (WCH 5.3.3), an
    /// overdue response reminder says so, with the clause, so the owner can offer the customer that route.
    /// </summary>
    private static string? EscalationRoute(Case @case, Policy policy, CaseDeadline deadline)
    {
        if (deadline.Status != DeadlineStatus.Overdue || deadline.Kind is not (DeadlineKind.Stage1Response or DeadlineKind.Stage2Response)) return null;
        var number = deadline.Kind == DeadlineKind.Stage1Response ? 1 : 2;
        if (@case.Kind != ContactKind.Complaint || @case.CurrentStage != number || number >= policy.Stages.Count) return null;
        if (!policy.Stage(number).EscalateWhenOverdue) return null;
        var clause = policy.RuleBook.Find($"stages.stage{number}.escalate-when-overdue")?.Citation.Clause;
        return $"The response is overdue, so the customer may now ask for {policy.Stage(number + 1).Name} without waiting for it"
               + (clause is null ? "" : $" ({clause})") + ". Tell them they can.";
    }

    /// <param name="cases">Each case with its most pressing deadline, soonest first.</param>
    /// <param name="total">How many team cases are overdue or due today, listed or not.</param>
    public JsonObject Digest(StaffMember manager, IReadOnlyCollection<(Case Case, Policy Policy, CaseDeadline Deadline)> cases, int total, DateTimeOffset asOf)
    {
        ArgumentNullException.ThrowIfNull(manager);
        ArgumentNullException.ThrowIfNull(cases);
        var rows = new JsonArray(cases.Select(c => (JsonNode)CaseListCardRow.For(c.Case, c.Policy, c.Deadline)).ToArray());
        return _caseList.Value.Expand(new JsonObject
        {
            ["owner"] = cases.Count < total
                ? $"Overdue and due today in {manager.DisplayName}'s team: the {cases.Count} most overdue of {total}"
                : $"Overdue and due today in {manager.DisplayName}'s team",
            ["asOf"] = CardDates.DayAndTime(asOf),
            ["cases"] = rows,
        });
    }
}
