using ComplaintsBot.Cases.Time;

namespace ComplaintsBot.Workflows.Reminders;

/// <summary>When reminders may go out: between Start and End, London time, on working days.</summary>
public sealed class WorkingHours
{
    private readonly WorkingDayCalendar _calendar;

    public WorkingHours(WorkingDayCalendar calendar, TimeOnly start, TimeOnly end)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        if (end <= start)
            throw new ArgumentException($"Reminders:WorkingHours must end after they start (start {start:HH:mm}, end {end:HH:mm}).", nameof(end));
        _calendar = calendar;
        Start = start;
        End = end;
    }

    public TimeOnly Start { get; }
    public TimeOnly End { get; }

    public bool IsOpen(DateTimeOffset instant)
    {
        var local = LondonTime.ToLondon(instant);
        var time = TimeOnly.FromTimeSpan(local.TimeOfDay);
        return _calendar.IsWorkingDay(DateOnly.FromDateTime(local.DateTime)) && time >= Start && time < End;
    }

    /// <summary>The instant itself when open, otherwise the next opening (Start on the next working day it can be).</summary>
    public DateTimeOffset NextOpen(DateTimeOffset instant)
    {
        if (IsOpen(instant)) return instant;
        var local = LondonTime.ToLondon(instant);
        var date = DateOnly.FromDateTime(local.DateTime);
        var day = _calendar.IsWorkingDay(date) && TimeOnly.FromTimeSpan(local.TimeOfDay) < Start ? date : _calendar.NextWorkingDay(date);
        return LondonTime.AtLondon(day, Start);
    }

    /// <summary>The opening of the working day after the London date of <paramref name="instant"/>.</summary>
    public DateTimeOffset NextWorkingMorning(DateTimeOffset instant) =>
        LondonTime.AtLondon(_calendar.NextWorkingDay(LondonTime.DateOf(instant)), Start);

    public DateTimeOffset OpeningOn(DateOnly date) => NextOpen(LondonTime.AtLondon(date, Start));
}
