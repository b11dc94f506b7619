using ComplaintsBot.Cases.Domain;
using ComplaintsBot.Cases.Sla;
using ComplaintsBot.Workflows.Reminders;
using Microsoft.EntityFrameworkCore;

namespace ComplaintsBot.Tests.Workflows.Reminders;

/// <summary>
/// December 2026 in half hours: Christmas Day (Fri 25) and the Boxing Day substitute (Mon 28) are bank
/// holidays, and London is on GMT, so the times below are London times. Olu and Mina have the app;
/// Priya has not installed it, so her reminders go to Mina, her manager.
/// </summary>
public sealed class MonthWalkTests
{
    private static DateTimeOffset At(int month, int day, int hour, int minute = 0) =>
        new(month == 1 ? 2027 : 2026, month, day, hour, minute, 0, TimeSpan.Zero);

    [Fact]
    public async Task A_month_of_sweeps_sends_each_window_once_to_the_right_person_in_working_hours_only()
    {
        await using var host = await ReminderTestHost.CreateAsync(At(11, 30, 0));
        var mina = await host.AddStaffAsync("aad-mina", "Mina Manager", null, StaffRoles.Manager);
        var olu = await host.AddStaffAsync("aad-olu", "Olu Officer", mina, StaffRoles.Officer);
        var priya = await host.AddStaffAsync("aad-priya", "Priya Shah", mina, StaffRoles.Officer);
        host.Sender.Reachable.UnionWith(["aad-mina", "aad-olu"]);

        Case? a = null, b = null, c = null, d = null;
        var events = new Dictionary<DateTimeOffset, Func<Task>>
        {
            // A (hoc-2024): acknowledge within 5 working days of Tue 1 Dec, by Tue 8 Dec; never done.
            [At(12, 1, 10)] = async () => a = await host.OpenComplaintAsync("hoc-2024", At(12, 1, 10), olu),
            // D (wch): logged Wed 2 Dec 19:30, after hours; acknowledge within 1 working day, by Thu 3 Dec.
            [At(12, 2, 19, 30)] = async () => d = await host.OpenComplaintAsync("wch", At(12, 2, 19, 30), olu),
            // ...acknowledged Thu 3 Dec 10:00: the response is due 10 working days later, Thu 17 Dec; never sent.
            [At(12, 3, 10)] = async () => await host.AcknowledgeAsync(d!, olu),
            // C (whg): received Mon 14 Dec, acknowledged Tue 15 Dec; response due 10 working days later,
            // over Christmas: Thu 31 Dec.
            [At(12, 14, 9)] = async () => c = await host.OpenComplaintAsync("whg", At(12, 14, 9), olu),
            [At(12, 15, 11)] = async () => await host.AcknowledgeAsync(c!, olu),
            // B (wch, Priya's): received Fri 18 Dec 15:00, acknowledgement due Mon 21 Dec, done Mon 09:30.
            [At(12, 18, 15)] = async () => b = await host.OpenComplaintAsync("wch", At(12, 18, 15), priya),
            [At(12, 21, 9, 30)] = async () => await host.AcknowledgeAsync(b!, priya),
        };

        for (var now = At(11, 30, 0); now < At(1, 1, 0); now = now.AddMinutes(30))
        {
            host.Clock.SetUtcNow(now);
            if (events.TryGetValue(now, out var happen)) await happen();
            await host.Sweep.RunOnceAsync();
        }

        string Ref(Case x, string kind) => $"{x.Reference} {kind}";
        var digestDays = new[] { 3, 8, 9, 10, 11, 14, 15, 16, 17, 18, 21, 22, 23, 24, 29, 30, 31 };
        var expected = new List<SentReminder>
        {
            new(At(12, 3, 8), "aad-olu", ReminderWindow.DueDay, Ref(d!, "stage1-acknowledge")),
            new(At(12, 4, 8), "aad-olu", ReminderWindow.Before, Ref(a!, "stage1-acknowledge")),
            new(At(12, 8, 8), "aad-olu", ReminderWindow.DueDay, Ref(a!, "stage1-acknowledge")),
            new(At(12, 9, 8), "aad-olu", ReminderWindow.Missed, Ref(a!, "stage1-acknowledge")),
            new(At(12, 9, 8), "aad-mina", ReminderWindow.MissedToManager, Ref(a!, "stage1-acknowledge")),
            new(At(12, 15, 8), "aad-olu", ReminderWindow.Before, Ref(d!, "stage1-response")),
            new(At(12, 17, 8), "aad-olu", ReminderWindow.DueDay, Ref(d!, "stage1-response")),
            new(At(12, 18, 8), "aad-olu", ReminderWindow.Missed, Ref(d!, "stage1-response")),
            new(At(12, 18, 8), "aad-mina", ReminderWindow.MissedToManager, Ref(d!, "stage1-response")),
            new(At(12, 18, 15), "aad-mina", ReminderWindow.Before, Ref(b!, "stage1-acknowledge")),
            new(At(12, 21, 8), "aad-mina", ReminderWindow.DueDay, Ref(b!, "stage1-acknowledge")),
            new(At(12, 29, 8), "aad-olu", ReminderWindow.Before, Ref(c!, "stage1-response")),
            new(At(12, 31, 8), "aad-olu", ReminderWindow.DueDay, Ref(c!, "stage1-response")),
        };
        var sent = host.Sender.Sent.ToList();
        var digests = sent.Where(s => s.Window == ReminderWindow.Digest).ToList();
        Assert.Equal(expected.Select(e => e.ToString()).Order(), sent.Except(digests).Select(s => s.ToString()).Order());
        Assert.Equal(digestDays.Select(day => $"{At(12, day, 8):dd MMM HH:mm} aad-mina"), digests.Select(s => $"{s.At:dd MMM HH:mm} {s.To}"));

        // Priya's two reminders went to Mina, and B's trail says so each time.
        var notes = await host.QueryAsync(db => db.AuditEntries.Where(e => e.CaseId == b!.Id && e.Action == ReminderDispatcher.RedirectedAction).ToListAsync());
        Assert.Equal(2, notes.Count);
        Assert.All(notes, n => Assert.Contains("went to Mina Manager instead of Priya Shah", n.After, StringComparison.Ordinal));
    }
}
