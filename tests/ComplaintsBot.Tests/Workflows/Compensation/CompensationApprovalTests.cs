using System.Text.Json.Nodes;
using ComplaintsBot.Cases.Domain;
using ComplaintsBot.Tests.CardActions;

namespace ComplaintsBot.Tests.Workflows.Compensation;

/// <summary>
/// HiS lets a service lead agree up to £999.99 in compensation; more needs the executive team. A response with
/// more is held, the approval card goes to the line manager if their limit covers it (else to the executive
/// team), and the decision records the response, or sends it back to its owner with what they entered.
/// </summary>
public sealed class CompensationApprovalTests : IAsyncLifetime
{
    // Monday 7 December 2026, 10:00 in London (GMT).
    private readonly LifecycleHost _host = new(new DateTimeOffset(2026, 12, 7, 10, 0, 0, TimeSpan.Zero));
    private StaffMember _executive = null!;
    private StaffMember _otherExecutive = null!;
    private StaffMember _focusManager = null!;
    private StaffMember _colleague = null!;
    private StaffMember _owner = null!;

    public async Task InitializeAsync()
    {
        _executive = await _host.StaffAsync("Dana Cole", ["executive-team"]);
        _otherExecutive = await _host.StaffAsync("Evan Hart", ["executive-team"]);
        // The owner's line manager may agree up to £999.99 only.
        _focusManager = await _host.StaffAsync("Sam Patel", ["customer-focus-manager"]);
        _colleague = await _host.StaffAsync("Olu Ade", ["customer-services-team"]);
        _owner = await _host.StaffAsync("Priya Shah", ["service-lead"], _focusManager);
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task Compensation_above_the_recorders_limit_holds_the_response_and_sends_the_approval_card_to_the_policy_role_when_the_line_managers_limit_is_too_low()
    {
        var @case = await Acknowledged();

        var card = InvokeAssert.Card(await _host.ClickAsync(_owner, "recordResponse", @case.Id, @case.Version, Response(1500)));

        Assert.Contains("£1,500.00 is above the £999.99 you may agree", InvokeAssert.Notice(card));
        Assert.Contains("sent to Dana Cole, Evan Hart to agree", InvokeAssert.Notice(card));
        var stage = (await _host.Cases.FindAsync(@case.Id))!.Stage(1)!;
        Assert.Null(stage.Response);
        var pending = stage.PendingCompensationApproval!;
        Assert.Equal((1500m, _owner.Id, "executive-team", (int?)null, "Roof repair done; bedroom redecorated."),
            (pending.Amount, pending.RequestedById, pending.ApproverRole, pending.ApproverId, pending.Remedy));
        var audit = (await _host.Cases.AuditTrailAsync(@case.Id)).Last();
        Assert.Equal(("compensation.requested", _owner.AadObjectId), (audit.Action, audit.Actor));
        Assert.Contains("\"amount\":1500", audit.After);
        Assert.DoesNotContain(_host.Connector.Sends, s => s.Path.Contains(LifecycleHost.PersonalChat(_focusManager), StringComparison.Ordinal));
        foreach (var approver in new[] { _executive, _otherExecutive })
        {
            var sent = Assert.Single(_host.Connector.Sends, s => s.Path == $"/v3/conversations/{LifecycleHost.PersonalChat(approver)}/activities");
            var text = InvokeAssert.AllText(sent.Card);
            Assert.Contains("£1,500.00", text);
            Assert.Contains("We failed to repair the roof.", text);
            Assert.Equal(["refreshCompensation", "approveCompensation", "declineCompensation"], InvokeAssert.Verbs(sent.Card));
            Assert.Contains(LifecycleHost.TeamsId(approver), sent.Card!["refresh"]!["userIds"]!.AsArray().Select(n => (string)n!));
        }
        Assert.Contains("Response written, compensation awaiting approval", InvokeAssert.AllText(card));
        Assert.DoesNotContain("recordResponse", InvokeAssert.Verbs(card)); // the case card offers no second response meanwhile
        Assert.DoesNotContain("requestExtension", InvokeAssert.Verbs(card));
    }

    [Fact]
    public async Task The_approval_card_goes_to_the_line_manager_alone_when_their_limit_covers_the_amount()
    {
        var owner = await _host.StaffAsync("Kim Lee", ["service-lead"], _executive);
        var @case = await Acknowledged(owner);

        var card = InvokeAssert.Card(await _host.ClickAsync(owner, "recordResponse", @case.Id, @case.Version, Response(1500)));

        Assert.Contains("sent to Dana Cole to agree", InvokeAssert.Notice(card));
        Assert.Equal(_executive.Id, (await _host.Cases.FindAsync(@case.Id))!.Stage(1)!.PendingCompensationApproval!.ApproverId);
        var sent = Assert.Single(_host.Connector.Sends);
        Assert.Equal($"/v3/conversations/{LifecycleHost.PersonalChat(_executive)}/activities", sent.Path);
    }

    [Fact]
    public async Task Approving_records_the_response_with_the_amount_agreed_updates_every_copy_and_tells_the_requester()
    {
        var (@case, approvalMessage) = await Requested(1500);
        _host.Clock.Advance(TimeSpan.FromDays(1));

        var card = InvokeAssert.Card(await _host.ClickAsync(_executive, "approveCompensation", @case.Id, @case.Version,
            new JsonObject { ["approvedAmount"] = "1200", ["comment"] = "Agreed at our scheme's rate." }, replyToId: approvalMessage));

        Assert.Contains("Approved by Dana Cole on Tue 8 Dec 2026", InvokeAssert.AllText(card));
        Assert.Contains("Compensation agreed: £1,200.00", InvokeAssert.AllText(card));
        var stage = (await _host.Cases.FindAsync(@case.Id))!.Stage(1)!;
        var response = stage.Response!;
        Assert.Equal((1200m, StageOutcome.Upheld, "We failed to repair the roof.", _host.Clock.GetUtcNow()),
            (response.Compensation!.Value, response.Outcome, response.Reasons, response.RespondedAt));
        Assert.Equal((CompensationDecision.Approved, 1200m, _executive.Id),
            (stage.CompensationApprovals.Single().Decision, stage.CompensationApprovals.Single().ApprovedAmount!.Value, stage.CompensationApprovals.Single().DecidedById!.Value));
        var audit = (await _host.Cases.AuditTrailAsync(@case.Id)).Last();
        Assert.Equal(("compensation.approved", _executive.AadObjectId), (audit.Action, audit.Actor));
        Assert.DoesNotContain("\"respondedAt\"", audit.Before);
        Assert.Contains("\"respondedAt\":\"2026-12-08T10:00:00+00:00\"", audit.After);
        Assert.Contains("\"metAt\":\"2026-12-08T10:00:00+00:00\"", audit.After); // the response deadline is met

        var updates = _host.Connector.Updates;
        Assert.Contains(updates, u => u.Path.StartsWith($"/v3/conversations/{LifecycleHost.PersonalChat(_otherExecutive)}/", StringComparison.Ordinal)
            && InvokeAssert.AllText(u.Card).Contains("Approved by Dana Cole", StringComparison.Ordinal));
        var caseCard = updates.Last(u => u.Path == $"/v3/conversations/{LifecycleHost.PersonalChat(_owner)}/activities/case-card-1");
        Assert.Contains("letter", InvokeAssert.Verbs(caseCard.Card));
        Assert.Contains(_host.Connector.Sends, s => s.Path.StartsWith($"/v3/conversations/{LifecycleHost.PersonalChat(_owner)}/", StringComparison.Ordinal)
            && s.Text == $"Dana Cole agreed £1,200.00 compensation on {@case.Reference} (you asked £1,500.00): your Stage 1 - Initial complaint response is recorded "
                + "and the letter to the customer is ready: use Letter on the case card. Comment: Agreed at our scheme's rate.");
    }

    [Fact]
    public async Task Declining_records_no_response_tells_the_owner_and_the_form_offers_what_they_entered_again()
    {
        var (@case, approvalMessage) = await Requested(1500);

        var card = InvokeAssert.Card(await _host.ClickAsync(_otherExecutive, "declineCompensation", @case.Id, @case.Version,
            new JsonObject { ["comment"] = "Offer £750, as the scheme says." }, replyToId: approvalMessage));

        Assert.Contains("Declined by Evan Hart", InvokeAssert.AllText(card));
        var saved = (await _host.Cases.FindAsync(@case.Id))!;
        Assert.Null(saved.Stage(1)!.Response);
        Assert.Equal(CompensationDecision.Declined, saved.Stage(1)!.CompensationApprovals.Single().Decision);
        Assert.Equal("compensation.declined", (await _host.Cases.AuditTrailAsync(@case.Id)).Last().Action);
        Assert.Contains(_host.Connector.Sends, s => s.Text?.StartsWith($"Evan Hart declined £1,500.00 compensation on {@case.Reference}: no response was recorded.", StringComparison.Ordinal) == true
            && s.Text.Contains("due Mon 21 Dec 2026", StringComparison.Ordinal) && s.Text.EndsWith("Comment: Offer £750, as the scheme says.", StringComparison.Ordinal));

        var form = InvokeAssert.Card(await _host.ClickAsync(_owner, "recordResponse", saved.Id, saved.Version));
        Assert.StartsWith("Evan Hart declined £1,500.00 compensation.", InvokeAssert.Notice(form));
        var inputs = (form["body"] as JsonArray)!.OfType<JsonObject>().Where(e => e["id"] is not null).ToDictionary(e => (string)e["id"]!, e => e["value"]?.ToString());
        Assert.Equal("upheld", inputs["outcome"]);
        Assert.Equal("We failed to repair the roof.", inputs["reasons"]);
        Assert.Equal(1500m, decimal.Parse(inputs["compensation"]!, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal("Roofer to return in spring.", inputs["outstandingActions"]);

        InvokeAssert.Card(await _host.ClickAsync(_owner, "recordResponse", saved.Id, saved.Version, Response(750)));
        Assert.Equal(750m, (await _host.Cases.FindAsync(@case.Id))!.Stage(1)!.Response!.Compensation);
    }

    [Fact]
    public async Task Refused_a_decline_without_a_comment_saying_why()
    {
        var (@case, approvalMessage) = await Requested(1500);

        var message = InvokeAssert.Error(await _host.ClickAsync(_executive, "declineCompensation", @case.Id, @case.Version, replyToId: approvalMessage), 400, "CommentRequired");

        Assert.Contains("Priya Shah", message);
        Assert.NotNull((await _host.Cases.FindAsync(@case.Id))!.Stage(1)!.PendingCompensationApproval);
    }

    [Fact]
    public async Task Refused_an_amount_agreed_above_the_amount_asked()
    {
        var (@case, approvalMessage) = await Requested(1500);

        InvokeAssert.Error(await _host.ClickAsync(_executive, "approveCompensation", @case.Id, @case.Version,
            new JsonObject { ["approvedAmount"] = "2000" }, replyToId: approvalMessage), 400, "CompensationAmount");

        Assert.NotNull((await _host.Cases.FindAsync(@case.Id))!.Stage(1)!.PendingCompensationApproval);
    }

    [Fact]
    public async Task Refused_when_the_requester_tries_to_approve_their_own_compensation()
    {
        var (@case, _) = await Requested(1500);

        var message = InvokeAssert.Error(await _host.ClickAsync(_owner, "approveCompensation", @case.Id, @case.Version), 403, "Forbidden");

        Assert.Equal("You asked for this compensation, so someone else must agree it.", message);
        await AssertStillPending(@case);
    }

    [Fact]
    public async Task Refused_when_someone_without_a_role_that_agrees_compensation_decides()
    {
        var (@case, approvalMessage) = await Requested(1500);

        // A colleague the request was never routed to learns nothing of the case.
        var message = InvokeAssert.Error(await _host.ClickAsync(_colleague, "approveCompensation", @case.Id, @case.Version, replyToId: approvalMessage), 404, "NotFound");

        Assert.Equal("This case is no longer there.", message);
        await AssertStillPending(@case);
    }

    [Fact]
    public async Task Refused_when_the_line_managers_limit_is_too_low_naming_who_must_decide()
    {
        var (@case, _) = await Requested(1500);

        var message = InvokeAssert.Error(await _host.ClickAsync(_focusManager, "approveCompensation", @case.Id, @case.Version), 403, "Forbidden");

        Assert.StartsWith("£1,500.00 is above the £999.99 you may agree under", message);
        Assert.EndsWith("; Executive team must decide it.", message);
        await AssertStillPending(@case);
    }

    [Fact]
    public async Task A_stale_approval_card_changes_nothing_and_shows_the_request_as_it_is()
    {
        var (@case, approvalMessage) = await Requested(1500);

        var card = InvokeAssert.Card(await _host.ClickAsync(_executive, "approveCompensation", @case.Id, @case.Version - 1, replyToId: approvalMessage));

        Assert.StartsWith("Nothing was changed", InvokeAssert.Notice(card));
        Assert.Contains("approveCompensation", InvokeAssert.Verbs(card));
        await AssertStillPending(@case);
    }

    [Fact]
    public async Task Two_approvers_at_once_make_exactly_one_decision_and_the_other_sees_it()
    {
        var (@case, approvalMessage) = await Requested(1500);

        var answers = await Task.WhenAll(
            _host.ClickAsync(_executive, "approveCompensation", @case.Id, @case.Version, replyToId: approvalMessage),
            _host.ClickAsync(_otherExecutive, "declineCompensation", @case.Id, @case.Version, new JsonObject { ["comment"] = "Too much." }, replyToId: approvalMessage));

        var approval = (await _host.Cases.FindAsync(@case.Id))!.Stage(1)!.CompensationApprovals.Single();
        Assert.NotEqual(CompensationDecision.Pending, approval.Decision);
        Assert.Single(await _host.Cases.AuditTrailAsync(@case.Id), a => a.Action is "compensation.approved" or "compensation.declined");
        var loser = Assert.Single(answers.Select(InvokeAssert.Card), c => InvokeAssert.Notice(c).StartsWith("Nothing was changed", StringComparison.Ordinal));
        Assert.Contains(approval.Decision == CompensationDecision.Approved ? "Approved by Dana Cole" : "Declined by Evan Hart", InvokeAssert.AllText(loser));
    }

    [Fact]
    public async Task A_double_click_on_approve_approves_once()
    {
        var (@case, approvalMessage) = await Requested(1500);

        var answers = await Task.WhenAll(
            _host.ClickAsync(_executive, "approveCompensation", @case.Id, @case.Version, replyToId: approvalMessage),
            _host.ClickAsync(_executive, "approveCompensation", @case.Id, @case.Version, replyToId: approvalMessage));

        Assert.Single(await _host.Cases.AuditTrailAsync(@case.Id), a => a.Action == "compensation.approved");
        Assert.Single(answers, a => InvokeAssert.Notice(InvokeAssert.Card(a)).StartsWith("Nothing was changed", StringComparison.Ordinal));
        Assert.Single(_host.Connector.Sends, s => s.Text?.StartsWith("Dana Cole agreed", StringComparison.Ordinal) == true);
    }

    [Fact]
    public async Task A_double_click_on_record_response_holds_one_request_and_sends_each_approver_one_card()
    {
        var @case = await Acknowledged();

        var answers = await Task.WhenAll(
            _host.ClickAsync(_owner, "recordResponse", @case.Id, @case.Version, Response(1500)),
            _host.ClickAsync(_owner, "recordResponse", @case.Id, @case.Version, Response(1500)));

        Assert.Single((await _host.Cases.FindAsync(@case.Id))!.Stage(1)!.CompensationApprovals);
        Assert.Single(await _host.Cases.AuditTrailAsync(@case.Id), a => a.Action == "compensation.requested");
        Assert.Single(answers, a => InvokeAssert.Notice(InvokeAssert.Card(a)).StartsWith("Nothing was changed", StringComparison.Ordinal));
        Assert.Single(_host.Connector.Sends, s => s.Path == $"/v3/conversations/{LifecycleHost.PersonalChat(_executive)}/activities");
    }

    [Fact]
    public async Task Refreshing_the_approval_card_shows_the_decision_to_those_who_held_an_old_copy()
    {
        var (@case, approvalMessage) = await Requested(1500);
        InvokeAssert.Card(await _host.ClickAsync(_executive, "approveCompensation", @case.Id, @case.Version, replyToId: approvalMessage));

        var card = InvokeAssert.Card(await _host.ClickAsync(_otherExecutive, "refreshCompensation", @case.Id, @case.Version, replyToId: "old-copy"));

        Assert.Contains("Approved by Dana Cole", InvokeAssert.AllText(card));
        Assert.Contains("Compensation agreed: £1,500.00", InvokeAssert.AllText(card));
        Assert.DoesNotContain("approveCompensation", InvokeAssert.Verbs(card));
    }

    private static JsonObject Response(decimal compensation) => new()
    {
        ["outcome"] = "upheld",
        ["reasons"] = "We failed to repair the roof.",
        ["remedy"] = "Roof repair done; bedroom redecorated.",
        ["compensation"] = compensation.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["outstandingActions"] = "Roofer to return in spring.",
    };

    private async Task<Case> Acknowledged(StaffMember? owner = null) =>
        await _host.ChangeAsync(await _host.ComplaintAsync("his", "HIS", owner ?? _owner), c => c.Acknowledge(_host.Clock.GetUtcNow()));

    /// <summary>A case whose owner recorded a response with compensation above their limit; the id of the approval card sent to Dana.</summary>
    private async Task<(Case Case, string ApprovalMessage)> Requested(decimal amount)
    {
        var @case = await Acknowledged();
        InvokeAssert.Card(await _host.ClickAsync(_owner, "recordResponse", @case.Id, @case.Version, Response(amount)));
        var sent = _host.Connector.Sends.Single(s => s.Path == $"/v3/conversations/{LifecycleHost.PersonalChat(_executive)}/activities");
        return ((await _host.Cases.FindAsync(@case.Id))!, sent.AnsweredId);
    }

    private async Task AssertStillPending(Case @case)
    {
        var stage = (await _host.Cases.FindAsync(@case.Id))!.Stage(1)!;
        Assert.Null(stage.Response);
        Assert.Equal(CompensationDecision.Pending, stage.CompensationApprovals.Single().Decision);
    }
}
