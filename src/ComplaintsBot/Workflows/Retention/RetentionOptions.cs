using ComplaintsBot.Cases.Policies;

namespace ComplaintsBot.Workflows.Retention;

/// <summary>The retention schedule and its job (configuration section "Retention").</summary>
public sealed class RetentionOptions
{
    public const string SectionName = "Retention";

    /// <summary>Off stops the scheduled job (the CLI can still list and run it).</summary>
    public bool Enabled { get; set; } = true;
    /// <summary>How often the job runs; it finds its work through an index, so a run with nothing due costs one query.</summary>
    public TimeSpan RunInterval { get; set; } = TimeSpan.FromHours(6);
    /// <summary>How long after the host starts the first run waits, so it never competes with the start itself.</summary>
    public TimeSpan FirstRunDelay { get; set; } = TimeSpan.FromMinutes(1);
    /// <summary>Years each kind of record is kept after the case ended (closed, or not accepted as a complaint).</summary>
    public RetentionPeriods YearsAfterClosure { get; set; } = new();
}

/// <summary>
/// Whole years after closure, per kind of record. Six for complaints, the period landlords commonly keep complaint
/// files for (the limitation period for a claim in contract or tort, Limitation Act 1980 ss. 2 and 5); the same for the
/// others until the landlord's own schedule says shorter.
/// </summary>
public sealed class RetentionPeriods
{
    public int Complaint { get; set; } = 6;
    public int ServiceRequest { get; set; } = 6;
    public int Compliment { get; set; } = 6;
    public int Feedback { get; set; } = 6;

    public int For(ContactKind kind) => kind switch
    {
        ContactKind.Complaint => Complaint,
        ContactKind.ServiceRequest => ServiceRequest,
        ContactKind.Compliment => Compliment,
        ContactKind.Feedback => Feedback,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Not a kind of record the schedule knows."),
    };

    public IEnumerable<int> All => [Complaint, ServiceRequest, Compliment, Feedback];
}
