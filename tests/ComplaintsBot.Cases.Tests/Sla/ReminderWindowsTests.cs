using ComplaintsBot.Cases.Policies;
using ComplaintsBot.Cases.Sla;
using ComplaintsBot.Cases.Time;

namespace ComplaintsBot.Cases.Tests.Sla;

public sealed class ReminderWindowsTests
{
    private static readonly Policy Hoc = PolicyCatalog.Load(Path.Combine(AppContext.BaseDirectory, "policies")).Get("hoc-2024");
    private static readonly ReminderWindows Windows = new(WorkingDayCalendar.EnglandAndWales);

    [Fact]
    public void The_warning_opens_two_working_days_before_the_due_day_at_the_start_of_that_day()
    {
        var due = LondonTime.EndOfDay(new DateOnly(2026, 12, 2)); // Wednesday
        var windows = Windows.For(Hoc, due, new DateOnly(2026, 12, 2));
        Assert.Equal(
            [
                (ReminderWindow.Before, LondonTime.StartOfDay(new DateOnly(2026, 11, 30))),
                (ReminderWindow.DueDay, LondonTime.StartOfDay(new DateOnly(2026, 12, 2))),
                (ReminderWindow.Missed, due.AddSeconds(1)),
            ],
            windows);
    }

    [Fact]
    public void Two_working_days_before_a_deadline_after_Christmas_skip_Christmas_Day_and_the_Boxing_Day_substitute()
    {
        // Fri 25 Dec is Christmas, Boxing Day (Sat 26) is made up on Mon 28: Tue 29 Dec minus 2 working days is Wed 23 Dec.
        var windows = Windows.For(Hoc, LondonTime.EndOfDay(new DateOnly(2026, 12, 29)), new DateOnly(2026, 12, 29));
        Assert.Equal(LondonTime.StartOfDay(new DateOnly(2026, 12, 23)), windows[0].Opens);
    }

    [Fact]
    public void An_hours_warning_window_that_opens_on_the_due_day_gives_no_separate_warning()
    {
        var policy = Hoc with { Reminders = new ComplaintsBot.Cases.Policies.Reminders { WarningWindow = new Timescale(4, TimeUnit.Hours) } };
        var due = new DateTimeOffset(2026, 12, 2, 15, 0, 0, TimeSpan.Zero);
        var windows = Windows.For(policy, due, new DateOnly(2026, 12, 2));
        Assert.Equal([ReminderWindow.DueDay, ReminderWindow.Missed], windows.Select(w => w.Window));
    }

    [Fact]
    public void The_next_window_after_the_missed_one_is_none()
    {
        var due = LondonTime.EndOfDay(new DateOnly(2026, 12, 2));
        Assert.Null(Windows.NextAfter(Hoc, due, new DateOnly(2026, 12, 2), due.AddSeconds(1)));
        Assert.Equal(due.AddSeconds(1), Windows.NextAfter(Hoc, due, new DateOnly(2026, 12, 2), due));
    }
}
