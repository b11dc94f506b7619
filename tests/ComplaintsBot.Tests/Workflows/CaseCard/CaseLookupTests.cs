using ComplaintsBot.Cases.Domain;
using ComplaintsBot.Cases.Policies;
using ComplaintsBot.Tests.Dialogs;

namespace ComplaintsBot.Tests.Workflows.CaseCard;

/// <summary>"my cases" and "case &lt;reference&gt;".</summary>
public sealed class CaseLookupTests
{
    [Fact]
    public async Task My_cases_lists_the_officers_open_cases_with_a_deadline_soonest_first_on_one_card()
    {
        await using var bot = await LoggingBot.StartAsync("hoc-2024");
        var me = await bot.AddStaffAsync(LoggingBot.OfficerAadObjectId, LoggingBot.OfficerName);
        var colleague = await bot.AddStaffAsync("aad-sam", "Sam Patel");
        // Received today: acknowledge by Tue 29 Dec. Received Thu 10 Dec: acknowledge by Thu 17 Dec, overdue.
        var recent = await bot.Cases.OpenAsync(Complaint(LoggingBot.FridayBeforeChristmas, me.Id), "HOC", me.AadObjectId);
        var older = await bot.Cases.OpenAsync(Complaint(new DateTimeOffset(2026, 12, 10, 9, 0, 0, TimeSpan.Zero), me.Id), "HOC", me.AadObjectId);
        await bot.Cases.OpenAsync(Complaint(LoggingBot.FridayBeforeChristmas, colleague.Id), "HOC", colleague.AadObjectId);
        await bot.Cases.OpenAsync(Complaint(LoggingBot.FridayBeforeChristmas, me.Id) with { CategoryId = "service-request", Kind = ContactKind.ServiceRequest }, "HOC", me.AadObjectId);

        await bot.Chat()
            .Says("my cases")
            .ShowsCard("My open cases (2)", "Priya Shah · soonest deadline first · as of Fri 18 Dec 2026 10:00")
            .RunAsync();

        var card = bot.Transcript.Lines.Last();
        Assert.True(card.IndexOf(older.Reference.ToString(), StringComparison.Ordinal) < card.IndexOf(recent.Reference.ToString(), StringComparison.Ordinal), card);
        Assert.Contains("Thu 17 Dec 2026", card);
        Assert.Contains("Overdue", card);
        Assert.Contains("Tue 29 Dec 2026", card);
    }

    [Fact]
    public async Task My_cases_pressed_on_the_welcome_card_shows_the_same_card()
    {
        await using var bot = await LoggingBot.StartAsync("hoc-2024");
        await bot.Chat()
            .Presses(new System.Text.Json.Nodes.JsonObject { ["command"] = "myCases" })
            .ShowsCard("My open cases (0)", "You have no open cases.")
            .RunAsync();
    }

    [Fact]
    public async Task Case_with_an_unknown_reference_says_there_is_no_such_case()
    {
        await using var bot = await LoggingBot.StartAsync("hoc-2024");
        await bot.Chat()
            .Says("case HOC-2026-00999").Tells("There is no case HOC-2026-00999. Check the reference, or type **my cases** to see yours.")
            .Says("case banana").Tells("\"banana\" is not a case reference. References look like HOC-2026-00042.")
            .Says("case").Tells("Type **case** and the reference, like case HOC-2026-00042.")
            .RunAsync();
    }

    [Fact]
    public async Task Case_with_a_known_reference_shows_its_case_card_however_it_is_typed()
    {
        await using var bot = await LoggingBot.StartAsync("hoc-2024");
        var me = await bot.AddStaffAsync(LoggingBot.OfficerAadObjectId, LoggingBot.OfficerName);
        await bot.Cases.OpenAsync(Complaint(LoggingBot.FridayBeforeChristmas, me.Id), "HOC", me.AadObjectId);
        await bot.Chat()
            .Says("case hoc-2026-1").ShowsCard("HOC-2026-00001", "Stage 1 acknowledgement", "Tue 29 Dec 2026")
            .RunAsync();
    }

    [Fact]
    public async Task Help_lists_the_commands_and_anything_else_is_answered_with_help()
    {
        await using var bot = await LoggingBot.StartAsync("hoc-2024");
        await bot.Chat()
            .Says("help").Tells("- **log** or **new**: log a contact")
            .Says("what now").Tells("I didn't understand \"what now\".", "- **my cases**")
            .RunAsync();
    }

    private static CaseIntake Complaint(DateTimeOffset received, int ownerId) => new()
    {
        PolicyId = "hoc-2024",
        CategoryId = "complaint",
        Kind = ContactKind.Complaint,
        Customer = Customer.Named("Ada Jones", CustomerRelationship.Tenant),
        Channel = ContactChannel.Phone,
        ReceivedAt = received,
        Description = "The boiler has failed again.",
        RecordedById = ownerId,
        OwnerId = ownerId,
    };
}
