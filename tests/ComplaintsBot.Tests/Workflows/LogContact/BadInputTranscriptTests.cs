using System.Text.Json.Nodes;
using ComplaintsBot.Cases.Domain;
using ComplaintsBot.Cases.Policies;
using ComplaintsBot.Tests.Dialogs;

namespace ComplaintsBot.Tests.Workflows.LogContact;

/// <summary>Each bad answer gets a reply naming the problem and the same question again; nothing answered is lost or saved twice.</summary>
public sealed class BadInputTranscriptTests
{
    [Fact]
    public async Task A_date_that_cannot_be_read_is_refused_with_an_example_and_asked_again()
    {
        await using var bot = await LoggingBot.StartAsync("hoc-2024");
        await bot.Chat()
            .TenantOnThePhone().WantsItInvestigated()
            .Says("Complaint").Asks("When did the issue happen?")
            .Says("the other day")
            .Tells("I can't read \"the other day\" as a date. Type it day first, like 14/03/2026.")
            .Asks("When did the issue happen?")
            .Says("31/02/2026")
            .Tells("I can't read \"31/02/2026\" as a date.")
            .Asks("When did the issue happen?")
            .Says("01/12/2026").Asks("Has a claim about this issue been filed at court")
            .RunAsync();
    }

    [Fact]
    public async Task A_received_date_in_the_future_is_refused_and_asked_again()
    {
        await using var bot = await LoggingBot.StartAsync("hoc-2024");
        await bot.Chat()
            .TenantAlone("none")
            .Says("letter").Asks("When was it received?")
            .Says("25/12/2026")
            .Tells("Fri 25 Dec 2026 is in the future: the received date cannot be after now.")
            .Asks("When was it received?")
            .Says("18/12/2026 14:00")
            .Tells("Fri 18 Dec 2026 14:00 is in the future")
            .Asks("When was it received?")
            .Says("16/12/2026 09:15").Asks("What does the customer say?")
            .RunAsync();
    }

    [Fact]
    public async Task An_issue_date_after_the_contact_was_received_is_refused()
    {
        await using var bot = await LoggingBot.StartAsync("hoc-2024");
        await bot.Chat()
            .TenantOnThePhone().WantsItInvestigated()
            .Says("Complaint").Asks("When did the issue happen?")
            .Says("tomorrow")
            .Tells("Sat 19 Dec 2026 is in the future: the date the issue happened cannot be after today.")
            .Asks("When did the issue happen?")
            .RunAsync();
    }

    [Fact]
    public async Task An_empty_description_is_refused_and_asked_again()
    {
        await using var bot = await LoggingBot.StartAsync("hoc-2024");
        await bot.Chat()
            .TenantAlone("T-1")
            .Says("email").Asks("When was it received?")
            .Says("now").Asks("What does the customer say?")
            .Says("   ")
            .Tells("The description cannot be empty.")
            .Asks("What does the customer say?")
            .Says("The lift has been broken for a week.").Asks("What do they want us to do")
            .RunAsync();
    }

    [Fact]
    public async Task Over_long_text_is_refused_saying_the_limit()
    {
        await using var bot = await LoggingBot.StartAsync("hoc-2024");
        await bot.Chat()
            .Says("log").Asks("What is the customer's name?")
            .Says(new string('a', 201))
            .Tells("That is 201 characters; the customer's name can be at most 200. Please shorten it.")
            .Asks("What is the customer's name?")
            .Says("Ada Jones").Asks("reference")
            .Says("T-1").Asks("tenant, leaseholder")
            .Says("tenant").Asks("Which tenure")
            .Says("LCRA").Asks("acting for them")
            .Says("no one").Asks("vulnerability")
            .Says("none").Asks("How did they contact us?")
            .Says("email").Asks("When was it received?")
            .Says("now").Asks("What does the customer say?")
            .Says(new string('b', 4001))
            .Tells("That is 4,001 characters; the description can be at most 4,000. Please shorten it.")
            .Asks("What does the customer say?")
            .RunAsync();
    }

    [Fact]
    public async Task A_choice_not_on_the_list_is_refused_and_the_choices_shown_again()
    {
        await using var bot = await LoggingBot.StartAsync("hoc-2024");
        await bot.Chat()
            .Says("log").Asks("What is the customer's name?")
            .Says("Ada Jones").Asks("reference")
            .Says("T-1").Asks("tenant, leaseholder")
            .Says("lodger").Asks("That is not one of the choices. Are they a tenant, leaseholder, applicant or other?", "1. Tenant")
            .Says("tenant").Asks("Which tenure")
            .Says("LCRA").Asks("acting for them")
            .Says("no one").Asks("vulnerability")
            .Says("none").Asks("How did they contact us?")
            .Says("carrier pigeon").Asks("That is not one of the choices. How did they contact us?", "6. Social media")
            .Says("phone").Asks("When was it received?")
            .RunAsync();
    }

    [Fact]
    public async Task Pressing_save_twice_saves_the_contact_once_and_says_so()
    {
        await using var bot = await LoggingBot.StartAsync("wch");
        await bot.Chat()
            .TenantOnThePhone("The contractor turned up two hours late.", "nothing")
            .Says("yes").Asks("concern")
            .Says("no").Asks("first time")
            .Says("no").Asks("investigated")
            .Says("no").Tells("Suggested").Asks("Log it as")
            .Says("1")
            .Routed()
            .ShowsCard("Check this contact before saving")
            .PressesSave()
            .Tells("Saved as **WCH-2026-00001**")
            .ShowsCard("WCH-2026-00001")
            .PressesSave()
            .Tells("This contact was already saved as **WCH-2026-00001**; nothing was saved twice.")
            .ShowsCard("WCH-2026-00001")
            .RunAsync();

        Assert.Single(await bot.AllCasesAsync());
    }

