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

    /// <summary>Further calendar months the answer was extended by (0, 1 or 2: UK GDPR Article 12(3)).</summary>
    public int ExtendedByMonths { get; private set; }
    /// <summary>Why the request is complex or numerous enough to extend; null while not extended.</summary>
    public string? ExtensionReason { get; private set; }
    /// <summary>Who extended it (Teams user id, or the operating-system account).</summary>
    public string? ExtendedBy { get; private set; }
    public DateTimeOffset? ExtendedAt { get; private set; }
    /// <summary>The day the person was told of the extension and why (within the first month).</summary>
    public DateOnly? ExtensionToldOn { get; private set; }
    /// <summary>The day the answer is due by after the extension; null while not extended.</summary>
    public DateOnly? ExtendedDueOn { get; private set; }

    /// <summary>The day the answer is due by now: the extended date, else the first month's.</summary>
    public DateOnly CurrentDueOn => ExtendedDueOn ?? DueOn;

    /// <summary>
    /// Extends the answer to <paramref name="totalMonths"/> further months in all (UK GDPR Article 12(3): by up to two
    /// further months where the request is complex or numerous), the person told on <paramref name="toldOn"/>, within the
    /// first month. The caller works out <paramref name="dueOn"/> (<see cref="Time.CalendarMonth"/>).
    /// </summary>
    public void Extend(int totalMonths, DateOnly dueOn, string reason, DateOnly toldOn, string by, DateTimeOffset at)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        ArgumentException.ThrowIfNullOrWhiteSpace(by);
        if (totalMonths is < 1 or > 2) throw new ArgumentOutOfRangeException(nameof(totalMonths), totalMonths, "An answer can be extended by one or two further months.");
        if (totalMonths <= ExtendedByMonths) throw new ArgumentException($"The answer is already extended by {ExtendedByMonths} month{(ExtendedByMonths == 1 ? "" : "s")}.", nameof(totalMonths));
        if (toldOn < ReceivedOn || toldOn > DueOn) throw new ArgumentException("The person must be told within the first month.", nameof(toldOn));
        if (dueOn <= CurrentDueOn) throw new ArgumentException("An extension moves the due date later.", nameof(dueOn));
        ExtendedByMonths = totalMonths;
        ExtendedDueOn = dueOn;
        ExtensionReason = reason.Trim();
        ExtensionToldOn = toldOn;
        ExtendedBy = by.Trim();
        ExtendedAt = at.ToUniversalTime();
    }
}
