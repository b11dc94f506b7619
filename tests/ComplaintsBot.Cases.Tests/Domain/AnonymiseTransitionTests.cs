using ComplaintsBot.Cases.Domain;
using ComplaintsBot.Cases.Policies;

namespace ComplaintsBot.Cases.Tests.Domain;

/// <summary>Anonymising a case (retention, erasure) and legal holds: what goes, what stays, and when it is refused.</summary>
public sealed class AnonymiseTransitionTests
{
    private static readonly DateTimeOffset Received = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);

    private static Case Answered()
    {
        var @case = Case.Open(new CaseReference("HOC", 2026, 1), new CaseIntake
        {
            PolicyId = "hoc-2024",
            CategoryId = "complaint",
            Kind = ContactKind.Complaint,
            Customer = Customer.Named("Ada Jones", CustomerRelationship.Tenant, "T-9") with { Tenure = CustomerTenure.LowCostRental },
            Representative = new Representative("Ben Jones", RepresentativeKind.Relative, consentRecorded: true),
            Vulnerability = "Hearing loss",
            Channel = ContactChannel.Email,
            ReceivedAt = Received,
            Description = "The repair was not done.",
            DesiredOutcome = "Fix it",
            Theme = "Repairs",
            RecordedById = 1,
        });
        @case.Acknowledge(Received.AddDays(1), "Ada says the repair was not done.");
        @case.RequestExtension(1, Received.AddDays(2), 5, "Waiting for Ada's neighbour", customerAgreed: true);
        @case.DecideExtension(0, approve: true, 2, Received.AddDays(3), "Fine");
        @case.RecordContact(Received.AddDays(4), ContactChannel.Phone, 1, "Ada rang about it");
        @case.RecordResponse(new StageResponse(Received.AddDays(5), StageOutcome.Upheld, "Ada was right.", "Apology to Ada", 50m, "Ada's door"));
        return @case;
    }

    [Fact]
    public void Anonymising_removes_the_customers_details_and_every_free_text_and_keeps_what_reports_count()
    {
        var @case = Answered();
        @case.RestrictContact("Email only", "Ada shouted at staff", "Ada's hearing loss: email suits her", new DateOnly(2026, 9, 1), new DateOnly(2026, 3, 8), 2, "manager", Received.AddDays(6));
        @case.Close(Received.AddDays(6), "Ada taught us to call back");
        var version = @case.Version;

        @case.Anonymise(Received.AddYears(6), "Anonymised customer 01", "Anonymised home 01");

        Assert.Equal(("Anonymised customer 01", "Anonymised home 01", false, CustomerRelationship.Tenant, CustomerTenure.LowCostRental),
            (@case.Customer.Name, @case.Customer.TenancyReference, @case.Customer.IsAnonymous, @case.Customer.Relationship, @case.Customer.Tenure));
        Assert.Equal((Case.Anonymised, RepresentativeKind.Relative, true), (@case.Representative!.Name, @case.Representative.Kind, @case.Representative.ConsentRecorded));
        Assert.All(new[] { @case.Description, @case.DesiredOutcome, @case.Vulnerability, @case.Learning, @case.Stage(1)!.ComplaintDefinition,
            @case.Stage(1)!.Extensions[0].Reason, @case.Stage(1)!.Extensions[0].Comment, @case.Stage(1)!.Response!.Reasons,
            @case.Stage(1)!.Response!.Remedy, @case.Stage(1)!.Response!.OutstandingActions }, text => Assert.Equal(Case.Anonymised, text));
        Assert.All(@case.Contacts, c => Assert.Equal(Case.Anonymised, c.Summary));
        var restriction = Assert.Single(@case.ContactRestrictions);
        Assert.Equal((Case.Anonymised, Case.Anonymised, Case.Anonymised, new DateOnly(2026, 9, 1)), (restriction.Terms, restriction.Reason, restriction.NeedsConsidered, restriction.ReviewBy));
        // Empty stays empty, so "was it recorded" still counts right.
        Assert.Null(@case.ReasonableAdjustments);
        Assert.Null(@case.ServiceImprovement);
        // The figures: outcome, compensation, dates, extension days, theme.
        Assert.Equal((StageOutcome.Upheld, 50m, 5, "Repairs"), (@case.Stage(1)!.Response!.Outcome, @case.Stage(1)!.Response!.Compensation!.Value, @case.Stage(1)!.ApprovedExtensionDays, @case.Theme!));
        Assert.Equal(version + 1, @case.Version);
        Assert.Throws<CaseStateException>(() => @case.Anonymise(Received.AddYears(7), "x", "y"));
    }

    [Fact]
    public void An_open_or_held_case_is_not_anonymised_and_a_hold_needs_its_reason()
    {
        var open = Answered();
        Assert.Equal($"{open.Reference} is open; its customer's details are needed until it is closed.",
            Assert.Throws<CaseStateException>(() => open.Anonymise(Received.AddYears(6), "a", "b")).Message);

        open.Close(Received.AddDays(6));
        Assert.Throws<CaseStateException>(() => open.PlaceLegalHold(" "));
        open.PlaceLegalHold("Claim issued");
        Assert.Equal($"{open.Reference} is under legal hold (Claim issued); it is kept until the hold is lifted.",
            Assert.Throws<CaseStateException>(() => open.Anonymise(Received.AddYears(6), "a", "b")).Message);
        open.LiftLegalHold();
        Assert.Throws<CaseStateException>(open.LiftLegalHold);
        open.Anonymise(Received.AddYears(6), "a", "b");
        Assert.Throws<CaseStateException>(() => open.PlaceLegalHold("Too late"));
    }
}