    [Fact]
    public async Task A_save_that_runs_again_after_the_case_was_opened_finds_the_case_instead_of_opening_another()
    {
        await using var bot = await LoggingBot.StartAsync("hoc-2024");
        var intake = new CaseIntake
        {
            PolicyId = "hoc-2024", CategoryId = "complaint", Kind = ContactKind.Complaint,
            Customer = Customer.Named("Ada Jones", CustomerRelationship.Tenant), Channel = ContactChannel.Phone,
            ReceivedAt = LoggingBot.FridayBeforeChristmas, Description = "Boiler", IntakeId = Guid.NewGuid(),
        };
        var officer = await bot.AddStaffAsync("aad-officer", "Olu Officer");
        var logging = bot.Logging;

        var first = await logging.SaveAsync(intake, bot.Policy, [], officer);
        var again = await logging.SaveAsync(intake, bot.Policy, [], officer);

        Assert.False(first.AlreadySaved);
        Assert.True(again.AlreadySaved);
        Assert.Equal(first.Case.Reference, again.Case.Reference);
        Assert.Single(await bot.AllCasesAsync());
    }

    [Fact]
    public async Task A_command_typed_at_a_question_is_answered_and_the_question_asked_again_keeping_every_answer()
    {
        await using var bot = await LoggingBot.StartAsync("hoc-2024");
        await bot.Chat()
            .Says("log").Asks("What is the customer's name?")
            .Says("Ada Jones").Asks("reference")
            .Says("T-10042").Asks("tenant, leaseholder")
            .Says("leaseholder").Asks("Which tenure")
            .Says("shared ownership").Asks("acting for them")
            .Says("no one").Asks("vulnerability")
            .Says("Hard of hearing: call on the text relay").Asks("How did they contact us?")
            .Says("phone").Asks("When was it received?")
            .Says("now").Asks("What does the customer say?")
            .Says("my cases").ShowsCard("My open cases (0)").Asks("What does the customer say?")
            .Says("help").Tells("You are logging a contact under Complaint Handling Code (2024)").Asks("What does the customer say?")
            .Says("log").Tells("You are already logging a contact.").Asks("What does the customer say?")
            .Presses(new JsonObject { ["command"] = "myCases" }).ShowsCard("My open cases (0)").Asks("What does the customer say?")
            .Says("case HOC-2026-00077").Tells("There is no case HOC-2026-00077.").Asks("What does the customer say?")
            .Says("The gutter overflows onto the balcony.").Asks("What do they want")
            .Says("Clear the gutter").Asks("unhappy")
            .Says("no").Asks("praising")
            .Says("no").Asks("asking us to do something")
            .Says("yes").Tells("Suggested").Asks("Log it as Service request")
            .Says("1")
            .Routed("Repairs", "Gutters")
            .ShowsCard("Check this contact before saving")
            .PressesSave()
            .Tells("Saved as **HOC-2026-00001**")
            .ShowsCard("HOC-2026-00001")
            .RunAsync();

        var saved = await bot.OnlyCaseAsync();
        Assert.Equal(("Ada Jones", "T-10042", CustomerRelationship.Leaseholder), (saved.Customer.Name, saved.Customer.TenancyReference, saved.Customer.Relationship));
        Assert.Equal("Hard of hearing: call on the text relay", saved.Vulnerability);
        Assert.Equal(ContactChannel.Phone, saved.Channel);
        Assert.Equal("The gutter overflows onto the balcony.", saved.Description);
        Assert.Equal("Clear the gutter", saved.DesiredOutcome);
    }

    [Fact]
    public async Task Cancel_at_any_question_stops_and_saves_nothing()
    {
        await using var bot = await LoggingBot.StartAsync("hoc-2024");
        await bot.Chat()
            .Says("log").Asks("What is the customer's name?")
            .Says("Ada Jones").Asks("reference")
            .Says("cancel").Tells("Cancelled. Nothing was saved.")
            .Says("cancel").Tells("There is nothing to cancel.")
            .RunAsync();

        Assert.Empty(await bot.AllCasesAsync());
    }

    [Fact]
    public async Task Start_again_forgets_the_answers_and_asks_the_first_question()
    {
        await using var bot = await LoggingBot.StartAsync("hoc-2024");
        await bot.Chat()
            .Says("new").Asks("What is the customer's name?")
            .Says("Ada Jones").Asks("reference")
            .Says("start again").Tells("Starting again. Nothing was saved.").Asks("What is the customer's name?")
            .Says("Ben Smith").Asks("reference")
            .RunAsync();

        Assert.Empty(await bot.AllCasesAsync());
    }

    [Fact]
    public async Task A_card_button_pressed_at_a_typed_question_asks_the_question_again()
    {
        await using var bot = await LoggingBot.StartAsync("hoc-2024");
        await bot.Chat()
            .Presses(new JsonObject { ["command"] = "logContact" }).Asks("What is the customer's name?")
            .Presses(new JsonObject { ["command"] = "saveContact" }).Tells("That summary is not the contact you are logging now").Asks("What is the customer's name?")
            .RunAsync();
    }

    [Fact]
    public async Task A_summary_card_of_a_cancelled_contact_saves_nothing()
    {
        await using var bot = await LoggingBot.StartAsync("hoc-2024");
        await bot.Chat()
            .Presses(new JsonObject { ["command"] = "saveContact", ["intakeId"] = Guid.NewGuid().ToString() })
            .Tells("That summary belongs to a contact that was cancelled or not finished, so nothing was saved.")
            .RunAsync();

        Assert.Empty(await bot.AllCasesAsync());
    }
}
