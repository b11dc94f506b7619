using System.Text.Json.Nodes;
using ComplaintsBot.Cases.Domain;
using ComplaintsBot.Cases.Policies;
using ComplaintsBot.Tests.Dialogs;
using ComplaintsBot.Workflows.LogContact;

namespace ComplaintsBot.Tests.Workflows.LogContact;

/// <summary>
/// Logging by cards: the same waterfall, each step a card (customer and contact, classification, exclusions for a
/// complaint), then the summary. Bad input comes back on the card with everything else kept.
/// </summary>
public sealed class CardPathTranscriptTests
{
    public static readonly JsonObject LogByCards = new() { ["command"] = "logContact", ["form"] = "cards" };

    /// <summary>The customer-and-contact card filled in for a named tenant on the phone this morning.</summary>
    public static (string, string)[] TenantDetails(string category = ContactDetailsCard.AskCategory, string description = "The boiler has failed three times since October.", params (string, string)[] more) =>
    [
        ("anonymous", "false"), ("customerName", "Ada Jones"), ("tenancyReference", "T-10042"), ("relationship", "Tenant"),
        ("tenure", "LowCostRental"), ("representativeKind", "None"), ("representativeConsent", "false"), ("channel", "Phone"),
        ("receivedDate", "2026-12-18"), ("receivedTime", "09:30"), ("description", description), ("desiredOutcome", "A working boiler"),
        ("serviceArea", "Repairs"), ("theme", "Heating"), ("category", category), .. more,
    ];

    [Fact]
    public async Task A_service_request_chosen_on_the_first_card_goes_straight_to_the_summary_and_saves_in_three_interactions()
    {
        await using var bot = await LoggingBot.StartAsync("hoc-2024");
        await bot.Chat()
            .Presses(LogByCards).ShowsCard("Log a contact: the customer and what they say")
            .Submits("details", TenantDetails("service-request", "The kitchen tap is dripping."))
            .ShowsCard("Check this contact before saving", "Service request under Complaint Handling Code (2024)")
            .PressesSave()
            .Tells("Saved as **HOC-2026-00001**")
            .RunAsync();

        var saved = await bot.OnlyCaseAsync();
        Assert.Equal(ContactKind.ServiceRequest, saved.Kind);
        Assert.Equal("The kitchen tap is dripping.", saved.Description);
        Assert.Equal(new DateTimeOffset(2026, 12, 18, 9, 30, 0, TimeSpan.Zero), saved.ReceivedAt);
        Assert.Equal(CustomerTenure.LowCostRental, saved.Customer.Tenure);
    }

    [Fact]
    public async Task A_complaint_with_no_exclusion_takes_the_three_cards_and_save()
    {
        await using var bot = await LoggingBot.StartAsync("hoc-2024");
        await bot.Chat()
            .Presses(LogByCards).ShowsCard("Log a contact: the customer and what they say")
            .Submits("details", TenantDetails())
            .ShowsCard("Log a contact: what kind of contact it is")
            .Submits("classification", ("unhappy", "yes"), ("concern", "No"), ("firstTime", "no"), ("investigate", "yes"), ("category", "suggested"))
            .ShowsCard("Log a complaint: the policy's exclusions", "Has a claim about this issue been filed at court")
            .Submits("exclusions", ("issueDate", "2026-12-01"), ("exclusionLegalProceedings", "false"), ("exclusionAlreadyConsidered", "false"))
            .ShowsCard("Check this contact before saving", "Complaint, Stage 1, under Complaint Handling Code (2024)", "Stage 1 acknowledgement: Tue 29 Dec 2026")
            .PressesSave()
            .Tells("Saved as **HOC-2026-00001**")
            .RunAsync();

        var saved = await bot.OnlyCaseAsync();
        Assert.Equal(ContactKind.Complaint, saved.Kind);
        Assert.Equal(new DateOnly(2026, 12, 1), saved.IssueOccurredOn);
    }

    [Fact]
    public async Task A_card_with_no_name_and_a_received_date_tomorrow_comes_back_saying_so_with_every_other_answer_kept()
    {
        await using var bot = await LoggingBot.StartAsync("hoc-2024");
        await bot.Chat()
            .Presses(LogByCards).ShowsCard("Log a contact: the customer and what they say")
            .Submits("details", [.. TenantDetails(), ("customerName", ""), ("receivedDate", "2026-12-19")])
            .ShowsCard("Some answers need another look",
                "Type the customer's name, or tick Anonymous if they won't give one.",
                "Sat 19 Dec 2026 09:30 is in the future: the received date cannot be after now.",
                "\"value\":\"The boiler has failed three times since October.\"", "\"value\":\"T-10042\"", "\"value\":\"2026-12-19\"")
            .Submits("details", [.. TenantDetails(), ("customerName", "Ada Jones")])
            .ShowsCard("Log a contact: what kind of contact it is")
            .RunAsync();
    }

