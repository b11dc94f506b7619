using System.Globalization;
using System.Text;
using ComplaintsBot.Cases.Policies;
using ComplaintsBot.Cases.Policies.Compliance;

namespace ComplaintsBot.Reports;

/// <summary>
/// The annual self-assessment against the Housing Ombudsman's Complaint Handling Code (2024), as Markdown a board
/// can read: for each Code requirement the policy file covers, what the policy says, what the year's data shows,
/// and whether the policy falls short (from <see cref="CodeComplianceCheck"/>).
/// </summary>
public static class SelfAssessmentDocument
{
    public static string Write(Policy policy, ComplaintsReport report, DateTimeOffset generatedAt)
    {
        ArgumentNullException.ThrowIfNull(policy);
        ArgumentNullException.ThrowIfNull(report);
        var findings = CodeComplianceCheck.Check(policy);
        var text = new StringBuilder();
        void Line(string line = "") => text.Append(line).Append('\n');

        Line($"# Complaint Handling Code self-assessment, {report.From:d MMMM yyyy} to {report.To:d MMMM yyyy}".Replace("  ", " ", StringComparison.Ordinal));
        Line();
        Line($"**Landlord:** {Cell(policy.Landlord)}  ");
        Line($"**Policy:** {Cell(policy.Name)} (`{policy.Id}`; source: {Cell(policy.Source)})  ");
        Line($"**Measured against:** the Housing Ombudsman's Complaint Handling Code (2024)  ");
        Line($"**Prepared:** {generatedAt.ToString("d MMMM yyyy", CultureInfo.InvariantCulture)} by ComplaintsBot from the case records");
        Line();
        Line("## Summary");
        Line();
        var breaches = findings.Count(f => f.Severity == FindingSeverity.Breach);
        var warnings = findings.Count - breaches;
        Line(findings.Count == 0
            ? "The policy meets every Code requirement checked below."
            : $"The policy falls short of the Code in {breaches} place{(breaches == 1 ? "" : "s")} and has {warnings} point{(warnings == 1 ? "" : "s")} to review; see the table.");
        var s1 = report.TimelinessOf(1, ComplaintsReportBuilder.Response);
        var s2 = report.TimelinessOf(2, ComplaintsReportBuilder.Response);
        Line($"In the year {report.ComplaintsByStage[0].Received} stage 1 and {report.ComplaintsByStage[1].Received} stage 2 complaints were received; " +
             $"{Percent(s1.WithinCodePercent)} of stage 1 and {Percent(s2.WithinCodePercent)} of stage 2 responses were within the Code's timescales (TSM CH02).");
        Line();
        Line("## Requirement by requirement");
        Line();
        Line("| Code | Requirement | What our policy says | What the data shows | Assessment |");
        Line("|---|---|---|---|---|");
        foreach (var row in Rows(policy, report))
        {
            var shortfalls = findings.Where(f => f.Section == row.Section).ToList();
            var assessment = shortfalls.Count == 0
                ? "Meets the Code"
                : string.Join("<br>", shortfalls
                    .GroupBy(f => (f.Severity, f.CodeRequires))
                    .Select(g => $"{(g.Key.Severity == FindingSeverity.Breach ? "**Falls short**" : "Review")} ({string.Join(", ", g.Select(f => $"`{f.Field}`"))}): the Code requires {Cell(g.Key.CodeRequires)}"));
            Line($"| {row.Section} | {Cell(row.Requirement)} | {Cell(row.PolicySays)} | {Cell(row.DataShows)} | {assessment} |");
        }
        Line();
        Line("## Tenant Satisfaction Measures");
        Line();
        Line("| Measure | Stage | Figure | Basis |");
        Line("|---|---|---|---|");
        foreach (var m in report.TenantSatisfactionMeasures)
        {
            Line($"| {m.Measure} | {m.Stage} | {TsmFigure(m.Measure, m.Value)} | {TsmBasis(m.Measure, m.Numerator, m.Denominator)} |");
        }
        Line();
        Line("By tenure (low-cost rental, LCRA; low-cost home ownership, LCHO; other or not recorded):");
        Line();
        Line("| Measure | Stage | Tenure | Figure | Basis |");
        Line("|---|---|---|---|---|");
        foreach (var m in report.TenantSatisfactionMeasuresByTenure)
        {
            Line($"| {m.Measure} | {m.Stage} | {m.Tenure} | {TsmFigure(m.Measure, m.Value)} | {TsmBasis(m.Measure, m.Numerator, m.Denominator)} |");
        }
        Line();
        Line("## How the figures are worked out");
        Line();
        Line("- Periods are London calendar days. Working days exclude weekends and England and Wales bank holidays, with substitute days.");
        Line("- \"Within policy\" judges each case by its own policy's timescales; \"within the Code\" by the Code's (hoc-2024), counting approved extensions only up to the Code's limits (10 working days at stage 1, 20 at stage 2).");
        Line("- Acknowledgements and responses are counted in the period they were made; those not yet made when the period ended and already late are shown as overdue.");
        Line("- CH02 counts stage responses made in the period, as the Regulator of Social Housing's technical requirements describe.");
        return text.ToString();
    }

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

    private sealed record Row(string Section, string Requirement, string PolicySays, string DataShows);

