using ComplaintsBot.BotFramework.Schema;
using ComplaintsBot.Cases.Domain;
using ComplaintsBot.Cases.Policies;
using ComplaintsBot.Dialogs;
using ComplaintsBot.Tests.Dialogs;
using ComplaintsBot.Workflows.LogContact;

namespace ComplaintsBot.Tests.Workflows.LogContact;

/// <summary>The one-line shortcut: "log complaint T-200417 Mr Sam Okafor: the repair was missed twice" fills in what it says and asks only for the rest.</summary>
public sealed class ShortcutTests
{
    private static readonly PolicyCatalog Catalog = PolicyCatalog.Load();

    [Fact]
    public void The_issues_example_fills_in_the_category_reference_name_and_what_the_customer_says()
    {
        var reading = ContactShortcut.Read(Catalog.Get("wch"), "complaint T-200417 Mr Sam Okafor: the repair was missed twice");

        Assert.Equal("complaint", reading.Draft.CategoryId);
        Assert.True(reading.Draft.CategoryGiven);
        Assert.Equal("T-200417", reading.Draft.TenancyReference);
        Assert.Equal("Mr Sam Okafor", reading.Draft.CustomerName);
        Assert.Equal("the repair was missed twice", reading.Draft.Description);
        Assert.Equal([AnswerKeys.Category, AnswerKeys.Reference, AnswerKeys.Customer, AnswerKeys.Description], reading.Draft.Answered);
        Assert.Empty(reading.NotUsed);
    }

    [Theory]
    [InlineData("wch", "service request T-1 Ada Jones: tap dripping", "service-request")]
    [InlineData("wch", "grumble Ada Jones: bins left out again", "grumble")]
    [InlineData("wch", "Compliment: the caretaker was lovely", "compliment")]
    [InlineData("his", "complaint Ada Jones: no reply", "complaint")]
    [InlineData("his", "information-request Ada Jones: when is the visit", "information-request")]
    public void A_category_is_read_by_its_name_its_id_or_its_kind_when_the_policy_has_one_of_that_kind(string policy, string line, string category)
    {
        Assert.Equal(category, ContactShortcut.Read(Catalog.Get(policy), line).Draft.CategoryId);
    }

    [Fact]
    public void Words_that_name_no_category_are_read_as_the_customers_name()
    {
        var reading = ContactShortcut.Read(Catalog.Get("hoc-2024"), "grumble Ada Jones: bins");

        Assert.Null(reading.Draft.CategoryId);
        Assert.False(reading.Draft.Has(AnswerKeys.Category));
        Assert.Equal("grumble Ada Jones", reading.Draft.CustomerName);
    }

    [Fact]
    public void Without_a_reference_or_a_colon_only_what_is_there_is_filled_in()
    {
        var reading = ContactShortcut.Read(Catalog.Get("hoc-2024"), "complaint Ada Jones");

        Assert.Null(reading.Draft.TenancyReference);
        Assert.Equal("Ada Jones", reading.Draft.CustomerName);
        Assert.Null(reading.Draft.Description);
        Assert.False(reading.Draft.Has(AnswerKeys.Description));
    }

    [Fact]
    public void An_anonymous_customer_keeps_no_reference()
    {
        var reading = ContactShortcut.Read(Catalog.Get("hoc-2024"), "complaint T-1 anonymous: noise");

        Assert.True(reading.Draft.Anonymous);
        Assert.Null(reading.Draft.CustomerName);
        Assert.Null(reading.Draft.TenancyReference);
    }

    [Fact]
    public void What_the_customer_says_over_its_limit_is_not_cut_but_asked_for_saying_why()
    {
        var reading = ContactShortcut.Read(Catalog.Get("hoc-2024"), "complaint Ada Jones: " + new string('x', TextLimits.Description + 1));

        Assert.Null(reading.Draft.Description);
        Assert.Contains("what they say (4,001 characters; at most 4,000)", reading.NotUsed);
    }

