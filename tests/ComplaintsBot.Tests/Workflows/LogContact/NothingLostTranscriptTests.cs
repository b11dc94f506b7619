using System.Text.Json.Nodes;
using ComplaintsBot.Bot;
using ComplaintsBot.BotFramework.Schema;
using ComplaintsBot.Workflows.LogContact;

using ComplaintsBot.Tests.Dialogs;

namespace ComplaintsBot.Tests.Workflows.LogContact;

/// <summary>
/// What an officer sees when something goes wrong while logging a contact: a failed turn, a date typed in
/// another script's digits, a date out of range, a received date changed on the summary. Each time every
/// earlier answer is kept and the question is asked again; only "cancel" throws a draft away.
/// </summary>
public sealed class NothingLostTranscriptTests
{
    [Theory]
    [InlineData("０１/１２/２０２６")]   // full-width
    [InlineData("٠١/١٢/٢٠٢٦")]          // Arabic-Indic
    [InlineData("۰۱/۱۲/۲۰۲۶")]          // Eastern Arabic-Indic (Persian, Urdu)
    [InlineData("०१/१२/२०२६")]          // Devanagari
    public async Task An_issue_date_typed_in_another_scripts_digits_is_read_and_the_complaint_saves_with_it(string typed)
    {
        await using var bot = await LoggingBot.StartAsync("hoc-2024");
        await bot.Chat()
            .TenantOnThePhone().WantsItInvestigated()
            .Says("Complaint").Asks("When did the issue happen?")
            .Says(typed)
            .NoExclusionApplies(bot.Policy.Exclusions.Where(e => e.Id != "issue-too-old").Select(e => e.Question))
            .Routed()
            .ShowsCard("Check this contact before saving", "Tue 1 Dec 2026")
            .PressesSave()
            .Tells("Saved as **HOC-2026-00001**")
            .RunAsync();

        Assert.Equal(new DateOnly(2026, 12, 1), (await bot.OnlyCaseAsync()).IssueOccurredOn);
    }

    [Fact]
    public async Task A_received_date_and_time_in_full_width_digits_is_read()
    {
        await using var bot = await LoggingBot.StartAsync("hoc-2024");
        await bot.Chat()
            .TenantAlone("none")
            .Says("letter").Asks("When was it received?")
            .Says("１６/１２/２０２６ ０９:１５").Asks("What does the customer say?")
            .RunAsync();
    }

    [Theory]
    [InlineData("31/12/1999", "Fri 31 Dec 1999")]
    [InlineData("01/01/1900", "Mon 1 Jan 1900")]
    [InlineData("01/01/0001", "Mon 1 Jan 0001")]
    public async Task A_received_date_before_2000_is_refused_and_asked_again(string typed, string shown)
    {
        await using var bot = await LoggingBot.StartAsync("hoc-2024");
        await bot.Chat()
            .TenantAlone("none")
            .Says("letter").Asks("When was it received?")
            .Says(typed)
            .Tells($"{shown} is before 1 January 2000, where case references start (Sat 1 Jan 2000): the received date cannot be earlier.")
            .Asks("When was it received?")
            .Says("18/12/2025").Asks("What does the customer say?")
            .RunAsync();
    }

    // Code 2.3's twelve months run from the issue to the complaint, not from the complaint to today: a complaint received
    // more than a year ago and never recorded is logged with its real date.
    [Fact]
    public async Task A_complaint_received_more_than_12_months_ago_and_never_recorded_can_still_be_logged_with_that_date()
    {
        await using var bot = await LoggingBot.StartAsync("hoc-2024");
        await bot.Chat()
            .TenantAlone("none")
            .Says("letter").Asks("When was it received?")
            .Says("17/12/2024").Asks("What does the customer say?")
            .RunAsync();
    }

