using System.Collections.Concurrent;
using ComplaintsBot.BotFramework.Builder;
using ComplaintsBot.Cases.Store;
using Microsoft.EntityFrameworkCore;

namespace ComplaintsBot.Bot.State;

/// <summary>
/// The bot's IStorage on the case store's database (table BotState), so a conversation resumes exactly
/// where it was after the host restarts. Follows <see cref="StorageJson"/>: one row per key, ETag checked
/// and replaced on each write, so two instances cannot both win; plain state (no ETag) is last-writer-wins, as in the SDK.
/// </summary>
/// <remarks>
/// Every turn reads and writes its conversation's row, so both are one prepared statement on a pooled
/// context's connection (<see cref="BotStateCommands"/>): EF Core's query pipeline cost twenty times the SQL.
/// The write is an UPDATE whose WHERE carries the ETag check; the row is inserted through EF the first time,
/// when the UPDATE finds none. Writes to SQLite are queued in process rather than left to SQLite's busy handler.
/// On SQLite the statements stay prepared on connections the storage keeps open (one for the queued writer,
/// a few for readers), so a turn pays neither a context rent nor a connection open. Writes that queue together
/// are committed in one transaction (group commit, below); each WriteAsync returns only after its commit.
/// </remarks>
public sealed class EntityFrameworkStorage(IDbContextFactory<CasesDbContext> contexts, TimeProvider clock) : IStorage, IAsyncDisposable, IDisposable
{
    // SQLite runs a statement synchronously on the calling thread, so more open readers than cores buy nothing.
    private static readonly int IdleReadersKept = Math.Max(2, Environment.ProcessorCount);

    // SQLite takes one writer at a time per file and makes the others sleep and retry (busy_timeout), which
    // under load costs far more than the write; this host's writers queue here instead. Other processes
    // writing the same file are still handled by the busy timeout.
    private readonly SemaphoreSlim _sqliteWriteGate = new(1, 1);
    private const int MaxWritesPerCommit = 128;
    private const string BatchSavepoint = "botstate_write";
    private readonly ConcurrentBag<DedicatedBotStateConnection> _idleReaders = [];
    private readonly ConcurrentQueue<PendingWrite> _pendingWrites = new();
    private BotStateCommands? _commands;
    private DedicatedBotStateConnection? _writer;
    private bool _disposed;

    private BotStateCommands Commands
    {
        get
        {
            if (_commands is not null) return _commands;
            using var db = contexts.CreateDbContext();
            return _commands = new BotStateCommands(db);
        }
    }

    public async Task<IDictionary<string, object>> ReadAsync(string[] keys, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(keys);
        var items = new Dictionary<string, object>(keys.Length, StringComparer.Ordinal);
        if (keys.Length == 0) return items;
        if (Commands.IsSqlite)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            var reader = _idleReaders.TryTake(out var idle) ? idle : await DedicatedBotStateConnection.OpenAsync(contexts, Commands, cancellationToken);
            try
            {
                foreach (var key in keys.Distinct(StringComparer.Ordinal))
                    if (await reader.ReadJsonAsync(key, cancellationToken) is { } json) items[key] = StorageJson.Deserialize(json);
            }
            finally
            {
                if (_disposed || _idleReaders.Count >= IdleReadersKept) await reader.DisposeAsync();
                else _idleReaders.Add(reader);
            }
            return items;
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var commands = _commands ??= new BotStateCommands(db);
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            foreach (var key in keys.Distinct(StringComparer.Ordinal))
                if (await commands.ReadJsonAsync(db, key, cancellationToken) is { } json) items[key] = StorageJson.Deserialize(json);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
        return items;
    }

