using ComplaintsBot.Cases.Domain;
using ComplaintsBot.Tests.Dialogs;

namespace ComplaintsBot.Tests.Workflows.LogContact;

/// <summary>Who the customer is: anonymous contacts, representatives and their consent, changing an answer.</summary>
public sealed class CustomerTranscriptTests
{
    [Fact]
    public async Task An_anonymous_customer_is_told_the_consequence_and_not_asked_for_a_reference_or_representative()
    {
        await using var bot = await LoggingBot.StartAsync("hoc-2024");
        await bot.Chat()
            .Says("log").Asks("What is the customer's name?")
            .Says("anonymous")
            .Tells("Logged as anonymous. We will still look into it, but we cannot acknowledge it, send the customer our response or tell them how to escalate it.")
            .Asks("Are they a tenant, leaseholder, applicant or other?")
            .Says("other").Asks("vulnerability")
            .Says("none").Asks("How did they contact us?")
            .Says("social media").Asks("received")
            .Says("now").Asks("What does the customer say?")
            .Says("Rubbish has been piling up by the bins at Elm Court for weeks.").Asks("What do they want")
            .Says("Clear it").Asks("unhappy")
            .Says("no").Asks("praising")
            .Says("no").Asks("asking us to do something")
            .Says("yes").Tells("Suggested").Asks("Log it as Service request")
            .Says("1")
            .Routed("Estates", "Bins")
            .ShowsCard("Anonymous")
            .PressesSave()
            .Tells("Saved as **HOC-2026-00001**")
            .ShowsCard("HOC-2026-00001")
            .RunAsync();

        var saved = await bot.OnlyCaseAsync();
        Assert.True(saved.Customer.IsAnonymous);
        Assert.Null(saved.Customer.Name);
        Assert.Null(saved.Representative);
        Assert.Equal(ContactChannel.SocialMedia, saved.Channel);
    }

    [Fact]
    public async Task A_representative_without_recorded_consent_is_logged_with_a_reminder_to_get_it()
    {
        await using var bot = await LoggingBot.StartAsync("hoc-2024");
        await bot.Chat()
            .Says("log").Asks("name")
            .Says("Ada Jones").Asks("reference")
            .Says("T-10042").Asks("tenant")
            .Says("tenant").Asks("Which tenure is their home")
            .Says("LCRA").Asks("Is anyone acting for them?")
            .Says("MP").Asks("What is the MP's name?")
            .Says("Jane Smith MP").Asks("Is the customer's consent for Jane Smith MP to act for them recorded?")
            .Says("no").Tells("Noted: no consent yet. Get the customer's consent before sharing any details of the case with Jane Smith MP.")
            .Asks("vulnerability")
            .Says("none").Asks("How did they contact us?")
            .Says("email").Asks("received")
            .Says("now").Asks("What does the customer say?")
            .Says("My constituent's damp has not been treated after three reports.").Asks("What do they want")
            .Says("Treat the damp").Asks("unhappy")
            .WantsItInvestigated()
            .Says("Complaint").Asks("When did the issue happen?")
            .Says("02/11/2026")
            .NoExclusionApplies(bot.Policy.Exclusions.Where(e => e.Id != "issue-too-old").Select(e => e.Question))
            .Routed("Repairs", "Damp and mould")
            .ShowsCard("Jane Smith MP (MP)", "Customer's consent recorded")
            .PressesSave()
            .Tells("Saved as **HOC-2026-00001**")
            .ShowsCard("HOC-2026-00001")
            .RunAsync();

        var saved = await bot.OnlyCaseAsync();
        Assert.Equal(new Representative("Jane Smith MP", RepresentativeKind.MemberOfParliament, consentRecorded: false), saved.Representative);
    }