    [Fact]
    public async Task An_issue_date_outside_the_policys_time_limit_comes_back_on_the_card_asking_when_they_became_aware_with_the_ticks_kept()
    {
        await using var bot = await LoggingBot.StartAsync("hoc-2024");
        await bot.Chat()
            .Presses(LogByCards).ShowsCard("Log a contact: the customer and what they say")
            .Submits("details", TenantDetails(ContactDetailsCard.AskCategory))
            .ShowsCard("Log a contact: what kind of contact it is")
            .Submits("classification", ("unhappy", "yes"), ("concern", "No"), ("firstTime", "no"), ("investigate", "yes"), ("category", "suggested"))
            .ShowsCard("Log a complaint: the policy's exclusions")
            .Submits("exclusions", ("issueDate", "2025-06-01"), ("exclusionLegalProceedings", "false"), ("exclusionAlreadyConsidered", "true"))
            .ShowsCard("Sun 1 Jun 2025 is more than 12 months before it was received, outside the policy's time limit.",
                "When did the customer become aware of the issue?", "\"id\":\"awareDate\"",
                "\"id\":\"exclusionAlreadyConsidered\",\"title\":\"Has this matter already been considered under our complaints policy?\",\"value\":\"true\"")
            .Submits("exclusions", ("issueDate", "2025-06-01"), ("ageChecked", "2025-06-01"), ("awareDate", "2026-11-30"),
                ("exclusionLegalProceedings", "false"), ("exclusionAlreadyConsidered", "false"))
            .ShowsCard("Check this contact before saving", "When the customer became aware", "Mon 30 Nov 2026")
            .PressesSave()
            .Tells("Saved as **HOC-2026-00001**")
            .RunAsync();

        var saved = await bot.OnlyCaseAsync();
        Assert.Equal(new DateOnly(2025, 6, 1), saved.IssueOccurredOn);
        Assert.Equal(new DateOnly(2026, 11, 30), saved.CustomerAwareOn);
        Assert.Equal(CaseStatus.Open, saved.Status);
    }

    [Fact]
    public async Task An_awareness_date_before_the_issue_comes_back_on_the_card()
    {
        await using var bot = await LoggingBot.StartAsync("hoc-2024");
        await bot.Chat()
            .Presses(LogByCards).ShowsCard("Log a contact: the customer and what they say")
            .Submits("details", TenantDetails("complaint"))
            .ShowsCard("Log a contact: what kind of contact it is")
            .Submits("classification", ("concern", "No"), ("category", "complaint"))
            .ShowsCard("Log a complaint: the policy's exclusions")
            .Submits("exclusions", ("issueDate", "2025-06-01"), ("ageChecked", "2025-06-01"), ("awareDate", "2025-05-01"))
            .ShowsCard("Sun 1 Jun 2025", "Thu 1 May 2025 is before the date the issue happened (Sun 1 Jun 2025): the date they became aware cannot be earlier.")
            .RunAsync();
    }

    [Fact]
    public async Task Typing_at_a_card_says_how_to_go_on_and_chat_goes_on_by_typed_questions_asking_only_what_is_left()
    {
        await using var bot = await LoggingBot.StartAsync("hoc-2024");
        await bot.Chat()
            .Presses(LogByCards).ShowsCard("Log a contact: the customer and what they say")
            .Submits("details", TenantDetails())
            .ShowsCard("Log a contact: what kind of contact it is")
            .Says("the boiler").Tells("Fill in the card below and press **Next**, or type **chat** to answer one question at a time instead.")
            .ShowsCard("Log a contact: what kind of contact it is")
            .Says("chat").Tells("Going on by typed questions. Everything answered so far is kept.")
            .Asks("Is the customer unhappy with our service")
            .RunAsync();
    }

    [Fact]
    public async Task A_card_from_an_earlier_step_pressed_again_records_nothing_and_shows_the_card_to_fill_in()
    {
        await using var bot = await LoggingBot.StartAsync("hoc-2024");
        await bot.Chat()
            .Presses(LogByCards).ShowsCard("Log a contact: the customer and what they say")
            .Submits("details", TenantDetails())
            .ShowsCard("Log a contact: what kind of contact it is")
            .Submits("details", TenantDetails(description: "Something else"))
            .Tells("I already have the answers from that card")
            .ShowsCard("Log a contact: what kind of contact it is")
            .RunAsync();
    }

    [Fact]
    public async Task Changing_an_answer_from_the_summary_shows_its_card_with_every_answer_as_given()
    {
        await using var bot = await LoggingBot.StartAsync("hoc-2024");
        await bot.Chat()
            .Presses(LogByCards).ShowsCard("Log a contact: the customer and what they say")
            .Submits("details", TenantDetails("service-request"))
            .ShowsCard("Check this contact before saving")
            .PressesChange(AnswerKeys.Channel)
            .ShowsCard("Log a contact: the customer and what they say", "\"value\":\"Ada Jones\"", "\"value\":\"service-request\"")
            .Submits("details", [.. TenantDetails("service-request"), ("channel", "Email")])
            .ShowsCard("Check this contact before saving", "Email")
            .PressesSave()
            .Tells("Saved as **HOC-2026-00001**")
            .RunAsync();

        Assert.Equal(ContactChannel.Email, (await bot.OnlyCaseAsync()).Channel);
    }

    [Fact]
    public async Task The_officers_usual_channel_and_service_area_are_filled_in_on_their_next_card()
    {
        await using var bot = await LoggingBot.StartAsync("hoc-2024");
        await bot.Chat()
            .Presses(LogByCards).ShowsCard("Log a contact: the customer and what they say")
            .Submits("details", [.. TenantDetails("service-request"), ("channel", "Email"), ("serviceArea", "Estates")])
            .ShowsCard("Check this contact before saving")
            .PressesSave()
            .Tells("Saved as **HOC-2026-00001**")
            .ShowsCard("HOC-2026-00001")
            .Presses(LogByCards).ShowsCard("Log a contact: the customer and what they say",
                "\"id\":\"channel\",\"label\":\"How did they contact us?\",\"style\":\"compact\",\"value\":\"Email\"",
                "\"id\":\"serviceArea\",\"label\":\"Service area\",\"value\":\"Estates\"")
            .RunAsync();
    }
}
