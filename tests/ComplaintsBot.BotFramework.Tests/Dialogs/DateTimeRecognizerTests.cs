using ComplaintsBot.BotFramework.Dialogs;

namespace ComplaintsBot.BotFramework.Tests.Dialogs;

/// <summary>Reference: Tuesday 24 November 2026, 10:15 on the user's clock.</summary>
public class DateTimeRecognizerTests
{
    private static readonly DateTime Reference = new(2026, 11, 24, 10, 15, 0);

    private static string Readings(string text) =>
        string.Join(" | ", DateTimeRecognizer.Recognize(text, Reference).Select(r => $"{r.Timex}={r.Value}"));

    [Theory]
    [InlineData("１４/０３/２０２６", "2026-03-14=2026-03-14")]          // full-width
    [InlineData("١٤/٠٣/٢٠٢٦", "2026-03-14=2026-03-14")]                // Arabic-Indic
    [InlineData("۱۴/۰۳/۲۰۲۶ ۰۹:۳۰", "2026-03-14T09:30=2026-03-14 09:30:00")] // Eastern Arabic-Indic, with a time
    [InlineData("१४ March २०२६", "2026-03-14=2026-03-14")]              // Devanagari
    public void A_date_typed_in_another_scripts_digits_is_read_as_those_digits(string text, string expected)
    {
        Assert.Equal(expected, Readings(text));
    }

    [Fact]
    public void Text_too_long_to_be_a_date_is_not_read()
    {
        Assert.Empty(Readings("14/03/2026" + new string(' ', DateTimeRecognizer.MaxLength)));
    }

    [Theory]
    [InlineData("2026-03-14", "2026-03-14=2026-03-14")]
    [InlineData("2026-03-14T14:30", "2026-03-14T14:30=2026-03-14 14:30:00")]
    [InlineData("2026-03-14 14:30", "2026-03-14T14:30=2026-03-14 14:30:00")]
    [InlineData("14/03/2026", "2026-03-14=2026-03-14")]
    [InlineData("04/03/2026", "2026-03-04=2026-03-04")]
    [InlineData("4/3/26", "2026-03-04=2026-03-04")]
    [InlineData("14/03/2026 09:05", "2026-03-14T09:05=2026-03-14 09:05:00")]
    [InlineData("14 March 2026", "2026-03-14=2026-03-14")]
    [InlineData("14th March 2026", "2026-03-14=2026-03-14")]
    [InlineData("March 14, 2026", "2026-03-14=2026-03-14")]
    [InlineData("1 sept 2026", "2026-09-01=2026-09-01")]
    public void A_written_date_is_read_day_first(string text, string expected)
    {
        Assert.Equal(expected, Readings(text));
    }

    [Theory]
    [InlineData("today", "2026-11-24=2026-11-24")]
    [InlineData("Yesterday", "2026-11-23=2026-11-23")]
    [InlineData("tomorrow", "2026-11-25=2026-11-25")]
    [InlineData("yesterday at 3pm", "2026-11-23T15=2026-11-23 15:00:00")]
    [InlineData("today 3:15 pm", "2026-11-24T15:15=2026-11-24 15:15:00")]
    [InlineData("today at 12am", "2026-11-24T00=2026-11-24 00:00:00")]
    public void Relative_days_count_from_the_reference_date(string text, string expected)
    {
        Assert.Equal(expected, Readings(text));
    }

    [Theory]
    [InlineData("14 Mar", "XXXX-03-14=2026-03-14 | XXXX-03-14=2027-03-14")]
    [InlineData("30 December", "XXXX-12-30=2025-12-30 | XXXX-12-30=2026-12-30")]
    [InlineData("24 November", "XXXX-11-24=2026-11-24")]
    [InlineData("29 Feb", "XXXX-02-29=2024-02-29 | XXXX-02-29=2028-02-29")]
    public void A_date_without_a_year_reads_past_first_then_future(string text, string expected)
    {
        Assert.Equal(expected, Readings(text));
    }

    [Theory]
    [InlineData("monday", "XXXX-WXX-1=2026-11-23 | XXXX-WXX-1=2026-11-30")]
    [InlineData("Tuesday", "XXXX-WXX-2=2026-11-24")]
    [InlineData("wednesday", "XXXX-WXX-3=2026-11-18 | XXXX-WXX-3=2026-11-25")]
    [InlineData("on Fri", "XXXX-WXX-5=2026-11-20 | XXXX-WXX-5=2026-11-27")]
    [InlineData("sunday", "XXXX-WXX-7=2026-11-22 | XXXX-WXX-7=2026-11-29")]
    public void A_weekday_is_first_the_latest_one_on_or_before_the_reference_date(string text, string expected)
    {
        Assert.Equal(expected, Readings(text));
    }

    [Theory]
    [InlineData("last monday", "2026-11-16")]
    [InlineData("last tuesday", "2026-11-17")]
    [InlineData("last friday", "2026-11-20")]
    [InlineData("last sunday", "2026-11-22")]
    [InlineData("next monday", "2026-11-30")]
    public void Last_and_next_weekday_are_in_the_previous_and_next_monday_to_sunday_week(string text, string expected)
    {
        Assert.Equal($"{expected}={expected}", Readings(text));
    }

    [Theory]
    [InlineData("Monday 23 November", "XXXX-11-23=2026-11-23")]
    [InlineData("Mon, 23rd Nov 2026", "2026-11-23=2026-11-23")]
    [InlineData("monday 14/03/2022", "2022-03-14=2022-03-14")]
    [InlineData("Tuesday 24 November 2026 at 9:30am", "2026-11-24T09:30=2026-11-24 09:30:00")]
    public void A_weekday_before_a_date_is_accepted_when_it_agrees_with_the_date(string text, string expected)
    {
        Assert.Equal(expected, Readings(text));
    }

    [Theory]
    [InlineData("Monday 24 November 2026")]
    [InlineData("friday 14/03/2026")]
    public void A_weekday_that_disagrees_with_the_date_makes_the_answer_unrecognised(string text)
    {
        Assert.Empty(DateTimeRecognizer.Recognize(text, Reference));
    }

    [Theory]
    [InlineData("31/02/2026")]
    [InlineData("13/13/2026")]
    [InlineData("2026-02-30")]
    [InlineData("today 25:00")]
    [InlineData("today 13pm")]
    [InlineData("banana")]
    [InlineData("")]
    [InlineData("the day after")]
    public void Something_that_is_not_a_real_date_is_not_recognised(string text)
    {
        Assert.Empty(DateTimeRecognizer.Recognize(text, Reference));
    }
}
