namespace ComplaintsBot.Cases.Domain;

/// <summary>
/// A subject access request (UK GDPR Article 15) as recorded when its document is prepared: whose records were asked
/// for, who asked (the customer, or someone acting for them), the day it was received and the day the answer is due
/// (<see cref="Time.CalendarMonth"/>), and which cases the document held.
/// </summary>
public sealed class SubjectAccessRequest
{
    public SubjectAccessRequest(string customer, string requestedBy, DateOnly receivedOn, DateOnly dueOn, string recordedBy, DateTimeOffset recordedAt, IEnumerable<CaseReference> cases)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(customer);
        ArgumentException.ThrowIfNullOrWhiteSpace(requestedBy);
        ArgumentException.ThrowIfNullOrWhiteSpace(recordedBy);
        if (dueOn <= receivedOn) throw new ArgumentException("A request is due after the day it was received.", nameof(dueOn));
        Customer = customer.Trim();
        RequestedBy = requestedBy.Trim();
        ReceivedOn = receivedOn;
        DueOn = dueOn;
        RecordedBy = recordedBy.Trim();
        RecordedAt = recordedAt.ToUniversalTime();
        CaseReferences = string.Join(' ', cases);
    }

    // For EF Core.
    private SubjectAccessRequest() => Customer = RequestedBy = RecordedBy = CaseReferences = "";

    public int Id { get; private set; }
    /// <summary>The customer as the request named them (their name, or their tenancy reference).</summary>
    public string Customer { get; private set; }
    /// <summary>Who made the request: the customer, or the person acting for them.</summary>
    public string RequestedBy { get; private set; }
    public DateOnly ReceivedOn { get; private set; }
    public DateOnly DueOn { get; private set; }
    /// <summary>The member of staff who prepared the document (Teams user id, or the operating-system account).</summary>
    public string RecordedBy { get; private set; }
    public DateTimeOffset RecordedAt { get; private set; }
    /// <summary>The cases the document held, space-separated.</summary>
    public string CaseReferences { get; private set; }
}
