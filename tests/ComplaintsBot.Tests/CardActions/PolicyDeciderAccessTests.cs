using System.Net;
using System.Text.Json.Nodes;
using ComplaintsBot.Cases.Domain;
using ComplaintsBot.Tests.Dashboard;

namespace ComplaintsBot.Tests.CardActions;

/// <summary>
/// People whose only authority is a role a policy names to decide things (no manager role, no role that sees every
/// case) see the cases they decide on, in chat, on a card and on the case page (<see cref="Cases.Rules.CaseVisibility"/>):
/// the holder of the role that restricts a customer's contact (HiS: the CFM) every case of that policy, because the
/// decision is taken from any case's card (TCH 10.1: the Customer Experience Manager too); the deciders of routed
/// requests only (whg App 1: the Director of Service) the cases put to them and no other. Each view is audited as any other.
/// </summary>
public sealed class PolicyDeciderAccessTests : IAsyncLifetime
{
    // Monday 7 December 2026, 10:00 in London (GMT).
    private static readonly DateTimeOffset Start = new(2026, 12, 7, 10, 0, 0, TimeSpan.Zero);
    private EntraIdTestTenant _tenant = null!;
    private LifecycleHost _host = null!;

    public async Task InitializeAsync()
    {
        _tenant = await EntraIdTestTenant.StartAsync();
        _host = new LifecycleHost(Start, DashboardHost.SignedIn(_tenant));
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        await _tenant.DisposeAsync();
    }

    private string? LastReplyTo(StaffMember who) =>
        _host.Connector.Sends.LastOrDefault(s => s.Path.StartsWith($"/v3/conversations/{LifecycleHost.PersonalChat(who)}/", StringComparison.Ordinal)) is { } call
            ? call.Text ?? $"card: {InvokeAssert.AllText(call.Card!)}"
            : null;

    private async Task<(HttpStatusCode Status, JsonObject Body)> CasePageAsync(StaffMember who, string reference)
    {
        using var response = await _host.GetAsync($"/dashboard/api/case/{reference}", _tenant.Token(who.AadObjectId));
        return (response.StatusCode, (JsonObject)JsonNode.Parse(await response.Content.ReadAsStringAsync())!);
    }

    private async Task<int> DashboardViewsAsync(Case @case, StaffMember who) =>
        (await _host.Cases.AuditTrailAsync(@case.Id)).Count(a => a.Action == CaseAuditActions.Viewed && a.Actor == who.AadObjectId && a.After!.Contains("dashboard", StringComparison.Ordinal));

    [Fact]
    public async Task HiS_the_Customer_Focus_Manager_alone_opens_any_HiS_case_by_chat_card_and_case_page_to_restrict_contact_but_no_other_landlords_case()
    {
        var cfm = await _host.StaffAsync("Mo Khan", ["customer-focus-manager"]);
        var lead = await _host.StaffAsync("Priya Shah", ["service-lead"]);
        var officer = await _host.StaffAsync("Olive Hart", [StaffRoles.Officer]);
        var his = await _host.ComplaintAsync("his", "HIS", lead);
        var other = await _host.ComplaintAsync("hoc-2024", "HOC", officer);

        await _host.SayAsync(cfm, $"case {his.Reference}");
        Assert.StartsWith("card:", LastReplyTo(cfm), StringComparison.Ordinal);
        Assert.Contains("restrictContact", InvokeAssert.Verbs(_host.Connector.Sends.Last(s => s.Card is not null).Card));
        var form = InvokeAssert.AllText(InvokeAssert.Card(await _host.ClickAsync(cfm, "restrictContact", his.Id, his.Version)));
        Assert.Contains("decided by the Customer Focus Manager (CFM)", form);
        var (status, page) = await CasePageAsync(cfm, his.Reference.ToString());
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(his.Reference.ToString(), (string?)page["reference"]);
        Assert.Equal(1, await DashboardViewsAsync(his, cfm));

        // Another landlord's case: exactly as a case that does not exist, in chat, on a card and on the page.
        await _host.SayAsync(cfm, $"case {other.Reference}");
        Assert.StartsWith($"There is no case {other.Reference}", LastReplyTo(cfm), StringComparison.Ordinal);
        Assert.Equal(404, (int)(await _host.ClickAsync(cfm, "history", other.Id, other.Version))["statusCode"]!);
        var (hiddenStatus, hidden) = await CasePageAsync(cfm, other.Reference.ToString());
        var (missingStatus, missing) = await CasePageAsync(cfm, "HOC-2026-09999");
        Assert.Equal((HttpStatusCode.NotFound, HttpStatusCode.NotFound), (hiddenStatus, missingStatus));
        Assert.Equal(((string)missing["error"]!).Replace("HOC-2026-09999", other.Reference.ToString(), StringComparison.Ordinal), (string?)hidden["error"]);
        Assert.Equal(0, await DashboardViewsAsync(other, cfm));
    }

