using ComplaintsBot.Cases.Time;

namespace ComplaintsBot.Reports;

/// <summary>
/// The London calendar days a report covers, both included: from 00:00 London on <see cref="From"/> up to,
/// not including, 00:00 London on the day after <see cref="To"/>.
/// </summary>
public sealed record ReportPeriod
{
    public ReportPeriod(DateOnly from, DateOnly to)
    {
        if (to < from)
            throw new ArgumentException($"The period ends ({to:yyyy-MM-dd}) before it starts ({from:yyyy-MM-dd}).", nameof(to));
        From = from;
        To = to;
    }

    public DateOnly From { get; }
    public DateOnly To { get; }

    /// <summary>00:00 London on the first day.</summary>
    public DateTimeOffset Start => LondonTime.StartOfDay(From);

    /// <summary>00:00 London on the day after the last: the first instant outside the period.</summary>
    public DateTimeOffset End => LondonTime.StartOfDay(To.AddDays(1));

    public bool Contains(DateTimeOffset? instant) => instant is { } at && at >= Start && at < End;

    /// <summary>Happened before the period ended (so it counts "as at the end of the period").</summary>
    public bool ByEnd(DateTimeOffset? instant) => instant is { } at && at < End;

    /// <summary>The calendar months the period touches, each cut to the period, for trends.</summary>
    public IEnumerable<ReportPeriod> Months()
    {
        for (var month = new DateOnly(From.Year, From.Month, 1); month <= To; month = month.AddMonths(1))
        {
            var last = month.AddMonths(1).AddDays(-1);
            yield return new ReportPeriod(month < From ? From : month, last > To ? To : last);
        }
    }

    public override string ToString() => $"{From:yyyy-MM-dd} to {To:yyyy-MM-dd}";
}
