using ComplaintsBot.Cases.Deadlines;
using ComplaintsBot.Cases.Domain;
using ComplaintsBot.Cases.Policies;

namespace ComplaintsBot.Reports;

/// <summary>
/// Works out a period's figures from the store. Deadlines are judged twice: by the case's own policy, and by
/// the Complaint Handling Code (hoc-2024) for "within the Code's timescales" and TSM CH02. Events after the
/// period are ignored, so a case answered later counts as open at the end of the period.
/// </summary>
public sealed class ComplaintsReportBuilder(ReportCases cases, PolicyCatalog policies, CaseDeadlines deadlines, DeadlineCalculator calculator)
{
    public const string Acknowledgement = "acknowledgement";
    public const string Response = "response";
    private const string None = "(none)";
    private static readonly int[] StageNumbers = [1, 2];

    public Task<ComplaintsReport> BuildAsync(ReportPeriod period, int? homes, CancellationToken cancellationToken = default) =>
        BuildAsync(period, homes, ReportFilter.None, cancellationToken);

    /// <summary>The period's figures over the cases that pass <paramref name="filter"/>.</summary>
    public Task<ComplaintsReport> BuildAsync(ReportPeriod period, int? homes, ReportFilter filter, CancellationToken cancellationToken = default) =>
        BuildAsync(period, new ReportHomes(homes), filter, cancellationToken);

    /// <summary>The figures, with CH01 also per 1,000 homes of each tenure where their numbers are known.</summary>
    public async Task<ComplaintsReport> BuildAsync(ReportPeriod period, ReportHomes homes, ReportFilter filter, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(period);
        var all = await cases.ReceivedBeforeAsync(period.End, filter, cancellationToken);
        return Build(all, period, homes);
    }

    /// <summary>Month by month through the period: complaints received per stage, CH02 shares, compliments and complaints.</summary>
    public Task<IReadOnlyList<TrendPoint>> TrendAsync(ReportPeriod period, CancellationToken cancellationToken = default) =>
        TrendAsync(period, ReportFilter.None, cancellationToken);

    /// <summary>The trend over the cases that pass <paramref name="filter"/>.</summary>
    public async Task<IReadOnlyList<TrendPoint>> TrendAsync(ReportPeriod period, ReportFilter filter, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(period);
        var all = await cases.ReceivedBeforeAsync(period.End, filter, cancellationToken);
        return period.Months().Select(month =>
        {
            var report = Build(all, month, ReportHomes.None);
            return new TrendPoint(
                $"{month.From:yyyy-MM}",
                report.Measure("CH01", 1).Numerator,
                report.Measure("CH01", 2).Numerator,
                report.Measure("CH02", 1).Value,
                report.Measure("CH02", 2).Value,
                report.ComplimentsAndComplaints.Compliments,
                report.ComplimentsAndComplaints.Complaints);
        }).ToList();
    }

    /// <summary>The figures from cases already read (all those received before the period's end).</summary>
    public ComplaintsReport Build(IReadOnlyList<Case> all, ReportPeriod period, int? homes) => Build(all, period, new ReportHomes(homes));

    /// <summary>The figures from cases already read, with the homes of each tenure for CH01 by tenure.</summary>
    public ComplaintsReport Build(IReadOnlyList<Case> all, ReportPeriod period, ReportHomes homes)
    {
        ArgumentNullException.ThrowIfNull(homes);
        foreach (var count in new[] { homes.Total, homes.LowCostRental, homes.LowCostHomeOwnership })
            if (count is <= 0) throw new ArgumentOutOfRangeException(nameof(homes), count, "The number of homes must be positive.");
        var received = all.Where(c => period.Contains(c.ReceivedAt)).ToList();
        var complaints = all.Where(c => c.Kind == ContactKind.Complaint && !NotAcceptedBy(c, period.End)).ToList();
        var judged = complaints.Select(c => Judge(c, period.End)).ToList();

        var timeliness = new List<TimelinessRow>();
        foreach (var stage in StageNumbers)
        {
            timeliness.Add(Timeliness(judged, period, stage, Acknowledgement, s => s.AcknowledgedAt, AcknowledgeKind(stage)));
            timeliness.Add(Timeliness(judged, period, stage, Response, s => s.Response?.RespondedAt, ResponseKind(stage)));
        }

        return new ComplaintsReport
        {
            From = period.From,
            To = period.To,
            Homes = homes.Total,
            ContactsByCategory = CountBy(received, c => c.CategoryId),
            ContactsByServiceArea = CountBy(received, c => c.ServiceArea),
            ContactsByTheme = CountBy(received, c => c.Theme),
            ContactsByChannel = CountBy(received, c => c.Channel.ToString()),
            ComplaintsByStage = StageNumbers.Select(n => StageCounts(complaints, period, n)).ToList(),
            ComplimentsAndComplaints = Balance(received),
            Timeliness = timeliness,
            Extensions = StageNumbers.Select(n => Extensions(complaints, period, n)).ToList(),
            Outcomes = StageNumbers.Select(n => Outcomes(complaints, period, n)).ToList(),
            Compensation = StageNumbers.Select(n => Compensation(complaints, period, n)).ToList(),
            TenantSatisfactionMeasures = Measures(complaints, timeliness, period, homes.Total),
            TenantSatisfactionMeasuresByTenure = MeasuresByTenure(judged, period, homes),
            RepeatThemes = RepeatThemes(received),
        };
    }

