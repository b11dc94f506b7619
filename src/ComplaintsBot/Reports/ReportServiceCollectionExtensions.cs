using ComplaintsBot.Cases.Store;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace ComplaintsBot.Reports;

public static class ReportServiceCollectionExtensions
{
    /// <summary>The report queries and the `report` reply in chat; they need the case store, the policy catalog and a DeadlineCalculator registered.</summary>
    public static IServiceCollection AddReports(this IServiceCollection services)
    {
        services.TryAddCaseDeadlines();
        services.TryAddSingleton<ReportCases>();
        services.TryAddSingleton<ComplaintsReportBuilder>();
        services.TryAddSingleton<OverdueCases>();
        services.TryAddSingleton<MonthlyReportReply>();
        return services;
    }
}
