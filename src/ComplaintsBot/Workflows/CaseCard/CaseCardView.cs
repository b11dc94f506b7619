using System.Text.Json.Nodes;
using ComplaintsBot.BotFramework.Schema;
using ComplaintsBot.Cards;
using ComplaintsBot.Cases;
using ComplaintsBot.Cases.Deadlines;
using ComplaintsBot.Cases.Domain;
using ComplaintsBot.Cases.Policies;
using ComplaintsBot.Cases.Rules;

namespace ComplaintsBot.Workflows.CaseCard;

/// <summary>
/// The case card (cards/case.json) for one viewer: the case, each deadline with working days left and its
/// status, the next action, and the buttons that viewer may use.
/// </summary>
public sealed class CaseCardView(CaseDeadlines deadlines)
{
    private static readonly AdaptiveCardTemplate Template = AdaptiveCardTemplate.Load("case");

    public Attachment Render(Case @case, Policy policy, string? ownerName, StaffMember? viewer, IEnumerable<string> refreshUserIds) =>
        CardAttachment.Of(Template.Expand(Data(@case, policy, ownerName, viewer, refreshUserIds)));

    public JsonObject Data(Case @case, Policy policy, string? ownerName, StaffMember? viewer, IEnumerable<string> refreshUserIds)
    {
        var rows = new JsonArray();
        CaseDeadline? next = null;
        foreach (var deadline in deadlines.Now(@case, policy))
        {
            rows.Add(new JsonObject
            {
                ["name"] = DeadlineNames.ForStaff(deadline.Kind),
                ["dueOn"] = CardDates.Day(deadline.DueDate),
                ["workingDaysLeft"] = deadline.WorkingDaysLeft ?? 0,
                ["status"] = DeadlineNames.CardStatus(deadline.Status),
                ["provisional"] = deadline.Provisional,
                // A met deadline shows the day it was met instead of "0 left".
                ["metOn"] = deadline.MetAt is { } met ? CardDates.Day(met) : "",
            });
            if (deadline.MetAt is null && deadline.Kind != DeadlineKind.EscalationWindow && (next is null || deadline.Due < next.Value.Due)) next = deadline;
        }

        var can = CasePermissions.For(@case, policy, viewer);
        return new JsonObject
        {
            ["caseId"] = @case.Id.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["version"] = @case.Version,
            ["reference"] = @case.Reference.ToString(),
            ["category"] = policy.Categories.FirstOrDefault(c => c.Id == @case.CategoryId)?.Name ?? @case.CategoryId,
            ["stage"] = @case.CurrentStage is { } number && @case.Kind == ContactKind.Complaint ? policy.Stage(number).Name : "Not a complaint stage",
            ["status"] = StatusText(@case),
            ["owner"] = ownerName ?? "Unassigned",
            ["customer"] = @case.Customer.IsAnonymous ? null : @case.Customer.Name,
            ["receivedOn"] = CardDates.Day(@case.ReceivedAt),
            ["deadlines"] = rows,
            ["nextAction"] = NextAction(@case, next),
            ["refreshUserIds"] = new JsonArray(refreshUserIds.Select(id => (JsonNode)JsonValue.Create(id)!).ToArray()),
            ["can"] = new JsonObject
            {
                ["acknowledge"] = can.Acknowledge,
                ["recordContact"] = can.RecordContact,
                ["recordResponse"] = can.RecordResponse,
                ["requestExtension"] = can.RequestExtension,
                ["escalate"] = can.Escalate,
                ["reassign"] = can.Reassign,
                ["close"] = can.Close,
                ["history"] = can.History,
                ["letter"] = can.Letter,
            },
        };
    }

    private static string StatusText(Case @case)
    {
        if (@case.Status == CaseStatus.NotAccepted) return "Not accepted as a complaint";
        if (@case.Status == CaseStatus.Closed) return "Closed";
        var stage = @case.CurrentStage is { } n ? @case.Stage(n) : null;
        return stage switch
        {
            null => "Logged",
            { Response: not null } => "Response sent",
            { PendingExtension: not null } => "Extension awaiting decision",
            { PendingCompensationApproval: not null } => "Response written, compensation awaiting approval",
            { AcknowledgedAt: not null } => "Acknowledged, awaiting response",
            _ => "Awaiting acknowledgement",
        };
    }

    private static string NextAction(Case @case, CaseDeadline? next)
    {
        if (@case.Status is CaseStatus.Closed or CaseStatus.NotAccepted) return "Nothing: the case is closed.";
        if (next is not { } deadline) return @case.HasStages ? "Close the case when everything promised is done." : "Nothing is due.";
        var what = DeadlineNames.ForStaff(deadline.Kind);
        return deadline.Status switch
        {
            DeadlineStatus.Overdue => $"{what} is overdue: it was due on {CardDates.Day(deadline.DueDate)}.",
            DeadlineStatus.DueToday => $"{what} is due today.",
            _ => $"{what} by {CardDates.Day(deadline.DueDate)}.",
        };
    }
}