    // A complaint with its deadlines as they stood at the end of the period, by its policy and by the Code.
    private sealed record Judged(Case Case, DeadlineSet ByPolicy, DeadlineSet ByCode);

    private Judged Judge(Case @case, DateTimeOffset end)
    {
        // The case's own policy, or the active one when the catalog no longer holds it (CaseDeadlines' one fallback).
        var policy = deadlines.PolicyOf(@case);
        var code = policies.Get(PolicyCatalog.DefaultPolicyId);
        var own = CaseAsAt.Timeline(@case, CaseTrack.Complaint, end);
        return new Judged(@case, calculator.Compute(policy, own, end), calculator.Compute(code, CaseAsAt.CodeTimeline(@case, code, end), end));
    }

    private static TimelinessRow Timeliness(List<Judged> judged, ReportPeriod period, int stage, string step, Func<CaseStage, DateTimeOffset?> madeAt, DeadlineKind kind)
    {
        int made = 0, withinPolicy = 0, withinCode = 0, overdue = 0;
        foreach (var j in judged)
        {
            if (j.Case.Stage(stage) is not { } s || !period.ByEnd(s.OpenedAt)) continue;
            if (period.Contains(madeAt(s)))
            {
                made++;
                if (InTime(j.ByPolicy, kind)) withinPolicy++;
                if (InTime(j.ByCode, kind)) withinCode++;
            }
            else if (!period.ByEnd(madeAt(s)) && !ClosedBy(j.Case, period.End) && j.ByPolicy.Find(kind) is { Status: DeadlineStatus.Overdue })
            {
                overdue++;
            }
        }
        return new TimelinessRow(stage, step, made, withinPolicy, Percent(withinPolicy, made), withinCode, Percent(withinCode, made), overdue);
    }

    // A step the policy sets no deadline for cannot be late by it.
    private static bool InTime(DeadlineSet deadlines, DeadlineKind kind) =>
        deadlines.Find(kind) is not { } deadline || deadline.Status == DeadlineStatus.Met;

    private static StageCountRow StageCounts(List<Case> complaints, ReportPeriod period, int stage)
    {
        var stages = complaints.Select(c => (Case: c, Stage: c.Stage(stage))).Where(x => x.Stage is not null).ToList();
        return new StageCountRow(
            stage,
            Received: stages.Count(x => period.Contains(x.Stage!.OpenedAt)),
            Responded: stages.Count(x => period.Contains(x.Stage!.Response?.RespondedAt)),
            OpenAtEnd: stages.Count(x => period.ByEnd(x.Stage!.OpenedAt) && !period.ByEnd(x.Stage.Response?.RespondedAt) && !ClosedBy(x.Case, period.End)));
    }

    private static FeedbackBalanceRow Balance(List<Case> received)
    {
        var compliments = received.Count(c => c.Kind == ContactKind.Compliment);
        var complaints = received.Count(c => c.Kind == ContactKind.Complaint);
        return new FeedbackBalanceRow(compliments, complaints, complaints == 0 ? null : Math.Round((decimal)compliments / complaints, 2) + 0.00m);
    }

    private static ExtensionRow Extensions(List<Case> complaints, ReportPeriod period, int stage)
    {
        var extensions = complaints.Select(c => c.Stage(stage)).OfType<CaseStage>().SelectMany(s => s.Extensions).ToList();
        return new ExtensionRow(
            stage,
            Requested: extensions.Count(e => period.Contains(e.RequestedAt)),
            Approved: extensions.Count(e => e.Decision == ExtensionDecision.Approved && period.Contains(e.DecidedAt)),
            Declined: extensions.Count(e => e.Decision == ExtensionDecision.Declined && period.Contains(e.DecidedAt)),
            PendingAtEnd: extensions.Count(e => period.ByEnd(e.RequestedAt) && !period.ByEnd(e.DecidedAt)));
    }

    private static List<StageResponse> ResponsesIn(List<Case> complaints, ReportPeriod period, int stage) =>
        complaints.Select(c => c.Stage(stage)?.Response).OfType<StageResponse>().Where(r => period.Contains(r.RespondedAt)).ToList();

    private static OutcomeRow Outcomes(List<Case> complaints, ReportPeriod period, int stage)
    {
        var responses = ResponsesIn(complaints, period, stage);
        return new OutcomeRow(stage,
            responses.Count(r => r.Outcome == StageOutcome.Upheld),
            responses.Count(r => r.Outcome == StageOutcome.PartlyUpheld),
            responses.Count(r => r.Outcome == StageOutcome.NotUpheld));
    }

    private static CompensationRow Compensation(List<Case> complaints, ReportPeriod period, int stage)
    {
        var paid = ResponsesIn(complaints, period, stage).Where(r => r.Compensation > 0).ToList();
        return new CompensationRow(stage, paid.Count, paid.Sum(r => r.Compensation!.Value));
    }

