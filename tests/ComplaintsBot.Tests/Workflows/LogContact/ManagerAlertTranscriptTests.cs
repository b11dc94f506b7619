using System.Text.Json.Nodes;
using ComplaintsBot.BotFramework.Schema;
using ComplaintsBot.BotFramework.Testing;
using ComplaintsBot.Cases.Domain;
using ComplaintsBot.Tests.Dialogs;

namespace ComplaintsBot.Tests.Workflows.LogContact;

/// <summary>A saved case reaches managers in their own chats: a discretionary exclusion for a decision, a concern for every senior manager.</summary>
public sealed class ManagerAlertTranscriptTests
{
    [Fact]
    public async Task A_discretionary_exclusion_is_sent_to_the_officers_line_manager_with_accept_and_exclude_buttons()
    {
        await using var bot = await LoggingBot.StartAsync("his");
        var manager = await bot.AddStaffAsync("aad-mo", "Mo Khan", null, StaffRoles.Manager);
        await bot.AddStaffAsync(LoggingBot.OfficerAadObjectId, LoggingBot.OfficerName, manager.Id);
        await bot.InstallAppForAsync(manager);

        var chat = DiscretionaryExclusionUpToSave(bot);
        await new Chat(chat.Flow.AssertReply(sent =>
            {
                Assert.Equal("chat-aad-mo", sent.Conversation?.Id);
                var card = CardOf(sent);
                Assert.Contains("Exclusion decision: case HIS-2026-00001", card);
                Assert.Contains("outside the remit or responsibility of HiS", card);
                Assert.Contains("\"verb\":\"acceptComplaint\"", card);
                Assert.Contains("\"verb\":\"excludeComplaint\"", card);
                Assert.Contains("\"id\":\"comment\"", card);
            }, "the exclusion card in Mo's chat"))
            .Tells("Saved as **HIS-2026-00001**", "A manager must decide on the exclusion", "I sent it to your line manager Mo Khan to decide.")
            .ShowsCard("HIS-2026-00001")
            .RunAsync();
    }

    [Fact]
    public async Task A_discretionary_exclusion_goes_to_every_manager_when_the_officer_has_no_line_manager()
    {
        await using var bot = await LoggingBot.StartAsync("his");
        var mo = await bot.AddStaffAsync("aad-mo", "Mo Khan", null, StaffRoles.Manager);
        var ann = await bot.AddStaffAsync("aad-ann", "Ann Lowe", null, StaffRoles.ComplaintsManager);
        await bot.AddStaffAsync("aad-ola", "Ola Reed"); // an officer: not sent a decision
        await bot.InstallAppForAsync(mo);
        await bot.InstallAppForAsync(ann);

        var chat = DiscretionaryExclusionUpToSave(bot);
        await new Chat(chat.Flow
                .AssertReply(sent => Assert.Equal("chat-aad-ann", sent.Conversation?.Id), "to Ann")
                .AssertReply(sent => Assert.Equal("chat-aad-mo", sent.Conversation?.Id), "to Mo"))
            .Tells("No line manager is recorded for you, so I sent it to Ann Lowe and Mo Khan to decide.")
            .ShowsCard("HIS-2026-00001")
            .RunAsync();
    }

    [Fact]
    public async Task An_issue_outside_a_discretionary_age_limit_sends_the_policys_age_question_and_explanation_to_the_line_manager()
    {
        await using var bot = await LoggingBot.StartAsync("wch");
        var manager = await bot.AddStaffAsync("aad-mo", "Mo Khan", null, StaffRoles.Manager);
        await bot.AddStaffAsync(LoggingBot.OfficerAadObjectId, LoggingBot.OfficerName, manager.Id);
        await bot.InstallAppForAsync(manager);
        var questions = bot.Policy.Exclusions.Where(e => e.Id is not ("issue-too-old" or "not-a-tenant-or-leaseholder")).Select(e => e.Question).ToList();

        var chat = bot.Chat()
            .TenantOnThePhone().WantsItInvestigated()
            .Says("Complaint").Asks("When did the issue happen?")
            .Says("01/03/2026").Tells("counts that limit from when the issue happened")
            .NoExclusionApplies(questions)
            .Tells("A manager must decide whether to accept it")
            .Routed()
            .ShowsCard("waiting for a manager's decision")
            .PressesSave();
        await new Chat(chat.Flow.AssertReply(sent =>
            {
                Assert.Equal("chat-aad-mo", sent.Conversation?.Id);
                var card = CardOf(sent);
                Assert.Contains("Did the matter arise more than six months ago?", card);
                Assert.Contains("We do not normally deal with matters that arose more than six months ago as complaints.", card);
            }, "the age-limit decision in Mo's chat"))
            .Tells("Saved as **WCH-2026-00001**", "I sent it to your line manager Mo Khan to decide.")
            .ShowsCard("WCH-2026-00001")
            .RunAsync();
    }

