using ComplaintsBot.Cases.Deadlines;
using ComplaintsBot.Cases.Policies;
using ComplaintsBot.Tests.Dialogs;

namespace ComplaintsBot.Tests.Workflows.LogContact;

/// <summary>
/// cfp 5 Stage 1: "The service improvement team will investigate, liaise with relevant staff, and communicate with the
/// customer to try and reach an immediate resolution (24 hours)". The policy file reads the 24 hours as the team's first
/// attempt at a logged complaint, in clock hours from receipt (reading 1), not a timer on feedback before any complaint.
/// </summary>
public sealed class CfpFirstAttemptTranscriptTests
{
    // The cards' text as written ("team's", not "team\u0027s").
    private static readonly System.Text.Json.JsonSerializerOptions Readable = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private const string FirstAttempt = "Stage 1 contact with customer (the service improvement team's attempt at an immediate resolution)";

    [Fact]
    public async Task Cfp_5_stage_1_a_complaint_logged_on_fri_18_dec_gives_the_service_improvement_team_until_10_00_sat_19_dec_for_its_first_attempt()
    {
        // Received Fri 18 Dec 2026 at 10:00 in London.
        await using var bot = await LoggingBot.StartAsync("cfp-2018");
        await ComplaintToTheSummary(bot)
            .ShowsCard("Saving starts these deadlines", $"{FirstAttempt}: Sat 19 Dec 2026 10:00", "Stage 1 response: Tue 29 Dec 2026")
            .PressesSave()
            .Tells("Saved as **CFP-2026-00001**: Complaint, Stage 1")
            .ShowsCard("CFP-2026-00001", FirstAttempt, "Sat 19 Dec 2026 10:00", $"Next action", "Stage 1 contact with customer by Sat 19 Dec 2026 10:00.")
            .RunAsync();

        var saved = await bot.OnlyCaseAsync();
        Assert.Equal((ContactKind.Complaint, "service-improvement-team"), (saved.Kind, bot.Policy.Stage(1).OwnerRoles.Single()));
        var deadlines = bot.DeadlinesOf(saved);
        // 24 clock hours from receipt, on a Saturday: not moved to a working day, not counted in working days.
        Assert.Equal(new DateTimeOffset(2026, 12, 19, 10, 0, 0, TimeSpan.Zero), deadlines.Get(DeadlineKind.Stage1ContactCustomer).Due);
        // The formal response follows within 5 working days of receipt (25 and 28 Dec are bank holidays).
        Assert.Equal(new DateOnly(2026, 12, 29), deadlines.Get(DeadlineKind.Stage1Response).DueDate);
    }

    [Fact]
    public async Task Cfp_5_stage_1_the_first_attempts_hour_is_shown_wherever_the_deadline_is_the_reminder_the_digest_and_the_channel_feed()
    {
        await using var bot = await LoggingBot.StartAsync("cfp-2018");
        await ComplaintToTheSummary(bot)
            .ShowsCard("Saving starts these deadlines")
            .PressesSave()
            .Tells("Saved as **CFP-2026-00001**: Complaint, Stage 1")
            .RunAsync();
        var saved = await bot.OnlyCaseAsync();
        var firstAttempt = bot.CaseDeadlines.Now(saved, bot.Policy).Single(d => d.Kind == DeadlineKind.Stage1ContactCustomer);
        var owner = await bot.AddStaffAsync("aad-sit-lead", "Service improvement lead");
        var cards = new ComplaintsBot.Workflows.Reminders.ReminderCards();

        var reminder = cards.Reminder(saved, bot.Policy, firstAttempt, owner).ToJsonString(Readable);
        var digest = cards.Digest(owner, [(saved, bot.Policy, firstAttempt)], 1, LoggingBot.FridayBeforeChristmas).ToJsonString(Readable);
        var feed = new ComplaintsBot.Workflows.ChannelFeed.FeedCard(bot.CaseDeadlines).Render(saved, "Priya Shah", LoggingBot.FridayBeforeChristmas).Card.ToJsonString(Readable);

        // 24 clock hours end at 10:00 on Saturday: a card that said only "Sat 19 Dec 2026" would give the team the whole day.
        foreach (var card in new[] { reminder, digest, feed })
        {
            Assert.Contains("Sat 19 Dec 2026 10:00", card, StringComparison.Ordinal);
            Assert.Contains(FirstAttempt, card, StringComparison.Ordinal);
        }

        // On the Saturday morning the case card's next action says the hour, not just "today".
        bot.Clock.SetUtcNow(new DateTimeOffset(2026, 12, 19, 8, 0, 0, TimeSpan.Zero));
        var now = bot.CaseDeadlines.Now(saved, bot.Policy).ToArray();
        var manager = await bot.AddStaffAsync("aad-complaints-manager", "Complaints manager", null, ComplaintsBot.Cases.Domain.StaffRoles.ComplaintsManager);
        var state = ComplaintsBot.Workflows.CaseCard.CaseCardState.For(saved, bot.Policy, now, manager, "Priya Shah");
        Assert.Contains("Stage 1 contact with customer is due today at 10:00.", state.NextAction, StringComparison.Ordinal);
    }

    /// <summary>A complaint received Fri 18 Dec 2026 at 10:00 about an issue on 1 December, logged up to its summary card.</summary>
    private static Chat ComplaintToTheSummary(LoggingBot bot) =>
        bot.Chat()
            .TenantOnThePhone()
            .WantsItInvestigated()
            .Says("Complaint").Asks("When did the issue happen?")
            .Says("1 December 2026")
            .NoExclusionApplies(bot.Policy.Exclusions.Where(e => e.Id != "issue-too-old").Select(e => e.Question))
            .Routed();
}
