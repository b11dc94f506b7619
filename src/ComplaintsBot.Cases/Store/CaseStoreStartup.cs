using Medallion.Threading.Postgres;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.DependencyInjection;

namespace ComplaintsBot.Cases.Store;

public static class CaseStoreStartup
{
    /// <summary>The PostgreSQL advisory lock every instance takes to migrate, so replicas starting together wait in turn.</summary>
    public const string MigrationLockName = "complaintsbot:migrate";

    /// <summary>
    /// Creates the database on first start and applies pending migrations; on SQLite, creates the file's
    /// folder and switches the file to WAL so readers do not block the writer. On PostgreSQL the migration
    /// runs under an advisory lock: a second instance waits, then finds nothing left to apply.
    /// A database migrated by a newer build is refused (<see cref="CaseStoreSchemaException"/>).
    /// </summary>
    public static async Task MigrateCaseStoreAsync(this IServiceProvider services, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(services);
        var factory = services.GetRequiredService<IDbContextFactory<CasesDbContext>>();
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        await db.MigrateCaseStoreAsync(cancellationToken);
    }

    /// <inheritdoc cref="MigrateCaseStoreAsync(IServiceProvider, CancellationToken)"/>
    public static async Task<IReadOnlyList<string>> MigrateCaseStoreAsync(this CasesDbContext db, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        if (db.Database.ProviderName == CasesDbContext.SqliteProviderName)
        {
            var file = new SqliteConnectionStringBuilder(db.Database.GetConnectionString()).DataSource;
            var folder = Path.GetDirectoryName(Path.GetFullPath(file));
            if (!string.IsNullOrEmpty(folder)) Directory.CreateDirectory(folder);
            // WAL is a property of the file, kept once set; it cannot change inside a transaction.
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode = WAL;", cancellationToken);
            return await ApplyAsync(db, cancellationToken);
        }
        if (db.Database.IsNpgsql())
        {
            // Session-level advisory lock on its own connection: released when the migration ends, or by the
            // server when this process dies holding it.
            var migrationLock = new PostgresDistributedLock(new PostgresAdvisoryLockKey(MigrationLockName, allowHashing: true), db.Database.GetConnectionString()!);
            await using (await migrationLock.AcquireAsync(cancellationToken: cancellationToken))
                return await ApplyAsync(db, cancellationToken);
        }
        return await ApplyAsync(db, cancellationToken);
    }

    private static async Task<IReadOnlyList<string>> ApplyAsync(CasesDbContext db, CancellationToken cancellationToken)
    {
        var status = await db.SchemaStatusAsync(cancellationToken);
        if (status.Unknown.Count > 0) throw CaseStoreSchemaException.Newer(status);
        if (status.Pending.Count == 0) return status.Pending;
        // EF Core would read the history table before creating it and log that as an error on a new database
        // (dotnet/efcore#37328): creating it first keeps a normal first start free of error lines.
        await db.GetService<IHistoryRepository>().CreateIfNotExistsAsync(cancellationToken);
        await db.Database.MigrateAsync(cancellationToken);
        return status.Pending;
    }

    /// <summary>Which of this build's migrations the database lacks, and which it has that this build does not know.</summary>
    public static async Task<CaseStoreSchemaStatus> SchemaStatusAsync(this CasesDbContext db, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        var known = db.Database.GetMigrations().ToList();
        // EF Core finds out whether the history table exists by reading it, and logs the failed read on a new
        // database as an error (dotnet/efcore#37328): look in the catalogue first.
        var applied = await HistoryTableExistsAsync(db, cancellationToken)
            ? (await db.Database.GetAppliedMigrationsAsync(cancellationToken)).ToList()
            : [];
        return new CaseStoreSchemaStatus(
            known.Except(applied, StringComparer.Ordinal).ToList(),
            applied.Except(known, StringComparer.Ordinal).ToList(),
            known.LastOrDefault());
    }

    private static async Task<bool> HistoryTableExistsAsync(CasesDbContext db, CancellationToken cancellationToken)
    {
        const string HistoryTable = HistoryRepository.DefaultTableName;
        var sql = db.Database.IsNpgsql()
            ? $"SELECT to_regclass('\"{HistoryTable}\"') IS NOT NULL AS \"Value\""
            : $"SELECT EXISTS (SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = '{HistoryTable}') AS \"Value\"";
        return await db.Database.SqlQueryRaw<bool>(sql).SingleAsync(cancellationToken);
    }

    /// <summary>Refuses a database that is not at this build's schema: older (pending migrations) or newer (unknown ones).</summary>
    public static async Task EnsureSchemaCurrentAsync(this CasesDbContext db, CancellationToken cancellationToken = default)
    {
        var status = await db.SchemaStatusAsync(cancellationToken);
        if (status.Unknown.Count > 0) throw CaseStoreSchemaException.Newer(status);
        if (status.Pending.Count > 0) throw CaseStoreSchemaException.Older(status);
    }

    /// <inheritdoc cref="EnsureSchemaCurrentAsync(CasesDbContext, CancellationToken)"/>
    public static async Task EnsureSchemaCurrentAsync(this IServiceProvider services, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(services);
        await using var db = await services.GetRequiredService<IDbContextFactory<CasesDbContext>>().CreateDbContextAsync(cancellationToken);
        await db.EnsureSchemaCurrentAsync(cancellationToken);
    }
}

/// <summary>The database's migrations against this build's: <see cref="Pending"/> to apply, <see cref="Unknown"/> from a newer build.</summary>
public sealed record CaseStoreSchemaStatus(IReadOnlyList<string> Pending, IReadOnlyList<string> Unknown, string? Latest)
{
    public bool IsCurrent => Pending.Count == 0 && Unknown.Count == 0;
}

/// <summary>The database's schema does not match this build; the message is one line saying what to do.</summary>
public sealed class CaseStoreSchemaException(string message) : Exception(message)
{
    internal static CaseStoreSchemaException Newer(CaseStoreSchemaStatus status) => new(
        $"The database schema is newer than this build: it has migration {status.Unknown[^1]}, which this build does not know (its latest is {status.Latest}). Run the newer build, or restore the backup taken before the upgrade.");

    internal static CaseStoreSchemaException Older(CaseStoreSchemaStatus status) => new(
        $"The database schema is older than this build: {status.Pending.Count} migration(s) to apply, the first {status.Pending[0]}. Run `ComplaintsBot migrate`, or start with Store:MigrateAtStartup=true.");
}
