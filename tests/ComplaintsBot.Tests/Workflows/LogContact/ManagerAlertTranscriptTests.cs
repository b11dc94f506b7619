using System.Text.Json.Nodes;
using ComplaintsBot.BotFramework.Schema;
using ComplaintsBot.BotFramework.Testing;
using ComplaintsBot.Cases.Domain;
using ComplaintsBot.Tests.Dialogs;

namespace ComplaintsBot.Tests.Workflows.LogContact;

/// <summary>
/// A saved case reaches people in their own chats: a discretionary exclusion goes to the decider the policy names (then
/// its stated fallback, never any manager) for a decision, a concern to every senior manager.
/// </summary>
public sealed class ManagerAlertTranscriptTests
{
    private const string HisDeciders = "Customer Focus Manager (CFM) or Customer Services Team Leader (deputises for the CFM)";
    private const string HisSays = "Customer Complaints & Feedback Policy 2022-2025 has the " + HisDeciders + " decide (HiS, Initial contact).";

    [Fact]
    public async Task HiS_initial_contact_a_discretionary_exclusion_goes_to_the_customer_focus_manager_not_to_the_officers_line_manager()
    {
        await using var bot = await LoggingBot.StartAsync("his");
        var lineManager = await bot.AddStaffAsync("aad-mo", "Mo Khan", null, StaffRoles.Manager);
        var cfm = await bot.AddStaffAsync("aad-cara", "Cara Bell", null, "customer-focus-manager");
        await bot.AddStaffAsync(LoggingBot.OfficerAadObjectId, LoggingBot.OfficerName, lineManager.Id);
        await bot.InstallAppForAsync(lineManager);
        await bot.InstallAppForAsync(cfm);

        // One card, in Cara's chat: a second (to Mo) would come where the confirmation is expected and fail the flow.
        var chat = DiscretionaryExclusionUpToSave(bot);
        await new Chat(chat.Flow.AssertReply(sent =>
            {
                Assert.Equal("chat-aad-cara", sent.Conversation?.Id);
                var card = CardOf(sent);
                Assert.Contains("Exclusion decision: case HIS-2026-00001", card);
                Assert.Contains("outside the remit or responsibility of HiS", card);
                Assert.Contains("\"verb\":\"acceptComplaint\"", card);
                Assert.Contains("\"verb\":\"excludeComplaint\"", card);
                Assert.Contains("\"id\":\"comment\"", card);
                Assert.Contains("Decided by the Customer Focus Manager (CFM)", card);
            }, "the exclusion card in Cara's chat"))
            .Tells("Saved as **HIS-2026-00001**", "The " + HisDeciders + " must decide on the exclusion", "I sent it to Cara Bell to decide: " + HisSays)
            .ShowsCard("HIS-2026-00001")
            .RunAsync();
    }

    [Fact]
    public async Task HiS_initial_contact_in_the_customer_focus_managers_absence_the_exclusion_goes_to_the_customer_services_team_leader()
    {
        await using var bot = await LoggingBot.StartAsync("his");
        await bot.AddStaffAsync("aad-cara", "Cara Bell", null, "customer-focus-manager"); // has not opened the bot
        var teamLeader = await bot.AddStaffAsync("aad-lee", "Lee Ward", null, "customer-services-team-leader");
        var manager = await bot.AddStaffAsync("aad-mo", "Mo Khan", null, StaffRoles.Manager);
        await bot.InstallAppForAsync(teamLeader);
        await bot.InstallAppForAsync(manager);

        var chat = DiscretionaryExclusionUpToSave(bot);
        await new Chat(chat.Flow.AssertReply(sent => Assert.Equal("chat-aad-lee", sent.Conversation?.Id), "to Lee"))
            .Tells("Nobody holding the Customer Focus Manager (CFM) role could be reached, so I sent it to the Customer Services Team Leader (deputises for the CFM): Lee Ward to decide: " + HisSays)
            .ShowsCard("HIS-2026-00001")
            .RunAsync();
    }

    [Fact]
    public async Task HiS_initial_contact_when_nobody_holds_the_named_role_the_administrators_get_the_card_as_fallback_deciders_and_no_manager_does()
    {
        await using var bot = await LoggingBot.StartAsync("his");
        var manager = await bot.AddStaffAsync("aad-mo", "Mo Khan", null, StaffRoles.Manager, StaffRoles.ComplaintsManager);
        var admin = await bot.AddStaffAsync("aad-ada", "Ada Stone", null, StaffRoles.Admin);
        await bot.InstallAppForAsync(manager);
        await bot.InstallAppForAsync(admin);

        var chat = DiscretionaryExclusionUpToSave(bot);
        await new Chat(chat.Flow
                .AssertReply(sent =>
                {
                    Assert.Equal("chat-aad-ada", sent.Conversation?.Id);
                    Assert.Equal("HIS-2026-00001, logged by Priya Shah, waits for a decision on whether to accept it as a complaint. " +
                        "Customer Complaints & Feedback Policy 2022-2025 has the " + HisDeciders + " decide (HiS, Initial contact), but nobody on the staff list holds the " + HisDeciders + " role: " +
                        "as an administrator you may decide it from the card I am sending you, or type **admin** to give someone the role.", sent.Text);
                }, "the administrator is told")
                .AssertReply(sent => Assert.Equal("chat-aad-ada", sent.Conversation?.Id), "and gets the decision card"))
            .Tells("Customer Complaints & Feedback Policy 2022-2025 has the " + HisDeciders + " decide (HiS, Initial contact), but nobody on the staff list holds the " + HisDeciders + " role, " +
                "so I sent it to the administrators (Ada Stone) to decide instead.")
            .ShowsCard("HIS-2026-00001")
            .RunAsync();
    }