    [Fact]
    public async Task A_tenants_or_leaseholders_tenure_is_asked_for_the_TSMs_and_kept_with_the_case_but_not_an_applicants()
    {
        // hoc-2024 says ask-tenure: the TSMs are reported for low-cost rental and low-cost home ownership apart.
        await using var bot = await LoggingBot.StartAsync("hoc-2024");
        await bot.Chat()
            .TenantOnThePhone("The kitchen tap is dripping.", "Send a plumber")
            .Says("no").Asks("praising")
            .Says("no").Asks("asking us to do something")
            .Says("yes").Tells("Suggested").Asks("Log it as")
            .Says("1")
            .Routed()
            .ShowsCard("Tenure", "Low-cost rent (LCRA)")
            .PressesChange("relationship").Asks("tenant, leaseholder, applicant or other")
            .Says("applicant")
            .ShowsCard("Applicant")
            .PressesChange("relationship").Asks("tenant, leaseholder, applicant or other")
            .Says("leaseholder").Asks("Which tenure is their home")
            .Says("shared ownership")
            .ShowsCard("Leaseholder", "Tenure", "Low-cost home ownership (LCHO)")
            .PressesSave()
            .Tells("Saved as **HOC-2026-00001**")
            .ShowsCard("HOC-2026-00001")
            .RunAsync();

        var saved = await bot.OnlyCaseAsync();
        Assert.Equal((CustomerRelationship.Leaseholder, CustomerTenure.LowCostHomeOwnership), (saved.Customer.Relationship, saved.Customer.Tenure));
    }

    [Fact]
    public async Task An_applicant_is_not_asked_a_tenure_and_is_counted_under_other()
    {
        await using var bot = await LoggingBot.StartAsync("hoc-2024");
        await bot.Chat()
            .Says("log").Asks("What is the customer's name?")
            .Says("Ada Jones").Asks("reference")
            .Says("none").Asks("tenant, leaseholder, applicant or other")
            .Says("applicant").Asks("Is anyone acting for them?")
            .Says("no one").Asks("vulnerability")
            .Says("none").Asks("How did they contact us?")
            .Says("phone").Asks("received")
            .Says("now").Asks("What does the customer say?")
            .Says("My housing application has had no reply in two months.").Asks("What do they want")
            .Says("A decision").Asks("unhappy")
            .Says("no").Asks("praising")
            .Says("no").Asks("asking us to do something")
            .Says("yes").Tells("Suggested").Asks("Log it as")
            .Says("1")
            .Routed("Lettings", "Applications")
            .ShowsCard("Applicant")
            .PressesSave()
            .Tells("Saved as **HOC-2026-00001**")
            .ShowsCard("HOC-2026-00001")
            .RunAsync();

        var saved = await bot.OnlyCaseAsync();
        Assert.Equal(CustomerTenure.Other, saved.Customer.Tenure);
    }

    [Fact]
    public async Task Changing_the_customers_name_on_the_summary_asks_only_that_question()
    {
        await using var bot = await LoggingBot.StartAsync("hoc-2024");
        await bot.Chat()
            .TenantOnThePhone("The kitchen tap is dripping.", "Send a plumber")
            .Says("no").Asks("praising")
            .Says("no").Asks("asking us to do something")
            .Says("yes").Tells("Suggested").Asks("Log it as")
            .Says("1")
            .Routed()
            .ShowsCard("Ada Jones")
            .PressesChange("customer").Asks("What is the customer's name?")
            .Says("Ada Jones-Okafor")
            .ShowsCard("Ada Jones-Okafor", "T-10042", "The kitchen tap is dripping.")
            .PressesSave()
            .Tells("Saved as **HOC-2026-00001**")
            .ShowsCard("HOC-2026-00001")
            .RunAsync();

        var saved = await bot.OnlyCaseAsync();
        Assert.Equal(("Ada Jones-Okafor", "T-10042"), (saved.Customer.Name, saved.Customer.TenancyReference));
    }

    [Fact]
    public async Task A_colleague_named_as_owner_on_the_summary_owns_the_case()
    {
        await using var bot = await LoggingBot.StartAsync("hoc-2024");
        var sam = await bot.AddStaffAsync("aad-sam", "Sam Patel");
        await bot.Chat()
            .TenantOnThePhone().WantsItInvestigated()
            .Says("Complaint").Asks("When did the issue happen?")
            .Says("01/12/2026")
            .NoExclusionApplies(bot.Policy.Exclusions.Where(e => e.Id != "issue-too-old").Select(e => e.Question))
            .Routed()
            .ShowsCard("Owner", "You")
            .PressesChange("owner").Asks("Who will own it?")
            .Says("Sam Nobody").Tells("I can't find \"Sam Nobody\" among the staff who use ComplaintsBot.").Asks("Who will own it?")
            .Says("sam patel")
            .ShowsCard("Sam Patel")
            .PressesSave()
            .Tells("Saved as **HOC-2026-00001**")
            .ShowsCard("HOC-2026-00001", "Sam Patel")
            .RunAsync();

        Assert.Equal(sam.Id, (await bot.OnlyCaseAsync()).OwnerId);
    }
}
