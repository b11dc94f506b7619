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

    /// <param name="contactRestrictions">
    /// The restrictions in force on the customer's contact, from any of their cases, as staff are told them
    /// (ContactRestrictionNotices); none where null.
    /// </param>
    public Attachment Render(Case @case, Policy policy, string? ownerName, StaffMember? viewer, IEnumerable<string> refreshUserIds,
        IReadOnlyList<string>? contactRestrictions = null) =>
        CardAttachment.Of(Template.Expand(Data(@case, policy, ownerName, viewer, refreshUserIds, contactRestrictions)));

    public JsonObject Data(Case @case, Policy policy, string? ownerName, StaffMember? viewer, IEnumerable<string> refreshUserIds,
        IReadOnlyList<string>? contactRestrictions = null)
    {
        contactRestrictions ??= [];
        var rows = new JsonArray();
        var now = deadlines.Now(@case, policy).ToArray();
        foreach (var deadline in now)
        {
            rows.Add(new JsonObject
            {
                ["name"] = DeadlineNames.ForStaff(deadline.Kind, policy),
                ["dueOn"] = CardDates.Due(deadline),
                ["workingDaysLeft"] = deadline.WorkingDaysLeft ?? 0,
                ["status"] = DeadlineNames.CardStatus(deadline.Status),
                ["provisional"] = deadline.Provisional,
                // A met deadline shows the day it was met instead of "0 left".
                ["metOn"] = deadline.MetAt is { } met ? CardDates.Day(met) : "",
            });
        }

        var state = CaseCardState.For(@case, policy, now, viewer, ownerName);
        var can = state.Can;
        return new JsonObject
        {
            ["caseId"] = @case.Id.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["version"] = @case.Version,
            ["reference"] = @case.Reference.ToString(),
            // The policy's own display text for the category, never its id.
            ["category"] = policy.Categories.FirstOrDefault(c => c.Id == @case.CategoryId)?.Name ?? @case.CategoryId,
            ["stage"] = @case.CurrentStage is { } number && @case.Kind == ContactKind.Complaint ? policy.Stage(number).Name : "No stages (not a complaint)",
            ["status"] = state.Status,
            ["owner"] = ownerName ?? "Unassigned",
            ["customer"] = @case.Customer.IsAnonymous ? null : @case.Customer.Name,
            ["receivedOn"] = CardDates.Day(@case.ReceivedAt),
            ["deadlines"] = rows,
            ["nextAction"] = state.NextAction,
            // Offered for staff to correct when they acknowledge: the stage is defined then (Code 5.6, 6.2, 6.11).
            ["complaintDefinition"] = can.Acknowledge ? @case.ProposedDefinition() : "",
            // On every case of a customer whose contact is restricted, whichever case it was decided on (Code 5.14-5.15).
            ["contactRestriction"] = string.Join("\n\n", contactRestrictions),
            ["refreshUserIds"] = new JsonArray(refreshUserIds.Select(id => (JsonNode)JsonValue.Create(id)!).ToArray()),
            ["can"] = new JsonObject
            {
                ["acknowledge"] = can.Acknowledge,
                ["recordContact"] = can.RecordContact,
                ["recordResponse"] = can.RecordResponse,
                ["requestExtension"] = can.RequestExtension,
                ["withdrawExtension"] = can.WithdrawExtension,
                ["resendExtension"] = can.ResendExtension,
                ["withdrawCompensation"] = can.WithdrawCompensation,
                ["resendCompensation"] = can.ResendCompensation,
                ["withdrawExclusion"] = can.WithdrawExclusion,
                ["resendExclusion"] = can.ResendExclusion,
                ["withdrawSignOff"] = can.WithdrawSignOff,
                ["resendSignOff"] = can.ResendSignOff,
                ["escalate"] = can.Escalate,
                ["reassign"] = can.Reassign,
                ["close"] = can.Close,
                ["recordLearning"] = can.RecordLearning,
                ["recordOmbudsman"] = can.RecordOmbudsman,
                ["history"] = can.History,
                ["letter"] = can.Letter,
                ["evidencePack"] = can.EvidencePack,
                // One restriction at a time: none is offered while one decided on another case is in force.
                ["restrictContact"] = can.RestrictContact && contactRestrictions.Count == 0,
                ["reviewContactRestriction"] = can.ReviewContactRestriction,
                ["endComplaint"] = can.EndComplaint,
            },
        };
    }
}
