using System.Net;
using ComplaintsBot.Cases.Domain;
using ComplaintsBot.Cases.Store;
using ComplaintsBot.Entra;
using ComplaintsBot.Tests.CardActions;
using ComplaintsBot.Tests.Dashboard;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Kiota.Abstractions.Authentication;

namespace ComplaintsBot.Tests.Entra;

/// <summary>
/// The dashboard and letter downloads, signed in with the Teams SSO token, read a person's roles from Entra ID with the
/// same refresh-on-expiry as a chat turn: a group given in Entra ID counts at the next sign-in, the cached reading is
/// used until it expires, and a group taken away counts once it has. Against the loopback Graph stand-in.
/// </summary>
public sealed class SignInRoleRefreshTests : IAsyncLifetime
{
    private const string ManagersGroup = "22222222-0000-4000-8000-0000000000a1";
    private static readonly DateTimeOffset Start = new(2026, 12, 7, 10, 0, 0, TimeSpan.Zero);

    private GraphStandIn _graph = null!;
    private EntraIdTestTenant _tenant = null!;
    private LifecycleHost _host = null!;
    private StaffMember _owner = null!;
    private StaffMember _colleague = null!;
    private Case _case = null!;

    public async Task InitializeAsync()
    {
        _graph = await GraphStandIn.StartAsync();
        _tenant = await EntraIdTestTenant.StartAsync();
        var settings = DashboardHost.SignedIn(_tenant);
        foreach (var (key, value) in new Dictionary<string, string?>
        {
            [$"{EntraDirectoryOptions.SectionName}:GroupRoles:{ManagersGroup}"] = StaffRoles.Manager,
            [$"{EntraDirectoryOptions.SectionName}:GraphBaseUrl"] = _graph.BaseUrl + "/v1.0",
            [$"{EntraDirectoryOptions.SectionName}:RefreshAfter"] = "01:00:00",
            [$"{EntraDirectoryOptions.SectionName}:TenantId"] = EntraIdTestTenant.TenantId,
            [$"{EntraDirectoryOptions.SectionName}:ClientId"] = EntraIdTestTenant.AppId,
            [$"{EntraDirectoryOptions.SectionName}:ClientSecret"] = "not-used-the-token-provider-is-replaced",
        }) settings[key] = value;
        _host = new LifecycleHost(Start, settings, services => services.AddSingleton<IAccessTokenProvider>(new FixedToken(new Uri(_graph.BaseUrl).Host)));
        _owner = await _host.StaffAsync("Priya Shah", ["complaint-handler"]);
        _colleague = await _host.StaffAsync("Tom Reed", ["complaint-handler"]);
        _case = await _host.ChangeAsync(await _host.ComplaintAsync("hoc-2024", "HOC", _owner), c => c.Acknowledge(Start));
        _case = await _host.ChangeAsync(_case, c => c.RecordResponse(new StageResponse(Start, StageOutcome.Upheld, "We were late.", null, 50m, null)));
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        await _tenant.DisposeAsync();
        await _graph.DisposeAsync();
    }

    private async Task<StaffMember> StoredAsync(StaffMember who) => (await _host.Services.GetRequiredService<StaffDirectory>().FindAsync(who.AadObjectId))!;

    [Fact]
    public async Task The_dashboard_reads_roles_from_Entra_ID_at_sign_in_and_again_once_the_reading_has_expired()
    {
        // Entra ID puts Tom in the managers group; the bot's own staff row gives him no manager role.
        _graph.DirectGroups[_colleague.AadObjectId] = [ManagersGroup];

        using (var first = await _host.GetAsync("/dashboard/api/me", _tenant.Token(_colleague.AadObjectId)))
            Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        var read = await StoredAsync(_colleague);
        Assert.Equal([StaffRoles.Manager], read.DirectoryRoles);
        Assert.Equal(Start, read.DirectorySyncedAt);

        // Taken out of the group: the reading is used until it expires, then read again.
        _graph.DirectGroups[_colleague.AadObjectId] = [];
        _host.Clock.Advance(TimeSpan.FromMinutes(59));
        using (var cached = await _host.GetAsync("/dashboard/api/me", _tenant.Token(_colleague.AadObjectId)))
            Assert.Equal(HttpStatusCode.OK, cached.StatusCode);
        _host.Clock.Advance(TimeSpan.FromMinutes(2));
        using (var expired = await _host.GetAsync("/dashboard/api/me", _tenant.Token(_colleague.AadObjectId)))
            Assert.Equal(HttpStatusCode.Forbidden, expired.StatusCode);
        Assert.Empty((await StoredAsync(_colleague)).DirectoryRoles);
        Assert.True(_graph.CountOf($"/users/{_colleague.AadObjectId}/") > 0);
    }

    [Fact]
    public async Task A_letter_download_reads_roles_from_Entra_ID_at_sign_in()
    {
        var letter = $"/cases/{_case.Reference}/letters/1.txt";
        // Not on the case and no role in the bot: the letter is a case that does not exist for Tom.
        using (var before = await _host.GetAsync(letter, _tenant.Token(_colleague.AadObjectId)))
            Assert.Equal(HttpStatusCode.NotFound, before.StatusCode);

        // Entra ID makes him a manager; the next reading (after the cached one expires) counts at the download.
        _graph.DirectGroups[_colleague.AadObjectId] = [ManagersGroup];
        _host.Clock.Advance(TimeSpan.FromHours(1) + TimeSpan.FromMinutes(1));
        using var after = await _host.GetAsync(letter, _tenant.Token(_colleague.AadObjectId));

        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
        Assert.Equal([StaffRoles.Manager], (await StoredAsync(_colleague)).DirectoryRoles);
    }
}
