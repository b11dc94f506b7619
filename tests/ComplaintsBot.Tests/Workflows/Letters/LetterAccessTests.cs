using System.Net;
using ComplaintsBot.Cases.Domain;
using ComplaintsBot.Tests.CardActions;
using ComplaintsBot.Tests.Dashboard;

namespace ComplaintsBot.Tests.Workflows.Letters;

/// <summary>
/// Letter downloads once sign-in is configured: a Teams SSO token (from a test tenant whose keys the test made) or
/// the short-lived link the Letter button issues, and the case's own rule for who may have its letter.
/// </summary>
public sealed class LetterAccessTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Start = new(2026, 12, 7, 10, 0, 0, TimeSpan.Zero);
    private EntraIdTestTenant _tenant = null!;
    private LifecycleHost _host = null!;
    private StaffMember _owner = null!;
    private StaffMember _colleague = null!;
    private StaffMember _teamLeader = null!;
    private Case _case = null!;

    public async Task InitializeAsync()
    {
        _tenant = await EntraIdTestTenant.StartAsync();
        _host = new LifecycleHost(Start, new Dictionary<string, string?>
        {
            ["Dashboard:AppId"] = EntraIdTestTenant.AppId,
            ["Dashboard:TenantId"] = EntraIdTestTenant.TenantId,
            ["Dashboard:OpenIdMetadataUrl"] = _tenant.MetadataUrl,
            ["Dashboard:RequireHttpsMetadata"] = "false",
        });
        _teamLeader = await _host.StaffAsync("Lee Morgan", ["team-leader"]);
        _owner = await _host.StaffAsync("Priya Shah", ["complaint-handler"], _teamLeader);
        _colleague = await _host.StaffAsync("Tom Reed", ["complaint-handler"], _teamLeader);
        _case = await _host.ChangeAsync(await _host.ComplaintAsync("hoc-2024", "HOC", _owner), c => c.Acknowledge(Start));
        _case = await _host.ChangeAsync(_case, c => c.RecordResponse(new StageResponse(Start, StageOutcome.Upheld, "We were late.", null, 50m, null)));
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        await _tenant.DisposeAsync();
    }

    private string LetterPath(string file = "1.txt") => $"/cases/{_case.Reference}/letters/{file}";

    [Fact]
    public async Task Without_a_token_or_link_the_letter_is_401()
    {
        using var response = await _host.GetAsync(LetterPath());

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.DoesNotContain("We are offering you", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_token_for_another_app_is_401()
    {
        using var response = await _host.GetAsync(LetterPath(), _tenant.Token(_owner.AadObjectId, audience: "api://localhost/another-app"));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains("audience", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_token_signed_with_a_key_the_tenant_never_published_is_401()
    {
        using var response = await _host.GetAsync(LetterPath(), _tenant.Token(_owner.AadObjectId, signedByStranger: true));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task A_signed_in_staff_member_not_on_the_case_gets_the_answer_for_a_case_that_does_not_exist()
    {
        using var response = await _host.GetAsync(LetterPath(), _tenant.Token(_colleague.AadObjectId));
        using var missing = await _host.GetAsync(LetterPath().Replace("-0000", "-9999", StringComparison.Ordinal), _tenant.Token(_colleague.AadObjectId));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync();
        Assert.Contains("There is no case", body);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Equal(Detail(await missing.Content.ReadAsStringAsync()).Replace("9999", "0000", StringComparison.Ordinal), Detail(body));
    }

    private static string Detail(string problem) => System.Text.Json.JsonDocument.Parse(problem).RootElement.GetProperty("detail").GetString()!;

    [Theory]
    [InlineData("owner", "1.txt", "text/plain")]
    [InlineData("teamLeader", "1.html", "text/html")]
    public async Task The_owner_and_a_team_leader_signed_in_through_Teams_get_the_letter(string who, string file, string contentType)
    {
        var member = who == "owner" ? _owner : _teamLeader;

        using var response = await _host.GetAsync(LetterPath(file), _tenant.Token(member.AadObjectId));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(contentType, response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("We are offering you £50.00 in compensation.", WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()));
        Assert.Equal("no-store", response.Headers.CacheControl?.ToString());
    }

    [Fact]
    public async Task The_Letter_button_sends_download_links_that_work_without_sign_in_until_they_expire()
    {
        await _host.ClickAsync(_owner, "letter", _case.Id, _case.Version);
        var card = Assert.Single(_host.Connector.Sends, s => s.Card is not null).Card!;
        var links = card["actions"]!.AsArray().Select(a => new Uri((string)a!["url"]!)).ToList();
        Assert.Equal(["/cases/" + _case.Reference + "/letters/1.html", "/cases/" + _case.Reference + "/letters/1.txt", "/cases/" + _case.Reference + "/letters/1.docx"],
            links.Select(l => l.AbsolutePath));

        using (var html = await _host.GetAsync(links[0].PathAndQuery))
        {
            Assert.Equal(HttpStatusCode.OK, html.StatusCode);
            Assert.Contains("We are offering you £50.00 in compensation.", WebUtility.HtmlDecode(await html.Content.ReadAsStringAsync()));
        }

        _host.Clock.Advance(TimeSpan.FromMinutes(9));
        using (var stillValid = await _host.GetAsync(links[1].PathAndQuery))
            Assert.Equal(HttpStatusCode.OK, stillValid.StatusCode);

        _host.Clock.Advance(TimeSpan.FromMinutes(1));
        using var expired = await _host.GetAsync(links[1].PathAndQuery);
        Assert.Equal(HttpStatusCode.Unauthorized, expired.StatusCode);
        Assert.Contains("expired", await expired.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_download_link_opens_only_its_own_case_and_not_once_forged()
    {
        var other = await _host.ChangeAsync(await _host.ComplaintAsync("hoc-2024", "HOC", _owner), c => c.Acknowledge(Start));
        other = await _host.ChangeAsync(other, c => c.RecordResponse(new StageResponse(Start, StageOutcome.Upheld, "Late again.", null, null, null)));
        await _host.ClickAsync(_owner, "letter", _case.Id, _case.Version);
        var link = new Uri((string)_host.Connector.Sends.Single(s => s.Card is not null).Card!["actions"]![1]!["url"]!);

        using var moved = await _host.GetAsync($"/cases/{other.Reference}/letters/1.txt{link.Query}");
        using var forged = await _host.GetAsync(link.AbsolutePath + "?link=" + Uri.EscapeDataString("CfDJ8" + new string('A', 120)));

        Assert.Equal(HttpStatusCode.Forbidden, moved.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, forged.StatusCode);
    }

    [Fact]
    public async Task A_download_link_stops_working_once_its_holder_is_no_longer_on_the_case()
    {
        await _host.ClickAsync(_owner, "letter", _case.Id, _case.Version);
        var link = new Uri((string)_host.Connector.Sends.Single(s => s.Card is not null).Card!["actions"]![1]!["url"]!);
        await _host.ChangeAsync(_case, c => c.AssignOwner(_colleague.Id));

        using var response = await _host.GetAsync(link.PathAndQuery);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Pressed_in_a_group_chat_the_download_links_go_to_the_clickers_personal_chat_only()
    {
        var pressed = new System.Text.Json.Nodes.JsonObject
        {
            ["verb"] = "letter", ["caseId"] = _case.Id.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["version"] = _case.Version.ToString(System.Globalization.CultureInfo.InvariantCulture),
        };

        await _host.SubmitAsync(_owner, pressed, replyToId: "shared-card-1", groupChat: true);

        var links = Assert.Single(_host.Connector.Sends, s => s.Card is not null);
        Assert.StartsWith($"/v3/conversations/{LifecycleHost.PersonalChat(_owner)}/activities", links.Path, StringComparison.Ordinal);
        Assert.DoesNotContain(_host.Connector.Sends, s => s.Path.Contains("group-chat", StringComparison.Ordinal) && s.Body!.ToJsonString().Contains("link=", StringComparison.Ordinal));
        Assert.Contains(_host.Connector.Sends, s => s.Path.Contains("group-chat", StringComparison.Ordinal) && s.Text?.Contains("personal chat", StringComparison.Ordinal) == true);
    }
}
