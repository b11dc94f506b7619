using System.Net;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using ComplaintsBot.Tests.Reports;

namespace ComplaintsBot.Tests.Dashboard;

/// <summary>Only managers signed in through Teams (SSO token validated on the server) see the dashboard's figures.</summary>
public sealed class DashboardAuthTests(ReportFixture fixture) : IClassFixture<ReportFixture>
{
    private const string Summary = "/dashboard/api/summary?from=2026-12-01&to=2026-12-31";

    private static async Task<(HttpStatusCode Status, JsonNode Body)> GetAsync(HttpClient client, string path, string? token = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(path, UriKind.Relative));
        if (token is not null) request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var response = await client.SendAsync(request);
        return (response.StatusCode, JsonNode.Parse(await response.Content.ReadAsStringAsync())!);
    }

    [Fact]
    public async Task A_manager_with_a_valid_Teams_token_gets_the_periods_figures()
    {
        await using var tenant = await EntraIdTestTenant.StartAsync();
        await using var host = DashboardHost.Create(fixture.Cases, "Development", DashboardHost.SignedIn(tenant));
        using var client = host.CreateClient();

        var (status, body) = await GetAsync(client, Summary, tenant.Token(SeededCases.ManagerAadObjectId));
        var (_, me) = await GetAsync(client, "/dashboard/api/me", tenant.Token(SeededCases.ManagerAadObjectId));

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(8, (int?)body["complaintsByStage"]![0]!["received"]);
        Assert.Equal(3.20m, (decimal?)body["tenantSatisfactionMeasures"]![0]!["value"]);
        Assert.Equal("Max Manager", (string?)me["name"]);
        Assert.False((bool)me["isLocalDevelopmentUser"]!);
    }

    [Fact]
    public async Task The_app_id_itself_is_also_an_accepted_audience()
    {
        await using var tenant = await EntraIdTestTenant.StartAsync();
        await using var host = DashboardHost.Create(fixture.Cases, "Development", DashboardHost.SignedIn(tenant));
        using var client = host.CreateClient();

        var (status, _) = await GetAsync(client, Summary, tenant.Token(SeededCases.ManagerAadObjectId, audience: EntraIdTestTenant.AppId));

        Assert.Equal(HttpStatusCode.OK, status);
    }

    [Fact]
    public async Task Without_a_token_the_api_answers_401_and_names_the_problem()
    {
        await using var tenant = await EntraIdTestTenant.StartAsync();
        await using var host = DashboardHost.Create(fixture.Cases, "Development", DashboardHost.SignedIn(tenant));
        using var client = host.CreateClient();

        var (status, body) = await GetAsync(client, Summary);

        Assert.Equal(HttpStatusCode.Unauthorized, status);
        Assert.Contains("no bearer token", (string?)body["error"], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("audience", "it was issued for another app (audience).")]
    [InlineData("issuer", "it was issued by another tenant (issuer).")]
    [InlineData("signature", "its signature does not match the tenant's keys.")]
    public async Task A_token_for_another_app_from_another_tenant_or_not_signed_by_the_tenant_is_refused(string what, string message)
    {
        await using var tenant = await EntraIdTestTenant.StartAsync();
        await using var host = DashboardHost.Create(fixture.Cases, "Development", DashboardHost.SignedIn(tenant));
        using var client = host.CreateClient();
        var token = what switch
        {
            "audience" => tenant.Token(SeededCases.ManagerAadObjectId, audience: "api://localhost/11111111-2222-3333-4444-555555555555"),
            "issuer" => tenant.Token(SeededCases.ManagerAadObjectId, issuer: "https://login.microsoftonline.com/99999999-0000-0000-0000-000000000000/v2.0"),
            _ => tenant.Token(SeededCases.ManagerAadObjectId, signedByStranger: true),
        };

        var (status, body) = await GetAsync(client, Summary, token);

        Assert.Equal(HttpStatusCode.Unauthorized, status);
        Assert.Equal($"The sign-in token was not accepted: {message}", (string?)body["error"]);
    }

    [Fact]
    public async Task Staff_without_a_manager_role_or_unknown_to_the_directory_are_forbidden()
    {
        await using var tenant = await EntraIdTestTenant.StartAsync();
        await using var host = DashboardHost.Create(fixture.Cases, "Development", DashboardHost.SignedIn(tenant));
        using var client = host.CreateClient();

        var (officerStatus, officer) = await GetAsync(client, Summary, tenant.Token(SeededCases.OfficerAadObjectId));
        var (strangerStatus, stranger) = await GetAsync(client, "/dashboard/api/overdue", tenant.Token("aad-nobody"));

        Assert.Equal(HttpStatusCode.Forbidden, officerStatus);
        Assert.Equal("Olive Officer does not have a manager role; the dashboard is for managers.", (string?)officer["error"]);
        Assert.Equal(HttpStatusCode.Forbidden, strangerStatus);
        Assert.Contains("not in the ComplaintsBot staff directory", (string?)stranger["error"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task In_Development_with_no_app_id_the_viewer_is_the_clearly_marked_local_user()
    {
        await using var host = DashboardHost.Create(fixture.Cases, "Development");
        using var client = host.CreateClient();

        var (status, me) = await GetAsync(client, "/dashboard/api/me");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.True((bool)me["isLocalDevelopmentUser"]!);
        Assert.Equal("Local developer (Development mode, not signed in)", (string?)me["name"]);
    }

    [Fact]
    public async Task The_overdue_list_shows_open_cases_past_a_deadline_now_most_overdue_first()
    {
        await using var host = DashboardHost.Create(fixture.Cases, "Development");
        using var client = host.CreateClient();

        var (status, body) = await GetAsync(client, "/dashboard/api/overdue");

        // Now is Fri 8 Jan 2027 12:00. G (HOC-2026-00007): ack due Mon 14 Dec, overdue by the 16 working days after
        // it up to today (15-18, 21-24, 29-31 Dec, 4-8 Jan); its provisional response due Wed 30 Dec, by 6 (31 Dec,
        // 4-8 Jan). L (WCH-2026-00004), a grumble, was to be answered within 3 wd of Mon 21 Dec = Thu 24 Dec: 8 (29-31
        // Dec, 4-8 Jan). E's extended response is due today, not overdue; H and I are due later in January.
        Assert.Equal(HttpStatusCode.OK, status);
        var rows = body.AsArray();
        Assert.Equal(["HOC-2026-00007 stage1-acknowledge 2026-12-14", "WCH-2026-00004 quick-response 2026-12-24", "HOC-2026-00007 stage1-response 2026-12-30"],
            rows.Select(r => $"{r!["reference"]} {r["deadline"]} {r["dueDate"]}"));
        Assert.Equal([16, 8, 6], rows.Select(r => (int)r!["workingDaysOverdue"]!));
        Assert.Equal("Olive Officer", (string?)rows[0]!["owner"]);
    }
}
