using ComplaintsBot.Cases.Deadlines;
using ComplaintsBot.Cases.Policies;
using ComplaintsBot.Cases.Store;
using ComplaintsBot.Reports;
using Microsoft.Extensions.Configuration;

namespace ComplaintsBot.Cli;

/// <summary>
/// The case store for commands that read it (report, self-assessment): --db, else configuration Store:SqlitePath,
/// else complaintsbot.db in the current folder. A missing file is an error: a report never creates a store.
/// </summary>
internal static class CliStore
{
    public const string DbOption = "--db";

    public static ServiceProvider Open(CliArguments arguments, CliContext context, PolicyCatalog policies)
    {
        var path = arguments.Option(DbOption) is { } given
            ? Path.GetFullPath(given)
            : CaseStoreOptions.ResolveSqlitePath(context.Configuration);
        if (!File.Exists(path))
            throw new CliUsageException($"No case store at {path}; give the bot's database with {DbOption} <file> or Store:SqlitePath.");
        var services = new ServiceCollection();
        services.AddSingleton(context.Clock);
        services.AddSingleton(policies);
        services.AddSingleton<DeadlineCalculator>();
        services.AddCaseStore(path);
        services.AddReports();
        return services.BuildServiceProvider();
    }

    /// <summary>
    /// The store for commands that change it (staff ...): --db, else the bot's own store settings (Store:SqlitePath, or
    /// PostgreSQL with Store:Provider). It is created or migrated first, so an operator can set people up on a fresh
    /// install before the bot has ever started.
    /// </summary>
    public static ServiceProvider OpenForChanges(CliArguments arguments, CliContext context)
    {
        var services = new ServiceCollection();
        services.AddSingleton(context.Clock);
        services.AddSingleton(context.Policies(arguments)); // the roles policies name can be given too
        if (arguments.Option(DbOption) is { } given) services.AddCaseStore(Path.GetFullPath(given));
        else services.AddCaseStore(context.Configuration);
        var provider = services.BuildServiceProvider();
        provider.MigrateCaseStoreAsync().GetAwaiter().GetResult();
        return provider;
    }

    /// <summary>--homes, else configuration Reports:Homes; null when neither is set.</summary>
    public static int? Homes(CliArguments arguments, CliContext context)
    {
        var text = arguments.Option("--homes") ?? context.Configuration[$"{ReportOptions.SectionName}:{nameof(ReportOptions.Homes)}"];
        if (text is null) return null;
        return int.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var homes) && homes > 0
            ? homes
            : throw new CliUsageException($"--homes '{text}' is not a number of homes; give a whole number above 0.");
    }

    public static DateOnly Date(CliArguments arguments, string option, string usage)
    {
        var text = arguments.RequiredOption(option, usage.Split(" --")[0]);
        return DateOnly.TryParseExact(text, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var date)
            ? date
            : throw new CliUsageException($"{option} '{text}' is not a date; write it as 2026-12-31.");
    }
}
