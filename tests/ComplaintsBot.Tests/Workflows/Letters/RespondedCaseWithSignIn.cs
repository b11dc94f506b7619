using ComplaintsBot.Cases.Domain;
using ComplaintsBot.Tests.CardActions;
using ComplaintsBot.Tests.Dashboard;

namespace ComplaintsBot.Tests.Workflows.Letters;

/// <summary>
/// A host with sign-in configured (a test tenant whose keys the test made) and a Code complaint answered at Stage 1:
/// its owner, a colleague on the same team who may not see it, and their team leader. What the letter and
/// evidence-pack download tests start from.
/// </summary>
public abstract class RespondedCaseWithSignIn : IAsyncLifetime
{
    protected static readonly DateTimeOffset Start = new(2026, 12, 7, 10, 0, 0, TimeSpan.Zero);

    private protected EntraIdTestTenant Tenant { get; private set; } = null!;
    protected LifecycleHost Host { get; private set; } = null!;
    protected StaffMember Owner { get; private set; } = null!;
    protected StaffMember Colleague { get; private set; } = null!;
    protected StaffMember TeamLeader { get; private set; } = null!;
    protected Case Case { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Tenant = await EntraIdTestTenant.StartAsync();
        Host = new LifecycleHost(Start, new Dictionary<string, string?>
        {
            ["Dashboard:AppId"] = EntraIdTestTenant.AppId,
            ["Dashboard:TenantId"] = EntraIdTestTenant.TenantId,
            ["Dashboard:OpenIdMetadataUrl"] = Tenant.MetadataUrl,
            ["Dashboard:RequireHttpsMetadata"] = "false",
        });
        TeamLeader = await Host.StaffAsync("Lee Morgan", ["team-leader"]);
        Owner = await Host.StaffAsync("Priya Shah", ["complaint-handler"], TeamLeader);
        Colleague = await Host.StaffAsync("Tom Reed", ["complaint-handler"], TeamLeader);
        Case = await Host.ChangeAsync(await Host.ComplaintAsync("hoc-2024", "HOC", Owner), c => c.Acknowledge(Start));
        Case = await Host.ChangeAsync(Case, c => c.RecordResponse(new StageResponse(Start, StageOutcome.Upheld, "We were late.", null, 50m, null)));
    }

    public async Task DisposeAsync()
    {
        await Host.DisposeAsync();
        await Tenant.DisposeAsync();
    }
}
