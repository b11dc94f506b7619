using ComplaintsBot.Cases.Time;

namespace ComplaintsBot.Cases.Tests.Time;

public class LondonTimeTests
{
    [Theory]
    [InlineData("2026-07-15", "2026-07-15T22:59:59Z", "01:00:00")] // BST
    [InlineData("2026-01-15", "2026-01-15T23:59:59Z", "00:00:00")] // GMT
    [InlineData("2026-03-29", "2026-03-29T22:59:59Z", "01:00:00")] // clocks went forward at 01:00Z that day
    [InlineData("2026-10-25", "2026-10-25T23:59:59Z", "00:00:00")] // clocks went back at 01:00Z that day
    [InlineData("2026-03-28", "2026-03-28T23:59:59Z", "00:00:00")]
    [InlineData("2026-10-24", "2026-10-24T22:59:59Z", "01:00:00")]
    [InlineData("2150-06-01", "2150-06-01T22:59:59Z", "01:00:00")] // outside the precomputed range
    public void The_end_of_a_london_day_is_23_59_59_london_time_with_the_offset_in_force(string date, string utc, string offset)
    {
        var end = LondonTime.EndOfDay(DateOnly.Parse(date));

        Assert.Equal(DateTimeOffset.Parse(utc), end);
        Assert.Equal(TimeSpan.Parse(offset), end.Offset);
    }

    [Theory]
    [InlineData("2026-07-15T23:30:00Z", "2026-07-16")] // 00:30 BST the next day
    [InlineData("2026-07-15T22:59:59Z", "2026-07-15")]
    [InlineData("2026-01-15T23:30:00Z", "2026-01-15")]
    [InlineData("2026-03-29T00:59:59Z", "2026-03-29")]
    [InlineData("2026-10-24T23:00:00Z", "2026-10-25")] // 00:00 BST
    [InlineData("2026-03-29T23:30:00Z", "2026-03-30")] // 00:30 BST, on the day the clocks went forward
    [InlineData("2026-10-25T23:30:00Z", "2026-10-25")] // 23:30 GMT, on the day the clocks went back
    [InlineData("2101-07-01T23:30:00Z", "2101-07-02")] // outside the precomputed range
    public void An_instant_falls_on_its_london_calendar_date(string instant, string date) =>
        Assert.Equal(DateOnly.Parse(date), LondonTime.DateOf(DateTimeOffset.Parse(instant)));

    [Fact]
    public void London_dates_and_offsets_agree_with_nodatime_tzdb_at_random_instants_1990_to_2100()
    {
        var random = new Random(7);
        var start = new DateTimeOffset(1990, 1, 1, 0, 0, 0, TimeSpan.Zero);
        for (var i = 0; i < 20000; i++)
        {
            var instant = start.AddMinutes(random.NextInt64(0, 111L * 365 * 24 * 60));
            var zoned = NodaTime.Instant.FromDateTimeOffset(instant).InZone(LondonTime.Zone);

            Assert.Equal(new DateOnly(zoned.Year, zoned.Month, zoned.Day), LondonTime.DateOf(instant));
            Assert.Equal(zoned.Offset.ToTimeSpan(), LondonTime.ToLondon(instant).Offset);
        }
    }

    [Fact]
    public void An_instant_shown_in_london_keeps_its_moment_and_takes_the_summer_offset()
    {
        var london = LondonTime.ToLondon(DateTimeOffset.Parse("2026-06-01T09:00:00Z"));

        Assert.Equal(TimeSpan.FromHours(1), london.Offset);
        Assert.Equal(10, london.Hour);
    }

    [Fact]
    public void A_wall_clock_time_skipped_when_clocks_go_forward_moves_forward_by_the_hour_of_the_gap() =>
        Assert.Equal(DateTimeOffset.Parse("2026-03-29T02:30:00+01:00"), LondonTime.AtLondon(new DateOnly(2026, 3, 29), new TimeOnly(1, 30)));

    [Fact]
    public void A_wall_clock_time_repeated_when_clocks_go_back_is_read_as_the_earlier_bst_one() =>
        Assert.Equal(DateTimeOffset.Parse("2026-10-25T00:30:00Z"), LondonTime.AtLondon(new DateOnly(2026, 10, 25), new TimeOnly(1, 30)));

    [Fact]
    public void The_start_of_a_london_summer_day_is_23_00_utc_the_day_before() =>
        Assert.Equal(DateTimeOffset.Parse("2026-07-14T23:00:00Z"), LondonTime.StartOfDay(new DateOnly(2026, 7, 15)));
}
