using System.Text.Json.Nodes;
using ComplaintsBot.Cases.Domain;

namespace ComplaintsBot.Tests.CardActions;

/// <summary>What the server refuses whatever the card says: the wrong person, an old card, money above a limit.</summary>
public sealed class RefusalTests : IAsyncLifetime
{
    // Monday 7 December 2026, 10:00 in London (GMT).
    private static readonly DateTimeOffset Start = new(2026, 12, 7, 10, 0, 0, TimeSpan.Zero);
    private readonly LifecycleHost _host = new(Start);
    private StaffMember _owner = null!;
    private StaffMember _colleague = null!;

    public async Task InitializeAsync()
    {
        _owner = await _host.StaffAsync("Priya Shah", ["complaint-handler", "service-lead"]);
        _colleague = await _host.StaffAsync("Olu Ade", ["complaint-handler"]);
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task Refused_when_someone_who_neither_owns_the_case_nor_manages_clicks_a_button_they_were_shown_elsewhere()
    {
        var @case = await _host.ComplaintAsync("hoc-2024", "HOC", _owner);

        // Outside the case's reach: the answer for a case that is not there, word for word.
        var unseen = InvokeAssert.Error(await _host.ClickAsync(_colleague, "acknowledge", @case.Id, @case.Version), 404, "NotFound");
        var missing = InvokeAssert.Error(await _host.ClickAsync(_colleague, "acknowledge", @case.Id + 1000, @case.Version), 404, "NotFound");
        Assert.Equal(missing, unseen);
        // The owner's line manager (no manager role) sees the case but may not act on it.
        var lead = await _host.StaffAsync("Lee Grant", ["complaint-handler"]);
        await _host.StaffAsync("Priya Shah", ["complaint-handler", "service-lead"], lineManager: lead);
        var message = InvokeAssert.Error(await _host.ClickAsync(lead, "acknowledge", @case.Id, @case.Version), 403, "Forbidden");

        Assert.StartsWith("Only the case owner or a manager", message);
        Assert.Null((await _host.Cases.FindAsync(@case.Id))!.Stage(1)!.AcknowledgedAt);
    }

    [Fact]
    public async Task Refused_when_the_clicker_is_not_on_the_staff_list()
    {
        var @case = await _host.ComplaintAsync("hoc-2024", "HOC", _owner);
        var stranger = new StaffMember("aad-stranger", "Stranger");

        var message = InvokeAssert.Error(await _host.ClickAsync(stranger, "acknowledge", @case.Id, @case.Version), 403, "Forbidden");

        Assert.Contains("not on this bot's staff list", message);
    }

    [Fact]
    public async Task A_stale_card_changes_nothing_and_shows_the_current_case_with_a_short_explanation()
    {
        var @case = await _host.ComplaintAsync("hoc-2024", "HOC", _owner);
        await _host.ChangeAsync(@case, c => c.RecordContact(Start, ContactChannel.Phone, _owner.Id, "Called the customer."));
        var auditBefore = (await _host.Cases.AuditTrailAsync(@case.Id)).Count;

        var card = InvokeAssert.Card(await _host.ClickAsync(_owner, "acknowledge", @case.Id, @case.Version));

        Assert.StartsWith("Nothing was changed:", InvokeAssert.Notice(card));
        var saved = (await _host.Cases.FindAsync(@case.Id))!;
        Assert.Null(saved.Stage(1)!.AcknowledgedAt);
        Assert.Equal(auditBefore, (await _host.Cases.AuditTrailAsync(@case.Id)).Count);
        Assert.Contains($"\"version\":{saved.Version}", card.ToJsonString());
    }

    [Fact]
    public async Task A_double_click_acknowledges_once()
    {
        var @case = await _host.ComplaintAsync("hoc-2024", "HOC", _owner);

        var answers = await Task.WhenAll(
            _host.ClickAsync(_owner, "acknowledge", @case.Id, @case.Version),
            _host.ClickAsync(_owner, "acknowledge", @case.Id, @case.Version));

        Assert.Single(await _host.Cases.AuditTrailAsync(@case.Id), a => a.Action == "stage.acknowledged");
        Assert.Single(answers, a => InvokeAssert.Notice(InvokeAssert.Card(a)).StartsWith("Nothing was changed", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Compensation_nobody_on_the_staff_list_may_agree_is_held_said_so_at_once_and_can_be_withdrawn_or_sent_again()
    {
        // HiS: a service lead may agree up to £999.99; more needs the executive team, and nobody here is on it, nor an administrator.
        var @case = await _host.ChangeAsync(await _host.ComplaintAsync("his", "HIS", _owner), c => c.Acknowledge(Start));

        var form = InvokeAssert.Card(await _host.ClickAsync(_owner, "recordResponse", @case.Id, @case.Version));
        Assert.Contains("Payments over £999.99 need approval by", InvokeAssert.AllText(form));
        var card = InvokeAssert.Card(await _host.ClickAsync(_owner, "recordResponse", @case.Id, @case.Version, new JsonObject
        {
            ["outcome"] = "upheld", ["reasons"] = "We failed to repair the roof.", ["compensation"] = "1500",
        }));

        var notice = InvokeAssert.Notice(card);
        Assert.Contains("£1,500.00 is above the £999.99 you may agree", notice);
        Assert.Contains("nobody may agree it: Customer Complaints & Feedback Policy 2022-2025 has Executive team (executive-team) agree that amount and nobody holds that role", notice);
        Assert.Contains("No administrator could be reached either: ask one to give someone the role", notice); // nobody to route it to, said so
        Assert.Contains("withdrawCompensation", InvokeAssert.Verbs(card));
        Assert.Contains("resendCompensation", InvokeAssert.Verbs(card));
        // What was typed is kept on the held request, not lost with a refusal.
        var stage = (await _host.Cases.FindAsync(@case.Id))!.Stage(1)!;
        Assert.Null(stage.Response);
        Assert.Equal("We failed to repair the roof.", Assert.Single(stage.CompensationApprovals).Reasons);
    }
}
