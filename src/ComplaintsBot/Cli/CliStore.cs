using ComplaintsBot.Cases.Deadlines;
using ComplaintsBot.Cases.Policies;
using ComplaintsBot.Cases.Store;
using ComplaintsBot.Reports;
using Microsoft.Extensions.Configuration;

namespace ComplaintsBot.Cli;

/// <summary>
/// The case store for commands that use it (report, self-assessment, migrate), found as the host finds it:
/// --db &lt;file&gt; (SQLite) or --connection &lt;string&gt; (PostgreSQL), else the host's settings (Store:Provider,
/// Store:SqlitePath, ConnectionStrings:Cases). A missing SQLite file is an error unless the command creates the
/// store (migrate): a report never creates one.
/// </summary>
internal static class CliStore
{
    public const string DbOption = "--db";
    public const string ConnectionOption = "--connection";

    public static ServiceProvider Open(CliArguments arguments, CliContext context, PolicyCatalog? policies, bool create = false)
    {
        var services = new ServiceCollection();
        services.AddSingleton(context.Clock);
        if (policies is not null)
        {
            services.AddSingleton(policies);
            services.AddSingleton<DeadlineCalculator>();
            // A case whose policy the catalog no longer holds is judged under the active policy, as the bot judges it.
            services.AddSingleton(new ActivePolicy(
                context.Configuration["ComplaintsBot:ActivePolicy"] is { Length: > 0 } id && policies.TryGet(id, out var active) ? active : policies.Default));
            services.AddSingleton<CaseDeadlines>();
            services.AddReports();
        }
        var given = arguments.Option(DbOption);
        var connection = arguments.Option(ConnectionOption);
        if (given is not null && connection is not null) throw new CliUsageException($"Give {DbOption} or {ConnectionOption}, not both.");
        if (connection is null && given is null && CaseStoreOptions.UsesPostgreSql(context.Configuration))
            connection = CaseStoreOptions.ResolvePostgreSqlConnection(context.Configuration);
        if (connection is not null)
        {
            services.AddCaseStorePostgreSql(connection);
            return services.BuildServiceProvider();
        }
        var path = given is not null ? Path.GetFullPath(given) : CaseStoreOptions.ResolveSqlitePath(context.Configuration);
        if (!create && !File.Exists(path))
            throw new CliUsageException($"No case store at {path}; give the bot's database with {DbOption} <file> or Store:SqlitePath (or Store:Provider=PostgreSql with ConnectionStrings:Cases).");
        services.AddCaseStore(path, CaseStoreOptions.ResolveSqliteSynchronous(context.Configuration));
        return services.BuildServiceProvider();
    }

    /// <summary>The SQLite file a command would open, or null on PostgreSQL.</summary>
    public static string? SqlitePath(CliArguments arguments, CliContext context) =>
        arguments.Option(DbOption) is { } given ? Path.GetFullPath(given)
        : arguments.Option(ConnectionOption) is not null || CaseStoreOptions.UsesPostgreSql(context.Configuration) ? null
        : CaseStoreOptions.ResolveSqlitePath(context.Configuration);

    /// <summary>
    /// The store for commands that change it (staff ...): --db or --connection, else the bot's own store settings
    /// (Store:SqlitePath, or PostgreSQL with Store:Provider). It is created or migrated first (under the host's
    /// migration lock), so an operator can set people up on a fresh install before the bot has ever started.
    /// </summary>
    public static ServiceProvider OpenForChanges(CliArguments arguments, CliContext context)
    {
        // The policies too: the roles policies name can be given as well.
        var provider = Open(arguments, context, context.Policies(arguments), create: true);
        provider.MigrateCaseStoreAsync().GetAwaiter().GetResult();
        return provider;
    }

    /// <summary>--homes, else configuration Reports:Homes; null when neither is set.</summary>
    public static int? Homes(CliArguments arguments, CliContext context) => Homes(arguments, context, "--homes", nameof(ReportOptions.Homes));

    /// <summary>
    /// --homes, --homes-lcra and --homes-lcho, else configuration Reports:Homes, Reports:LowCostRentalHomes and
    /// Reports:LowCostHomeOwnershipHomes: all homes and those of each tenure CH01 is reported for.
    /// </summary>
    public static ReportHomes HomesByTenure(CliArguments arguments, CliContext context) => new(
        Homes(arguments, context),
        Homes(arguments, context, "--homes-lcra", nameof(ReportOptions.LowCostRentalHomes)),
        Homes(arguments, context, "--homes-lcho", nameof(ReportOptions.LowCostHomeOwnershipHomes)));

    private static int? Homes(CliArguments arguments, CliContext context, string option, string setting)
    {
        var text = arguments.Option(option) ?? context.Configuration[$"{ReportOptions.SectionName}:{setting}"];
        if (text is null) return null;
        return int.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var homes) && homes > 0
            ? homes
            : throw new CliUsageException($"{option} '{text}' is not a number of homes; give a whole number above 0.");
    }

    public static DateOnly Date(CliArguments arguments, string option, string usage)
    {
        var text = arguments.RequiredOption(option, usage.Split(" --")[0]);
        return DateOnly.TryParseExact(text, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var date)
            ? date
            : throw new CliUsageException($"{option} '{text}' is not a date; write it as 2026-12-31.");
    }
}
