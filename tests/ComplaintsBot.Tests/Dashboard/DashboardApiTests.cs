using System.Net;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using ComplaintsBot.Cases.Domain;
using ComplaintsBot.Cases.Policies;
using ComplaintsBot.Cases.Store;
using ComplaintsBot.Cases.Time;
using ComplaintsBot.Tests.Reports;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ComplaintsBot.Tests.Dashboard;

/// <summary>
/// The dashboard API's filters, drill-downs and case page over the seeded store, each figure recounted here from the
/// store's own tables (not through the report builder), and the access rules: a manager sees only the cases they may,
/// every list and case view is written to the audit trail.
/// </summary>
public sealed class DashboardApiTests(ReportFixture fixture) : IClassFixture<ReportFixture>
{
    private const string December = "from=2026-12-01&to=2026-12-31";

    private static async Task<(HttpStatusCode Status, JsonNode Body, string Text)> GetAsync(HttpClient client, string path, string? token = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(path, UriKind.Relative));
        if (token is not null) request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var response = await client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        return (response.StatusCode, JsonNode.Parse(text)!, text);
    }

    private async Task<List<Case>> RawCasesAsync()
    {
        await using var db = await fixture.Cases.Services.GetRequiredService<IDbContextFactory<CasesDbContext>>().CreateDbContextAsync();
        return await db.Cases.AsNoTracking().Include(c => c.Stages).Include(c => c.ExclusionDecisions).ToListAsync();
    }

    private async Task<List<AuditEntry>> AuditAsync(string action)
    {
        await using var db = await fixture.Cases.Services.GetRequiredService<IDbContextFactory<CasesDbContext>>().CreateDbContextAsync();
        return await db.AuditEntries.AsNoTracking().Where(e => e.Action == action).ToListAsync();
    }

    private static bool InDecember(DateTimeOffset? at) => SeededCases.December2026.Contains(at);

    [Theory]
    [InlineData("policy=wch")]
    [InlineData("serviceArea=Repairs")]
    [InlineData("stage=2")]
    [InlineData("policy=hoc-2024&serviceArea=Repairs")]
    public async Task Every_figure_follows_the_filter_recounted_from_the_raw_cases(string filter)
    {
        await using var host = DashboardHost.Create(fixture.Cases, "Development");
        using var client = host.CreateClient();
        var raw = await RawCasesAsync();
        var query = System.Web.HttpUtility.ParseQueryString(filter);
        bool Passes(Case c) =>
            (query["policy"] is not { } p || c.PolicyId == p)
            && (query["serviceArea"] is not { } a || c.ServiceArea == a)
            && (query["stage"] is not { } s || c.Stage(int.Parse(s, System.Globalization.CultureInfo.InvariantCulture)) is not null);
        var chosen = raw.Where(Passes).ToList();

        var (status, summary, _) = await GetAsync(client, $"/dashboard/api/summary?{December}&{filter}");
        var (_, trend, _) = await GetAsync(client, $"/dashboard/api/trend?{December}&{filter}");

        Assert.Equal(HttpStatusCode.OK, status);
        var contacts = chosen.Where(c => InDecember(c.ReceivedAt)).ToList();
        Assert.Equal(contacts.Count, summary["contactsByCategory"]!.AsArray().Sum(r => (int)r!["count"]!));
        foreach (var row in summary["contactsByChannel"]!.AsArray())
            Assert.Equal(contacts.Count(c => c.Channel.ToString() == (string)row!["key"]!), (int)row!["count"]!);
        foreach (var stage in new[] { 1, 2 })
        {
            var received = chosen.Count(c => c.Kind == ContactKind.Complaint && InDecember(c.Stage(stage)?.OpenedAt));
            Assert.Equal(received, (int)summary["complaintsByStage"]![stage - 1]!["received"]!);
            Assert.Equal(received, (int)trend![0]![$"stage{stage}Received"]!);
        }
    }

    [Fact]
    public async Task The_team_and_owner_filters_count_the_cases_of_that_owner()
    {
        await using var host = DashboardHost.Create(fixture.Cases, "Development");
        using var client = host.CreateClient();
        var raw = await RawCasesAsync();
        var (_, options, _) = await GetAsync(client, "/dashboard/api/options");
        var manager = options["owners"]!.AsArray().Single(o => (string?)o!["label"] == "Max Manager")!;
        var managerId = int.Parse((string)manager["value"]!, System.Globalization.CultureInfo.InvariantCulture);

        var (_, mine, _) = await GetAsync(client, $"/dashboard/api/summary?{December}&owner={managerId}");
        var (_, nobody, _) = await GetAsync(client, $"/dashboard/api/summary?{December}&team=No such team");

        Assert.Equal(raw.Count(c => c.OwnerId == managerId && InDecember(c.ReceivedAt)), mine["contactsByCategory"]!.AsArray().Sum(r => (int)r!["count"]!));
        Assert.Empty(nobody["contactsByCategory"]!.AsArray());
        Assert.Contains("wch", options["policies"]!.AsArray().Select(p => (string?)p!["value"]));
        Assert.Equal(["Estates", "Housing Management", "Repairs"], options["serviceAreas"]!.AsArray().Select(a => (string)a!));
        Assert.Equal(100m, (decimal)options["codeTargetPercent"]!);
    }

    [Theory]
    [InlineData("stage=3")]
    [InlineData("owner=someone")]
    [InlineData("from=2026-13-01")]
    public async Task A_filter_not_understood_is_a_400_naming_what_is_expected_and_no_stack_trace(string query)
    {
        await using var host = DashboardHost.Create(fixture.Cases, "Development");
        using var client = host.CreateClient();

        var (status, body, text) = await GetAsync(client, $"/dashboard/api/summary?{query}");

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("stage must be 1 or 2", (string?)body["error"], StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("category", "complaint")]
    [InlineData("serviceArea", "Repairs")]
    [InlineData("theme", "Damp")]
    [InlineData("theme", "(none)")]
    [InlineData("channel", "Phone")]
    [InlineData("stage1Received", "")]
    [InlineData("stage2Received", "")]
    [InlineData("stage1Received", "LCRA")]
    [InlineData("stage1Received", "LCHO")]
    [InlineData("stage2Received", "LCHO")]
    public async Task A_number_leads_to_exactly_the_cases_it_counts_and_the_list_is_audited(string by, string key)
    {
        await using var host = DashboardHost.Create(fixture.Cases, "Development");
        using var client = host.CreateClient();
        var raw = await RawCasesAsync();
        var received = raw.Where(c => InDecember(c.ReceivedAt)).ToList();
        var expected = (by switch
        {
            "category" => received.Where(c => c.CategoryId == key),
            "serviceArea" => received.Where(c => c.ServiceArea == key),
            "theme" => received.Where(c => (c.Theme ?? "(none)") == key),
            "channel" => received.Where(c => c.Channel.ToString() == key),
            _ => raw.Where(c => c.Kind == ContactKind.Complaint && InDecember(c.Stage(by == "stage1Received" ? 1 : 2)?.OpenedAt)
                && (key == "" || c.Customer.Tenure == (key == "LCRA" ? CustomerTenure.LowCostRental : CustomerTenure.LowCostHomeOwnership))),
        }).Select(c => c.Reference.ToString()).Order(StringComparer.Ordinal).ToList();

        var (status, body, _) = await GetAsync(client, $"/dashboard/api/cases?{December}&by={by}&key={Uri.EscapeDataString(key)}");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.NotEmpty(expected);
        Assert.Equal(expected, body["rows"]!.AsArray().Select(r => (string)r!["reference"]!).Order(StringComparer.Ordinal));
        Assert.Equal(expected.Count, (int)body["total"]!);
        var audit = await AuditAsync("dashboard.cases-listed");
        Assert.Contains(audit, e => e.Actor == "local-development-user" && e.After!.Contains($"{by}={key}", StringComparison.Ordinal)
            && expected.All(r => e.After.Contains(r, StringComparison.Ordinal)));
    }

    [Fact]
    public async Task The_case_page_shows_deadlines_met_or_missed_extensions_compensation_and_the_trail_and_records_the_view()
    {
        await using var host = DashboardHost.Create(fixture.Cases, "Development");
        using var client = host.CreateClient();

        // F: acknowledged a day late (due Wed 9 Dec), 5-day extension declined, answered late on Tue 29 Dec, £100.
        var (status, f, _) = await GetAsync(client, "/dashboard/api/case/HOC-2026-00006");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("Low-cost rental (LCRA)", (string?)f["tenure"]);
        var deadlines = f["deadlines"]!.AsArray();
        Assert.Contains(deadlines, d => (string?)d!["name"] == "Stage 1 acknowledgement" && (string?)d["due"] == "Wed 9 Dec 2026" && (string?)d["standing"] == "Missed (met late)");
        Assert.Contains(deadlines, d => (string?)d!["name"] == "Stage 1 response" && (string?)d["standing"] == "Missed (met late)");
        var stage = f["stages"]![0]!;
        Assert.Equal(100m, (decimal?)stage["compensation"]);
        Assert.Equal("Declined", (string?)stage["extensions"]![0]!["decision"]);
        Assert.Equal("Max Manager", (string?)stage["extensions"]![0]!["decidedBy"]);
        var trail = f["trail"]!.AsArray().Select(e => (string)e!["what"]!).ToList();
        // The seeded changes carry their own action name; the view just made is the trail's last line.
        Assert.Equal("Case opened", trail[0]);
        Assert.Equal("Viewed (opened on the dashboard)", trail[^1]);
        Assert.Contains(await AuditAsync(CaseAuditActions.Viewed), e => e.Actor == "local-development-user" && e.After!.Contains("dashboard", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_signed_in_manager_sees_only_the_cases_they_may_a_hidden_case_answers_as_one_that_does_not_exist()
    {
        await using var tenant = await EntraIdTestTenant.StartAsync();
        // Nobody sees every case: Max sees those he decided on or owns a stage of (A, E, F, H, I), not B nor G.
        var settings = DashboardHost.SignedIn(tenant);
        settings["ComplaintsBot:Access:SeeAllCases:0"] = "no-such-role";
        await using var host = DashboardHost.Create(fixture.Cases, "Development", settings);
        using var client = host.CreateClient();
        var token = tenant.Token(SeededCases.ManagerAadObjectId);

        var (hiddenStatus, hidden, _) = await GetAsync(client, "/dashboard/api/case/HOC-2026-00002", token);
        var (missingStatus, missing, _) = await GetAsync(client, "/dashboard/api/case/HOC-2026-09999", token);
        var (seenStatus, seen, _) = await GetAsync(client, "/dashboard/api/case/HOC-2026-00005", token);
        var (_, overdue, _) = await GetAsync(client, "/dashboard/api/overdue", token);
        var (_, list, _) = await GetAsync(client, $"/dashboard/api/cases?{December}&by=stage1Received", token);

        Assert.Equal(HttpStatusCode.NotFound, hiddenStatus);
        Assert.Equal(HttpStatusCode.NotFound, missingStatus);
        Assert.Equal(((string)missing["error"]!).Replace("09999", "00002", StringComparison.Ordinal), (string?)hidden["error"]);
        Assert.Equal(HttpStatusCode.OK, seenStatus);
        Assert.Equal("HOC-2026-00005", (string?)seen["reference"]);
        Assert.Contains(await AuditAsync(CaseAuditActions.Viewed), e => e.Actor == SeededCases.ManagerAadObjectId);
        Assert.DoesNotContain(overdue.AsArray(), r => (string?)r!["reference"] == "HOC-2026-00007");
        // December's stage 1 complaints: B, C, D, E, F, G (hoc-2024) and H, I (wch); Max may open E, F, H and I.
        Assert.Equal(8, (int)list["total"]!);
        Assert.Equal(4, (int)list["hidden"]!);
        Assert.Equal(["HOC-2026-00005", "HOC-2026-00006", "WCH-2026-00001", "WCH-2026-00002"], list["rows"]!.AsArray().Select(r => (string)r!["reference"]!).Order(StringComparer.Ordinal));
    }
}
