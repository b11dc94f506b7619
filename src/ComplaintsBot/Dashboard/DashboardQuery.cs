using ComplaintsBot.Reports;

namespace ComplaintsBot.Dashboard;

/// <summary>What a dashboard request asks for: the period and the filter every figure, table and export follows.</summary>
public sealed record DashboardQuery(ReportPeriod Period, ReportFilter Filter);
