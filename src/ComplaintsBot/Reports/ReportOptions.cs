namespace ComplaintsBot.Reports;

/// <summary>Settings of the reports (configuration section "Reports").</summary>
public sealed class ReportOptions
{
    public const string SectionName = "Reports";

    /// <summary>The homes the landlord owns, for TSM CH01 (complaints per 1,000 homes); unset leaves CH01 without a value.</summary>
    public int? Homes { get; set; }
}
