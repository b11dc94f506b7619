using ComplaintsBot.Cases.Time;

namespace ComplaintsBot.Cases.Tests.Time;

/// <summary>
/// A subject access request's one calendar month, as the ICO counts it: the day of receipt to the same date next month,
/// the next month's last day where it has no such date, then the next working day after a weekend or bank holiday.
/// Each expected day was worked out by hand from a calendar and the gov.uk bank holidays.
/// </summary>
public sealed class CalendarMonthTests
{
    [Theory]
    // The ICO's own example: 3 September to 3 October (2024: a Thursday).
    [InlineData("2024-09-03", "2024-10-03")]
    // 31 January: no 31 February, so the last day of February. 2026: Sat 28 Feb, so Mon 2 Mar.
    [InlineData("2026-01-31", "2026-03-02")]
    // Leap year: Tue 29 Feb 2028 exists and is a working day.
    [InlineData("2028-01-31", "2028-02-29")]
    [InlineData("2028-01-30", "2028-02-29")]
    // 29 and 30 January in a common year: Fri 28 Feb 2025.
    [InlineData("2025-01-29", "2025-02-28")]
    [InlineData("2025-01-30", "2025-02-28")]
    // 30 January 2027: Sun 28 Feb 2027, so Mon 1 Mar.
    [InlineData("2027-01-30", "2027-03-01")]
    // 29 February 2028 to Wed 29 March.
    [InlineData("2028-02-29", "2028-03-29")]
    // 31 March to Thu 30 April 2026; 31 August to Wed 30 September 2026.
    [InlineData("2026-03-31", "2026-04-30")]
    [InlineData("2026-08-31", "2026-09-30")]
    // 31 December 2026 to Sun 31 January 2027, so Mon 1 February.
    [InlineData("2026-12-31", "2027-02-01")]
    // 25 November 2026: Christmas Fri 25 Dec, the weekend, substitute Boxing Day Mon 28 Dec: Tue 29 December.
    [InlineData("2026-11-25", "2026-12-29")]
    // 27 November 2027: Mon 27 and Tue 28 Dec 2027 are the substitute Christmas and Boxing Day: Wed 29 December.
    [InlineData("2027-11-27", "2027-12-29")]
    // 26 February 2027: Good Friday 26 Mar, the weekend, Easter Monday 29 Mar: Tue 30 March.
    [InlineData("2027-02-26", "2027-03-30")]
    // 3 April 2026: Sun 3 May, then the early May bank holiday Mon 4 May: Tue 5 May.
    [InlineData("2026-04-03", "2026-05-05")]
    // Received on a Saturday: the month still runs from that day (the ICO: working day or not).
    [InlineData("2026-11-07", "2026-12-07")]
    public void The_answer_is_due_one_calendar_month_from_the_day_of_receipt(string received, string due)
    {
        Assert.Equal(DateOnly.Parse(due, System.Globalization.CultureInfo.InvariantCulture),
            CalendarMonth.DueAfter(DateOnly.Parse(received, System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Fact]
    public void The_landlords_own_closure_days_are_not_public_holidays_unless_the_calendar_given_says_so()
    {
        // 2 November 2026 to Wed 2 December; a calendar that closes that day moves it to Thu 3 December.
        var received = new DateOnly(2026, 11, 2);
        Assert.Equal(new DateOnly(2026, 12, 2), CalendarMonth.DueAfter(received));
        Assert.Equal(new DateOnly(2026, 12, 3), CalendarMonth.DueAfter(received, new WorkingDayCalendar([new DateOnly(2026, 12, 2)])));
    }
}
