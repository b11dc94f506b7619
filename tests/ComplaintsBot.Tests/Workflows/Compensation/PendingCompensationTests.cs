using System.Text.Json.Nodes;
using ComplaintsBot.Cases.Domain;
using ComplaintsBot.Tests.CardActions;

namespace ComplaintsBot.Tests.Workflows.Compensation;

/// <summary>
/// HiS: more than £999.99 of compensation needs the executive team. With nobody in that role the administrators get
/// the approval card as fallback deciders, told with the owner at once; the owner can withdraw the request (and record
/// the response again with what was typed) or send it again.
/// </summary>
public sealed class PendingCompensationTests : IAsyncLifetime
{
    // Monday 7 December 2026, 10:00 in London (GMT).
    private readonly LifecycleHost _host = new(new DateTimeOffset(2026, 12, 7, 10, 0, 0, TimeSpan.Zero));
    private StaffMember _owner = null!;
    private StaffMember _admin = null!;

    public async Task InitializeAsync()
    {
        _admin = await _host.StaffAsync("Ada Admin", [StaffRoles.Admin]);
        _owner = await _host.StaffAsync("Priya Shah", ["service-lead"]);
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    private async Task<(Case Case, JsonObject Card)> AskedAsync()
    {
        var @case = await _host.ChangeAsync(await _host.ComplaintAsync("his", "HIS", _owner), c => c.Acknowledge(_host.Clock.GetUtcNow()));
        var card = InvokeAssert.Card(await _host.ClickAsync(_owner, "recordResponse", @case.Id, @case.Version, new JsonObject
        {
            ["outcome"] = "upheld", ["reasons"] = "We failed to repair the roof.", ["compensation"] = "1500", ["remedy"] = "Roof repaired on 9 December.",
        }));
        return ((await _host.Cases.FindAsync(@case.Id))!, card);
    }

    [Fact]
    public async Task With_nobody_in_the_role_the_administrator_gets_the_approval_card_and_the_owner_is_told_at_once()
    {
        var (@case, card) = await AskedAsync();

        Assert.Contains("and nobody may agree it:", InvokeAssert.Notice(card));
        Assert.Contains("I sent it to the administrators (Ada Admin) to decide instead.", InvokeAssert.Notice(card));
        Assert.Contains("withdrawCompensation", InvokeAssert.Verbs(card));
        Assert.Contains("resendCompensation", InvokeAssert.Verbs(card));
        var toAdmin = _host.Connector.Sends.Where(s => s.Path == $"/v3/conversations/{LifecycleHost.PersonalChat(_admin)}/activities").ToList();
        Assert.Contains(toAdmin, s => s.Text?.StartsWith($"Priya Shah needs £1,500.00 of compensation on {@case.Reference} agreed, but nobody may agree it", StringComparison.Ordinal) == true);
        Assert.Contains("approveCompensation", InvokeAssert.Verbs(Assert.Single(toAdmin, s => s.Card is not null).Card));

        var decided = InvokeAssert.Card(await _host.ClickAsync(_admin, "approveCompensation", @case.Id, @case.Version, new JsonObject { ["approvedAmount"] = "1500" }));

        Assert.Contains("Approved by Ada Admin", InvokeAssert.AllText(decided));
        Assert.Equal(1500m, (await _host.Cases.FindAsync(@case.Id))!.Stage(1)!.Response!.Compensation);
    }

    [Fact]
    public async Task Withdrawing_the_request_records_nothing_and_the_response_form_comes_back_with_what_was_typed()
    {
        var (@case, _) = await AskedAsync();

        var card = InvokeAssert.Card(await _host.ClickAsync(_owner, "withdrawCompensation", @case.Id, @case.Version));

        Assert.StartsWith("Request for £1,500.00 compensation withdrawn; no response was recorded", InvokeAssert.Notice(card));
        Assert.Contains("recordResponse", InvokeAssert.Verbs(card));
        var saved = (await _host.Cases.FindAsync(@case.Id))!;
        Assert.Null(saved.Stage(1)!.Response);
        Assert.Equal(CompensationDecision.Withdrawn, saved.Stage(1)!.CompensationApprovals.Single().Decision);
        Assert.Equal(CaseAuditActions.CompensationWithdrawn, (await _host.Cases.AuditTrailAsync(@case.Id)).Last().Action);

        var form = InvokeAssert.Card(await _host.ClickAsync(_owner, "recordResponse", saved.Id, saved.Version));

        Assert.StartsWith("You withdrew the request for £1,500.00 compensation.", InvokeAssert.Notice(form));
        Assert.Contains("Roof repaired on 9 December.", InvokeAssert.AllText(form));
    }

    [Fact]
    public async Task Sending_again_reaches_someone_given_the_role_since_and_is_audited()
    {
        var (@case, _) = await AskedAsync();
        var executive = await _host.StaffAsync("Dana Cole", ["executive-team"]);

        var card = InvokeAssert.Card(await _host.ClickAsync(_owner, "resendCompensation", @case.Id, @case.Version));

        Assert.Equal("Request for £1,500.00 compensation sent again: sent to Dana Cole to agree. The response is recorded once they do.", InvokeAssert.Notice(card));
        Assert.Contains(_host.Connector.Sends, s => s.Path == $"/v3/conversations/{LifecycleHost.PersonalChat(executive)}/activities" && s.Card is not null);
        Assert.Equal(CaseAuditActions.CompensationResent, (await _host.Cases.AuditTrailAsync(@case.Id)).Last().Action);
    }
}
