using ComplaintsBot.Cases.Policies;
using ComplaintsBot.Cases.Time;

namespace ComplaintsBot.Cases.Deadlines;

/// <summary>
/// Whether an issue was raised within the policy's time limit. "Within N months": in time if the issue
/// date is no earlier than the same day of the month N months before receipt, clamped to the end of a
/// shorter month (received 31 August, 6 months: the last day of February). The date counted from is the one
/// the policy names (<see cref="AgeLimit.CountsFrom"/>): when the issue occurred (HiS, cfp-2018, whg, WCH, TCH),
/// when the customer became aware of it, or the later of the two, as the Code allows (Code 2.3).
/// </summary>
public static class AgeLimitCheck
{
    /// <param name="concerns">Concerns raised with the issue (for example "safeguarding"), matched against the policy's exceptions.</param>
    /// <param name="calendar">Only for limits stated in working days; England and Wales by default.</param>
    public static AgeLimitResult Check(
        AgeLimit ageLimit,
        DateOnly received,
        DateOnly occurred,
        DateOnly? becameAware = null,
        IEnumerable<string>? concerns = null,
        WorkingDayCalendar? calendar = null)
    {
        ArgumentNullException.ThrowIfNull(ageLimit);
        var issue = ageLimit.CountsFrom switch
        {
            AgeLimitBasis.Issue => occurred,
            AgeLimitBasis.Awareness => becameAware ?? occurred,
            _ => becameAware is { } aware && aware > occurred ? aware : occurred,
        };
        if (issue > received)
            throw new ArgumentException(
                $"The issue date {issue:yyyy-MM-dd} is after the complaint was received ({received:yyyy-MM-dd}).", nameof(occurred));
        if (ageLimit.Limit is not { } limit) return new AgeLimitResult(AgeLimitOutcome.NoLimit, issue, null, null);

        var earliest = EarliestInTime(received, limit, calendar ?? WorkingDayCalendar.EnglandAndWales);
        if (issue >= earliest) return new AgeLimitResult(AgeLimitOutcome.InTime, issue, earliest, null);

        foreach (var concern in concerns ?? [])
            foreach (var exception in ageLimit.Exceptions)
                if (string.Equals(concern.Trim(), exception, StringComparison.OrdinalIgnoreCase))
                    // TCH 2: a good reason is for the named decider to weigh; it does not let the complaint in by itself.
                    return new AgeLimitResult(ageLimit.ExceptionsGoToDecider ? AgeLimitOutcome.OutOfTimeAtDiscretion : AgeLimitOutcome.ExceptionApplies,
                        issue, earliest, exception);

        var outcome = ageLimit.Discretionary ? AgeLimitOutcome.OutOfTimeAtDiscretion : AgeLimitOutcome.OutOfTime;
        return new AgeLimitResult(outcome, issue, earliest, null);
    }

    /// <summary>The earliest issue date that is in time for a complaint received on the date.</summary>
    public static DateOnly EarliestInTime(DateOnly received, Timescale limit, WorkingDayCalendar calendar) => limit.Unit switch
    {
        // DateOnly.AddMonths clamps to the end of a shorter month.
        TimeUnit.Months => received.AddMonths(-limit.Amount),
        TimeUnit.CalendarDays => received.AddDays(-limit.Amount),
        TimeUnit.WorkingDays => calendar.AddWorkingDays(received, -limit.Amount),
        _ => throw new ArgumentException($"An age limit of {limit} is not supported; state it in months, days or working days.", nameof(limit)),
    };
}
