using ComplaintsBot.Cases.Time;

namespace ComplaintsBot.Cases.Tests.Time;

public class EnglandAndWalesBankHolidaysTests
{
    // The gov.uk list of England and Wales bank holidays, 2018-2028, substitute days as published.
    private static readonly Dictionary<int, string[]> GovUk = new()
    {
        [2018] = ["2018-01-01", "2018-03-30", "2018-04-02", "2018-05-07", "2018-05-28", "2018-08-27", "2018-12-25", "2018-12-26"],
        [2019] = ["2019-01-01", "2019-04-19", "2019-04-22", "2019-05-06", "2019-05-27", "2019-08-26", "2019-12-25", "2019-12-26"],
        // Early May moved to Friday 8 May (VE day); Boxing Day on a Saturday -> Monday 28.
        [2020] = ["2020-01-01", "2020-04-10", "2020-04-13", "2020-05-08", "2020-05-25", "2020-08-31", "2020-12-25", "2020-12-28"],
        // Christmas on a Saturday -> Monday 27, Boxing Day on a Sunday -> Tuesday 28.
        [2021] = ["2021-01-01", "2021-04-02", "2021-04-05", "2021-05-03", "2021-05-31", "2021-08-30", "2021-12-27", "2021-12-28"],
        // New Year on a Saturday -> Monday 3 January; spring moved to Thursday 2 June plus Friday 3 June;
        // the State Funeral on Monday 19 September; Christmas on a Sunday -> Tuesday 27 (Boxing Day keeps Monday 26).
        [2022] = ["2022-01-03", "2022-04-15", "2022-04-18", "2022-05-02", "2022-06-02", "2022-06-03", "2022-08-29", "2022-09-19", "2022-12-26", "2022-12-27"],
        // New Year on a Sunday -> Monday 2 January; coronation Monday 8 May while early May stayed Monday 1 May.
        [2023] = ["2023-01-02", "2023-04-07", "2023-04-10", "2023-05-01", "2023-05-08", "2023-05-29", "2023-08-28", "2023-12-25", "2023-12-26"],
        [2024] = ["2024-01-01", "2024-03-29", "2024-04-01", "2024-05-06", "2024-05-27", "2024-08-26", "2024-12-25", "2024-12-26"],
        [2025] = ["2025-01-01", "2025-04-18", "2025-04-21", "2025-05-05", "2025-05-26", "2025-08-25", "2025-12-25", "2025-12-26"],
        [2026] = ["2026-01-01", "2026-04-03", "2026-04-06", "2026-05-04", "2026-05-25", "2026-08-31", "2026-12-25", "2026-12-28"],
        [2027] = ["2027-01-01", "2027-03-26", "2027-03-29", "2027-05-03", "2027-05-31", "2027-08-30", "2027-12-27", "2027-12-28"],
        [2028] = ["2028-01-03", "2028-04-14", "2028-04-17", "2028-05-01", "2028-05-29", "2028-08-28", "2028-12-25", "2028-12-26"],
    };

    public static TheoryData<int> Years() => new(GovUk.Keys);

    [Theory]
    [MemberData(nameof(Years))]
    public void Bank_holidays_of_the_year_match_the_gov_uk_list(int year)
    {
        var computed = EnglandAndWalesBankHolidays.ForYear(year).Select(h => h.Date.ToString("yyyy-MM-dd")).ToArray();

        Assert.Equal(GovUk[year], computed);
    }

    [Fact]
    public void Every_day_2018_to_2028_is_a_bank_holiday_exactly_when_gov_uk_lists_it()
    {
        var listed = GovUk.Values.SelectMany(d => d).Select(DateOnly.Parse).ToHashSet();
        for (var day = new DateOnly(2018, 1, 1); day <= new DateOnly(2028, 12, 31); day = day.AddDays(1))
            Assert.True(listed.Contains(day) == EnglandAndWalesBankHolidays.IsBankHoliday(day), $"{day:yyyy-MM-dd ddd}");
    }

    [Theory]
    [InlineData(2021, "2021-12-27", "Christmas Day (substitute day)")]
    [InlineData(2021, "2021-12-28", "Boxing Day (substitute day)")]
    [InlineData(2022, "2022-12-27", "Christmas Day (substitute day)")]
    [InlineData(2022, "2022-12-26", "Boxing Day")]
    [InlineData(2022, "2022-01-03", "New Year’s Day (substitute day)")]
    public void A_weekend_holiday_moves_to_the_next_weekday_not_already_a_holiday(int year, string date, string name)
    {
        var holiday = EnglandAndWalesBankHolidays.ForYear(year).Single(h => h.Date == DateOnly.Parse(date));

        Assert.Equal(name, holiday.Name);
    }

    [Theory]
    [InlineData("2011-04-29")]
    [InlineData("2012-06-04")]
    [InlineData("2012-06-05")]
    [InlineData("2020-05-08")]
    [InlineData("2022-06-02")]
    [InlineData("2022-06-03")]
    [InlineData("2022-09-19")]
    [InlineData("2023-05-08")]
    [InlineData("2023-05-01")]
    [InlineData("1995-05-08")] // VE day 50th anniversary
    [InlineData("1999-12-31")] // millennium
    [InlineData("2002-06-03")] // Golden Jubilee
    [InlineData("2002-06-04")]
    public void One_off_days_are_bank_holidays(string date) =>
        Assert.True(EnglandAndWalesBankHolidays.IsBankHoliday(DateOnly.Parse(date)));

    [Theory]
    [InlineData("2012-05-28")]
    [InlineData("2020-05-04")]
    [InlineData("2022-05-30")]
    [InlineData("1995-05-01")]
    [InlineData("2002-05-27")]
    public void A_moved_regular_holiday_is_no_longer_taken_on_its_usual_day(string date) =>
        Assert.False(EnglandAndWalesBankHolidays.IsBankHoliday(DateOnly.Parse(date)));

    [Theory]
    [InlineData(1990, "1990-04-15")]
    [InlineData(2000, "2000-04-23")]
    [InlineData(2008, "2008-03-23")]
    [InlineData(2011, "2011-04-24")]
    [InlineData(2019, "2019-04-21")]
    [InlineData(2038, "2038-04-25")]
    [InlineData(2285, "2285-03-22")]
    public void Easter_sunday_follows_the_gregorian_computus(int year, string easter) =>
        Assert.Equal(DateOnly.Parse(easter), EnglandAndWalesBankHolidays.EasterSunday(year));

    [Fact]
    public void A_year_before_the_modern_holidays_is_refused_with_a_message_naming_the_range()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => EnglandAndWalesBankHolidays.ForYear(1977));

        Assert.Contains("1978", error.Message);
    }
}