    [Fact]
    public async Task Whg_App_1_a_Director_of_Service_alone_opens_the_case_page_of_the_review_waiting_for_their_sign_off_and_no_other_whg_case()
    {
        var director = await _host.StaffAsync("Dee Shaw", ["director-of-service"]);
        var reviewer = await _host.StaffAsync("Ann Lowe", ["senior-service-manager"]);
        var serviceManager = await _host.StaffAsync("Tom Hart", ["service-manager"]);
        var waiting = await _host.ChangeAsync(await _host.ComplaintAsync("whg", "WHG", serviceManager), c => c.Acknowledge(_host.Clock.GetUtcNow()));
        InvokeAssert.Card(await _host.ClickAsync(serviceManager, "recordResponse", waiting.Id, waiting.Version, Written("The repair was late.")));
        waiting = await _host.ChangeAsync((await _host.Cases.FindAsync(waiting.Id))!, c =>
        {
            c.Escalate(_host.Clock.GetUtcNow(), lastStage: 2, newOwnerId: reviewer.Id);
            c.Acknowledge(_host.Clock.GetUtcNow());
        });
        var untouched = await _host.ComplaintAsync("whg", "WHG", serviceManager);
        InvokeAssert.Card(await _host.ClickAsync(reviewer, "recordResponse", waiting.Id, waiting.Version, Written("The review finds the repair was late twice.")));
        waiting = (await _host.Cases.FindAsync(waiting.Id))!;
        Assert.Equal("director-of-service", waiting.Stage(2)!.PendingSignOff!.SignOffRole);

        var (status, page) = await CasePageAsync(director, waiting.Reference.ToString());
        var (hiddenStatus, _) = await CasePageAsync(director, untouched.Reference.ToString());

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.NotFound), (status, hiddenStatus));
        Assert.Equal(waiting.Reference.ToString(), (string?)page["reference"]);
        Assert.Equal(1, await DashboardViewsAsync(waiting, director));
        InvokeAssert.Card(await _host.ClickAsync(director, "signOffResponse", waiting.Id, waiting.Version));
        Assert.NotNull((await _host.Cases.FindAsync(waiting.Id))!.Stage(2)!.Response);
    }

    [Fact]
    public async Task Tch_the_Customer_Experience_Manager_alone_opens_the_response_waiting_for_their_approval_and_as_the_TCH_10_restriction_decider_every_TCH_case_but_no_other_landlords()
    {
        var cxm = await _host.StaffAsync("Alex Morgan", ["customer-experience-manager"]);
        var officer = await _host.StaffAsync("Sam Cole", ["senior-customer-experience-officer"]);
        var waiting = await _host.ChangeAsync(await _host.ComplaintAsync("tch-rosebery", "TCH", officer), c => c.Acknowledge(_host.Clock.GetUtcNow()));
        var untouched = await _host.ComplaintAsync("tch-rosebery", "TCH", officer);
        var other = await _host.ComplaintAsync("hoc-2024", "HOC", officer);
        InvokeAssert.Card(await _host.ClickAsync(officer, "recordResponse", waiting.Id, waiting.Version, Written("The repair was late.")));
        Assert.NotNull((await _host.Cases.FindAsync(waiting.Id))!.Stage(1)!.PendingSignOff);

        var (status, _) = await CasePageAsync(cxm, waiting.Reference.ToString());
        var (anyStatus, _) = await CasePageAsync(cxm, untouched.Reference.ToString());
        var (otherStatus, _) = await CasePageAsync(cxm, other.Reference.ToString());
        await _host.SayAsync(cxm, $"case {other.Reference}");

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.NotFound), (status, anyStatus, otherStatus));
        Assert.StartsWith($"There is no case {other.Reference}", LastReplyTo(cxm), StringComparison.Ordinal);
        Assert.Equal(1, await DashboardViewsAsync(waiting, cxm));
    }

    private static JsonObject Written(string reasons) => new()
    {
        ["outcome"] = "upheld", ["reasons"] = reasons, ["remedy"] = "Repair done.", ["compensation"] = "", ["outstandingActions"] = "",
    };
}
