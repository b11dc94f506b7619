namespace ComplaintsBot.Cases.Domain;

/// <summary>One interaction with the customer on a case: the contact that opened it, or a later one.</summary>
public sealed class CaseContact
{
    internal CaseContact(DateTimeOffset at, ContactChannel channel, int? recordedById, string summary, bool openedCase)
    {
        if (string.IsNullOrWhiteSpace(summary))
            throw new ArgumentException("A contact needs a summary of what was said.", nameof(summary));
        At = at.ToUniversalTime();
        Channel = channel;
        RecordedById = recordedById;
        Summary = summary.Trim();
        OpenedCase = openedCase;
    }

    public int Id { get; private set; }
    public int CaseId { get; private set; }
    public DateTimeOffset At { get; private set; }
    public ContactChannel Channel { get; private set; }
    /// <summary>The staff member who had the contact.</summary>
    public int? RecordedById { get; private set; }
    public string Summary { get; private set; }
    /// <summary>True for the contact that opened the case.</summary>
    public bool OpenedCase { get; private set; }

    internal void Anonymise() => Summary = Case.Anonymised;
}
