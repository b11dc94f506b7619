using ComplaintsBot.Cases.Policies.Compliance;
using ComplaintsBot.Cases.Time;

namespace ComplaintsBot.Cases.Tests.Policies.Compliance;

public sealed class TimescaleBoundsTests
{
    [Theory]
    [InlineData(1, 1)]
    [InlineData(5, 5)]   // Monday to Friday after a Sunday
    [InlineData(6, 8)]   // ... and the next Monday
    [InlineData(10, 12)]
    [InlineData(20, 26)]
    public void The_fewest_calendar_days_n_working_days_can_take_start_after_a_sunday(int workingDays, int calendarDays) =>
        Assert.Equal(calendarDays, TimescaleBounds.FewestCalendarDays(workingDays));

    [Theory]
    [InlineData(10, TimeUnit.WorkingDays, 10, TimeUnit.WorkingDays, false)]
    [InlineData(11, TimeUnit.WorkingDays, 10, TimeUnit.WorkingDays, true)]
    [InlineData(12, TimeUnit.CalendarDays, 10, TimeUnit.WorkingDays, false)]
    [InlineData(13, TimeUnit.CalendarDays, 10, TimeUnit.WorkingDays, true)]
    [InlineData(120, TimeUnit.Hours, 5, TimeUnit.WorkingDays, false)]
    [InlineData(121, TimeUnit.Hours, 5, TimeUnit.WorkingDays, true)]
    [InlineData(1, TimeUnit.WorkingDays, 30, TimeUnit.CalendarDays, true)] // a closure can push one working day out
    public void Can_end_later_compares_units_conservatively(int amount, TimeUnit unit, int limitAmount, TimeUnit limitUnit, bool expected) =>
        Assert.Equal(expected, TimescaleBounds.CanEndLater(new Timescale(amount, unit), new Timescale(limitAmount, limitUnit)));
}
