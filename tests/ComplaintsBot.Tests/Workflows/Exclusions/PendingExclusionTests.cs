using ComplaintsBot.Cases.Domain;
using ComplaintsBot.Tests.CardActions;

namespace ComplaintsBot.Tests.Workflows.Exclusions;

/// <summary>
/// A complaint waiting for a decision on a discretionary exclusion is never stuck: whoever referred it can withdraw the
/// referral (the exclusion does not apply after all, so the complaint goes ahead) or send it again, and when nobody holds
/// the role the policy names (hoc-2024: the person responsible for complaint handling, Code 4.1) the administrators
/// get the decision card as fallback deciders.
/// </summary>
public sealed class PendingExclusionTests : IAsyncLifetime
{
    // Monday 7 December 2026, 10:00 in London (GMT).
    private readonly LifecycleHost _host = new(new DateTimeOffset(2026, 12, 7, 10, 0, 0, TimeSpan.Zero));
    private StaffMember _owner = null!;
    private StaffMember _admin = null!;

    public async Task InitializeAsync()
    {
        _admin = await _host.StaffAsync("Ada Admin", [StaffRoles.Admin]);
        _owner = await _host.StaffAsync("Priya Shah", ["complaint-handler"]);
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    private async Task<Case> Referred()
    {
        var @case = await _host.ComplaintAsync("hoc-2024", "HOC", _owner);
        return await _host.ChangeAsync(@case, c => c.DecideExclusion("issue-too-old", true, _owner.Id, _host.Clock.GetUtcNow(), ExclusionOutcome.AwaitingManager, null));
    }

    [Fact]
    public async Task The_owner_sees_withdraw_and_send_again_on_a_complaint_waiting_for_an_exclusion_decision()
    {
        var @case = await Referred();

        var card = InvokeAssert.Card(await _host.ClickAsync(_owner, "refreshCase", @case.Id, @case.Version));

        Assert.Contains("Waiting for a decision on whether to accept it as a complaint", InvokeAssert.AllText(card));
        Assert.Contains("withdrawExclusion", InvokeAssert.Verbs(card));
        Assert.Contains("resendExclusion", InvokeAssert.Verbs(card));
    }

    [Fact]
    public async Task Withdrawing_the_referral_lets_the_complaint_go_ahead_and_is_audited()
    {
        var @case = await Referred();

        var card = InvokeAssert.Card(await _host.ClickAsync(_owner, "withdrawExclusion", @case.Id, @case.Version));

        Assert.Equal($"Exclusion referral withdrawn: {@case.Reference} goes ahead as a complaint; its deadlines have been running since it was received.", InvokeAssert.Notice(card));
        Assert.Contains("Awaiting acknowledgement", InvokeAssert.AllText(card));
        Assert.DoesNotContain("withdrawExclusion", InvokeAssert.Verbs(card));
        var saved = (await _host.Cases.FindAsync(@case.Id))!;
        Assert.Equal(CaseStatus.Open, saved.Status);
        Assert.Null(saved.WaitingExclusionReferral());
        Assert.Equal(CaseAuditActions.ExclusionWithdrawn, (await _host.Cases.AuditTrailAsync(@case.Id)).Last().Action);
    }

    [Fact]
    public async Task With_nobody_in_the_named_role_sending_again_gives_the_administrator_the_decision_card_and_they_may_decide_it()
    {
        var @case = await Referred();

        var card = InvokeAssert.Card(await _host.ClickAsync(_owner, "resendExclusion", @case.Id, @case.Version));

        Assert.StartsWith("Exclusion referral sent again.", InvokeAssert.Notice(card));
        Assert.Contains("so I sent it to the administrators (Ada Admin) to decide instead.", InvokeAssert.Notice(card));
        var toAdmin = _host.Connector.Sends.Where(s => s.Path == $"/v3/conversations/{LifecycleHost.PersonalChat(_admin)}/activities").ToList();
        Assert.Contains(toAdmin, s => s.Text?.Contains("as an administrator you may decide it from the card I am sending you", StringComparison.Ordinal) == true);
        var decisionCard = Assert.Single(toAdmin, s => s.Card is not null).Card;
        Assert.Contains("acceptComplaint", InvokeAssert.Verbs(decisionCard));
        Assert.Equal(CaseAuditActions.ExclusionResent, (await _host.Cases.AuditTrailAsync(@case.Id)).Last().Action);

        var current = (await _host.Cases.FindAsync(@case.Id))!;
        var decided = InvokeAssert.Card(await _host.ClickAsync(_admin, "acceptComplaint", current.Id, current.Version));

        Assert.Contains("Accepted as a complaint by Ada Admin", InvokeAssert.AllText(decided));
    }

    [Fact]
    public async Task Someone_who_did_not_refer_it_and_does_not_hold_the_case_cannot_withdraw_the_referral()
    {
        var @case = await Referred();
        var manager = await _host.StaffAsync("Sam Patel", [StaffRoles.Manager]);

        var refused = await _host.ClickAsync(manager, "withdrawExclusion", @case.Id, @case.Version);

        Assert.StartsWith("Only the person who referred the exclusion, or the case's owner, can withdraw it", InvokeAssert.Error(refused, 403, "Forbidden"));
        Assert.NotNull((await _host.Cases.FindAsync(@case.Id))!.WaitingExclusionReferral());
    }
}
