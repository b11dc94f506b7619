using ComplaintsBot.BotFramework.Builder;
using ComplaintsBot.Cases.Store;
using Microsoft.EntityFrameworkCore;

namespace ComplaintsBot.Bot.State;

/// <summary>
/// The bot's IStorage on the case store's database (table BotState), so a conversation resumes exactly
/// where it was after the host restarts. Follows <see cref="StorageJson"/>: one row per key, ETag checked
/// and replaced on each write, so two instances cannot both win.
/// </summary>
/// <remarks>
/// Every turn reads and writes its conversation's row, so both are one round trip: the read is a compiled,
/// untracked query for the JSON alone; the write is a single UPDATE whose WHERE carries the ETag check
/// (the row is inserted instead the first time, when the UPDATE finds none).
/// </remarks>
public sealed class EntityFrameworkStorage(IDbContextFactory<CasesDbContext> contexts, TimeProvider clock) : IStorage
{
    private static readonly Func<CasesDbContext, string, CancellationToken, Task<string?>> ReadJson =
        EF.CompileAsyncQuery((CasesDbContext db, string key, CancellationToken _) =>
            db.BotState.Where(row => row.Key == key).Select(row => row.Json).FirstOrDefault());

    public async Task<IDictionary<string, object>> ReadAsync(string[] keys, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(keys);
        var items = new Dictionary<string, object>(keys.Length, StringComparer.Ordinal);
        if (keys.Length == 0) return items;

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (keys.Length == 1)
        {
            if (await ReadJson(db, keys[0], cancellationToken) is { } json) items[keys[0]] = StorageJson.Deserialize(json);
            return items;
        }

        var rows = await db.BotState.AsNoTracking().Where(row => keys.Contains(row.Key)).Select(row => new { row.Key, row.Json }).ToListAsync(cancellationToken);
        foreach (var row in rows) items[row.Key] = StorageJson.Deserialize(row.Json);
        return items;
    }

    public async Task WriteAsync(IDictionary<string, object> changes, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(changes);
        if (changes.Count == 0) return;

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        // Several keys are written all or nothing; one key is a single statement, atomic by itself.
        await using var transaction = changes.Count > 1 ? await db.Database.BeginTransactionAsync(cancellationToken) : null;
        var now = clock.GetUtcNow();
        foreach (var (key, value) in changes) await WriteOneAsync(db, key, value, now, cancellationToken);
        if (transaction is not null) await transaction.CommitAsync(cancellationToken);
    }

    private static async Task WriteOneAsync(CasesDbContext db, string key, object value, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var expectedETag = (value as IStoreItem)?.ETag is { } etag && etag != "*" ? etag : null;
        var newETag = Guid.NewGuid().ToString("N");
        var json = StorageJson.Serialize(value, newETag);

        var rows = expectedETag is null
            ? db.BotState.Where(row => row.Key == key)
            : db.BotState.Where(row => row.Key == key && row.ETag == expectedETag);
        var updated = await rows.ExecuteUpdateAsync(set => set
            .SetProperty(row => row.Json, json)
            .SetProperty(row => row.ETag, newETag)
            .SetProperty(row => row.UpdatedAt, now), cancellationToken);
        if (updated > 0) return;

        // No row to update: the key is new (any ETag is accepted), or its ETag no longer matches, in which
        // case the row exists and the insert fails on the key, as it does when another writer inserted first.
        var entry = db.BotState.Add(new BotStateEntry { Key = key, Json = json, ETag = newETag, UpdatedAt = now });
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            entry.State = EntityState.Detached;
            throw expectedETag is null
                ? new StorageETagConflictException(key, "(new)", "(inserted by another writer)")
                : new StorageETagConflictException(key, expectedETag, "(changed by another writer)");
        }
        entry.State = EntityState.Detached;
    }

    public async Task DeleteAsync(string[] keys, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(keys);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await db.BotState.Where(row => keys.Contains(row.Key)).ExecuteDeleteAsync(cancellationToken);
    }
}