    [Fact]
    public async Task Wch_4_6_3_an_issue_outside_the_discretionary_age_limit_sends_the_policys_age_question_and_explanation_to_the_team_manager()
    {
        await using var bot = await LoggingBot.StartAsync("wch");
        var manager = await bot.AddStaffAsync("aad-mo", "Mo Khan", null, "team-manager");
        await bot.AddStaffAsync(LoggingBot.OfficerAadObjectId, LoggingBot.OfficerName, manager.Id);
        await bot.InstallAppForAsync(manager);
        var questions = bot.Policy.Exclusions.Where(e => e.Id is not ("issue-too-old" or "not-a-tenant-or-leaseholder")).Select(e => e.Question).ToList();

        var chat = bot.Chat()
            .TenantOnThePhone().WantsItInvestigated()
            .Says("Complaint").Asks("When did the issue happen?")
            .Says("01/03/2026").Tells("counts that limit from when the issue happened")
            .NoExclusionApplies(questions)
            .Tells("The WCH Team Manager or Customer Experience Manager (policy owner) must decide whether to accept it")
            .Routed()
            .ShowsCard("waiting for a decision on an exclusion by the WCH Team Manager")
            .PressesSave();
        await new Chat(chat.Flow.AssertReply(sent =>
            {
                Assert.Equal("chat-aad-mo", sent.Conversation?.Id);
                var card = CardOf(sent);
                Assert.Contains("Did the matter arise more than six months ago?", card);
                Assert.Contains("We do not normally deal with matters that arose more than six months ago as complaints.", card);
            }, "the age-limit decision in Mo's chat"))
            .Tells("Saved as **WCH-2026-00001**", "I sent it to Mo Khan to decide")
            .ShowsCard("WCH-2026-00001")
            .RunAsync();
    }

    [Fact]
    public async Task Tch_2_an_issue_over_6_months_old_goes_to_the_customer_experience_manager_with_the_good_reason_given()
    {
        await using var bot = await LoggingBot.StartAsync("tch-rosebery");
        var cem = await bot.AddStaffAsync("aad-cem", "Carol Hart", null, "customer-experience-manager");
        var manager = await bot.AddStaffAsync("aad-mo", "Mo Khan", null, StaffRoles.Manager);
        await bot.AddStaffAsync(LoggingBot.OfficerAadObjectId, LoggingBot.OfficerName, manager.Id);
        await bot.InstallAppForAsync(cem);
        await bot.InstallAppForAsync(manager);
        var questions = bot.Policy.Exclusions.Where(e => e.Id is not ("issue-too-old" or "first-time-enquiry")).Select(e => e.Question);

        var chat = bot.Chat()
            .TenantOnThePhone().WantsItInvestigated()
            .Says("Complaint").Asks("When did the issue happen?")
            .Says("01/01/2026").Tells("(TCH 2)")
            .Asks("Is there a good reason to accept it?")
            .Says("An MP or the Ombudsman has asked for a review")
            .NoExclusionApplies(questions)
            .Tells("must decide whether to accept it")
            .Routed()
            .ShowsCard("waiting for a decision on an exclusion")
            .PressesSave();
        await new Chat(chat.Flow.AssertReply(sent =>
            {
                Assert.Equal("chat-aad-cem", sent.Conversation?.Id);
                var card = CardOf(sent);
                Assert.Contains("Good reason given", card);
                Assert.Contains("An MP or the Ombudsman has asked for a review", card);
                Assert.Contains("Decided by the Customer Experience Manager or Leadership team member (TCH 2).", card);
            }, "the decision in the Customer Experience Manager's chat"))
            .Tells("Saved as **TCH-2026-00001**", "I sent it to Carol Hart to decide: Customer Complaints Policy (Legacy Rosebery) has the Customer Experience Manager or Leadership team member decide (TCH 2).")
            .ShowsCard("TCH-2026-00001")
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
        .Tells("The " + HisDeciders + " must decide whether to accept it")
        .Routed()
        .ShowsCard("waiting for a decision on an exclusion by the " + HisDeciders)
        .PressesSave();

    private static string CardOf(Activity sent)
    {
        var attachment = Assert.Single(sent.Attachments ?? []);
        Assert.Equal(Attachment.AdaptiveCardContentType, attachment.ContentType);
        return Assert.IsType<JsonObject>(attachment.Content).ToJsonString();
    }
}
