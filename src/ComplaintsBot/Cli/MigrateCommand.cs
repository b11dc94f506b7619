using ComplaintsBot.Cases.Store;
using Microsoft.EntityFrameworkCore;

namespace ComplaintsBot.Cli;

/// <summary>
/// `migrate [--check]`: brings the store's schema to this build's (creating a SQLite file or an empty PostgreSQL
/// database's tables), under the same lock the host takes at start; with --check, only says what would be applied
/// and exits 1 if anything would.
/// </summary>
internal sealed class MigrateCommand : ICliCommand
{
    public string Name => "migrate";
    public string Usage => "migrate [--check] [--db <file> | --connection <string>]";
    public string Summary => "Applies the store's pending migrations (the host's Store settings, or --db / --connection); --check lists them and exits 1 if any.";

    public int Run(IReadOnlyList<string> tokens, CliContext context)
    {
        var arguments = CliArguments.Parse(tokens, Usage, valueOptions: [CliStore.DbOption, CliStore.ConnectionOption], flags: ["--check"]);
        var check = arguments.Flag("--check");
        // A SQLite file in use by a running host is refused: migrating under it would change its schema mid-turn.
        using var instance = !check && CliStore.SqlitePath(arguments, context) is { } file ? SqliteInstanceLock.Acquire(file) : null;
        using var services = CliStore.Open(arguments, context, policies: null, create: !check);
        using var db = services.GetRequiredService<IDbContextFactory<CasesDbContext>>().CreateDbContext();
        if (check)
        {
            var status = db.SchemaStatusAsync().GetAwaiter().GetResult();
            if (status.Unknown.Count > 0)
            {
                context.Output.WriteLine($"The database has {status.Unknown.Count} migration(s) this build does not know (newest {status.Unknown[^1]}): it is newer than this build.");
                return AdminCli.FindingsFound;
            }
            foreach (var pending in status.Pending) context.Output.WriteLine($"pending {pending}");
            context.Output.WriteLine(status.Pending.Count == 0 ? $"The schema is current ({status.Latest})." : $"{status.Pending.Count} migration(s) to apply.");
            return status.Pending.Count == 0 ? AdminCli.Success : AdminCli.FindingsFound;
        }
        var applied = db.MigrateCaseStoreAsync().GetAwaiter().GetResult();
        foreach (var migration in applied) context.Output.WriteLine($"applied {migration}");
        context.Output.WriteLine(applied.Count == 0 ? $"The schema was already current ({db.Database.GetMigrations().LastOrDefault()})." : $"{applied.Count} migration(s) applied.");
        return AdminCli.Success;
    }
}
