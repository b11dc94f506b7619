using ComplaintsBot.Cases.Domain;
using ComplaintsBot.Cases.Policies;

namespace ComplaintsBot.Reports;

/// <summary>
/// Builds the annual complaints performance and service improvement report (Code 8.1) for the financial year that
/// starts on 1 April of <c>year</c>: the figures of <see cref="ComplaintsReportBuilder"/> and, from the cases
/// themselves, the complaints refused, the learning recorded at closing and the Ombudsman's determinations.
/// </summary>
public sealed class AnnualReportBuilder(ReportCases cases, ComplaintsReportBuilder figures, TimeProvider clock)
{
    public static ReportPeriod FinancialYear(int year) => new(new DateOnly(year, 4, 1), new DateOnly(year + 1, 3, 31));

    public async Task<AnnualReport> BuildAsync(
        int year, Policy policy, ReportHomes homes, IReadOnlyDictionary<string, LandlordEvidence> evidence, string? governingBodyResponse,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(policy);
        var period = FinancialYear(year);
        var all = await cases.ReceivedBeforeAsync(period.End, cancellationToken);
        var report = figures.Build(all, period, homes);
        return Build(year, policy, report, all, evidence, governingBodyResponse, clock.GetUtcNow());
    }

    public static AnnualReport Build(
        int year, Policy policy, ComplaintsReport report, IReadOnlyList<Case> all, IReadOnlyDictionary<string, LandlordEvidence> evidence,
        string? governingBodyResponse, DateTimeOffset preparedAt)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(all);
        var period = new ReportPeriod(report.From, report.To);
        var complaints = all.Where(c => c.Kind == ContactKind.Complaint).ToList();

        // Refused in the year: the exclusion that took the complaint out of the process, decided in the year.
        var notAccepted = complaints
            .SelectMany(c => c.ExclusionDecisions)
            .Where(d => d.Outcome == ExclusionOutcome.NotAccepted && period.Contains(d.DecidedAt))
            .GroupBy(d => d.ExclusionId, StringComparer.Ordinal)
            .Select(g => new CountRow(g.Key, g.Count()))
            .OrderByDescending(r => r.Count).ThenBy(r => r.Key, StringComparer.Ordinal)
            .ToList();

        var closed = complaints.Where(c => c.Status == CaseStatus.Closed && period.Contains(c.ClosedAt)).ToList();
        var upheld = closed.Where(c => c.Stages.Any(s => s.Response?.Outcome is StageOutcome.Upheld or StageOutcome.PartlyUpheld)).ToList();
        var learning = closed
            .Where(c => c.Learning is not null || c.ServiceImprovement is not null)
            .OrderBy(c => c.ClosedAt)
            .Select(c => new LearningRow(c.Reference.ToString(), Cases.Time.LondonTime.DateOf(c.ClosedAt!.Value), c.ServiceArea, c.Theme, c.Learning, c.ServiceImprovement))
            .ToList();

        // Stage 2 considered by whoever handled stage 1 (Code 6.13), among complaints escalated in the year.
        var sameHandler = complaints.Count(c => c.Stage(2) is { } two && period.Contains(two.OpenedAt)
            && c.Stage(1)?.OwnerId is { } first && two.OwnerId == first);

        var ombudsman = complaints
            .Where(c => c.OmbudsmanDetermination is { } d && d.DeterminedOn >= period.From && d.DeterminedOn <= period.To)
            .OrderBy(c => c.OmbudsmanDetermination!.DeterminedOn)
            .Select(c => new OmbudsmanRow(c.Reference.ToString(), c.OmbudsmanDetermination!.DeterminedOn, c.OmbudsmanDetermination.Finding.Describe(),
                c.OmbudsmanDetermination.Finding.IsAdverse(), c.OmbudsmanDetermination.Orders))
            .ToList();

        var response = string.IsNullOrWhiteSpace(governingBodyResponse) ? null : governingBodyResponse.Trim();
        var records = new AnnualSelfAssessment.YearRecords(report, notAccepted, sameHandler, upheld.Count,
            upheld.Count(c => c.Learning is not null || c.ServiceImprovement is not null), ombudsman, response is not null);
        return new AnnualReport
        {
            Landlord = policy.Landlord,
            PolicyId = policy.Id,
            PolicyName = policy.Name,
            Year = $"{report.From.Year}/{(report.From.Year + 1) % 100:00}",
            PreparedAt = preparedAt,
            Figures = report,
            SelfAssessment = AnnualSelfAssessment.Assess(policy, records, evidence),
            NotAccepted = notAccepted,
            Learning = learning,
            UpheldClosed = upheld.Count,
            Ombudsman = ombudsman,
            GoverningBodyResponse = response,
        };
    }
}
