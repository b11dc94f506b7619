using ComplaintsBot.Cases.Store;

namespace ComplaintsBot.Workflows.Retention;

public static class RetentionServiceCollectionExtensions
{
    /// <summary>
    /// The retention schedule: its settings (checked at start), the job that anonymises what is due (a hosted service;
    /// on PostgreSQL under the retention lock) and legal holds.
    /// </summary>
    public static IServiceCollection AddRetention(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<RetentionOptions>()
            .Bind(configuration.GetSection(RetentionOptions.SectionName))
            .Validate(o => o.YearsAfterClosure.All.All(years => years >= 1), "Retention:YearsAfterClosure needs at least 1 year for each kind of record.")
            .Validate(o => o.RunInterval > TimeSpan.Zero, "Retention:RunInterval must be more than zero.")
            .ValidateOnStart();
        if (CaseStoreOptions.UsesPostgreSql(configuration))
        {
            var connection = CaseStoreOptions.ResolvePostgreSqlConnection(configuration);
            services.AddSingleton<IRetentionLock>(new PostgreSqlRetentionLock(connection));
        }
        services.AddSingleton(provider => ActivatorUtilities.CreateInstance<RetentionSweep>(provider));
        services.AddSingleton<LegalHolds>();
        services.AddHostedService<RetentionMonitor>();
        return services;
    }
}