    [Fact]
    public async Task An_issue_date_before_1990_is_refused_and_asked_again()
    {
        await using var bot = await LoggingBot.StartAsync("hoc-2024");
        await bot.Chat()
            .TenantOnThePhone().WantsItInvestigated()
            .Says("Complaint").Asks("When did the issue happen?")
            .Says("31/12/1989")
            .Tells("Sun 31 Dec 1989 is before 1 January 1990 (Mon 1 Jan 1990): the date the issue happened cannot be earlier.")
            .Asks("When did the issue happen?")
            .Says("01/12/2026").Asks("Has a claim about this issue been filed at court")
            .RunAsync();
    }

    [Fact]
    public async Task Changing_the_received_date_to_before_the_issue_asks_for_the_issue_date_again_and_the_complaint_still_saves()
    {
        await using var bot = await LoggingBot.StartAsync("hoc-2024");
        await bot.Chat()
            .TenantOnThePhone().WantsItInvestigated()
            .Says("Complaint").Asks("When did the issue happen?")
            .Says("10/12/2026")
            .NoExclusionApplies(bot.Policy.Exclusions.Where(e => e.Id != "issue-too-old").Select(e => e.Question))
            .Routed()
            .ShowsCard("Check this contact before saving", "Thu 10 Dec 2026")
            .PressesChange(AnswerKeys.Received).Asks("When was it received?")
            .Says("01/12/2026 09:00")
            .Tells("The contact is now received on Tue 1 Dec 2026, before the date given for the issue (Thu 10 Dec 2026), so I need that date again.")
            .Asks("When did the issue happen?")
            .Says("20/11/2026")
            .ShowsCard("Check this contact before saving", "Fri 20 Nov 2026", "Tue 1 Dec 2026 09:00", "Ada Jones", "T-10042")
            .PressesSave()
            .Tells("Saved as **HOC-2026-00001**")
            .RunAsync();

        var saved = await bot.OnlyCaseAsync();
        Assert.Equal(new DateOnly(2026, 11, 20), saved.IssueOccurredOn);
        Assert.Equal("Ada Jones", saved.Customer.Name);
    }

    [Fact]
    public async Task When_a_turn_fails_the_officer_is_told_with_a_reference_and_asked_the_same_question_with_every_answer_kept()
    {
        await using var bot = await LoggingBot.StartAsync("hoc-2024");
        foreach (var answer in new[] { "log", "Ada Jones", "T-10042", "tenant", "LCRA", "no one", "none", "phone" }) await SayAsync(bot, answer);

        bot.Clock.FailReads = 1;
        var replies = await SayAsync(bot, "16/12/2026 09:15");

        Assert.Equal(2, replies.Count);
        Assert.Matches(@"^Sorry, something went wrong on my side with that \(error reference [A-Z2-9]{8}\)\. Nothing you entered has been lost", replies[0]);
        Assert.StartsWith("When was it received?", replies[1]);
        Assert.StartsWith("What does the customer say?", Assert.Single(await SayAsync(bot, "16/12/2026 09:15")));
        var state = (await bot.StoredStateAsync())!.ToJsonString();
        Assert.Contains("\"customerName\":\"Ada Jones\"", state);
        Assert.Contains("\"tenancyReference\":\"T-10042\"", state);
        Assert.Contains("\"channel\":\"Phone\"", state);
    }

    [Fact]
    public async Task When_saving_fails_the_finished_draft_is_kept_the_summary_is_shown_again_and_saving_again_saves_once()
    {
        await using var bot = await LoggingBot.StartAsync("hoc-2024");
        string? intakeId = null;
        await bot.Chat()
            .TenantOnThePhone().WantsItInvestigated()
            .Says("Complaint").Asks("When did the issue happen?")
            .Says("01/12/2026")
            .NoExclusionApplies(bot.Policy.Exclusions.Where(e => e.Id != "issue-too-old").Select(e => e.Question))
            .Routed()
            .ShowsCard("Check this contact before saving")
            .RunAsync();
        var state = (await bot.StoredStateAsync())!.ToJsonString();
        intakeId = System.Text.RegularExpressions.Regex.Match(state, "\"intakeId\":\"(?<id>[0-9a-f-]{36})\"").Groups["id"].Value;

        bot.Clock.FailReads = 1;
        var replies = await PressAsync(bot, intakeId);
        Assert.Contains("Nothing you entered has been lost", replies[0]);
        Assert.Contains("Check this contact before saving", replies[^1]);
        Assert.Empty(await bot.AllCasesAsync());

        Assert.Contains("Saved as **HOC-2026-00001**", (await PressAsync(bot, intakeId))[0]);
        Assert.Equal("Ada Jones", (await bot.OnlyCaseAsync()).Customer.Name);
    }

