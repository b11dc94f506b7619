using ComplaintsBot.Cases.Deadlines;
using ComplaintsBot.Cases.Policies;
using ComplaintsBot.Cases.Sla;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace ComplaintsBot.Cases.Store;

public static class CaseStoreServiceCollectionExtensions
{
    /// <summary>
    /// Registers the case store on SQLite, or on PostgreSQL when <c>Store:Provider</c> is PostgreSql (with
    /// <c>ConnectionStrings:Cases</c>): <see cref="IDbContextFactory{CasesDbContext}"/> (for singletons
    /// such as the SLA monitor and bot storage), a scoped <see cref="CasesDbContext"/>, and singletons
    /// <see cref="CaseService"/>, <see cref="StaffDirectory"/> and <see cref="CaseReferenceAllocator"/>.
    /// Call <c>app.Services.MigrateCaseStoreAsync()</c> at start.
    /// </summary>
    public static IServiceCollection AddCaseStore(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        return CaseStoreOptions.UsesPostgreSql(configuration)
            ? services.AddCaseStorePostgreSql(CaseStoreOptions.ResolvePostgreSqlConnection(configuration))
            : services.AddCaseStore(CaseStoreOptions.ResolveSqlitePath(configuration), CaseStoreOptions.ResolveSqliteSynchronous(configuration));
    }

    /// <summary>Registers the case store on the PostgreSQL database at <paramref name="connectionString"/>.</summary>
    public static IServiceCollection AddCaseStorePostgreSql(this IServiceCollection services, string connectionString)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        services.AddPooledDbContextFactory<CasesDbContext>(options => options.UseCaseStorePostgreSql(connectionString));
        return services.AddCaseStoreServices();
    }

    /// <summary>The store on PostgreSQL, with its migrations from <see cref="CaseStoreOptions.PostgreSqlMigrationsAssembly"/>.</summary>
    public static DbContextOptionsBuilder UseCaseStorePostgreSql(this DbContextOptionsBuilder options, string connectionString)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        return options.UseNpgsql(connectionString, npgsql => npgsql.MigrationsAssembly(CaseStoreOptions.PostgreSqlMigrationsAssembly));
    }

    /// <summary>Registers the case store on the SQLite file at <paramref name="sqlitePath"/>.</summary>
    public static IServiceCollection AddCaseStore(this IServiceCollection services, string sqlitePath, SqliteSynchronous synchronous = SqliteSynchronous.Full)
    {
        ArgumentNullException.ThrowIfNull(services);
        var path = Path.GetFullPath(sqlitePath);
        // Pooled: the bot state is read and written on every turn, and a fresh context per call costs more than the SQL.
        services.AddPooledDbContextFactory<CasesDbContext>(options => options.UseCaseStoreSqlite(path, synchronous));
        return services.AddCaseStoreServices();
    }

    private static IServiceCollection AddCaseStoreServices(this IServiceCollection services)
    {
        services.TryAddScoped(provider => provider.GetRequiredService<IDbContextFactory<CasesDbContext>>().CreateDbContext());
        services.TryAddSingleton(TimeProvider.System);
        // With a policy catalog registered, the audit trail records each change's effect on the deadlines, under the
        // policy CaseDeadlines gives the case (its own, else the active one: the one fallback).
        services.TryAddSingleton<ICaseAuditDescriber>(provider =>
            Deadlines(provider) is { } deadlines
                ? new CaseDeadlineDescriber(deadlines, provider.GetService<DeadlineCalculator>() ?? new DeadlineCalculator(), provider.GetRequiredService<TimeProvider>())
                : new CaseSnapshotDescriber());
        services.TryAddSingleton<CaseReferenceAllocator>();
        // With a policy catalog, every change also refreshes the case's deadline rows for the SLA monitor.
        services.TryAddSingleton(provider => new CaseService(
            provider.GetRequiredService<IDbContextFactory<CasesDbContext>>(),
            provider.GetRequiredService<CaseReferenceAllocator>(),
            provider.GetRequiredService<TimeProvider>(),
            provider.GetRequiredService<ICaseAuditDescriber>(),
            Deadlines(provider) is { } deadlines
                ? new CaseDeadlineIndex(deadlines, provider.GetService<DeadlineCalculator>() ?? new DeadlineCalculator(), provider.GetRequiredService<TimeProvider>())
                : null));
        services.TryAddSingleton<StaffDirectory>();
        services.TryAddSingleton<CustomerCases>();
        services.TryAddSingleton<CaseAnonymiser>();
        services.TryAddSingleton<Staff.StaffAdministration>();
        return services;
    }

    /// <summary>
    /// Registers <see cref="CaseDeadlines"/> unless it is already: over the registered catalog, with the registered
    /// <see cref="ActivePolicy"/> or else the catalog's default (a program without the host's settings: a test, a tool).
    /// </summary>
    public static IServiceCollection TryAddCaseDeadlines(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(provider => NewDeadlines(provider, provider.GetRequiredService<PolicyCatalog>()));
        return services;
    }

    /// <summary>The deadlines service registered, else one over the registered catalog; null without a catalog.</summary>
    private static CaseDeadlines? Deadlines(IServiceProvider provider) =>
        provider.GetService<CaseDeadlines>() ?? (provider.GetService<PolicyCatalog>() is { } catalog ? NewDeadlines(provider, catalog) : null);

    private static CaseDeadlines NewDeadlines(IServiceProvider provider, PolicyCatalog catalog) =>
        new(catalog, provider.GetService<ActivePolicy>() ?? new ActivePolicy(catalog.Default),
            provider.GetService<DeadlineCalculator>() ?? new DeadlineCalculator(), provider.GetRequiredService<TimeProvider>());

    /// <summary>
    /// The store's SQLite settings: the file, a busy timeout for concurrent writers, the synchronous mode; its
    /// migrations from <see cref="CaseStoreOptions.SqliteMigrationsAssembly"/>.
    /// </summary>
    public static DbContextOptionsBuilder UseCaseStoreSqlite(this DbContextOptionsBuilder options, string path, SqliteSynchronous synchronous = SqliteSynchronous.Full)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var connection = new SqliteConnectionStringBuilder
        {
            DataSource = path,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = true,
            DefaultTimeout = (int)CaseStoreOptions.BusyTimeout.TotalSeconds,
        };
        return options
            .UseSqlite(connection.ToString(), sqlite => sqlite.MigrationsAssembly(CaseStoreOptions.SqliteMigrationsAssembly))
            .AddInterceptors(new SqliteConnectionSetup(CaseStoreOptions.BusyTimeout, synchronous));
    }
}
