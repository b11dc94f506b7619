using ComplaintsBot.Cases.Deadlines;
using ComplaintsBot.Tests.Dialogs;

namespace ComplaintsBot.Tests.Workflows.LogContact;

/// <summary>When a contact was received: "now" is the officer's message time in London; typed times are London times.</summary>
public sealed class ReceivedTimeTests
{
    private static readonly DateTimeOffset SummerMorning = new(2026, 6, 15, 10, 0, 0, TimeSpan.Zero); // 11:00 BST

    [Fact]
    public async Task Now_is_the_time_the_message_was_sent_shown_in_london_summer_time()
    {
        await using var bot = await LoggingBot.StartAsync("wch", SummerMorning);
        await bot.Chat()
            .TenantOnThePhone("The contractor turned up two hours late.", "nothing")
            .Says("yes").Asks("concern")
            .Says("no").Asks("first time")
            .Says("no").Asks("investigated")
            .Says("no").Tells("Suggested").Asks("Log it as")
            .Says("1")
            .Routed()
            .ShowsCard("Mon 15 Jun 2026 11:00", "Respond to the feedback: Thu 18 Jun 2026")
            .PressesSave()
            .Tells("Saved as **WCH-2026-00001**")
            .ShowsCard("WCH-2026-00001")
            .RunAsync();

        var saved = await bot.OnlyCaseAsync();
        Assert.Equal(SummerMorning, saved.ReceivedAt);
        Assert.Equal(new DateOnly(2026, 6, 18), bot.DeadlinesOf(saved).Get(DeadlineKind.QuickResponse).DueDate);
    }

    [Fact]
    public async Task A_typed_received_time_is_a_london_time_and_a_date_alone_is_the_start_of_that_working_day()
    {
        await using var bot = await LoggingBot.StartAsync("hoc-2024", SummerMorning);
        await bot.Chat()
            .Says("log").Asks("name")
            .Says("Ada Jones").Asks("reference")
            .Says("none").Asks("tenant")
            .Says("tenant").Asks("Which tenure")
            .Says("LCRA").Asks("acting for them")
            .Says("no one").Asks("vulnerability")
            .Says("none").Asks("How did they contact us?")
            .Says("letter").Asks("When was it received?")
            .Says("12/06/2026").Asks("What does the customer say?")
            .Says("The lift is broken.").Asks("What do they want")
            .Says("Fix it").Asks("unhappy")
            .Says("no").Asks("praising")
            .Says("no").Asks("asking us to do something")
            .Says("yes").Tells("Suggested").Asks("Log it as")
            .Says("1")
            .Routed()
            .ShowsCard("Fri 12 Jun 2026 09:00")
            .PressesChange("received").Asks("When was it received?")
            .Says("12/06/2026 16:45")
            .ShowsCard("Fri 12 Jun 2026 16:45")
            .PressesSave()
            .Tells("Saved as **HOC-2026-00001**")
            .ShowsCard("HOC-2026-00001")
            .RunAsync();

        Assert.Equal(new DateTimeOffset(2026, 6, 12, 15, 45, 0, TimeSpan.Zero), (await bot.OnlyCaseAsync()).ReceivedAt);
    }
}
