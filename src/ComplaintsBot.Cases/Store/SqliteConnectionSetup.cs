using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace ComplaintsBot.Cases.Store;

/// <summary>
/// Sets a busy timeout on every SQLite connection, so writers from several contexts (or processes) wait
/// for each other instead of failing with "database is locked", and the synchronous mode, in one command.
/// Both are settings of the physical connection, which the pool keeps open and hands out again, so they are
/// set once per physical connection rather than on every open.
/// </summary>
internal sealed class SqliteConnectionSetup(TimeSpan busyTimeout, SqliteSynchronous synchronous = SqliteSynchronous.Full) : DbConnectionInterceptor
{
    private readonly string _pragma =
        $"PRAGMA busy_timeout = {(int)busyTimeout.TotalMilliseconds}; PRAGMA synchronous = {(synchronous == SqliteSynchronous.Normal ? "NORMAL" : "FULL")};";

    // Keyed by the native handle: a handle closed by the pool is collected with its entry.
    private readonly ConditionalWeakTable<object, object> _configured = new();

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        if (!NeedsSetup(connection)) return;
        using var command = connection.CreateCommand();
        command.CommandText = _pragma;
        command.ExecuteNonQuery();
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        if (!NeedsSetup(connection)) return;
        await using var command = connection.CreateCommand();
        command.CommandText = _pragma;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private bool NeedsSetup(DbConnection connection) =>
        connection is not SqliteConnection { Handle: { } handle } || _configured.TryAdd(handle, handle);
}
