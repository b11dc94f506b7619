using System.Text.Json.Nodes;
using ComplaintsBot.Cases.Domain;
using ComplaintsBot.Tests.CardActions;
using Microsoft.Extensions.DependencyInjection;

namespace ComplaintsBot.Tests.Workflows.Extensions;

/// <summary>
/// An owner asks for more time, the approval card goes to whoever may decide it (the line manager, or the
/// policy's approver role), and the decision moves the deadline on every copy of the case card.
/// </summary>
public sealed class ExtensionApprovalTests : IAsyncLifetime
{
    // Monday 7 December 2026, 10:00 in London (GMT).
    private readonly LifecycleHost _host = new(new DateTimeOffset(2026, 12, 7, 10, 0, 0, TimeSpan.Zero));
    private StaffMember _lead = null!;
    private StaffMember _otherLead = null!;
    private StaffMember _owner = null!;

    public async Task InitializeAsync()
    {
        _lead = await _host.StaffAsync("Sam Patel", ["complaint-lead"]);
        _otherLead = await _host.StaffAsync("Alex Brown", ["complaint-lead"]);
        _owner = await _host.StaffAsync("Priya Shah", ["complaint-handler"], _lead);
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task Requesting_an_extension_shows_the_form_with_the_policy_limit_then_sends_the_approval_card_to_each_approver()
    {
        var @case = await Acknowledged();

        var form = InvokeAssert.Card(await _host.ClickAsync(_owner, "requestExtension", @case.Id, @case.Version));
        Assert.Contains("up to 10 working days", InvokeAssert.AllText(form));
        var card = InvokeAssert.Card(await _host.ClickAsync(_owner, "requestExtension", @case.Id, @case.Version, Request(5)));

        Assert.Equal("Extension of 5 working days asked; sent to Alex Brown, Sam Patel to decide.", InvokeAssert.Notice(card));
        var extension = (await _host.Cases.FindAsync(@case.Id))!.Stage(1)!.PendingExtension!;
        Assert.Equal((5, "Damp survey booked for 18 Dec", true, _owner.Id), (extension.WorkingDays, extension.Reason, extension.CustomerAgreed, extension.RequestedById));
        Assert.Equal("extension.requested", (await _host.Cases.AuditTrailAsync(@case.Id)).Last().Action);
        foreach (var approver in new[] { _lead, _otherLead })
        {
            var sent = Assert.Single(_host.Connector.Sends, s => s.Path == $"/v3/conversations/{LifecycleHost.PersonalChat(approver)}/activities");
            var text = InvokeAssert.AllText(sent.Card);
            Assert.Contains("Mon 21 Dec 2026", text);  // due now
            Assert.Contains("Wed 30 Dec 2026", text);  // due if approved: 5 working days, skipping 25 and 28 December
            Assert.Equal(["refreshExtension", "approveExtension", "declineExtension"], InvokeAssert.Verbs(sent.Card));
            Assert.Contains(LifecycleHost.TeamsId(approver), sent.Card!["refresh"]!["userIds"]!.AsArray().Select(n => (string)n!));
        }
    }

    [Fact]
    public async Task Approving_moves_the_deadline_updates_every_approval_card_and_the_case_card_and_tells_the_requester()
    {
        var (@case, approvalMessage) = await Requested(5);

        var card = InvokeAssert.Card(await _host.ClickAsync(_lead, "approveExtension", @case.Id, @case.Version,
            new JsonObject { ["comment"] = "Fine, keep the customer updated." }, replyToId: approvalMessage));

        Assert.Contains("Approved by Sam Patel on Mon 7 Dec 2026", InvokeAssert.AllText(card));
        var saved = await _host.Cases.FindAsync(@case.Id);
        Assert.Equal(ExtensionDecision.Approved, saved!.Stage(1)!.Extensions.Single().Decision);
        var audit = (await _host.Cases.AuditTrailAsync(@case.Id)).Last();
        Assert.Equal(("extension.approved", _lead.AadObjectId), (audit.Action, audit.Actor));
        Assert.Contains("2026-12-21", audit.Before);
        Assert.Contains("2026-12-30", audit.After);

        var updates = _host.Connector.Updates;
        Assert.Contains(updates, u => u.Path.StartsWith($"/v3/conversations/{LifecycleHost.PersonalChat(_otherLead)}/", StringComparison.Ordinal)
            && InvokeAssert.AllText(u.Card).Contains("Approved by Sam Patel", StringComparison.Ordinal));
        var caseCard = updates.Last(u => u.Path == $"/v3/conversations/{LifecycleHost.PersonalChat(_owner)}/activities/case-card-1");
        Assert.Contains("Wed 30 Dec 2026", InvokeAssert.AllText(caseCard.Card));
        Assert.Contains(_host.Connector.Sends, s => s.Path.StartsWith($"/v3/conversations/{LifecycleHost.PersonalChat(_owner)}/", StringComparison.Ordinal)
            && s.Text == $"Sam Patel approved your extension on {@case.Reference}: Stage 1 response is now due Wed 30 Dec 2026. Comment: Fine, keep the customer updated.\n\n"
                // Code 6.4-6.5: the new date, the reason and the Ombudsman's details, in words the customer can be sent. The
                // details are the policy file's, formatted as the letters format them (Signposting.OmbudsmanDetails).
                + "Tell the customer the new date, the reason and the Housing Ombudsman's contact details (Code 6.4-6.5), for example:\n\n"
                + "Dear Mrs Jo O'Neill,\n\n"
                + $"We need more time to give you our Stage 1 response to your complaint {@case.Reference}. We will now respond by Wed 30 Dec 2026.\n\n"
                + "This is because: Damp survey booked for 18 Dec.\n\n"
                + "You can contact the Housing Ombudsman Service at any point for free, independent and impartial advice about your complaint. "
                + "Once our complaints procedure is complete, you can ask the Ombudsman to investigate. Housing Ombudsman Service, PO Box 152, Liverpool L33 7WQ. "
                + "Telephone 0300 111 3000. Email info@housing-ombudsman.org.uk. Website www.housing-ombudsman.org.uk.");
    }

    [Fact]
    public async Task Declining_keeps_the_deadline_and_tells_the_requester_why()
    {
        var (@case, approvalMessage) = await Requested(5);

        var card = InvokeAssert.Card(await _host.ClickAsync(_otherLead, "declineExtension", @case.Id, @case.Version,
            new JsonObject { ["comment"] = "Respond now; the survey can follow." }, replyToId: approvalMessage));

        Assert.Contains("Declined by Alex Brown", InvokeAssert.AllText(card));
        Assert.Equal(ExtensionDecision.Declined, (await _host.Cases.FindAsync(@case.Id))!.Stage(1)!.Extensions.Single().Decision);
        Assert.Contains(_host.Connector.Sends, s => s.Text?.StartsWith("Alex Brown declined your extension", StringComparison.Ordinal) == true
            && s.Text.Contains("stays due Mon 21 Dec 2026", StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_approver_whose_chat_refuses_the_approval_card_as_blocked_is_marked_unreachable_and_not_counted_as_sent_to()
    {
        var @case = await Acknowledged();
        _host.Connector.Block(LifecycleHost.PersonalChat(_lead));

        var card = InvokeAssert.Card(await _host.ClickAsync(_owner, "requestExtension", @case.Id, @case.Version, Request(5)));

        Assert.Equal("Extension of 5 working days asked; sent to Alex Brown to decide.", InvokeAssert.Notice(card));
        var references = _host.Services.GetRequiredService<ComplaintsBot.Bot.Proactive.ConversationReferenceStore>();
        // Teams said Sam removed or blocked the bot: the next card or reminder does not try that chat again.
        Assert.Null(await references.FindPersonalAsync(_lead.AadObjectId, CancellationToken.None));
        Assert.NotNull(await references.FindPersonalAsync(_otherLead.AadObjectId, CancellationToken.None));
    }

    [Theory]
    [InlineData("99999999999")]
    [InlineData("79228162514264337593543950335")]
    [InlineData("2.5")]
    [InlineData("-3")]
    public async Task Working_days_of_99999999999_or_not_a_whole_number_are_refused_with_the_policy_limit_and_the_case_is_unchanged(string workingDays)
    {
        var @case = await Acknowledged();
        var request = Request(5);
        request["workingDays"] = workingDays;

        var message = InvokeAssert.Error(await _host.ClickAsync(_owner, "requestExtension", @case.Id, @case.Version, request), 400, "ExtensionBeyondPolicy");

        Assert.Contains("at most 10 more working days", message);
        Assert.Null((await _host.Cases.FindAsync(@case.Id))!.Stage(1)!.PendingExtension);
    }

    [Fact]
    public async Task Refused_an_extension_longer_than_the_policy_allows()
    {
        var @case = await Acknowledged();

        var message = InvokeAssert.Error(await _host.ClickAsync(_owner, "requestExtension", @case.Id, @case.Version, Request(11)), 400, "ExtensionBeyondPolicy");

        Assert.Contains("at most 10 more working days", message);
        Assert.Null((await _host.Cases.FindAsync(@case.Id))!.Stage(1)!.PendingExtension);
        Assert.Empty(_host.Connector.Sends);
    }

    [Fact]
    public async Task Refused_when_the_requester_tries_to_approve_their_own_extension()
    {
        // A complaint lead who owns a case may approve others' extensions, never their own.
        var @case = await _host.ChangeAsync(await _host.ComplaintAsync("hoc-2024", "HOC", _lead), c => c.Acknowledge(_host.Clock.GetUtcNow()));
        InvokeAssert.Card(await _host.ClickAsync(_lead, "requestExtension", @case.Id, @case.Version, Request(3)));
        var requested = (await _host.Cases.FindAsync(@case.Id))!;

        var message = InvokeAssert.Error(await _host.ClickAsync(_lead, "approveExtension", @case.Id, requested.Version), 403, "Forbidden");

        Assert.Equal("You asked for this extension, so someone else must decide it.", message);
        Assert.Equal(ExtensionDecision.Pending, (await _host.Cases.FindAsync(@case.Id))!.Stage(1)!.Extensions.Single().Decision);
    }

    [Fact]
    public async Task Refused_when_someone_without_the_approver_role_or_line_management_decides()
    {
        var (@case, approvalMessage) = await Requested(5);
        var colleague = await _host.StaffAsync("Olu Ade", ["complaint-handler"]);

        // A colleague with no part in the case or the request learns nothing of it.
        var message = InvokeAssert.Error(await _host.ClickAsync(colleague, "approveExtension", @case.Id, @case.Version, replyToId: approvalMessage), 404, "NotFound");

        Assert.Equal("This case is no longer there.", message);
        Assert.Equal(ExtensionDecision.Pending, (await _host.Cases.FindAsync(@case.Id))!.Stage(1)!.Extensions.Single().Decision);
    }

    [Fact]
    public async Task Two_managers_deciding_at_once_make_exactly_one_decision_and_the_other_sees_it()
    {
        var (@case, approvalMessage) = await Requested(5);

        var answers = await Task.WhenAll(
            _host.ClickAsync(_lead, "approveExtension", @case.Id, @case.Version, replyToId: approvalMessage),
            _host.ClickAsync(_otherLead, "declineExtension", @case.Id, @case.Version, replyToId: approvalMessage));

        var cards = answers.Select(InvokeAssert.Card).ToList();
        var extension = (await _host.Cases.FindAsync(@case.Id))!.Stage(1)!.Extensions.Single();
        Assert.NotEqual(ExtensionDecision.Pending, extension.Decision);
        Assert.Single(await _host.Cases.AuditTrailAsync(@case.Id), a => a.Action is "extension.approved" or "extension.declined");
        var loser = Assert.Single(cards, c => InvokeAssert.Notice(c).StartsWith("Nothing was changed", StringComparison.Ordinal));
        var decision = extension.Decision == ExtensionDecision.Approved ? "Approved by Sam Patel" : "Declined by Alex Brown";
        Assert.Contains(decision, InvokeAssert.AllText(loser));
    }

    private static JsonObject Request(int days) => new()
    {
        ["workingDays"] = days.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["reason"] = "Damp survey booked for 18 Dec",
        ["customerAgreed"] = "true",
    };

    private async Task<Case> Acknowledged() =>
        await _host.ChangeAsync(await _host.ComplaintAsync("hoc-2024", "HOC", _owner), c => c.Acknowledge(_host.Clock.GetUtcNow()));

    /// <summary>A case with an extension asked for by the owner; the id of the approval card sent to Sam.</summary>
    private async Task<(Case Case, string ApprovalMessage)> Requested(int days)
    {
        var @case = await Acknowledged();
        InvokeAssert.Card(await _host.ClickAsync(_owner, "requestExtension", @case.Id, @case.Version, Request(days)));
        var sent = _host.Connector.Sends.Single(s => s.Path == $"/v3/conversations/{LifecycleHost.PersonalChat(_lead)}/activities");
        return ((await _host.Cases.FindAsync(@case.Id))!, sent.AnsweredId);
    }
}
