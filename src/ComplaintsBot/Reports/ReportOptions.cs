namespace ComplaintsBot.Reports;

/// <summary>Settings of the reports (configuration section "Reports").</summary>
public sealed class ReportOptions
{
    public const string SectionName = "Reports";

    /// <summary>The homes the landlord owns, for TSM CH01 (complaints per 1,000 homes); unset leaves CH01 without a value.</summary>
    public int? Homes { get; set; }

    /// <summary>Of those, the low-cost rental (LCRA) homes, for CH01 by tenure; unset leaves that CH01 without a value.</summary>
    public int? LowCostRentalHomes { get; set; }

    /// <summary>Of those, the low-cost home ownership (LCHO) homes, for CH01 by tenure.</summary>
    public int? LowCostHomeOwnershipHomes { get; set; }

    /// <summary>The homes CH01 counts against, in all and by tenure.</summary>
    public ReportHomes ReportHomes() => new(Homes, LowCostRentalHomes, LowCostHomeOwnershipHomes);

    /// <summary>The landlord's own timeliness targets, drawn beside the Code's 100 % line; each unset means none.</summary>
    public TimelinessTargets Targets { get; set; } = new();
}

/// <summary>
/// The share (percent) of each step the landlord aims to make in time. The Code expects every acknowledgement and
/// response within its timescales (Code 6.2, 6.3, 6.11 and 6.14), so its own line is always 100 %.
/// </summary>
public sealed class TimelinessTargets
{
    public const decimal Code = 100m;

    public decimal? Stage1Acknowledgement { get; set; }
    public decimal? Stage1Response { get; set; }
    public decimal? Stage2Acknowledgement { get; set; }
    public decimal? Stage2Response { get; set; }

    public decimal? For(int stage, string step) => (stage, step) switch
    {
        (1, ComplaintsReportBuilder.Acknowledgement) => Stage1Acknowledgement,
        (1, ComplaintsReportBuilder.Response) => Stage1Response,
        (2, ComplaintsReportBuilder.Acknowledgement) => Stage2Acknowledgement,
        (2, ComplaintsReportBuilder.Response) => Stage2Response,
        _ => null,
    };
}
