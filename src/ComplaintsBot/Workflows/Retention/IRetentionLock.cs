using Medallion.Threading.Postgres;

namespace ComplaintsBot.Workflows.Retention;

/// <summary>One retention run at a time across instances; null from <see cref="TryAcquireAsync"/> when another holds it.</summary>
public interface IRetentionLock
{
    Task<IAsyncDisposable?> TryAcquireAsync(CancellationToken cancellationToken);
}

/// <summary>
/// The retention lock on a PostgreSQL store: a session advisory lock, released by the server if its holder dies. On
/// SQLite no lock is needed: one process serves the file (<c>SqliteInstanceLock</c>).
/// </summary>
public sealed class PostgreSqlRetentionLock(string connectionString) : IRetentionLock
{
    private readonly PostgresDistributedLock _lock = new(new PostgresAdvisoryLockKey("complaintsbot:retention", allowHashing: true), connectionString);

    public async Task<IAsyncDisposable?> TryAcquireAsync(CancellationToken cancellationToken) =>
        await _lock.TryAcquireAsync(TimeSpan.Zero, cancellationToken).ConfigureAwait(false);
}
