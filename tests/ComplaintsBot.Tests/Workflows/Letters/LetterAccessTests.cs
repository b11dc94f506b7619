using System.Net;
using ComplaintsBot.Cases.Domain;
using ComplaintsBot.Tests.CardActions;

namespace ComplaintsBot.Tests.Workflows.Letters;

/// <summary>
/// Letter downloads once sign-in is configured: a Teams SSO token (from a test tenant whose keys the test made) or
/// the short-lived link the Letter button issues, and the case's own rule for who may have its letter.
/// </summary>
public sealed class LetterAccessTests : RespondedCaseWithSignIn
{
    private string LetterPath(string file = "1.txt") => $"/cases/{Case.Reference}/letters/{file}";

    [Fact]
    public async Task Without_a_token_or_link_the_letter_is_401()
    {
        using var response = await Host.GetAsync(LetterPath());

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.DoesNotContain("We are offering you", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_token_for_another_app_is_401()
    {
        using var response = await Host.GetAsync(LetterPath(), Tenant.Token(Owner.AadObjectId, audience: "api://localhost/another-app"));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains("audience", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_token_signed_with_a_key_the_tenant_never_published_is_401()
    {
        using var response = await Host.GetAsync(LetterPath(), Tenant.Token(Owner.AadObjectId, signedByStranger: true));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task A_signed_in_staff_member_not_on_the_case_gets_the_answer_for_a_case_that_does_not_exist()
    {
        using var response = await Host.GetAsync(LetterPath(), Tenant.Token(Colleague.AadObjectId));
        using var missing = await Host.GetAsync(LetterPath().Replace("-0000", "-9999", StringComparison.Ordinal), Tenant.Token(Colleague.AadObjectId));

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
        var member = who == "owner" ? Owner : TeamLeader;

        using var response = await Host.GetAsync(LetterPath(file), Tenant.Token(member.AadObjectId));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(contentType, response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("We are offering you £50.00 in compensation.", WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()));
        Assert.Equal("no-store", response.Headers.CacheControl?.ToString());
    }

    [Fact]
    public async Task The_Letter_button_sends_download_links_that_work_without_sign_in_until_they_expire()
    {
        await Host.ClickAsync(Owner, "letter", Case.Id, Case.Version);
        var card = Assert.Single(Host.Connector.Sends, s => s.Card is not null).Card!;
        var links = card["actions"]!.AsArray().Select(a => new Uri((string)a!["url"]!)).ToList();
        Assert.Equal(["/cases/" + Case.Reference + "/letters/1.html", "/cases/" + Case.Reference + "/letters/1.txt", "/cases/" + Case.Reference + "/letters/1.docx"],
            links.Select(l => l.AbsolutePath));

        using (var html = await Host.GetAsync(links[0].PathAndQuery))
        {
            Assert.Equal(HttpStatusCode.OK, html.StatusCode);
            Assert.Contains("We are offering you £50.00 in compensation.", WebUtility.HtmlDecode(await html.Content.ReadAsStringAsync()));
        }

        Host.Clock.Advance(TimeSpan.FromMinutes(9));
        using (var stillValid = await Host.GetAsync(links[1].PathAndQuery))
            Assert.Equal(HttpStatusCode.OK, stillValid.StatusCode);

        Host.Clock.Advance(TimeSpan.FromMinutes(1));
        using var expired = await Host.GetAsync(links[1].PathAndQuery);
        Assert.Equal(HttpStatusCode.Unauthorized, expired.StatusCode);
        Assert.Contains("expired", await expired.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_download_link_opens_only_its_own_case_and_not_once_forged()
    {
        var other = await Host.ChangeAsync(await Host.ComplaintAsync("hoc-2024", "HOC", Owner), c => c.Acknowledge(Start));
        other = await Host.ChangeAsync(other, c => c.RecordResponse(new StageResponse(Start, StageOutcome.Upheld, "Late again.", null, null, null)));
        await Host.ClickAsync(Owner, "letter", Case.Id, Case.Version);
        var link = new Uri((string)Host.Connector.Sends.Single(s => s.Card is not null).Card!["actions"]![1]!["url"]!);

        using var moved = await Host.GetAsync($"/cases/{other.Reference}/letters/1.txt{link.Query}");
        using var forged = await Host.GetAsync(link.AbsolutePath + "?link=" + Uri.EscapeDataString("CfDJ8" + new string('A', 120)));

        Assert.Equal(HttpStatusCode.Forbidden, moved.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, forged.StatusCode);
    }

    [Fact]
    public async Task A_download_link_stops_working_once_its_holder_is_no_longer_on_the_case()
    {
        await Host.ClickAsync(Owner, "letter", Case.Id, Case.Version);
        var link = new Uri((string)Host.Connector.Sends.Single(s => s.Card is not null).Card!["actions"]![1]!["url"]!);
        await Host.ChangeAsync(Case, c => c.AssignOwner(Colleague.Id));

        using var response = await Host.GetAsync(link.PathAndQuery);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Pressed_in_a_group_chat_the_download_links_go_to_the_clickers_personal_chat_only()
    {
        var pressed = new System.Text.Json.Nodes.JsonObject
        {
            ["verb"] = "letter", ["caseId"] = Case.Id.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["version"] = Case.Version.ToString(System.Globalization.CultureInfo.InvariantCulture),
        };

        await Host.SubmitAsync(Owner, pressed, replyToId: "shared-card-1", groupChat: true);

        var links = Assert.Single(Host.Connector.Sends, s => s.Card is not null);
        Assert.StartsWith($"/v3/conversations/{LifecycleHost.PersonalChat(Owner)}/activities", links.Path, StringComparison.Ordinal);
        Assert.DoesNotContain(Host.Connector.Sends, s => s.Path.Contains("group-chat", StringComparison.Ordinal) && s.Body!.ToJsonString().Contains("link=", StringComparison.Ordinal));
        Assert.Contains(Host.Connector.Sends, s => s.Path.Contains("group-chat", StringComparison.Ordinal) && s.Text?.Contains("personal chat", StringComparison.Ordinal) == true);
    }
}
