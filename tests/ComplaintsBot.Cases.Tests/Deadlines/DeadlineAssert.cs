using ComplaintsBot.Cases.Deadlines;

namespace ComplaintsBot.Cases.Tests.Deadlines;

internal static class DeadlineAssert
{
    public static DateTimeOffset At(string instant) => DateTimeOffset.Parse(instant, System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The deadline is due at 23:59:59 London on the date (GMT or BST as in force then).</summary>
    public static void DueAtEndOf(string londonDate, CaseDeadline deadline, bool provisional = false)
    {
        var date = DateOnly.Parse(londonDate, System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(date, deadline.DueDate);
        Assert.Equal(new TimeOnly(23, 59, 59), TimeOnly.FromTimeSpan(deadline.Due.TimeOfDay));
        Assert.Equal(date, DateOnly.FromDateTime(deadline.Due.DateTime));
        Assert.Equal(provisional, deadline.Provisional);
    }
}
