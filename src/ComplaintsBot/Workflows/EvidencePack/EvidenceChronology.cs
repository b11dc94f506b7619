using System.Globalization;
using ComplaintsBot.Cards;
using ComplaintsBot.Cases.Domain;
using ComplaintsBot.Cases.Policies;

namespace ComplaintsBot.Workflows.EvidencePack;

/// <summary>One event of a case: when it happened (the case's own date for it), who acted, and what happened.</summary>
/// <param name="DayOnly">The case records only the day (the Ombudsman's determination): shown without a time, placed at the day's end.</param>
public sealed record ChronologyEvent(DateTimeOffset At, string Who, string What, bool DayOnly = false)
{
    /// <summary>When, as the pack shows it: day and time, or the day alone where only a day is recorded.</summary>
    public string When => DayOnly ? CardDates.Day(At) : CardDates.DayAndTime(At);
}

/// <summary>
/// Every event of a case, each once, in the order it happened: received, each contact, each exclusion decision, and
/// stage by stage the escalation, acknowledgement, extensions, compensation and sign-off asked for and decided, and the
/// response; then closing, learning and the Ombudsman's determination. The date of each is the case's own record of
/// it (an acknowledgement given on the phone on Monday and logged on Tuesday happened on Monday). Who acted is the
/// person the case names for it (who asked, who decided) or, where the case keeps no name (an acknowledgement, a
/// response, an escalation, closing), who made that change in the audit trail.
/// </summary>
public static class EvidenceChronology
{
    public static IReadOnlyList<ChronologyEvent> Of(Case @case, Policy policy, IReadOnlyList<AuditEntry> trail, Func<int?, string> name, Func<string, string> actor)
    {
        ArgumentNullException.ThrowIfNull(@case);
        ArgumentNullException.ThrowIfNull(trail);
        // The nth acknowledgement (or response, escalation...) of the case is the nth audit entry that made one.
        var byAction = new Dictionary<string, Queue<AuditEntry>>(StringComparer.Ordinal);
        Queue<AuditEntry> Entries(params string[] actions)
        {
            var key = string.Join('|', actions);
            if (!byAction.TryGetValue(key, out var queue))
                byAction[key] = queue = new Queue<AuditEntry>(trail.Where(e => actions.Contains(e.Action, StringComparer.Ordinal)));
            return queue;
        }
        string Who(Queue<AuditEntry> entries, int? fallback) => entries.TryDequeue(out var entry) ? actor(entry.Actor) : name(fallback);

        var events = new List<ChronologyEvent>();
        void Add(DateTimeOffset at, string who, string what, bool dayOnly = false) => events.Add(new ChronologyEvent(at, who, what, dayOnly));

        var opening = @case.Contacts.FirstOrDefault(c => c.OpenedCase);
        Add(@case.ReceivedAt, Who(Entries(CaseAuditActions.Opened), opening?.RecordedById),
            $"{Kind(@case.Kind)} received by {@case.Channel} and logged as {@case.Reference}");
        foreach (var contact in @case.Contacts.Where(c => !c.OpenedCase))
            Add(contact.At, name(contact.RecordedById), $"Contact with the customer by {contact.Channel}: {contact.Summary}");
        foreach (var decision in @case.ExclusionDecisions)
            Add(decision.DecidedAt, name(decision.DecidedById),
                $"Exclusion {decision.ExclusionId} considered: {(decision.Applies ? "applies" : "does not apply")} ({decision.Outcome})");

        var acknowledgements = Entries(CaseAuditActions.Acknowledged);
        var responses = Entries(CaseAuditActions.Responded, CaseAuditActions.SignedOff, CaseAuditActions.CompensationApproved);
        var escalations = Entries(CaseAuditActions.Escalated);
        foreach (var stage in @case.Stages.OrderBy(s => s.Number))
        {
            var stageName = policy.Stage(stage.Number).Name;
            if (stage.Number > 1)
            {
                Add(stage.OpenedAt, Who(escalations, stage.OwnerId), $"Escalated to {stageName}; handled by {name(stage.OwnerId)}");
            }
            if (stage.AcknowledgedAt is { } acknowledged)
                Add(acknowledged, Who(acknowledgements, stage.OwnerId), $"{stageName} acknowledged");
            foreach (var extension in stage.Extensions)
            {
                Add(extension.RequestedAt, name(extension.RequestedById),
                    $"{stageName}: extension of {extension.WorkingDays} working days asked for ({extension.Reason}; customer {(extension.CustomerAgreed ? "agreed" : "did not agree")})");
                if (extension.DecidedAt is { } decided)
                    Add(decided, name(extension.DecidedById), $"{stageName}: extension {extension.Decision.ToString().ToLowerInvariant()}{(extension.Comment is { } c ? ": " + c : "")}");
            }
            foreach (var approval in stage.CompensationApprovals)
            {
                Add(approval.RequestedAt, name(approval.RequestedById), $"{stageName}: compensation of {EvidencePackBuilder.Pounds(approval.Amount)} put for approval");
                if (approval.DecidedAt is { } decided)
                    Add(decided, name(approval.DecidedById), $"{stageName}: compensation {approval.Decision.ToString().ToLowerInvariant()}" +
                        $"{(approval.ApprovedAmount is { } agreed ? " at " + EvidencePackBuilder.Pounds(agreed) : "")}{(approval.Comment is { } c ? ": " + c : "")}");
            }
            foreach (var signOff in stage.SignOffs)
            {
                Add(signOff.RequestedAt, name(signOff.RequestedById), $"{stageName}: response written and sent for sign-off by {signOff.SignOffRole}");
                if (signOff.DecidedAt is { } decided)
                    Add(decided, name(signOff.DecidedById), $"{stageName}: response {(signOff.Decision == SignOffDecision.SignedOff ? "signed off" : signOff.Decision.ToString().ToLowerInvariant())}{(signOff.Comment is { } c ? ": " + c : "")}");
            }
            if (stage.Response is { } response)
                Add(response.RespondedAt, Who(responses, stage.OwnerId),
                    $"{stageName} response sent: {EvidencePackBuilder.Outcome(response.Outcome).ToLowerInvariant()}" +
                    (response.Compensation is > 0 ? $", {EvidencePackBuilder.Pounds(response.Compensation.Value)} compensation offered" : ""));
        }
        if (@case.ClosedAt is { } closed)
            Add(closed, Who(Entries(CaseAuditActions.Closed), @case.OwnerId), "Case closed");
        foreach (var learning in Entries(CaseAuditActions.LearningRecorded))
            Add(learning.At, actor(learning.Actor), "Learning and service improvement recorded");
        if (@case.OmbudsmanDetermination is { } determination)
            // A day, not a moment: shown as the day, and after anything else that day (it follows the final response).
            Add(Cases.Time.LondonTime.EndOfDay(determination.DeterminedOn), Who(Entries(CaseAuditActions.OmbudsmanDetermined), null),
                $"Housing Ombudsman's determination: {determination.Finding.Describe()}", dayOnly: true);

        // In date order; events at the same moment keep the order the case made them in.
        return [.. events.Select((e, i) => (e, i)).OrderBy(x => x.e.At).ThenBy(x => x.i).Select(x => x.e)];
    }

    private static string Kind(ContactKind kind) => kind switch
    {
        ContactKind.ServiceRequest => "Service request",
        _ => kind.ToString(),
    };
}
