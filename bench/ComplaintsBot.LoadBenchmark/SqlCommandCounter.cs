using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace ComplaintsBot.LoadBenchmark;

/// <summary>Counts the SQL commands EF Core sends (round trips per turn), and can print them once for inspection.</summary>
public sealed class SqlCommandCounter(int printFirst) : DbCommandInterceptor, IDbConnectionInterceptor
{
    private long _count;
    private long _connectionsOpened;
    private int _printed;

    public long Count => Interlocked.Read(ref _count);

    /// <summary>Connections opened by EF (each one also runs the store's busy_timeout PRAGMA, not counted in <see cref="Count"/>).</summary>
    public long ConnectionsOpened => Interlocked.Read(ref _connectionsOpened);

    public void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => Interlocked.Increment(ref _connectionsOpened);

    public Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Interlocked.Increment(ref _connectionsOpened);
        return Task.CompletedTask;
    }

    public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result) { Seen(command); return result; }
    public override InterceptionResult<int> NonQueryExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<int> result) { Seen(command); return result; }
    public override InterceptionResult<object> ScalarExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<object> result) { Seen(command); return result; }

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default) { Seen(command); return ValueTask.FromResult(result); }
    public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default) { Seen(command); return ValueTask.FromResult(result); }
    public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<object> result, CancellationToken cancellationToken = default) { Seen(command); return ValueTask.FromResult(result); }

    private void Seen(DbCommand command)
    {
        Interlocked.Increment(ref _count);
        if (_printed < printFirst && Interlocked.Increment(ref _printed) <= printFirst)
            Console.WriteLine($"  SQL: {command.CommandText.ReplaceLineEndings(" ")}");
    }
}
