using ComplaintsBot.Cases.Domain;
using ComplaintsBot.Cases.Sla;
using ComplaintsBot.Cases.Store;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace ComplaintsBot.Tests.Workflows.Reminders;

/// <summary>The store on PostgreSQL (Store:Provider = PostgreSql), with two monitors side by side on one database.</summary>
public sealed class PostgreSqlTwoHostTests(PostgreSqlServer server) : IClassFixture<PostgreSqlServer>
{
    private static readonly DateTimeOffset Start = new(2026, 12, 1, 9, 0, 0, TimeSpan.Zero);

    private async Task<ReminderTestHost> HostAsync()
    {
        var connection = await server.CreateDatabaseAsync();
        return await ReminderTestHost.CreateAsync(Start, services => services.AddCaseStorePostgreSql(connection));
    }

    [Fact]
    public async Task Two_monitors_sweeping_together_against_one_database_send_each_reminder_once()
    {
        await using var host = await HostAsync();
        var mina = await host.AddStaffAsync("aad-mina", "Mina Manager", null, StaffRoles.Manager);
        var olu = await host.AddStaffAsync("aad-olu", "Olu Officer", mina, StaffRoles.Officer);
        var priya = await host.AddStaffAsync("aad-priya", "Priya Shah", mina, StaffRoles.Officer);
        host.Sender.Reachable.UnionWith(["aad-mina", "aad-olu"]);
        string[] policies = ["hoc-2024", "wch", "whg", "tch-rosebery", "his", "cfp-2018"];
        for (var i = 0; i < 24; i++)
            await host.OpenComplaintAsync(policies[i % policies.Length], Start.AddMinutes(7 * i), i % 3 == 0 ? priya : olu);

        var (first, firstSender) = (host.Sweep, host.Sender);
        var (second, secondSender) = host.StartAnotherMonitor("test-2");
        for (var at = Start; at <= Start.AddDays(9); at = at.AddMinutes(30))
        {
            host.Clock.SetUtcNow(at);
            await Task.WhenAll(Task.Run(() => first.RunOnceAsync()), Task.Run(() => second.RunOnceAsync()));
        }

        var sent = firstSender.Sent.Concat(secondSender.Sent).ToList();
        var rows = await host.QueryAsync(db => db.Reminders.Where(r => r.State == ReminderState.Sent).ToListAsync());
        Assert.True(sent.Count > 40, $"Only {sent.Count} reminders went out; the walk should cover warnings, due days, misses and digests.");
        Assert.Equal(sent.Count, sent.Select(s => s.Key).Distinct().Count()); // none twice
        Assert.Equal(rows.Select(r => r.Key).Order(), sent.Select(s => s.Key).Order()); // and none lost
        Assert.DoesNotContain(await host.QueryAsync(db => db.Reminders.Select(r => r.State).ToListAsync()), s => s is ReminderState.Claimed or ReminderState.Pending or ReminderState.Failed);
    }

    [Fact]
    public async Task The_PostgreSQL_migrations_match_the_model_and_the_audit_trail_refuses_changes_in_the_database()
    {
        await using var host = await HostAsync();
        var olu = await host.AddStaffAsync("aad-olu", "Olu Officer", null, StaffRoles.Officer);
        var @case = await host.OpenComplaintAsync("hoc-2024", Start, olu);

        await using var db = await host.Services.GetRequiredService<IDbContextFactory<CasesDbContext>>().CreateDbContextAsync();
        Assert.False(db.Database.HasPendingModelChanges(), "The model has changed; add a PostgreSQL migration (src/ComplaintsBot.Cases.PostgreSql/README.md).");
        Assert.NotEmpty(await db.CaseDeadlines.Where(d => d.CaseId == @case.Id).ToListAsync());
        var update = await Assert.ThrowsAsync<PostgresException>(() => db.AuditEntries.ExecuteUpdateAsync(set => set.SetProperty(a => a.Actor, "someone else")));
        Assert.Contains("append-only", update.MessageText, StringComparison.Ordinal);
        var delete = await Assert.ThrowsAsync<PostgresException>(() => db.AuditEntries.ExecuteDeleteAsync());
        Assert.Contains("cannot be deleted", delete.MessageText, StringComparison.Ordinal);
    }
}
