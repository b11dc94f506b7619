using ComplaintsBot.Cases.Domain;
using ComplaintsBot.Cases.Sla;
using ComplaintsBot.Workflows.Reminders;
using Microsoft.EntityFrameworkCore;

namespace ComplaintsBot.Tests.Workflows.Reminders;

/// <summary>The test host plans at most 60 deadlines and sends at most 50 reminders per sweep.</summary>
public sealed class SweepBoundsTests
{
    private static readonly DateTimeOffset Received = new(2026, 12, 1, 10, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task A_night_with_more_windows_than_one_sweep_plans_is_written_over_several_sweeps_and_all_sent_in_the_morning()
    {
        await using var host = await ReminderTestHost.CreateAsync(Received);
        var mina = await host.AddStaffAsync("aad-mina", "Mina Manager", null, StaffRoles.Manager);
        var olu = await host.AddStaffAsync("aad-olu", "Olu Officer", mina, StaffRoles.Officer);
        host.Sender.Reachable.UnionWith(["aad-mina", "aad-olu"]);
        for (var i = 0; i < 100; i++) await host.OpenComplaintAsync("hoc-2024", Received.AddSeconds(i), olu);

        // Fri 4 Dec: every acknowledgement warning opens at midnight.
        var night = new DateTimeOffset(2026, 12, 4, 0, 5, 0, TimeSpan.Zero);
        host.Clock.SetUtcNow(night);
        Assert.Equal(new SweepResult(60, 0), await host.Sweep.RunOnceAsync());
        host.Clock.SetUtcNow(night.AddMinutes(5));
        Assert.Equal(new SweepResult(40, 0), await host.Sweep.RunOnceAsync());

        host.Clock.SetUtcNow(new DateTimeOffset(2026, 12, 4, 8, 0, 0, TimeSpan.Zero));
        Assert.Equal(50, (await host.Sweep.RunOnceAsync()).Sent);
        host.Clock.SetUtcNow(new DateTimeOffset(2026, 12, 4, 8, 5, 0, TimeSpan.Zero));
        Assert.Equal(50, (await host.Sweep.RunOnceAsync()).Sent);
        Assert.Equal(100, host.Sender.Sent.Select(s => s.Key).Distinct().Count());
        Assert.Equal(100, await host.QueryAsync(db => db.Reminders.CountAsync(r => r.State == ReminderState.Sent)));
    }

    [Fact]
    public async Task A_managers_digest_lists_the_25_most_overdue_cases_and_says_how_many_there_are()
    {
        await using var host = await ReminderTestHost.CreateAsync(Received);
        var mina = await host.AddStaffAsync("aad-mina", "Mina Manager", null, StaffRoles.Manager);
        var olu = await host.AddStaffAsync("aad-olu", "Olu Officer", mina, StaffRoles.Officer);
        host.Sender.Reachable.UnionWith(["aad-mina", "aad-olu"]);
        for (var i = 0; i < 30; i++) await host.OpenComplaintAsync("hoc-2024", Received.AddSeconds(i), olu);
        var digests = new List<ReminderMessage>();
        host.Sender.BeforeSend = m => { if (m.Window == ReminderWindow.Digest) digests.Add(m); };

        // All 30 acknowledgements were missed yesterday; the missed reminders and the digest take a few sweeps.
        for (var minute = 0; minute <= 15; minute += 5)
        {
            host.Clock.SetUtcNow(new DateTimeOffset(2026, 12, 9, 8, minute, 0, TimeSpan.Zero));
            await host.Sweep.RunOnceAsync();
        }

        var digest = Assert.Single(digests);
        Assert.Equal("digest of 30", digest.About);
        var json = digest.Card.ToJsonString();
        Assert.Contains("the 25 most overdue of 30", json, StringComparison.Ordinal);
        Assert.True(json.Length < 28 * 1024, $"The digest card is {json.Length} bytes; Teams takes 28 KB at most.");
    }
}