    public async Task WriteAsync(IDictionary<string, object> changes, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(changes);
        if (changes.Count == 0) return;
        if (Commands.IsSqlite)
        {
            await WriteOnDedicatedConnectionAsync(changes, cancellationToken);
            return;
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var commands = _commands ??= new BotStateCommands(db);
        var gate = commands.IsSqlite ? _sqliteWriteGate : null;
        if (gate is not null) await gate.WaitAsync(cancellationToken);
        try
        {
            await db.Database.OpenConnectionAsync(cancellationToken);
            // Several keys are written all or nothing; one key is a single statement, atomic by itself.
            await using var transaction = changes.Count > 1 ? await db.Database.BeginTransactionAsync(cancellationToken) : null;
            var now = clock.GetUtcNow();
            foreach (var (key, value) in changes) await WriteOneAsync(db, commands, key, value, now, cancellationToken);
            if (transaction is not null) await transaction.CommitAsync(cancellationToken);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
            gate?.Release();
        }
    }

    // Group commit: with FULL synchronous every commit is an fsync, which cost more than the rest of the
    // write. A writer queues its changes; whoever holds the gate commits everything queued in one
    // transaction, each caller's changes under a savepoint so one failing write (an ETag conflict) fails
    // only its caller. Every WriteAsync still returns only after the commit that holds its changes.
    private async Task WriteOnDedicatedConnectionAsync(IDictionary<string, object> changes, CancellationToken cancellationToken)
    {
        var pending = new PendingWrite(changes);
        _pendingWrites.Enqueue(pending);
        // Not cancelled once queued: the changes may already be part of another caller's batch.
        await _sqliteWriteGate.WaitAsync(CancellationToken.None);
        try
        {
            if (!pending.Done.Task.IsCompleted) await CommitQueuedWritesAsync();
        }
        finally
        {
            _sqliteWriteGate.Release();
        }
        await pending.Done.Task;
    }

    private async Task CommitQueuedWritesAsync()
    {
        var batch = new List<PendingWrite>();
        while (batch.Count < MaxWritesPerCommit && _pendingWrites.TryDequeue(out var queued)) batch.Add(queued);
        if (batch.Count == 0) return;
        var failures = new Exception?[batch.Count];
        try
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            var writer = _writer ??= await DedicatedBotStateConnection.OpenAsync(contexts, Commands, CancellationToken.None);
            var now = clock.GetUtcNow();
            if (batch.Count == 1 && batch[0].Changes.Count == 1)
            {
                // One key alone is a single statement, atomic by itself.
                var (key, value) = batch[0].Changes.First();
                await WriteOneAsync(writer, key, value, now);
            }
            else
            {
                await using var transaction = await writer.Db.Database.BeginTransactionAsync();
                for (var i = 0; i < batch.Count; i++)
                {
                    await transaction.CreateSavepointAsync(BatchSavepoint);
                    try
                    {
                        foreach (var (key, value) in batch[i].Changes) await WriteOneAsync(writer, key, value, now);
                        await transaction.ReleaseSavepointAsync(BatchSavepoint);
                    }
                    catch (Exception ex)
                    {
                        await transaction.RollbackToSavepointAsync(BatchSavepoint);
                        await transaction.ReleaseSavepointAsync(BatchSavepoint);
                        failures[i] = ex;
                    }
                }
                await transaction.CommitAsync();
            }
        }
        catch (Exception ex)
        {
            // Nothing of the batch is committed (or the single write failed): every caller learns it.
            for (var i = 0; i < failures.Length; i++) failures[i] ??= ex;
        }
        for (var i = 0; i < batch.Count; i++)
        {
            if (failures[i] is { } failure) batch[i].Done.TrySetException(failure);
            else batch[i].Done.TrySetResult();
        }
    }

    private static Task WriteOneAsync(DedicatedBotStateConnection writer, string key, object value, DateTimeOffset now) =>
        WriteOneAsync(writer.Db, (k, json, etag, expected) => writer.UpdateAsync(k, json, etag, now, expected, CancellationToken.None), key, value, now, CancellationToken.None);

    private sealed class PendingWrite(IDictionary<string, object> changes)
    {
        public IDictionary<string, object> Changes { get; } = changes;

        public TaskCompletionSource Done { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }

    private static Task WriteOneAsync(CasesDbContext db, BotStateCommands commands, string key, object value, DateTimeOffset now, CancellationToken cancellationToken) =>
        WriteOneAsync(db, (k, json, etag, expected) => commands.UpdateAsync(db, k, json, etag, now, expected, cancellationToken), key, value, now, cancellationToken);

    private static async Task WriteOneAsync(CasesDbContext db, Func<string, string, string, string?, Task<int>> update, string key, object value, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var expectedETag = (value as IStoreItem)?.ETag is { } etag && etag != "*" ? etag : null;
        var newETag = Guid.NewGuid().ToString("N");
        var json = StorageJson.Serialize(value, newETag);
        if (await update(key, json, newETag, expectedETag) > 0) return;

        // No row to update: the key is new (any ETag is accepted), or its ETag no longer matches, in which
        // case the row exists and the insert fails on the key, as it does when another writer inserted first.
        var entry = db.BotState.Add(new BotStateEntry { Key = key, Json = json, ETag = newETag, UpdatedAt = now });
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException) when (expectedETag is null)
        {
            // Another writer inserted the key between our UPDATE and INSERT. Without an ETag the value is
            // last-writer-wins, so overwrite the row that now exists; an IStoreItem still conflicts below.
            entry.State = EntityState.Detached;
            if (await update(key, json, newETag, null) > 0) return;
            throw new StorageETagConflictException(key, "(new)", "(inserted and removed by another writer)");
        }
        catch (DbUpdateException)
        {
            throw new StorageETagConflictException(key, expectedETag, "(changed by another writer)");
        }
        finally
        {
            entry.State = EntityState.Detached;
        }
    }

    public async Task DeleteAsync(string[] keys, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(keys);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await db.BotState.Where(row => keys.Contains(row.Key)).ExecuteDeleteAsync(cancellationToken);
    }

    // A service provider disposed synchronously needs IDisposable as well; closing a SQLite connection does not block on I/O.
    public void Dispose() => DisposeAsync().AsTask().GetAwaiter().GetResult();

    public async ValueTask DisposeAsync()
    {
        await _sqliteWriteGate.WaitAsync();
        try
        {
            _disposed = true;
            if (_writer is not null) await _writer.DisposeAsync();
            _writer = null;
            while (_idleReaders.TryTake(out var reader)) await reader.DisposeAsync();
        }
        finally
        {
            _sqliteWriteGate.Release();
        }
    }
}
