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
/// </remarks>
public sealed class EntityFrameworkStorage(IDbContextFactory<CasesDbContext> contexts, TimeProvider clock) : IStorage
{
    // SQLite takes one writer at a time per file and makes the others sleep and retry (busy_timeout), which
    // under load costs far more than the write; this host's writers queue here instead. Other processes
    // writing the same file are still handled by the busy timeout.
    private readonly SemaphoreSlim _sqliteWriteGate = new(1, 1);
    private BotStateCommands? _commands;

    public async Task<IDictionary<string, object>> ReadAsync(string[] keys, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(keys);
        var items = new Dictionary<string, object>(keys.Length, StringComparer.Ordinal);
        if (keys.Length == 0) return items;

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

    private static async Task WriteOneAsync(CasesDbContext db, BotStateCommands commands, string key, object value, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var expectedETag = (value as IStoreItem)?.ETag is { } etag && etag != "*" ? etag : null;
        var newETag = Guid.NewGuid().ToString("N");
        var json = StorageJson.Serialize(value, newETag);
        if (await commands.UpdateAsync(db, key, json, newETag, now, expectedETag, cancellationToken) > 0) return;

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
            if (await commands.UpdateAsync(db, key, json, newETag, now, null, cancellationToken) > 0) return;
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
}