    [Theory]
    [InlineData("log complaint T-200417 Mr Sam Okafor: the repair was missed twice", "complaint T-200417 Mr Sam Okafor: the repair was missed twice")]
    [InlineData("Log Service request: tap", "Service request: tap")]
    [InlineData("log Ada Jones: the bins", "Ada Jones: the bins")]
    public void Log_followed_by_a_kind_of_contact_or_with_a_colon_is_the_shortcut(string text, string rest)
    {
        var command = BotCommand.Read(new Activity { Type = ActivityTypes.Message, Text = text });

        Assert.Equal(new BotCommand(CommandKind.Log, rest), command);
    }

    [Theory]
    [InlineData("log the leak in the kitchen")]
    [InlineData("logged it yesterday: no reply")]
    public void An_answer_that_starts_with_log_is_still_an_answer(string text)
    {
        Assert.Equal(BotCommand.None, BotCommand.Read(new Activity { Type = ActivityTypes.Message, Text = text }));
    }

    [Fact]
    public async Task The_shortcut_opens_the_dialog_with_its_answers_filled_in_and_asks_only_for_the_rest_then_saves_them()
    {
        await using var bot = await LoggingBot.StartAsync("hoc-2024");
        await bot.Chat()
            .Says("log complaint T-200417 Mr Sam Okafor: the repair was missed twice")
            .Tells("Filled in from your message: Complaint, reference T-200417, customer Mr Sam Okafor, what they say. I'll ask only for the rest.")
            .Asks("Are they a tenant, leaseholder, applicant or other?")
            .Says("tenant").Asks("Which tenure is their home")
            .Says("LCRA").Asks("Is anyone acting for them?")
            .Says("no one").Asks("vulnerability or reasonable adjustments")
            .Says("none").Asks("How did they contact us?")
            .Says("phone").Asks("When was it received?")
            .Says("now").Asks("What do they want us to do")
            .Says("Fix it properly").Asks("health and safety or safeguarding concern")
            .Says("no").Asks("When did the issue happen?")
            .Says("01/12/2026")
            .NoExclusionApplies(bot.Policy.Exclusions.Where(e => e.Id != "issue-too-old").Select(e => e.Question))
            .Routed()
            .ShowsCard("Check this contact before saving", "Mr Sam Okafor", "T-200417", "the repair was missed twice", "Complaint, Stage 1")
            .PressesSave()
            .Tells("Saved as **HOC-2026-00001**")
            .RunAsync();

        var saved = await bot.OnlyCaseAsync();
        Assert.Equal(ContactKind.Complaint, saved.Kind);
        Assert.Equal("Mr Sam Okafor", saved.Customer.Name);
        Assert.Equal("T-200417", saved.Customer.TenancyReference);
        Assert.Equal("the repair was missed twice", saved.Description);
        Assert.Equal("Fix it properly", saved.DesiredOutcome);
    }

    [Fact]
    public async Task A_service_request_by_shortcut_asks_none_of_the_guided_questions()
    {
        await using var bot = await LoggingBot.StartAsync("hoc-2024");
        await bot.Chat()
            .Says("log service request Ada Jones: the tap is dripping")
            .Tells("Filled in from your message: Service request, customer Ada Jones, what they say.")
            .Asks("tenancy or account reference")
            .Says("none").Asks("tenant, leaseholder, applicant or other")
            .Says("tenant").Asks("Which tenure is their home")
            .Says("LCRA").Asks("Is anyone acting for them?")
            .Says("no one").Asks("vulnerability or reasonable adjustments")
            .Says("none").Asks("How did they contact us?")
            .Says("phone").Asks("When was it received?")
            .Says("now").Asks("What do they want us to do")
            .Says("Fix the tap")
            .Routed()
            .ShowsCard("Check this contact before saving", "Service request under")
            .PressesSave()
            .Tells("Saved as **HOC-2026-00001**")
            .RunAsync();

        Assert.Equal(ContactKind.ServiceRequest, (await bot.OnlyCaseAsync()).Kind);
    }
}
