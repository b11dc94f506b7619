using System.Globalization;
using System.Text;
using ComplaintsBot.Cases.Policies;
using ComplaintsBot.Cases.Policies.Compliance;

namespace ComplaintsBot.Reports;

/// <summary>
/// The annual self-assessment against the Housing Ombudsman's Complaint Handling Code (2024), as Markdown a board
/// can read: every provision of the Ombudsman's self-assessment form (<see cref="SelfAssessmentForm"/>), each with the
/// assessment the annual report makes (<see cref="AnnualSelfAssessment"/>): the same rows, so the two cannot differ.
/// </summary>
public static class SelfAssessmentDocument
{
    public static string Write(Policy policy, AnnualReport report)
    {
        ArgumentNullException.ThrowIfNull(policy);
        ArgumentNullException.ThrowIfNull(report);
        var f = report.Figures;
        var text = new StringBuilder();
        void Line(string line = "") => text.Append(line).Append('\n');

        Line($"# Complaint Handling Code self-assessment, {Day(f.From)} to {Day(f.To)}");
        Line();
        Line($"**Landlord:** {Cell(policy.Landlord)}  ");
        Line($"**Policy:** {Cell(policy.Name)} (`{policy.Id}`; source: {Cell(policy.Source)})  ");
        Line($"**Measured against:** the Housing Ombudsman's Complaint Handling Code (2024), every provision of its self-assessment form  ");
        Line($"**Prepared:** {report.PreparedAt.ToString("d MMMM yyyy", CultureInfo.InvariantCulture)} by ComplaintsBot from the case records");
        Line();
        Line("## Summary");
        Line();
        Line($"Of the {report.SelfAssessment.Count} provisions of the Code's self-assessment form, {report.Count(AssessmentVerdict.Complies)} comply, " +
             $"{report.Count(AssessmentVerdict.PartlyComplies)} partly comply, {report.Count(AssessmentVerdict.DoesNotComply)} do not comply, and " +
             $"{report.Count(AssessmentVerdict.LandlordToEvidence)} need the landlord's evidence (neither the policy file nor the case records can show them).");
        var s1 = f.TimelinessOf(1, ComplaintsReportBuilder.Response);
        var s2 = f.TimelinessOf(2, ComplaintsReportBuilder.Response);
        Line($"In the year {f.ComplaintsByStage[0].Received} stage 1 and {f.ComplaintsByStage[1].Received} stage 2 complaints were received; " +
             $"{Percent(s1.WithinCodePercent)} of stage 1 and {Percent(s2.WithinCodePercent)} of stage 2 responses were within the Code's timescales (TSM CH02).");
        Line();
        Line("## Provision by provision");
        foreach (var (number, title) in SelfAssessmentForm.Sections)
        {
            Line();
            Line($"### Section {number}: {title}");
            Line();
            Line("| Code | Requirement | Evidence | What the records show | Verdict |");
            Line("|---|---|---|---|---|");
            foreach (var row in report.SelfAssessment.Where(r => r.Section == number))
                Line($"| {row.Provision} | {Cell(row.Requirement)} | {Cell(row.Evidence)} | {Cell(row.Data)} | **{row.Verdict.Describe()}**: {Cell(row.Reason)} |");
        }
        Line();
        Line("## Tenant Satisfaction Measures");
        Line();
        Line("| Measure | Stage | Figure | Basis |");
        Line("|---|---|---|---|");
        foreach (var m in f.TenantSatisfactionMeasures)
            Line($"| {m.Measure} | {m.Stage} | {TsmFigure(m.Measure, m.Value)} | {TsmBasis(m.Measure, m.Numerator, m.Denominator)} |");
        Line();
        Line("By tenure (low-cost rental, LCRA; low-cost home ownership, LCHO; other or not recorded):");
        Line();
        Line("| Measure | Stage | Tenure | Figure | Basis |");
        Line("|---|---|---|---|---|");
        foreach (var m in f.TenantSatisfactionMeasuresByTenure)
            Line($"| {m.Measure} | {m.Stage} | {m.Tenure} | {TsmFigure(m.Measure, m.Value)} | {TsmBasis(m.Measure, m.Numerator, m.Denominator)} |");
        Line();
        Line("## How the figures are worked out");
        Line();
        Line("- Periods are London calendar days. Working days exclude weekends and England and Wales bank holidays, with substitute days.");
        Line("- \"Within policy\" judges each case by its own policy's timescales; \"within the Code\" by the Code's (hoc-2024), counting approved extensions only up to the Code's limits (10 working days at stage 1, 20 at stage 2).");
        Line("- Acknowledgements and responses are counted in the period they were made; those not yet made when the period ended and already late are shown as overdue.");
        Line("- CH02 counts stage responses made in the period, as the Regulator of Social Housing's technical requirements describe.");
        return text.ToString();
    }

    private static string Day(DateOnly date) => date.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);

    /// <summary>A TSM's figure, for the whole landlord or one tenure: CH01 per 1,000 homes, CH02 as a percentage.</summary>
    private static string TsmFigure(string measure, decimal? value) =>
        measure == "CH01"
            ? value is { } rate ? $"{rate.ToString("0.00", CultureInfo.InvariantCulture)} per 1,000 homes" : "number of homes not configured"
            : Percent(value);

    /// <summary>What a TSM's figure was worked out from.</summary>
    private static string TsmBasis(string measure, int numerator, int? denominator) =>
        measure == "CH01"
            ? $"{numerator} complaints; {(denominator is { } homes ? homes.ToString("N0", CultureInfo.InvariantCulture) + " homes" : "homes unknown")}"
            : $"{numerator} of {denominator} responses within the Code's timescales";

    private static string Percent(decimal? value) => AnnualSelfAssessment.Percent(value);

    // Table cells: policy text may hold pipes or line breaks.
    private static string Cell(string text) => text.Replace("|", "\\|", StringComparison.Ordinal).Replace("\n", " ", StringComparison.Ordinal);
}
