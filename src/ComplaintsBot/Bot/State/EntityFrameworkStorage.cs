using ComplaintsBot.BotFramework.Builder;
using ComplaintsBot.Cases.Store;
using Microsoft.EntityFrameworkCore;

namespace ComplaintsBot.Bot.State;

/// <summary>
/// The bot's IStorage on the case store's database (table BotState), so a conversation resumes exactly
/// where it was after the host restarts. Follows <see cref="StorageJson"/>: one row per key, ETag checked
/// and replaced on each write, and the ETag column a concurrency token so two instances cannot both win.
/// </summary>
public sealed class EntityFrameworkStorage(IDbContextFactory<CasesDbContext> contexts, TimeProvider clock) : IStorage
{
    public async Task<IDictionary<string, object>> ReadAsync(string[] keys, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(keys);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = await db.BotState.AsNoTracking().Where(row => keys.Contains(row.Key)).ToListAsync(cancellationToken);
        return rows.ToDictionary(row => row.Key, row => (object)StorageJson.Deserialize(row.Json), StringComparer.Ordinal);
    }

    public async Task WriteAsync(IDictionary<string, object> changes, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(changes);
        if (changes.Count == 0) return;

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var keys = changes.Keys.ToArray();
        var existing = await db.BotState.Where(row => keys.Contains(row.Key)).ToDictionaryAsync(row => row.Key, StringComparer.Ordinal, cancellationToken);
        var now = clock.GetUtcNow();

        foreach (var (key, value) in changes)
        {
            existing.TryGetValue(key, out var row);
            StorageJson.CheckETag(key, value, row?.ETag);
            var newETag = Guid.NewGuid().ToString("N");
            var json = StorageJson.Serialize(value, newETag);
            if (row is null)
            {
                db.BotState.Add(new BotStateEntry { Key = key, Json = json, ETag = newETag, UpdatedAt = now });
            }
            else
            {
                row.Json = json;
                row.ETag = newETag;
                row.UpdatedAt = now;
            }
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException ex)
        {
            var key = ex.Entries.Select(e => (e.Entity as BotStateEntry)?.Key).FirstOrDefault() ?? keys[0];
            throw new StorageETagConflictException(key, "(read by this write)", "(changed by another writer)");
        }
        catch (DbUpdateException) when (keys.Length > 0)
        {
            // Another instance inserted the same key first: the same conflict as a changed ETag.
            throw new StorageETagConflictException(keys[0], "(new)", "(inserted by another writer)");
        }
    }

    public async Task DeleteAsync(string[] keys, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(keys);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await db.BotState.Where(row => keys.Contains(row.Key)).ExecuteDeleteAsync(cancellationToken);
    }
}
