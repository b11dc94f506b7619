using ComplaintsBot.Cases.Domain;
using ComplaintsBot.Cases.Policies;
using ComplaintsBot.Workflows.Extensions;

namespace ComplaintsBot.Tests.Workflows.Extensions;

/// <summary>
/// The customer's extension notice: the new date, the reason and the Housing Ombudsman's contact details, from the
/// policy file, each once (Code 6.4-6.5, 6.15-6.16; TCH 9.9; whg 2.24).
/// </summary>
public sealed class ExtensionNoticeTests
{
    private static readonly PolicyCatalog Policies = PolicyCatalog.Load();
    // Monday 7 December 2026, 10:00 in London (GMT).
    private static readonly DateTimeOffset Received = new(2026, 12, 7, 10, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData("tch-rosebery")] // TCH 9.9 gives the details only where an extension cannot be agreed
    [InlineData("whg")]          // whg 2.24 likewise
    [InlineData("hoc-2024")]     // Code 6.5 with every extension
    public void Code_6_5_an_agreed_extension_still_gives_the_customer_the_ombudsmans_details_once_with_the_new_date_and_reason(string policyId)
    {
        var policy = Policies.Get(policyId);
        var (@case, extension) = Extended(policy, customerAgreed: true);

        var notice = string.Join("\n\n", ExtensionNotice.ForCustomer(@case, policy, 1, extension, new DateOnly(2026, 12, 30)));

        Assert.StartsWith("Dear Mrs Jo O'Neill,\n\nWe need more time to give you our " + policy.Stage(1).Name + " response to your complaint TST-2026-00001. We will now respond by Wed 30 Dec 2026.", notice);
        Assert.Contains("This is because: The surveyor's report is not back yet.", notice);
        Assert.Single(Occurrences(notice, "PO Box 152, Liverpool L33 7WQ"));
        Assert.Single(Occurrences(notice, "0300 111 3000"));
        // The customer's notice carries no internal note and no other signposting meant for a final response.
        Assert.DoesNotContain("Comment", notice);
        Assert.Equal("Code 6.4-6.5", ExtensionNotice.Clause(1));
        Assert.Equal("Code 6.15-6.16", ExtensionNotice.Clause(2));
    }

    [Fact]
    public void Code_6_5_and_the_stage_letters_give_the_ombudsmans_details_from_one_formatter()
    {
        // One policy whose wording does not give the address: the contact line is added once, as letters add it.
        var policy = Policies.Get("hoc-2024");
        var plain = policy.Signposting with { Ombudsman = "You can ask the Housing Ombudsman Service for free advice." };

        Assert.Equal(
            ["You can ask the Housing Ombudsman Service for free advice.",
             "Housing Ombudsman Service. PO Box 152, Liverpool L33 7WQ. Telephone 0300 111 3000. Email info@housing-ombudsman.org.uk. Website www.housing-ombudsman.org.uk."],
            plain.OmbudsmanDetails());
        Assert.Equal([policy.Signposting.Ombudsman], policy.Signposting.OmbudsmanDetails());
    }

    private static (Case, StageExtension) Extended(Policy policy, bool customerAgreed)
    {
        var @case = Case.Open(new CaseReference("TST", 2026, 1), new CaseIntake
        {
            PolicyId = policy.Id, CategoryId = "complaint", Kind = ContactKind.Complaint,
            Customer = Customer.Named("Mrs Jo O'Neill", CustomerRelationship.Tenant), Channel = ContactChannel.Phone, ReceivedAt = Received,
            Description = "Damp and mould in the back bedroom.", RecordedById = 1, OwnerId = 1,
        });
        @case.Acknowledge(Received.AddMinutes(30));
        var extension = @case.RequestExtension(1, Received.AddHours(1), 5, "The surveyor's report is not back yet.", customerAgreed);
        @case.DecideExtension(extension.Id, approve: true, 2, Received.AddHours(2), null);
        return (@case, extension);
    }

    private static IEnumerable<int> Occurrences(string text, string part)
    {
        for (var at = text.IndexOf(part, StringComparison.Ordinal); at >= 0; at = text.IndexOf(part, at + part.Length, StringComparison.Ordinal))
            yield return at;
    }
}
