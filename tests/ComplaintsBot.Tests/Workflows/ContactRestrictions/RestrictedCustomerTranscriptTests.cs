using ComplaintsBot.Cases.Domain;
using ComplaintsBot.Cases.Policies;
using ComplaintsBot.Tests.Dialogs;

namespace ComplaintsBot.Tests.Workflows.ContactRestrictions;

/// <summary>Logging a new contact from a customer whose contact is restricted (Code 5.14-5.15, WCH 7.1).</summary>
public sealed class RestrictedCustomerTranscriptTests
{
    [Fact]
    public async Task Code_5_14_a_new_contact_from_a_restricted_customer_tells_the_officer_the_terms_and_is_still_logged()
    {
        await using var bot = await LoggingBot.StartAsync("hoc-2024");
        var lead = await bot.AddStaffAsync("aad-lee", "Lee Grant", null, "complaint-lead");
        var earlier = await bot.Cases.OpenAsync(new CaseIntake
        {
            PolicyId = "hoc-2024", CategoryId = "complaint", Kind = ContactKind.Complaint,
            Customer = Customer.Named("Ada Jones", CustomerRelationship.Tenant, "T-10042"),
            Channel = ContactChannel.Phone, ReceivedAt = bot.Clock.GetUtcNow().AddDays(-30),
            Description = "Repairs not done.", RecordedById = lead.Id, OwnerId = lead.Id,
        }, "HOC", lead.AadObjectId);
        await bot.Cases.ChangeAsync(earlier.Id, earlier.Version, lead.AadObjectId, CaseAuditActions.ContactRestricted,
            c => c.RestrictContact("Contact by letter only, to the complaints team.", "Threats to a repairs operative.",
                "No disability disclosed; letters suit them.", new DateOnly(2027, 3, 1), new DateOnly(2026, 12, 18), lead.Id, "complaint-lead", bot.Clock.GetUtcNow()));

        await bot.Chat()
            .Says("log").Asks("What is the customer's name?")
            .Says("Ada Jones").Asks("tenancy or account reference")
            .Says("t-10042").Asks("tenant, leaseholder, applicant or other")
            .Says("tenant").Asks("Which tenure is their home")
            .Says("LCRA").Asks("Is anyone acting for them?")
            .Says("no one").Asks("vulnerability or reasonable adjustments")
            .Says("none").Tells($"Contact restricted (Code 5.14-5.15): Contact by letter only, to the complaints team. Decided on {earlier.Reference} by Lee Grant, " +
                "the Person or team responsible for complaint handling (Code 4.1), on Fri 18 Dec 2026, because: Threats to a repairs operative. To be reviewed by Mon 1 Mar 2027. " +
                "Log this contact as usual: the restriction limits how contact is taken, not whether they may complain.")
            .Asks("How did they contact us?")
            .Says("letter").Asks("When was it received?")
            .Says("now").Asks("What does the customer say?")
            .Says("The repair is still not done.").Asks("What do they want us to do")
            .Says("Do the repair").Asks("Is the customer unhappy with our service")
            .WantsItInvestigated()
            .Says("Complaint").Asks("When did the issue happen?")
            .Says("1 December 2026")
            .NoExclusionApplies(bot.Policy.Exclusions.Where(e => e.Id != "issue-too-old").Select(e => e.Question))
            .Routed()
            .ShowsCard("Check this contact before saving")
            .PressesSave()
            .Tells("Saved as **HOC-2026-00002**")
            .ShowsCard("HOC-2026-00002", "Contact restricted", $"Decided on {earlier.Reference} by Lee Grant")
            .RunAsync();

        Assert.Equal(2, (await bot.AllCasesAsync()).Count);
    }
}
