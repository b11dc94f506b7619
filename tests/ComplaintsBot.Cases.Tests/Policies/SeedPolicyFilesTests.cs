using ComplaintsBot.Cases.Policies;
using ComplaintsBot.Cases.Time;

namespace ComplaintsBot.Cases.Tests.Policies;

public class SeedPolicyFilesTests
{
    public static TheoryData<string> SeedIds => new() { "hoc-2024", "wch", "whg", "cfp-2018", "tch-rosebery", "his" };

    [Theory]
    [MemberData(nameof(SeedIds))]
    public void Every_seed_policy_file_loads_on_its_own(string id)
    {
        var policy = PolicyLoader.LoadFile(Path.Combine(PolicyCatalog.DefaultFolder, id + ".yaml"));

        Assert.Equal(id, policy.Id);
        Assert.Equal([1, 2], policy.Stages.Select(s => s.Number));
    }

    [Fact]
    public void The_catalog_holds_the_six_seed_policies_with_the_code_as_default()
    {
        var catalog = PolicyCatalog.Load();

        Assert.Equal(["cfp-2018", "his", "hoc-2024", "tch-rosebery", "wch", "whg"], catalog.Policies.Select(p => p.Id));
        Assert.Equal("hoc-2024", catalog.Default.Id);
        Assert.Same(catalog.Get("wch"), catalog.Policies.Single(p => p.Id == "wch"));
    }

    [Theory]
    [InlineData("hoc-2024", "HOC")]
    [InlineData("wch", "WCH")]
    [InlineData("whg", "WHG")]
    [InlineData("cfp-2018", "CFP")]
    [InlineData("tch-rosebery", "TCH")]
    [InlineData("his", "HIS")]
    public void Each_policy_has_its_reference_prefix(string id, string prefix) =>
        Assert.Equal(prefix, PolicyCatalog.Load().Get(id).ReferencePrefix);

    [Fact]
    public void Every_landlord_policy_extends_the_code()
    {
        var catalog = PolicyCatalog.Load();

        Assert.Null(catalog.Default.Extends);
        Assert.All(catalog.Policies.Where(p => p.Id != "hoc-2024"), p => Assert.Equal("hoc-2024", p.Extends));
    }

    [Fact]
    public void Every_policy_warns_two_working_days_before_a_deadline_unless_it_says_otherwise() =>
        Assert.All(PolicyCatalog.Load().Policies, p => Assert.Equal(Timescale.WorkingDays(2), p.Reminders.WarningWindow));

    [Fact]
    public void Every_policy_gives_the_ombudsman_current_contact_details()
    {
        Assert.All(PolicyCatalog.Load().Policies, p =>
        {
            Assert.Contains("PO Box 152, Liverpool L33 7WQ", p.Signposting.Ombudsman);
            Assert.Contains("0300 111 3000", p.Signposting.Ombudsman);
            Assert.Contains("info@housing-ombudsman.org.uk", p.Signposting.Ombudsman);
            Assert.Contains("www.housing-ombudsman.org.uk", p.Signposting.Ombudsman);
            Assert.Equal("PO Box 152, Liverpool L33 7WQ", p.Signposting.Contact?.Address);
        });
    }

    [Fact]
    public void Every_policy_has_service_request_feedback_complaint_and_compliment_categories()
    {
        Assert.All(PolicyCatalog.Load().Policies, p =>
            Assert.Equal(
                [ContactKind.ServiceRequest, ContactKind.Feedback, ContactKind.Complaint, ContactKind.Compliment],
                p.Categories.Select(c => c.Kind).Distinct().Order()));
    }

    [Fact]
    public void Every_code_basis_in_the_seed_files_is_one_the_code_accepts()
    {
        string[] accepted = ["issue-too-old", "legal-proceedings", "already-considered"];
        Assert.All(PolicyCatalog.Load().Policies.SelectMany(p => p.Exclusions).Where(e => e.CodeBasis is not null),
            e => Assert.Contains(e.CodeBasis, accepted));
    }
}
