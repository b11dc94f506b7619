using ComplaintsBot.Reports;

namespace ComplaintsBot.Dashboard;

public static class DashboardServiceCollectionExtensions
{
    /// <summary>The reports and the dashboard tab (options from "Dashboard", falling back to the bot's MicrosoftAppId and tenant).</summary>
    public static IServiceCollection AddReportsAndDashboard(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddReports();
        services.Configure<ReportOptions>(configuration.GetSection(ReportOptions.SectionName));
        services.Configure<DashboardOptions>(configuration.GetSection(DashboardOptions.SectionName));
        services.PostConfigure<DashboardOptions>(options =>
        {
            if (string.IsNullOrWhiteSpace(options.AppId)) options.AppId = configuration["MicrosoftAppId"];
            if (string.IsNullOrWhiteSpace(options.TenantId)) options.TenantId = configuration["MicrosoftAppTenantId"];
        });
        services.AddHttpClient(nameof(DashboardTokenValidator));
        services.AddSingleton<DashboardTokenValidator>();
        services.AddSingleton<DashboardAccess>();
        services.AddSingleton<DashboardCases>();
        services.AddSingleton<DashboardExports>();
        return services;
    }
}
