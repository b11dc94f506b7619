using ComplaintsBot.Cases.Time;

namespace ComplaintsBot.Cases.Tests.Time;

public class WorkingDayCalendarTests
{
    private static readonly WorkingDayCalendar Calendar = WorkingDayCalendar.EnglandAndWales;

    private static DateOnly D(string text) => DateOnly.Parse(text);

    [Theory]
    [InlineData("2026-11-20", true)]  // Friday
    [InlineData("2026-11-21", false)] // Saturday
    [InlineData("2026-11-22", false)] // Sunday
    [InlineData("2026-12-28", false)] // Boxing Day substitute
    [InlineData("2022-09-19", false)] // State Funeral
    [InlineData("2023-05-08", false)] // coronation
    [InlineData("2023-05-09", true)]
    public void Working_days_are_weekdays_that_are_not_bank_holidays(string date, bool working) =>
        Assert.Equal(working, Calendar.IsWorkingDay(D(date)));

    [Theory]
    // From a Friday, one working day is the Monday.
    [InlineData("2026-11-20", 1, "2026-11-23")]
    // From a Saturday or Sunday, the day itself never counts: the first working day is Monday.
    [InlineData("2026-11-21", 1, "2026-11-23")]
    [InlineData("2026-11-22", 5, "2026-11-27")]
    // Easter 2026: Good Friday 3 April and Easter Monday 6 April are skipped.
    [InlineData("2026-04-02", 1, "2026-04-07")]
    [InlineData("2026-04-01", 5, "2026-04-10")]
    // Christmas 2026: Friday 25 and Monday 28 (Boxing Day substitute) are skipped.
    [InlineData("2026-12-23", 2, "2026-12-29")]
    [InlineData("2026-12-24", 4, "2027-01-04")] // and Friday 1 January
    [InlineData("2026-12-24", 5, "2027-01-05")]
    // Platinum Jubilee 2022: Thursday 2 and Friday 3 June are skipped.
    [InlineData("2022-06-01", 1, "2022-06-06")]
    [InlineData("2022-05-27", 5, "2022-06-07")] // Monday 30 May was a working day that year
    // The State Funeral, Monday 19 September 2022.
    [InlineData("2022-09-16", 1, "2022-09-20")]
    // Coronation 2023: Monday 1 and Monday 8 May are both skipped.
    [InlineData("2023-04-28", 4, "2023-05-05")]
    [InlineData("2023-04-28", 5, "2023-05-09")]
    [InlineData("2023-05-05", 1, "2023-05-09")]
    [InlineData("2023-04-28", 10, "2023-05-16")]
    public void Adding_n_working_days_gives_the_nth_working_day_after_the_date(string from, int n, string expected) =>
        Assert.Equal(D(expected), Calendar.AddWorkingDays(D(from), n));

    [Theory]
    [InlineData("2026-11-23", -1, "2026-11-20")]
    [InlineData("2026-11-22", -1, "2026-11-20")]
    [InlineData("2026-04-07", -1, "2026-04-02")]
    [InlineData("2026-04-07", -2, "2026-04-01")]
    public void Negative_working_days_count_back_from_the_date(string from, int n, string expected) =>
        Assert.Equal(D(expected), Calendar.AddWorkingDays(D(from), n));

    [Fact]
    public void Adding_working_days_agrees_with_stepping_day_by_day_across_the_whole_range()
    {
        var random = new Random(20261124);
        for (var i = 0; i < 2000; i++)
        {
            var start = WorkingDayCalendar.FirstDate.AddDays(random.Next(0, 40000));
            var n = random.Next(1, 40);
            var expected = start;
            for (var left = n; left > 0;)
            {
                expected = expected.AddDays(1);
                if (expected.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && !EnglandAndWalesBankHolidays.IsBankHoliday(expected)) left--;
            }
            Assert.Equal(expected, Calendar.AddWorkingDays(start, n));
            Assert.Equal(n, Calendar.WorkingDaysBetween(start, expected));
        }
    }

    [Theory]
    [InlineData("2026-11-20", "2026-11-27", 5)]
    [InlineData("2026-11-27", "2026-11-20", -5)]
    [InlineData("2026-12-24", "2027-01-04", 4)]
    [InlineData("2026-11-21", "2026-11-22", 0)]
    public void Working_days_between_count_the_days_after_the_first_date_up_to_and_including_the_second(string from, string to, int expected) =>
        Assert.Equal(expected, Calendar.WorkingDaysBetween(D(from), D(to)));

    [Theory]
    [InlineData("2026-12-24", "2026-12-29")]
    [InlineData("2022-06-01", "2022-06-06")]
    [InlineData("2026-11-23", "2026-11-24")]
    public void The_next_working_day_skips_weekends_and_holidays(string from, string expected) =>
        Assert.Equal(D(expected), Calendar.NextWorkingDay(D(from)));

    [Fact]
    public void Closure_days_between_christmas_and_new_year_are_not_working_days()
    {
        var closedOffice = new WorkingDayCalendar([D("2026-12-29"), D("2026-12-30"), D("2026-12-31")]);

        Assert.False(closedOffice.IsWorkingDay(D("2026-12-30")));
        Assert.Equal(D("2027-01-04"), closedOffice.AddWorkingDays(D("2026-12-24"), 1));
        Assert.Equal(D("2026-12-29"), Calendar.AddWorkingDays(D("2026-12-24"), 1));
    }

    [Fact]
    public void A_date_outside_the_calendar_range_is_refused_with_a_message_naming_it()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => Calendar.AddWorkingDays(new DateOnly(1989, 12, 29), 1));

        Assert.Contains("1989-12-29", error.Message);
    }

    [Fact]
    public void A_closure_day_outside_the_calendar_range_is_refused()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => new WorkingDayCalendar([new DateOnly(2101, 1, 3)]));

        Assert.Contains("2101-01-03", error.Message);
    }
}
