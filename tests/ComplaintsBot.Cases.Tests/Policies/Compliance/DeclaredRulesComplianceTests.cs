using ComplaintsBot.Cases.Policies;
using ComplaintsBot.Cases.Policies.Compliance;

namespace ComplaintsBot.Cases.Tests.Policies.Compliance;

/// <summary>
/// `policy check` judges what the landlord's own file declares: where it is silent the bot applies the Code's
/// rule, but the landlord's document still has the gap, and the check reports it.
/// </summary>
public sealed class DeclaredRulesComplianceTests : IDisposable
{
    private readonly PolicyFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void A_landlord_silent_on_the_acknowledgement_and_extensions_is_reported_although_the_bot_applies_the_codes()
    {
        _folder.Write("child.yaml", PolicyFolder.LandlordHead("child") + """
            stages:
              stage1:
                respond: {within: 5 working days, from: received}
            """);
        var policy = _folder.Load("child.yaml");

        Assert.Equal(5, policy.Stage(1).Acknowledge!.Within.Amount); // the bot still acknowledges within the Code's 5 working days
        var fields = CodeComplianceCheck.Check(policy).Select(f => (f.Severity, f.Section, f.Field)).ToList();
        Assert.Contains((FindingSeverity.Breach, "Code 6.2", "stages.stage1.acknowledge"), fields);
        Assert.Contains((FindingSeverity.Breach, "Code 6.4", "stages.stage1.extension.max"), fields);
        Assert.Contains((FindingSeverity.Breach, "Code 6.5", "stages.stage1.extension.ombudsman-details"), fields);
        Assert.Contains((FindingSeverity.Breach, "Code 6.14", "stages.stage2.respond"), fields);
        Assert.DoesNotContain(fields, f => f.Field == "stages.stage1.respond");
    }

    [Fact]
    public void The_code_itself_declares_every_rule_so_it_has_no_findings() =>
        Assert.Empty(CodeComplianceCheck.Check(PolicyCatalog.Load().Get(ComplaintHandlingCode2024.PolicyId)));
}
