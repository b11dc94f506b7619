namespace ComplaintsBot.Reports;

/// <summary>One table of a report as it goes into a CSV file: its file name, column names and rows of values.</summary>
public sealed record ReportTable(string Name, IReadOnlyList<string> Columns, IReadOnlyList<IReadOnlyList<object?>> Rows)
{
    public string FileName => Name + ".csv";

    /// <summary>The report's tables, in the order the report lists them.</summary>
    public static IReadOnlyList<ReportTable> Of(ComplaintsReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return
        [
            Counts("contacts-by-category", "category", report.ContactsByCategory),
            Counts("contacts-by-service-area", "service_area", report.ContactsByServiceArea),
            Counts("contacts-by-theme", "theme", report.ContactsByTheme),
            Counts("contacts-by-channel", "channel", report.ContactsByChannel),
            Table("complaints-by-stage", ["stage", "received", "responded", "open_at_end"],
                report.ComplaintsByStage, r => [r.Stage, r.Received, r.Responded, r.OpenAtEnd]),
            Table("compliments-and-complaints", ["compliments", "complaints", "compliments_per_complaint"],
                [report.ComplimentsAndComplaints], r => [r.Compliments, r.Complaints, r.ComplimentsPerComplaint]),
            Table("timeliness", ["stage", "step", "made", "within_policy", "within_policy_percent", "within_code", "within_code_percent", "overdue_at_end"],
                report.Timeliness, r => [r.Stage, r.Step, r.Made, r.WithinPolicy, r.WithinPolicyPercent, r.WithinCode, r.WithinCodePercent, r.OverdueAtEnd]),
            Table("extensions", ["stage", "requested", "approved", "declined", "pending_at_end"],
                report.Extensions, r => [r.Stage, r.Requested, r.Approved, r.Declined, r.PendingAtEnd]),
            Table("outcomes", ["stage", "upheld", "partly_upheld", "not_upheld"],
                report.Outcomes, r => [r.Stage, r.Upheld, r.PartlyUpheld, r.NotUpheld]),
            Table("compensation", ["stage", "responses", "total_pounds"],
                report.Compensation, r => [r.Stage, r.Responses, r.TotalPounds]),
            Table("tenant-satisfaction-measures", ["measure", "stage", "numerator", "denominator", "value"],
                report.TenantSatisfactionMeasures, r => [r.Measure, r.Stage, r.Numerator, r.Denominator, r.Value]),
            Table("tsm-by-tenure", ["measure", "stage", "tenure", "numerator", "denominator", "value"],
                report.TenantSatisfactionMeasuresByTenure, r => [r.Measure, r.Stage, r.Tenure, r.Numerator, r.Denominator, r.Value]),
            Table("repeat-themes", ["theme", "basis", "subject", "count", "references"],
                report.RepeatThemes, r => [r.Theme, r.Basis, r.Subject, r.Count, r.References]),
        ];
    }

    /// <summary>The overdue cases as a table ("overdue-cases").</summary>
    public static ReportTable Overdue(IEnumerable<OverdueCaseRow> rows) =>
        Table("overdue-cases", ["reference", "policy", "category", "stage", "deadline", "deadline_code", "due", "working_days_overdue", "owner", "service_area", "theme", "channel"],
            rows, r => [r.Reference, r.PolicyId, r.Category, r.Stage, r.DeadlineName, r.Deadline, r.DueDate, r.WorkingDaysOverdue, r.Owner, r.ServiceArea, r.Theme, r.Channel]);

    /// <summary>The cases behind a figure as a table ("cases").</summary>
    public static ReportTable Cases(IEnumerable<CaseListRow> rows) =>
        Table("cases", ["reference", "policy", "category", "kind", "received", "stage", "status", "service_area", "theme", "channel", "owner"],
            rows, r => [r.Reference, r.PolicyId, r.Category, r.Kind, r.ReceivedOn, r.Stage, r.Status, r.ServiceArea, r.Theme, r.Channel, r.Owner]);

    private static ReportTable Counts(string name, string key, IReadOnlyList<CountRow> rows) =>
        Table(name, [key, "count"], rows, r => [r.Key, r.Count]);

    private static ReportTable Table<T>(string name, string[] columns, IEnumerable<T> rows, Func<T, object?[]> values) =>
        new(name, columns, rows.Select(r => (IReadOnlyList<object?>)values(r)).ToList());
}