    [Fact]
    public async Task A_health_and_safety_concern_is_sent_to_every_senior_manager_with_the_case_reference()
    {
        await using var bot = await LoggingBot.StartAsync("whg");
        var senior = await bot.AddStaffAsync("aad-sue", "Sue Grant", null, StaffRoles.SeniorManager);
        await bot.InstallAppForAsync(senior);
        var questions = bot.Policy.Exclusions.Where(e => e.Id != "issue-too-old").Select(e => e.Question);

        var chat = bot.Chat()
            .TenantOnThePhone("Exposed wiring in the hallway since the repair visit.", "Make it safe today")
            .Says("yes").Asks("health and safety or safeguarding concern")
            .Says("Health and safety").Tells("It is flagged for a senior manager")
            .Asks("When did the issue happen?")
            .Says("01/01/2026")
            .NoExclusionApplies(questions)
            .Routed("Repairs", "Electrical safety")
            .ShowsCard("Health and safety (flagged for a senior manager)")
            .PressesSave();
        await new Chat(chat.Flow.AssertReply(sent =>
            {
                Assert.Equal("chat-aad-sue", sent.Conversation?.Id);
                Assert.Equal("Health and safety concern on WHG-2026-00001, logged by Priya Shah: \"Exposed wiring in the hallway since the repair visit.\"", sent.Text);
            }, "the concern in Sue's chat"))
            .Tells("Saved as **WHG-2026-00001**", "Flagged for a senior manager: I told Sue Grant.")
            .ShowsCard("WHG-2026-00001")
            .RunAsync();
    }

    [Fact]
    public async Task A_safeguarding_concern_with_no_senior_manager_reachable_tells_the_officer_to_tell_them()
    {
        await using var bot = await LoggingBot.StartAsync("hoc-2024");
        await bot.AddStaffAsync("aad-sue", "Sue Grant", null, StaffRoles.SeniorManager); // has not installed the app
        await bot.Chat()
            .TenantOnThePhone("Our caretaker shouted at my elderly mother.", "An apology")
            .Says("yes").Asks("concern")
            .Says("Safeguarding").Tells("Flagged for a senior manager: tell them about the concern now.")
            .Asks("Is this the first time they have asked us for this?")
            .Says("no").Asks("investigated")
            .Says("no").Tells("**Suggested: General feedback.**").Asks("Log it as General feedback")
            .Says("General feedback")
            .Routed("Estates", "Staff attitude")
            .ShowsCard("Safeguarding (flagged for a senior manager)")
            .PressesSave()
            .Tells("Saved as **HOC-2026-00001**", "couldn't reach anyone with the senior-manager role in Teams: tell them about the concern now.")
            .ShowsCard("HOC-2026-00001")
            .RunAsync();
    }

    private static Chat DiscretionaryExclusionUpToSave(LoggingBot bot) => bot.Chat()
        .TenantOnThePhone().WantsItInvestigated()
        .Says("Complaint").Asks("When did the issue happen?")
        .Says("01/12/2026").Asks("Have legal proceedings already been started")
        .Says("no").Asks("already been considered")
        .Says("no").Asks("outside the remit or responsibility of HiS")
        .Says("yes").Asks("recompense out of proportion")
        .Says("no").Asks("persistent or unreasonable")
        .Says("no")
        .Tells("A manager must decide whether to accept it")
        .Routed()
        .ShowsCard("waiting for a manager's decision on an exclusion")
        .PressesSave();

    private static string CardOf(Activity sent)
    {
        var attachment = Assert.Single(sent.Attachments ?? []);
        Assert.Equal(Attachment.AdaptiveCardContentType, attachment.ContentType);
        return Assert.IsType<JsonObject>(attachment.Content).ToJsonString();
    }
}