    private static List<TenantSatisfactionMeasureRow> Measures(List<Case> complaints, List<TimelinessRow> timeliness, ReportPeriod period, int? homes)
    {
        var rows = new List<TenantSatisfactionMeasureRow>();
        foreach (var stage in StageNumbers)
        {
            var received = complaints.Count(c => period.Contains(c.Stage(stage)?.OpenedAt));
            rows.Add(new("CH01", stage, received, homes, homes is { } h ? Math.Round(received * 1000m / h, 2) + 0.00m : null));
        }
        foreach (var stage in StageNumbers)
        {
            var responses = timeliness.Single(t => t.Stage == stage && t.Step == Response);
            rows.Add(new("CH02", stage, responses.WithinCode, responses.Made, responses.WithinCodePercent));
        }
        return rows;
    }

    /// <summary>The report's names for the tenures, in the order the Regulator lists them.</summary>
    public static readonly IReadOnlyList<(CustomerTenure Tenure, string Name)> Tenures =
        [(CustomerTenure.LowCostRental, "LCRA"), (CustomerTenure.LowCostHomeOwnership, "LCHO"), (CustomerTenure.Other, "other")];

    // CH01 and CH02 counted as above over the complaints of customers of each tenure.
    private static List<TenureMeasureRow> MeasuresByTenure(List<Judged> judged, ReportPeriod period, ReportHomes homes)
    {
        var rows = new List<TenureMeasureRow>();
        foreach (var stage in StageNumbers)
            foreach (var (tenure, name) in Tenures)
            {
                var received = judged.Count(j => j.Case.Customer.Tenure == tenure && period.Contains(j.Case.Stage(stage)?.OpenedAt));
                var count = homes.Of(tenure);
                rows.Add(new("CH01", stage, name, received, count, count is { } h ? Math.Round(received * 1000m / h, 2) + 0.00m : null));
            }
        foreach (var stage in StageNumbers)
            foreach (var (tenure, name) in Tenures)
            {
                var responses = Timeliness(judged.Where(j => j.Case.Customer.Tenure == tenure).ToList(), period, stage, Response, s => s.Response?.RespondedAt, ResponseKind(stage));
                rows.Add(new("CH02", stage, name, responses.WithinCode, responses.Made, responses.WithinCodePercent));
            }
        return rows;
    }

    private static List<RepeatThemeRow> RepeatThemes(List<Case> received)
    {
        var themed = received.Where(c => c.Theme is not null).ToList();
        // Once a customer's cases are anonymised (retention, erasure) each stands under its alias, which every case of
        // the customer was given when the first was: the repeats are still counted together, under no one's name.
        var byProperty = Repeats(themed.Where(c => c.Customer.TenancyReference is not null), "property", c => c.HomeAlias ?? c.Customer.TenancyReference!);
        var byCustomer = Repeats(themed.Where(c => c.Customer.Name is not null), "customer", c => c.CustomerAlias ?? c.Customer.Name!);
        return byProperty.Concat(byCustomer).ToList();
    }

    private static IEnumerable<RepeatThemeRow> Repeats(IEnumerable<Case> themed, string basis, Func<Case, string> subject) =>
        themed
            .GroupBy(c => (Theme: c.Theme!.ToLowerInvariant(), Subject: subject(c).ToLowerInvariant()))
            .Where(g => g.Count() > 1)
            .Select(g => g.OrderBy(c => c.ReceivedAt).ToList())
            .Select(g => new RepeatThemeRow(g[0].Theme!, basis, subject(g[0]), g.Count, string.Join(' ', g.Select(c => c.Reference.ToString()))))
            .OrderBy(r => r.Theme, StringComparer.Ordinal).ThenBy(r => r.Subject, StringComparer.Ordinal);

    private static List<CountRow> CountBy(List<Case> received, Func<Case, string?> key) =>
        received.GroupBy(c => key(c) ?? None, StringComparer.OrdinalIgnoreCase)
            .Select(g => new CountRow(g.Key, g.Count()))
            .OrderByDescending(r => r.Count).ThenBy(r => r.Key, StringComparer.Ordinal)
            .ToList();

    private static bool NotAcceptedBy(Case @case, DateTimeOffset end) =>
        @case.ExclusionDecisions.Any(d => d.Outcome == ExclusionOutcome.NotAccepted && d.DecidedAt < end);

    private static bool ClosedBy(Case @case, DateTimeOffset end) => @case.ClosedAt < end;

    // Adding 0.0m keeps one decimal place in files even for whole numbers (80.0, not 80).
    private static decimal? Percent(int part, int whole) => whole == 0 ? null : Math.Round(part * 100m / whole, 1, MidpointRounding.AwayFromZero) + 0.0m;

    private static DeadlineKind AcknowledgeKind(int stage) => stage == 1 ? DeadlineKind.Stage1Acknowledge : DeadlineKind.Stage2Acknowledge;

    private static DeadlineKind ResponseKind(int stage) => stage == 1 ? DeadlineKind.Stage1Response : DeadlineKind.Stage2Response;
}
