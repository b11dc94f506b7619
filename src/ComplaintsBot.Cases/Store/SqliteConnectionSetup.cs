using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace ComplaintsBot.Cases.Store;

/// <summary>
/// Sets a busy timeout on every SQLite connection, so writers from several contexts (or processes) wait
/// for each other instead of failing with "database is locked", and the synchronous mode (a per-connection
/// setting), in one command.
/// </summary>
internal sealed class SqliteConnectionSetup(TimeSpan busyTimeout, SqliteSynchronous synchronous = SqliteSynchronous.Full) : DbConnectionInterceptor
{
    private readonly string _pragma =
        $"PRAGMA busy_timeout = {(int)busyTimeout.TotalMilliseconds}; PRAGMA synchronous = {(synchronous == SqliteSynchronous.Normal ? "NORMAL" : "FULL")};";

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        using var command = connection.CreateCommand();
        command.CommandText = _pragma;
        command.ExecuteNonQuery();
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = _pragma;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
