using System.Text.Json.Nodes;
using ComplaintsBot.Bot;
using ComplaintsBot.Cases.Policies;
using ComplaintsBot.Tests.CardActions;

namespace ComplaintsBot.Tests.Bot;

/// <summary>The welcome card promises only the kinds of contact the active policy has, in its own names.</summary>
public sealed class WelcomeCardTests
{
    public static TheoryData<string> PolicyIds => new(PolicyCatalog.Load().Policies.Select(p => p.Id));

    [Theory]
    [MemberData(nameof(PolicyIds))]
    public void The_welcome_card_names_the_active_policys_own_categories_and_promises_no_enquiry_it_does_not_have(string policyId)
    {
        var policy = PolicyCatalog.Load().Get(policyId);

        var text = InvokeAssert.AllText((JsonNode)new WelcomeCard(new ActivePolicy(policy)).For("Priya Shah").Attachments![0].Content!);

        foreach (var category in policy.Categories) Assert.Contains(category.Name, text, StringComparison.Ordinal);
        if (!policy.Categories.Any(c => c.Name.Contains("enquiry", StringComparison.OrdinalIgnoreCase)))
            Assert.DoesNotContain("enquiry", text, StringComparison.OrdinalIgnoreCase);
    }
}
