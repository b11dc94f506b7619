using ComplaintsBot.Cases.Domain;
using ComplaintsBot.Cases.Sla;
using ComplaintsBot.Cases.Store;
using Microsoft.EntityFrameworkCore;

namespace ComplaintsBot.Tests.Workflows.Reminders;

/// <summary>
/// Two instances sending reminders through a Connector that takes 3 s per send (on the shared clock, so 200 sends
/// take 10 minutes of it, five times the 2-minute lease): each reminder still goes out exactly once.
/// </summary>
public sealed class SlowConnectorTests(PostgreSqlServer server) : IClassFixture<PostgreSqlServer>
{
    // Tuesday 1 December 2026, 09:00 London: hoc-2024's acknowledgement (5 working days) is due on Tuesday 8 December.
    private static readonly DateTimeOffset Received = new(2026, 12, 1, 9, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset DueDayMorning = new(2026, 12, 8, 8, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan SendTime = TimeSpan.FromSeconds(3);

    [Fact]
    public async Task Two_instances_with_a_connector_taking_3_s_per_send_send_each_of_200_due_reminders_exactly_once()
    {
        var connection = await server.CreateDatabaseAsync();
        await using var host = await ReminderTestHost.CreateAsync(Received, services => services.AddCaseStorePostgreSql(connection),
            new Dictionary<string, string?> { ["Reminders:BatchSize"] = "200", ["Reminders:MaxPlannedPerSweep"] = "500", ["Reminders:Lease"] = "00:02:00" });
        var olu = await host.AddStaffAsync("aad-olu", "Olu Officer", null, StaffRoles.Officer);
        host.Sender.Reachable.Add("aad-olu");
        for (var i = 0; i < 200; i++) await host.OpenComplaintAsync("hoc-2024", Received, olu);
        host.Clock.SetUtcNow(DueDayMorning);

        var (second, secondSender) = host.StartAnotherMonitor("test-2");
        foreach (var sender in new[] { host.Sender, secondSender })
            sender.BeforeSend = _ =>
            {
                // The send takes 3 s of the shared clock; the real pause lets the other instance sweep meanwhile.
                host.Clock.Advance(SendTime);
                Thread.Sleep(2);
            };

        async Task SweepUntilDoneAsync(Func<Task<global::ComplaintsBot.Workflows.Reminders.SweepResult>> sweep)
        {
            for (var i = 0; i < 2000 && !await AllSettledAsync(host); i++)
            {
                await sweep();
                await Task.Delay(5);
            }
        }
        await Task.WhenAll(
            Task.Run(() => SweepUntilDoneAsync(() => host.Sweep.RunOnceAsync())),
            Task.Run(() => SweepUntilDoneAsync(() => second.RunOnceAsync())));

        var sent = host.Sender.Sent.Concat(secondSender.Sent).ToList();
        var rows = await host.QueryAsync(db => db.Reminders.ToListAsync());
        Assert.Equal(200, rows.Count);
        Assert.All(rows, r => Assert.Equal(ReminderState.Sent, r.State));
        var twice = sent.GroupBy(s => s.Key).Where(g => g.Count() > 1).Select(g => $"{g.Key} x{g.Count()}").ToList();
        Assert.True(twice.Count == 0, $"{twice.Count} reminders were sent more than once: {string.Join(", ", twice.Take(10))}");
        Assert.Equal(rows.Select(r => r.Key).Order(), sent.Select(s => s.Key).Order());
        // Both instances took part: the test is of two senders, not of one that happened to do everything.
        Assert.NotEmpty(host.Sender.Sent);
        Assert.NotEmpty(secondSender.Sent);
    }

    private static async Task<bool> AllSettledAsync(ReminderTestHost host) =>
        await host.QueryAsync(db => db.Reminders.CountAsync()) >= 200
        && !await host.QueryAsync(db => db.Reminders.AnyAsync(r => r.State == ReminderState.Pending || r.State == ReminderState.Claimed));
}