    [Fact]
    public async Task When_the_saved_as_reply_cannot_be_sent_the_case_stays_saved_the_dialog_ends_and_my_cases_shows_it()
    {
        await using var bot = await LoggingBot.StartAsync("hoc-2024");
        await bot.Chat()
            .TenantOnThePhone().WantsItInvestigated()
            .Says("Complaint").Asks("When did the issue happen?")
            .Says("01/12/2026")
            .NoExclusionApplies(bot.Policy.Exclusions.Where(e => e.Id != "issue-too-old").Select(e => e.Question))
            .Routed()
            .ShowsCard("Check this contact before saving")
            .RunAsync();
        var intakeId = System.Text.RegularExpressions.Regex.Match((await bot.StoredStateAsync())!.ToJsonString(), "\"intakeId\":\"(?<id>[0-9a-f-]{36})\"").Groups["id"].Value;

        Assert.Contains("dialogStack\":[{", (await bot.StoredStateAsync())!.ToJsonString());

        bot.SendFaults.FailNextSendContaining = "Saved as";
        var replies = await PressAsync(bot, intakeId);

        Assert.Equal("The contact is saved as **HOC-2026-00001**, but I couldn't show all of it just now. Type **my cases** to see it.", Assert.Single(replies));
        Assert.Equal("HOC-2026-00001", (await bot.OnlyCaseAsync()).Reference.ToString());
        Assert.DoesNotContain("dialogStack\":[{", (await bot.StoredStateAsync())!.ToJsonString());
        Assert.Contains(await SayAsync(bot, "my cases"), r => r.Contains("HOC-2026-00001", StringComparison.Ordinal));
        Assert.Contains("already saved as **HOC-2026-00001**", (await PressAsync(bot, intakeId))[0]);
        Assert.Single(await bot.AllCasesAsync());
    }

    [Fact]
    public async Task A_message_of_a_million_characters_is_not_echoed_back()
    {
        await using var bot = await LoggingBot.StartAsync("hoc-2024");
        var huge = new string('x', 1_000_000);

        var replies = await SayAsync(bot, huge);

        Assert.All(replies, r => Assert.True(r.Length < 2_000, $"a reply of {r.Length:N0} characters"));
        Assert.Contains("I didn't understand \"xxxx", replies[0]);
    }

    private static async Task<List<string>> SayAsync(LoggingBot bot, string text) =>
        await SendAsync(bot, new Activity { Type = ActivityTypes.Message, Text = text });

    private static async Task<List<string>> PressAsync(LoggingBot bot, string intakeId) =>
        await SendAsync(bot, new Activity { Type = ActivityTypes.Message, Value = new JsonObject { ["command"] = "saveContact", ["intakeId"] = intakeId } });

    // Timestamps set here, so the adapter does not read the clock a test has told to fail.
    private static async Task<List<string>> SendAsync(LoggingBot bot, Activity activity)
    {
        activity.Timestamp = activity.LocalTimestamp = LoggingBot.FridayBeforeChristmas;
        await bot.Adapter.ProcessActivityAsync(activity, bot.TurnAsync);
        var replies = new List<string>();
        while (bot.Adapter.GetNextReply() is { } reply) replies.Add(TranscriptRecorder.Show(reply));
        return replies;
    }
}
