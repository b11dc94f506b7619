using ComplaintsBot.BotFramework.Builder;
using ComplaintsBot.BotFramework.Dialogs;
using ComplaintsBot.BotFramework.Schema;
using Microsoft.Extensions.Time.Testing;

namespace ComplaintsBot.BotFramework.Tests.Dialogs;

public class DateTimePromptTests
{
    private sealed class AskDate : ComponentDialog
    {
        public AskDate(TimeProvider timeProvider) : base("ask-date")
        {
            AddDialog(new WaterfallDialog("w",
            [
                (step, ct) => step.PromptAsync("date", new PromptOptions
                {
                    Prompt = MessageFactory.Text("When did they contact you?"),
                    RetryPrompt = MessageFactory.Text("Please give a date, like 14/03/2026 or yesterday."),
                }, ct),
                async (step, ct) =>
                {
                    var readings = ObjectPath.ConvertValue<List<DateTimeResolution>>(step.Result)!;
                    await step.Context.SendActivityAsync($"{readings[0].Timex} {readings[0].Value}", cancellationToken: ct);
                    return await step.EndDialogAsync(readings, ct);
                },
            ]));
            AddDialog(new DateTimePrompt("date", timeProvider: timeProvider));
        }
    }

    private static Activity Message(string text, DateTimeOffset? timestamp, DateTimeOffset? localTimestamp, string? localTimezone = null) => new()
    {
        Type = ActivityTypes.Message,
        Text = text,
        Timestamp = timestamp,
        LocalTimestamp = localTimestamp,
        LocalTimezone = localTimezone,
    };

    [Fact]
    public async Task Today_is_the_users_date_from_localTimestamp_not_the_servers_utc_date()
    {
        // 23:30 UTC on 30 June is already 1 July in Tokyo, where this user is.
        var utc = new DateTimeOffset(2026, 6, 30, 23, 30, 0, TimeSpan.Zero);
        var host = new DialogHost(new AskDate(new FakeTimeProvider(utc)), timeProvider: new FakeTimeProvider(utc));

        await host.Flow()
            .Send(Message("hi", utc, utc.ToOffset(TimeSpan.FromHours(9)))).AssertReply("When did they contact you?")
            .Send(Message("today", utc, utc.ToOffset(TimeSpan.FromHours(9)))).AssertReply("2026-07-01 2026-07-01")
            .StartTestAsync();
    }

    [Fact]
    public async Task Yesterday_counts_back_from_the_users_date_behind_utc()
    {
        // 02:00 UTC on 1 July is still 30 June in New York (UTC-4).
        var utc = new DateTimeOffset(2026, 7, 1, 2, 0, 0, TimeSpan.Zero);
        var local = utc.ToOffset(TimeSpan.FromHours(-4));
        var host = new DialogHost(new AskDate(new FakeTimeProvider(utc)), timeProvider: new FakeTimeProvider(utc));

        await host.Flow()
            .Send(Message("hi", utc, local)).AssertReply("When did they contact you?")
            .Send(Message("yesterday", utc, local)).AssertReply("2026-06-29 2026-06-29")
            .StartTestAsync();
    }

    [Fact]
    public void Without_localTimestamp_the_timestamp_is_read_in_UK_time_or_the_activitys_zone()
    {
        // 23:30 UTC on 30 June is 00:30 BST on 1 July; the clock is ignored when the activity has a timestamp.
        var utc = new DateTimeOffset(2026, 6, 30, 23, 30, 0, TimeSpan.Zero);
        var prompt = new DateTimePrompt("date", timeProvider: new FakeTimeProvider(utc.AddDays(100)));

        Assert.Equal(new DateTime(2026, 7, 1, 0, 30, 0), prompt.ReferenceTime(new Activity { Timestamp = utc }));
        Assert.Equal(new DateTime(2026, 7, 1, 8, 30, 0), prompt.ReferenceTime(new Activity { Timestamp = utc, LocalTimezone = "Asia/Tokyo" }));
        Assert.Equal("XXXX-WXX-1=2026-06-29", string.Join(",", DateTimeRecognizer.Recognize("monday", prompt.ReferenceTime(new Activity { Timestamp = utc })).Take(1).Select(r => $"{r.Timex}={r.Value}")));
    }

    [Fact]
    public void Without_any_timestamp_the_injected_clock_is_read_in_the_activitys_time_zone()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 6, 30, 23, 30, 0, TimeSpan.Zero));
        var prompt = new DateTimePrompt("date", timeProvider: clock);

        Assert.Equal(new DateTime(2026, 7, 1, 0, 30, 0), prompt.ReferenceTime(new Activity()));
        Assert.Equal(new DateTime(2026, 6, 30, 19, 30, 0), prompt.ReferenceTime(new Activity { LocalTimezone = "America/New_York" }));
    }

    [Fact]
    public async Task The_test_adapter_stamps_local_time_from_its_clock_and_the_prompt_uses_it()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 24, 23, 30, 0, TimeSpan.Zero));
        clock.SetLocalTimeZone(TimeZoneInfo.FindSystemTimeZoneById("Asia/Tokyo"));
        var host = new DialogHost(new AskDate(clock), timeProvider: clock);

        await host.Flow()
            .Test("hi", "When did they contact you?")
            .Test("tomorrow", "2026-11-26 2026-11-26")
            .StartTestAsync();
    }

    [Fact]
    public async Task A_date_answer_survives_the_json_round_trip_and_a_bad_one_gets_the_retry_prompt()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 24, 10, 0, 0, TimeSpan.Zero));
        var host = new DialogHost(new AskDate(clock), timeProvider: clock);

        await host.Flow()
            .Test("hi", "When did they contact you?")
            .Test("the other day", "Please give a date, like 14/03/2026 or yesterday.")
            .Send(DialogHost.CardSubmit(new { date = "2026-03-14" }))
            .AssertReply("Please give a date, like 14/03/2026 or yesterday.")
            .Test("14/03/2026 14:30", "2026-03-14T14:30 2026-03-14 14:30:00")
            .StartTestAsync();
    }
}
