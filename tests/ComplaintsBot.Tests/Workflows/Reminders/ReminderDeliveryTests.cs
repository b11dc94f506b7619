using ComplaintsBot.Cases.Domain;
using ComplaintsBot.Cases.Sla;
using ComplaintsBot.Workflows.Reminders;
using Microsoft.EntityFrameworkCore;

namespace ComplaintsBot.Tests.Workflows.Reminders;

/// <summary>
/// One hoc-2024 complaint received Tue 1 Dec 2026 (GMT, so UTC is London time): its acknowledgement is due
/// Tue 8 Dec, and the two-working-day warning opens on Fri 4 Dec, sent at 08:00.
/// </summary>
public sealed class ReminderDeliveryTests
{
    private static readonly DateTimeOffset Received = new(2026, 12, 1, 10, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset WarningMorning = new(2026, 12, 4, 8, 0, 0, TimeSpan.Zero);

    private static async Task<(ReminderTestHost Host, StaffMember Owner, StaffMember Manager, Case Case)> OneCaseAsync()
    {
        var host = await ReminderTestHost.CreateAsync(Received);
        var manager = await host.AddStaffAsync("aad-mina", "Mina Manager", null, StaffRoles.Manager);
        var owner = await host.AddStaffAsync("aad-olu", "Olu Officer", manager, StaffRoles.Officer);
        host.Sender.Reachable.UnionWith(["aad-mina", "aad-olu"]);
        var @case = await host.OpenComplaintAsync("hoc-2024", Received, owner);
        return (host, owner, manager, @case);
    }

    private static Task<List<Reminder>> RemindersAsync(ReminderTestHost host) =>
        host.QueryAsync(db => db.Reminders.OrderBy(r => r.Id).ToListAsync());

    [Fact]
    public async Task A_monitor_killed_between_writing_and_sending_is_replaced_by_one_that_sends_the_reminder_once()
    {
        var (host, _, _, _) = await OneCaseAsync();
        await using var _ = host;
        host.Clock.SetUtcNow(WarningMorning);
        // The process dies inside the send: the reminder is written and claimed, nothing has gone out.
        host.Sender.BeforeSend = _ => throw new OperationCanceledException("process killed");
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => host.Sweep.RunOnceAsync());
        Assert.Empty(host.Sender.Sent);
        Assert.Equal(ReminderState.Claimed, Assert.Single(await RemindersAsync(host)).State);

        var (restarted, sender) = host.StartAnotherMonitor("test-2");
        await restarted.RunOnceAsync(); // the dead instance's lease still holds
        Assert.Empty(sender.Sent);
        for (var minute = 1; minute <= 30; minute++)
        {
            host.Clock.SetUtcNow(WarningMorning.AddMinutes(minute));
            await restarted.RunOnceAsync();
        }

        var sent = Assert.Single(sender.Sent);
        Assert.Equal((WarningMorning.AddMinutes(3), "aad-olu", ReminderWindow.Before), (sent.At, sent.To, sent.Window));
        Assert.Equal(ReminderState.Sent, Assert.Single(await RemindersAsync(host)).State);
    }

    [Fact]
    public async Task A_monitor_restarted_after_sending_does_not_send_again()
    {
        var (host, _, _, _) = await OneCaseAsync();
        await using var _ = host;
        host.Clock.SetUtcNow(WarningMorning);
        await host.Sweep.RunOnceAsync();
        var (restarted, sender) = host.StartAnotherMonitor("test-2");
        for (var minute = 0; minute <= 600; minute += 5)
        {
            host.Clock.SetUtcNow(WarningMorning.AddMinutes(minute));
            await restarted.RunOnceAsync();
        }
        Assert.Single(host.Sender.Sent);
        Assert.Empty(sender.Sent);
    }

    [Fact]
    public async Task A_failing_send_is_retried_after_1_2_4_and_8_minutes_then_marked_failed_after_the_fifth_try()
    {
        var (host, _, _, _) = await OneCaseAsync();
        await using var _ = host;
        var tries = new List<DateTimeOffset>();
        host.Sender.BeforeSend = _ =>
        {
            tries.Add(host.Clock.GetUtcNow());
            throw new HttpRequestException("Connector returned 502");
        };
        for (var minute = 0; minute <= 60; minute++)
        {
            host.Clock.SetUtcNow(WarningMorning.AddMinutes(minute));
            await host.Sweep.RunOnceAsync();
        }

        Assert.Equal(new[] { 0, 1, 3, 7, 15 }.Select(m => WarningMorning.AddMinutes(m)), tries);
        var reminder = Assert.Single(await RemindersAsync(host));
        Assert.Equal((ReminderState.Failed, 5, "Connector returned 502"), (reminder.State, reminder.Attempts, reminder.LastError));
    }

    [Fact]
    public async Task A_warning_whose_window_opens_in_quiet_hours_waits_for_0800_on_the_next_working_day()
    {
        var (host, _, _, _) = await OneCaseAsync();
        await using var _ = host;
        // The window opens at midnight on Fri 4 Dec; nothing goes out before 08:00.
        for (var at = WarningMorning.AddHours(-8); at <= WarningMorning.AddHours(2); at = at.AddMinutes(15))
        {
            host.Clock.SetUtcNow(at);
            await host.Sweep.RunOnceAsync();
        }
        Assert.Equal(WarningMorning, Assert.Single(host.Sender.Sent).At);
    }

    [Fact]
    public async Task Working_hours_come_from_configuration_and_stop_at_the_end_of_the_day()
    {
        var hours = new WorkingHours(global::ComplaintsBot.Cases.Time.WorkingDayCalendar.EnglandAndWales, new TimeOnly(9, 30), new TimeOnly(17, 0));
        // Thu 24 Dec 17:00 is closed; Christmas and the Boxing Day substitute are skipped to Tue 29 Dec 09:30.
        Assert.Equal(new DateTimeOffset(2026, 12, 29, 9, 30, 0, TimeSpan.Zero), hours.NextOpen(new DateTimeOffset(2026, 12, 24, 17, 0, 0, TimeSpan.Zero)));
        // British Summer Time: 09:30 London is 08:30 UTC.
        Assert.Equal(new DateTimeOffset(2026, 6, 1, 8, 30, 0, TimeSpan.Zero), hours.NextOpen(new DateTimeOffset(2026, 6, 1, 6, 0, 0, TimeSpan.Zero)));
        Assert.True(hours.IsOpen(new DateTimeOffset(2026, 6, 1, 15, 59, 0, TimeSpan.Zero)));
        Assert.False(hours.IsOpen(new DateTimeOffset(2026, 6, 1, 16, 0, 0, TimeSpan.Zero)));
        await Task.CompletedTask;
    }

    [Fact]
    public async Task A_met_deadline_cancels_its_written_reminder_instead_of_sending_it()
    {
        var (host, owner, _, @case) = await OneCaseAsync();
        await using var _ = host;
        // Written in the quiet hours of Fri 4 Dec, acknowledged at 07:30, before the 08:00 send.
        host.Clock.SetUtcNow(WarningMorning.AddHours(-2));
        await host.Sweep.RunOnceAsync();
        host.Clock.SetUtcNow(WarningMorning.AddMinutes(-30));
        await host.AcknowledgeAsync(@case, owner);
        host.Clock.SetUtcNow(WarningMorning);
        await host.Sweep.RunOnceAsync();

        Assert.Empty(host.Sender.Sent);
        Assert.Equal(ReminderState.Cancelled, Assert.Single(await RemindersAsync(host)).State);
    }
}
