namespace ComplaintsBot.Cases.Deadlines;

/// <summary>One deadline of a case, as it stands at the moment it was computed for.</summary>
/// <param name="Kind">Which deadline; <see cref="Name"/> spells it for people and files.</param>
/// <param name="Due">The last moment that is in time, with London's offset (23:59:59 London for day-based timescales).</param>
/// <param name="DueDate">The London calendar date of <paramref name="Due"/>.</param>
/// <param name="Provisional">
/// True when the deadline runs from an event that has not happened yet and was computed from that
/// event's own due date; it moves when the event is recorded.
/// </param>
/// <param name="Status">Where it stands at the moment given.</param>
/// <param name="WorkingDaysLeft">
/// Working days after today (London) up to and including the due date: 0 when due today, negative when
/// overdue by that many working days; null once met.
/// </param>
/// <param name="MetAt">When the event that meets the deadline happened, if it has.</param>
public readonly record struct CaseDeadline(
    DeadlineKind Kind,
    DateTimeOffset Due,
    DateOnly DueDate,
    bool Provisional,
    DeadlineStatus Status,
    int? WorkingDaysLeft,
    DateTimeOffset? MetAt)
{
    public string Name => Kind.Name();
}
