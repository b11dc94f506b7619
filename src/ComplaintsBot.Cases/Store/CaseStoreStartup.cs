using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ComplaintsBot.Cases.Store;

public static class CaseStoreStartup
{
    /// <summary>
    /// Creates the database on first start and applies pending migrations; on SQLite, creates the file's
    /// folder and switches the file to WAL so readers do not block the writer.
    /// </summary>
    public static async Task MigrateCaseStoreAsync(this IServiceProvider services, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(services);
        var factory = services.GetRequiredService<IDbContextFactory<CasesDbContext>>();
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        await db.MigrateCaseStoreAsync(cancellationToken);
    }

    /// <inheritdoc cref="MigrateCaseStoreAsync(IServiceProvider, CancellationToken)"/>
    public static async Task MigrateCaseStoreAsync(this CasesDbContext db, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        if (db.Database.ProviderName == CasesDbContext.SqliteProviderName)
        {
            var file = new SqliteConnectionStringBuilder(db.Database.GetConnectionString()).DataSource;
            var folder = Path.GetDirectoryName(Path.GetFullPath(file));
            if (!string.IsNullOrEmpty(folder)) Directory.CreateDirectory(folder);
            // WAL is a property of the file, kept once set; it cannot change inside a transaction.
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode = WAL;", cancellationToken);
        }
        await db.Database.MigrateAsync(cancellationToken);
    }
}
