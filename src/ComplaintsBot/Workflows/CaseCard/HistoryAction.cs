using System.Text.Json.Nodes;
using System.Text.Json;
using ComplaintsBot.BotFramework.Schema;
using ComplaintsBot.CardActions;
using ComplaintsBot.Cards;
using ComplaintsBot.Cases.Deadlines;
using ComplaintsBot.Cases.Domain;

namespace ComplaintsBot.Workflows.CaseCard;

/// <summary>history: the case's audit trail (cards/history.json): who did what and when, and how each change moved the deadlines.</summary>
public sealed class HistoryAction(CaseActionServices services) : CaseCardAction(services)
{
    private static readonly AdaptiveCardTemplate Template = AdaptiveCardTemplate.Load("history");

    public override string Verb => "history";

    protected override bool RequiresCurrentVersion => false;

    protected override async Task<AdaptiveCardInvokeResponse> RunAsync(CaseActionContext context, CancellationToken cancellationToken)
    {
        Require(context.Permissions.History, "You may not see this case's history.");
        var names = (await Services.Staff.AllAsync(cancellationToken)).ToDictionary(s => s.AadObjectId, s => s.DisplayName);
        var entries = new JsonArray();
        foreach (var entry in await Services.Cases.AuditTrailAsync(context.Case.Id, cancellationToken))
        {
            entries.Add(new JsonObject
            {
                ["at"] = CardDates.DayAndTime(entry.At),
                ["who"] = names.TryGetValue(entry.Actor, out var name) ? name : entry.Actor,
                ["what"] = entry.Action == CaseAuditActions.Viewed ? Viewed(entry.After) : Describe(entry.Action),
                ["deadlineChanges"] = Changes(entry.Before, entry.After),
            });
        }
        return AdaptiveCardInvokeResponse.Card(Template.Expand(new JsonObject
        {
            ["caseId"] = CaseIds.Text(context.Case), ["version"] = context.Case.Version,
            ["reference"] = context.Case.Reference.ToString(), ["entries"] = entries,
        }));
    }

    internal static string Describe(string action) => action switch
    {
        CaseAuditActions.Opened => "Case opened",
        CaseAuditActions.Acknowledged => "Acknowledged",
        CaseAuditActions.ContactRecorded => "Contact with the customer recorded",
        CaseAuditActions.Responded => "Stage response recorded",
        CaseAuditActions.ExtensionRequested => "Extension asked for",
        CaseAuditActions.ExtensionApproved => "Extension approved",
        CaseAuditActions.ExtensionDeclined => "Extension declined",
        CaseAuditActions.ExtensionWithdrawn => "Extension withdrawn",
        CaseAuditActions.ExtensionResent => "Extension request sent again",
        CaseAuditActions.CompensationWithdrawn => "Compensation request withdrawn",
        CaseAuditActions.SignOffRequested => "Response written, sent for sign-off",
        CaseAuditActions.SignedOff => "Response signed off",
        CaseAuditActions.SignOffReturned => "Response sent back without sign-off",
        CaseAuditActions.SignOffWithdrawn => "Response withdrawn from sign-off",
        CaseAuditActions.SignOffResent => "Response sent again for sign-off",
        CaseAuditActions.CompensationResent => "Compensation request sent again",
        CaseAuditActions.ExclusionWithdrawn => "Exclusion referral withdrawn: the complaint goes ahead",
        CaseAuditActions.ExclusionResent => "Exclusion referral sent again",
        CaseAuditActions.ExtensionLapsed => "Extension lapsed: response recorded first",
        CaseAuditActions.CompensationRequested => "Response held for compensation approval",
        CaseAuditActions.CompensationApproved => "Compensation agreed; stage response recorded",
        CaseAuditActions.CompensationDeclined => "Compensation declined; response to be recorded again",
        CaseAuditActions.Escalated => "Escalated to the next stage",
        CaseAuditActions.LateEscalationRequested => "Late request for the next stage sent to the decider the policy names",
        CaseAuditActions.LateEscalationAccepted => "Late request for the next stage accepted",
        CaseAuditActions.LateEscalationDeclined => "Late request for the next stage declined",
        CaseAuditActions.Reassigned => "Reassigned",
        CaseAuditActions.Closed => "Case closed",
        CaseAuditActions.LearningRecorded => "Learning and service improvement recorded",
        CaseAuditActions.OmbudsmanDetermined => "Housing Ombudsman's determination recorded",
        CaseAuditActions.ExclusionDecided => "Exclusion decided when the contact was logged",
        CaseAuditActions.ExclusionDecidedByManager => "Exclusion decided by a manager",
        CaseAuditActions.SubjectAccessExported => "Included in a subject access document",
        CaseAuditActions.LegalHoldPlaced => "Placed under legal hold",
        CaseAuditActions.LegalHoldLifted => "Legal hold lifted",
        CaseAuditActions.AnonymisedByRetention => "Customer's details anonymised: retention date passed",
        CaseAuditActions.ErasedOnRequest => "Customer's details erased at their request",
        CaseAuditActions.EvidencePackExported => "Evidence pack exported",
        CaseAuditActions.ContactRestricted => "Customer's contact restricted for unacceptable behaviour",
        CaseAuditActions.ContactRestrictionReviewed => "Contact restriction reviewed",
        CaseAuditActions.ComplaintEnded => "Complaints process ended for unreasonable behaviour",
        _ => action,
    };

    /// <summary>A view in plain words: how the case was shown ("Viewed (case card opened)"); who and when are on the entry.</summary>
    internal static string Viewed(string? after)
    {
        string? via = null;
        if (after is not null)
        {
            using var document = JsonDocument.Parse(after);
            if (document.RootElement.TryGetProperty("via", out var v)) via = v.GetString();
        }
        var how = via switch
        {
            "case card" => "case card shown",
            "card: openCase" => "case card opened",
            "card: history" => "history shown",
            "card: refreshCase" or "card: refreshExtension" or "card: refreshCompensation" => "card brought up to date",
            { } letter when letter.StartsWith("letter", StringComparison.Ordinal) => "response letter downloaded",
            "dashboard" => "opened on the dashboard",
            _ => "case shown",
        };
        return $"Viewed ({how})";
    }

    /// <summary>Deadlines whose due date differs between the snapshots before and after the change.</summary>
    private static JsonArray Changes(string? before, string? after)
    {
        var was = Deadlines(before);
        var now = Deadlines(after);
        var changes = new JsonArray();
        foreach (var (kind, due) in now)
        {
            var old = was.TryGetValue(kind, out var d) ? d : (DateTimeOffset?)null;
            if (old == due) continue;
            changes.Add(new JsonObject
            {
                ["name"] = DeadlineKinds.TryParse(kind, out var k) ? DeadlineNames.ForStaff(k) : kind,
                ["before"] = old is { } o ? CardDates.Day(o) : "none",
                ["after"] = CardDates.Day(due),
            });
        }
        return changes;
    }

    private static Dictionary<string, DateTimeOffset> Deadlines(string? snapshot)
    {
        var result = new Dictionary<string, DateTimeOffset>(StringComparer.Ordinal);
        if (snapshot is null) return result;
        using var document = JsonDocument.Parse(snapshot);
        if (!document.RootElement.TryGetProperty("deadlines", out var deadlines)) return result;
        foreach (var deadline in deadlines.EnumerateArray())
            result[deadline.GetProperty("name").GetString()!] = deadline.GetProperty("due").GetDateTimeOffset();
        return result;
    }
}
