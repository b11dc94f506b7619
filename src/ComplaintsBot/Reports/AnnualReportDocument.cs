using System.Globalization;
using ComplaintsBot.Cases.Policies.Compliance;

namespace ComplaintsBot.Reports;

/// <summary>
/// The annual complaints performance and service improvement report in the order a governing body reads it: summary,
/// volumes, timeliness, outcomes and compensation, the Tenant Satisfaction Measures, themes, the Ombudsman's
/// determinations, learning and service improvements, the self-assessment (Code 8.1) and the governing body's
/// response (Code 8.2).
/// </summary>
public static class AnnualReportDocument
{
    public const string GoverningBodyHeading = "10. The governing body's response";

    public static ReportDocument Write(AnnualReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var f = report.Figures;
        var blocks = new List<ReportBlock>();
        void H(string text, int level = 1) => blocks.Add(new ReportHeading(level, text));
        void P(string text) => blocks.Add(new ReportParagraph(text));
        void T(string id, string[] columns, IEnumerable<string[]> rows) => blocks.Add(new ReportTableBlock(id, columns, [.. rows]));

        P($"{report.Landlord}. Financial year {report.Year}: {Day(f.From)} to {Day(f.To)}. Policy: {report.PolicyName} ({report.PolicyId}). " +
          $"Prepared {report.PreparedAt.ToString("d MMMM yyyy", CultureInfo.InvariantCulture)} from the case records, for the governing body and for " +
          "publication on the complaints pages of our website with its response, as the Housing Ombudsman's Complaint Handling Code (2024) requires (Code 8.1, 8.2).");

        H("1. Summary");
        var s1 = f.TimelinessOf(1, ComplaintsReportBuilder.Response);
        var s2 = f.TimelinessOf(2, ComplaintsReportBuilder.Response);
        P($"We received {f.ComplaintsByStage[0].Received} stage 1 complaints and {f.ComplaintsByStage[1].Received} were escalated to stage 2. " +
          $"{Percent(s1.WithinCodePercent)} of stage 1 and {Percent(s2.WithinCodePercent)} of stage 2 responses were within the Code's timescales (TSM CH02). " +
          $"{report.NotAccepted.Sum(r => r.Count)} complaints were not accepted. The Housing Ombudsman made {report.Ombudsman.Count} determinations on our complaints, " +
          $"{report.Ombudsman.Count(o => o.Adverse)} with a finding of failure.");
        P($"Against the {report.SelfAssessment.Count} provisions of the Code: {report.Count(AssessmentVerdict.Complies)} complied with, " +
          $"{report.Count(AssessmentVerdict.PartlyComplies)} partly, {report.Count(AssessmentVerdict.DoesNotComply)} not, and " +
          $"{report.Count(AssessmentVerdict.LandlordToEvidence)} to be evidenced by the landlord (section 9).");

        H("2. Volumes");
        T("complaints-by-stage", ["Stage", "Received", "Responded", "Open at the end of the year"],
            f.ComplaintsByStage.Select(r => new[] { $"Stage {r.Stage}", N(r.Received), N(r.Responded), N(r.OpenAtEnd) }));
        T("contacts-by-category", ["Kind of contact", "Number"], f.ContactsByCategory.Select(r => new[] { r.Key, N(r.Count) }));
        T("contacts-by-channel", ["Channel", "Number"], f.ContactsByChannel.Select(r => new[] { r.Key, N(r.Count) }));
        P($"{N(f.ComplimentsAndComplaints.Compliments)} compliments and {N(f.ComplimentsAndComplaints.Complaints)} complaints received" +
          (f.ComplimentsAndComplaints.ComplimentsPerComplaint is { } ratio ? $": {ratio.ToString("0.00", CultureInfo.InvariantCulture)} compliments per complaint." : "."));
        H("Complaints not accepted (Code 8.1: the types of complaint refused)", 2);
        if (report.NotAccepted.Count == 0) P("No complaint was refused in the year.");
        else T("not-accepted", ["Exclusion applied", "Complaints"], report.NotAccepted.Select(r => new[] { r.Key, N(r.Count) }));

        H("3. Timeliness");
        T("timeliness", ["Stage", "Step", "Made", "Within policy", "Within the Code", "Overdue at the end of the year"],
            f.Timeliness.Select(t => new[] { $"Stage {t.Stage}", t.Step, N(t.Made), $"{N(t.WithinPolicy)} ({Percent(t.WithinPolicyPercent)})", $"{N(t.WithinCode)} ({Percent(t.WithinCodePercent)})", N(t.OverdueAtEnd) }));
        T("extensions", ["Stage", "Extensions asked", "Approved", "Declined", "Undecided at the end of the year"],
            f.Extensions.Select(e => new[] { $"Stage {e.Stage}", N(e.Requested), N(e.Approved), N(e.Declined), N(e.PendingAtEnd) }));

        H("4. Outcomes and compensation");
        T("outcomes", ["Stage", "Upheld", "Partly upheld", "Not upheld"],
            f.Outcomes.Select(o => new[] { $"Stage {o.Stage}", N(o.Upheld), N(o.PartlyUpheld), N(o.NotUpheld) }));
        T("compensation", ["Stage", "Responses with compensation", "Total"],
            f.Compensation.Select(c => new[] { $"Stage {c.Stage}", N(c.Responses), AnnualSelfAssessment.Pounds(c.TotalPounds) }));

        H("5. Tenant Satisfaction Measures (CH01, CH02)");
        T("tsm", ["Measure", "Stage", "Figure", "Basis"],
            f.TenantSatisfactionMeasures.Select(m => new[] { m.Measure, $"Stage {m.Stage}", TsmFigure(m.Measure, m.Value), TsmBasis(m.Measure, m.Numerator, m.Denominator) }));
        P("By tenure: low-cost rental accommodation (LCRA), low-cost home ownership (LCHO), and other or not recorded.");
        T("tsm-by-tenure", ["Measure", "Stage", "Tenure", "Figure", "Basis"],
            f.TenantSatisfactionMeasuresByTenure.Select(m => new[] { m.Measure, $"Stage {m.Stage}", m.Tenure, TsmFigure(m.Measure, m.Value), TsmBasis(m.Measure, m.Numerator, m.Denominator) }));

        H("6. Themes");
        T("themes", ["Theme", "Contacts"], f.ContactsByTheme.Select(r => new[] { r.Key, N(r.Count) }));
        T("service-areas", ["Service area", "Contacts"], f.ContactsByServiceArea.Select(r => new[] { r.Key, N(r.Count) }));
        H("Recurring themes", 2);
        if (f.RepeatThemes.Count == 0) P("No theme came back for the same home or customer in the year.");
        // Counts only: the tenancy references and names of the repeat-themes table are personal data, not for publication.
        else T("recurring-themes", ["Theme", "Raised again for the same", "Homes or customers", "Complaints"],
            f.RepeatThemes.GroupBy(r => (r.Theme, r.Basis)).Select(g => new[] { g.Key.Theme, g.Key.Basis, N(g.Count()), N(g.Sum(r => r.Count)) }));

        H("7. The Housing Ombudsman's determinations");
        if (report.Ombudsman.Count == 0) P("The Ombudsman made no determination on our complaints in the year.");
        else
        {
            P($"{report.Ombudsman.Count} determinations; {report.Ombudsman.Count(o => o.Adverse)} found severe maladministration, maladministration or service failure.");
            T("ombudsman", ["Case", "Determined", "Finding", "Orders and recommendations"],
                report.Ombudsman.Select(o => new[] { o.Reference, Day(o.DeterminedOn), o.Finding, o.Orders ?? "" }));
        }

        H("8. Learning and service improvements");
        P($"{report.Learning.Count} complaints closed in the year record what was learnt or a service improvement; " +
          $"{report.UpheldClosed} upheld or partly upheld complaints were closed (Code 9.1, 9.2).");
        if (report.Learning.Count > 0)
            T("learning", ["Case", "Closed", "Service area", "Theme", "What we learnt", "Service improvement"],
                report.Learning.Select(l => new[] { l.Reference, Day(l.ClosedOn), l.ServiceArea ?? "", l.Theme ?? "", l.Learning ?? "", l.ServiceImprovement ?? "" }));

        H("9. Self-assessment against the Complaint Handling Code (2024)");
        P("Every provision of the Code, in the order of the Ombudsman's self-assessment form: what it requires, the policy's clause as evidence " +
          "(or the landlord's own evidence), what the year's records show, and the verdict with its reason.");
        foreach (var (number, title) in SelfAssessmentForm.Sections)
        {
            H($"Section {number}: {title}", 2);
            T($"self-assessment-{number}", ["Code", "Requirement", "Evidence", "What the records show", "Verdict", "Why"],
                report.SelfAssessment.Where(r => r.Section == number).Select(r => new[] { r.Provision, r.Requirement, r.Evidence, r.Data, r.Verdict.Describe(), r.Reason }));
        }

        H(GoverningBodyHeading);
        P(report.GoverningBodyResponse
            ?? "To be completed by the governing body. The Code requires its response to this report to be published alongside it (Code 8.2).");
        return new ReportDocument($"Annual complaints performance and service improvement report {report.Year}", blocks);
    }

    private static string Day(DateOnly date) => date.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);

    private static string N(int value) => value.ToString("N0", CultureInfo.InvariantCulture);

    private static string Percent(decimal? value) => AnnualSelfAssessment.Percent(value);

    private static string TsmFigure(string measure, decimal? value) =>
        measure == "CH01"
            ? value is { } rate ? $"{rate.ToString("0.00", CultureInfo.InvariantCulture)} per 1,000 homes" : "homes not configured"
            : Percent(value);

    private static string TsmBasis(string measure, int numerator, int? denominator) =>
        measure == "CH01"
            ? $"{numerator} complaints; {(denominator is { } homes ? homes.ToString("N0", CultureInfo.InvariantCulture) + " homes" : "homes unknown")}"
            : $"{numerator} of {denominator} responses within the Code's timescales";
}
