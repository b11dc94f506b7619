using ComplaintsBot.BotFramework.Builder;
using ComplaintsBot.Cases.Store;
using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace ComplaintsBot.Bot.State;

/// <summary>
/// The bot's IStorage on the case store's database (table BotState), so a conversation resumes exactly
/// where it was after the host restarts. Follows <see cref="StorageJson"/>: one row per key, ETag checked
/// and replaced on each write, and the ETag column a concurrency token so two instances cannot both win: a write
/// that loses a race is retried on fresh rows, so plain state is last-writer-wins and a stale ETag still conflicts.
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

    /// <summary>Attempts at a write that races another writer (each re-reads the rows and applies the ETag rule again).</summary>
    public const int MaxWriteAttempts = 10;

    public async Task WriteAsync(IDictionary<string, object> changes, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(changes);
        if (changes.Count == 0) return;

        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await WriteOnceAsync(changes, cancellationToken);
                return;
            }
            catch (DbUpdateException ex) when (IsRace(ex))
            {
                // Another writer changed or inserted a row between this write's read and its save. Plain values
                // (bot state) are last-writer-wins, so try again on fresh rows; an IStoreItem with a stale ETag
                // then fails the ETag check with StorageETagConflictException, as it should.
                if (attempt < MaxWriteAttempts) continue;
                var key = ex.Entries.Select(e => (e.Entity as BotStateEntry)?.Key).FirstOrDefault(k => k is not null) ?? changes.Keys.First();
                throw new StorageETagConflictException(key, "(read by this write)", $"(changed by other writers {MaxWriteAttempts} times in a row)");
            }
        }
    }

    private async Task WriteOnceAsync(IDictionary<string, object> changes, CancellationToken cancellationToken)
    {
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

        await db.SaveChangesAsync(cancellationToken);
    }

    // The ETag column is a concurrency token (a changed row) and Key the primary key (a row inserted meanwhile:
    // SQLite's constraint error 19, PostgreSQL's unique violation 23505). Other database errors are not races.
    private static bool IsRace(DbUpdateException ex) =>
        ex is DbUpdateConcurrencyException
        || ex.InnerException is SqliteException { SqliteErrorCode: 19 }
        || ex.InnerException is DbException { SqlState: "23505" };

    public async Task DeleteAsync(string[] keys, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(keys);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await db.BotState.Where(row => keys.Contains(row.Key)).ExecuteDeleteAsync(cancellationToken);
    }
}
