using ComplaintsBot.Cases.Store;
using Microsoft.EntityFrameworkCore;

namespace ComplaintsBot.Cases.Tests.Store;

public sealed class MigrationTests
{
    [Fact]
    public async Task Migrations_apply_to_an_empty_file_and_create_every_table()
    {
        await using var store = await TempSqliteStore.CreateAsync();
        await using var db = store.NewContext();

        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        Assert.Equal(db.Database.GetMigrations(), await db.Database.GetAppliedMigrationsAsync());
        var tables = await db.Database
            .SqlQueryRaw<string>("SELECT name AS Value FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
            .ToListAsync();
        tables.RemoveAll(name => name.StartsWith("__EF", StringComparison.Ordinal)); // EF's own history and lock
        Assert.Equal(
            ["AuditEntries", "BotState", "CaseContacts", "CaseDeadlines", "CaseStages", "Cases", "ChannelFeedMessages", "CompensationApprovals", "ContactRestrictions", "ConversationReferences", "ExclusionDecisions", "FeedChannels", "LateEscalationRequests", "ReferenceCounters", "Reminders", "ResponseSignOffs", "SentCardMessages", "Staff", "StageExtensions", "SubjectAccessRequests"],
            tables.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task The_committed_migrations_match_the_model()
    {
        await using var store = await TempSqliteStore.CreateAsync();
        await using var db = store.NewContext();

        Assert.False(db.Database.HasPendingModelChanges(), "The model has changed; add a migration (dotnet ef migrations add).");
    }

    [Fact]
    public async Task The_file_is_in_write_ahead_log_mode_with_a_busy_timeout()
    {
        await using var store = await TempSqliteStore.CreateAsync();
        await using var db = store.NewContext();
        await db.Database.OpenConnectionAsync();

        var journal = await db.Database.SqlQueryRaw<string>("PRAGMA journal_mode").ToListAsync();
        var busyTimeout = await db.Database.SqlQueryRaw<int>("PRAGMA busy_timeout").ToListAsync();

        Assert.Equal("wal", Assert.Single(journal));
        Assert.Equal((int)CaseStoreOptions.BusyTimeout.TotalMilliseconds, Assert.Single(busyTimeout));
    }

    [Fact]
    public async Task Migrating_again_on_a_later_start_changes_nothing()
    {
        await using var store = await TempSqliteStore.CreateAsync();
        await using var db = store.NewContext();

        await db.MigrateCaseStoreAsync();

        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
    }
}