    private static IEnumerable<Row> Rows(Policy policy, ComplaintsReport report)
    {
        var notAccepted = "complaints kept out of the process are not yet counted by this report";
        yield return new("Code 2.2", "Exclusions are only those the Code allows, each explained to the resident",
            policy.Exclusions.Count == 0 ? "no exclusions" : string.Join("; ", policy.Exclusions.Select(e => e.Id)), notAccepted);
        yield return new("Code 2.3", "Complaints raised within 12 months of the issue (or of becoming aware of it) are accepted",
            policy.AgeLimit.Limit is { } limit ? $"raised within {limit}{(policy.AgeLimit.Discretionary ? ", older ones at a manager's discretion" : "")}" : "no time limit",
            notAccepted);
        yield return new(policy.Stages.Count == 2 ? "Code 5.3" : policy.Stages.Count > 2 ? "Code 6.10" : "Code 5.3", "A two-stage process",
            $"{policy.Stages.Count} stage{(policy.Stages.Count == 1 ? "" : "s")}",
            $"{report.ComplaintsByStage[0].Received} stage 1 and {report.ComplaintsByStage[1].Received} stage 2 complaints received; {report.ComplaintsByStage[0].OpenAtEnd} and {report.ComplaintsByStage[1].OpenAtEnd} open at the end of the year");
        yield return new("Code 5.11", "Escalation is not refused for being late without good reason",
            policy.EscalationWindow is { } window ? $"stage 2 asked for within {window.Within} of {CaseEventWording.Describe(window.From)}" : "no time limit on asking for stage 2",
            $"{report.ComplaintsByStage[1].Received} complaints escalated to stage 2");
        foreach (var code in ComplaintHandlingCode2024.Stages)
        {
            var stage = policy.Stages.FirstOrDefault(s => s.Number == code.Number);
            var ack = report.TimelinessOf(code.Number, ComplaintsReportBuilder.Acknowledgement);
            var response = report.TimelinessOf(code.Number, ComplaintsReportBuilder.Response);
            var extensions = report.Extensions.Single(e => e.Stage == code.Number);
            yield return new(code.AcknowledgeSection, $"Stage {code.Number} acknowledged within {CaseEventWording.Describe(code.Acknowledge)}",
                stage?.Acknowledge is { } a ? $"within {CaseEventWording.Describe(a)}" : "no acknowledgement timescale", Timeliness(ack, "acknowledgements"));
            yield return new(code.RespondSection, $"Stage {code.Number} response within {CaseEventWording.Describe(code.Respond)}",
                stage is null ? "no such stage" : $"within {CaseEventWording.Describe(stage.Respond)}", Timeliness(response, "responses"));
            yield return new(code.ExtensionSection, $"Stage {code.Number} extensions of no more than {code.MaxExtension}, explained to the resident",
                stage is null ? "no such stage" : stage.Extension.Max is { } max ? $"up to {max}, approved by {stage.Extension.Approver}" : stage.Extension.ByAgreement ? "by agreement with the customer, no set length" : "no extensions",
                $"{extensions.Requested} requested, {extensions.Approved} approved, {extensions.Declined} declined, {extensions.PendingAtEnd} undecided at the end of the year");
        }
        var stage2 = policy.Stages.FirstOrDefault(s => s.Number == 2);
        var outcomes = report.Outcomes;
        var compensation = report.Compensation;
        yield return new("Code 6.13", "Stage 2 is considered by someone who did not handle stage 1",
            stage2 is null ? "no stage 2" : stage2.ReviewerMustDifferFromPreviousStage ? $"reviewer must differ{(stage2.ReviewerMustBeMoreSenior ? " and be more senior" : "")}" : "not required",
            $"stage 2 findings: {outcomes[1].Upheld} upheld, {outcomes[1].PartlyUpheld} partly upheld, {outcomes[1].NotUpheld} not upheld");
        yield return new("Code 7", "Remedies put things right, including compensation where due",
            policy.Compensation.Count == 0 ? "no compensation thresholds" : string.Join("; ", policy.Compensation.Select(c => c.HasNoLimit ? $"above that: {c.Approver}" : $"up to £{c.UpTo.ToString("N2", CultureInfo.InvariantCulture)}: {c.Approver}")),
            $"stage 1: {outcomes[0].Upheld} upheld, {outcomes[0].PartlyUpheld} partly, {outcomes[0].NotUpheld} not upheld; £{compensation.Sum(c => c.TotalPounds).ToString("N2", CultureInfo.InvariantCulture)} compensation in {compensation.Sum(c => c.Responses)} responses");
    }

    private static string Timeliness(TimelinessRow row, string what) =>
        row.Made == 0
            ? $"no {what} made; {row.OverdueAtEnd} overdue at the end of the year"
            : $"{row.Made} {what}: {Percent(row.WithinPolicyPercent)} within policy, {Percent(row.WithinCodePercent)} within the Code; {row.OverdueAtEnd} overdue at the end of the year";

    private static string Percent(decimal? value) => value is { } v ? v.ToString("0.0", CultureInfo.InvariantCulture) + "%" : "none (nothing to measure)";

    // Table cells: policy text may hold pipes or line breaks.
    private static string Cell(string text) => text.Replace("|", "\\|", StringComparison.Ordinal).Replace("\n", " ", StringComparison.Ordinal);
}
