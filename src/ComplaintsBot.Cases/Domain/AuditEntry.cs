namespace ComplaintsBot.Cases.Domain;

/// <summary>
/// One line of the append-only audit trail: who did what to a case and when, with the state before and
/// after as JSON. The store refuses to change or delete an entry once written.
/// </summary>
public sealed class AuditEntry
{
    public AuditEntry(int? caseId, DateTimeOffset at, string actor, string action, string? before, string? after)
    {
        if (string.IsNullOrWhiteSpace(actor))
            throw new ArgumentException("An audit entry needs the actor (a staff member's Teams user id, or 'system').", nameof(actor));
        if (string.IsNullOrWhiteSpace(action))
            throw new ArgumentException("An audit entry needs the action taken.", nameof(action));
        CaseId = caseId;
        At = at.ToUniversalTime();
        Actor = actor.Trim();
        Action = action.Trim();
        Before = before;
        After = after;
    }

    public long Id { get; private set; }
    public int? CaseId { get; private set; }
    /// <summary>Set when the entry is added with its case in one save, before the case has an id.</summary>
    public Case? Case { get; private set; }
    public DateTimeOffset At { get; private set; }
    public string Actor { get; private set; }
    public string Action { get; private set; }
    public string? Before { get; private set; }
    public string? After { get; private set; }

    /// <summary>An entry for a case that is being created in the same save.</summary>
    public static AuditEntry ForNewCase(Case @case, DateTimeOffset at, string actor, string action, string? after)
    {
        var entry = new AuditEntry(null, at, actor, action, null, after) { Case = @case };
        return entry;
    }
}
