using System.Text.Json.Nodes;
using ComplaintsBot.Cases.Domain;
using ComplaintsBot.Tests.CardActions;

namespace ComplaintsBot.Tests.Workflows.Extensions;

/// <summary>
/// A pending extension never blocks the case: the one who asked can withdraw it or send it again, the owner can
/// still record the response (the request then lapses, audited), and a refused response form gives back what was typed.
/// Under hoc-2024 the requester's line manager, or the person responsible for complaint handling (Code 4.1), decides.
/// </summary>
public sealed class PendingExtensionTests : IAsyncLifetime
{
    // Monday 7 December 2026, 10:00 in London (GMT).
    private readonly LifecycleHost _host = new(new DateTimeOffset(2026, 12, 7, 10, 0, 0, TimeSpan.Zero));
    private StaffMember _manager = null!;
    private StaffMember _owner = null!;
    private StaffMember _admin = null!;

    public async Task InitializeAsync()
    {
        _admin = await _host.StaffAsync("Ada Admin", [StaffRoles.Admin]);
        // The line manager has never opened the bot: nobody who may decide can be reached.
        _manager = await _host.StaffAsync("Sam Patel", ["complaint-handler"], reachable: false);
        _owner = await _host.StaffAsync("Priya Shah", ["complaint-handler"], _manager);
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task With_the_manager_unreachable_the_owner_is_told_at_once_and_the_card_offers_withdraw_send_again_and_record_response()
    {
        var @case = await Acknowledged();

        var card = InvokeAssert.Card(await _host.ClickAsync(_owner, "requestExtension", @case.Id, @case.Version, Request(5)));

        Assert.StartsWith("Extension of 5 working days asked, but nobody who may decide it (Sam Patel) can be reached in Teams. I told the administrators (Ada Admin)", InvokeAssert.Notice(card));
        Assert.Contains("withdrawExtension", InvokeAssert.Verbs(card));
        Assert.Contains("resendExtension", InvokeAssert.Verbs(card));
        Assert.Contains("recordResponse", InvokeAssert.Verbs(card));
        Assert.Contains("Extension awaiting decision", InvokeAssert.AllText(card));
        var told = Assert.Single(_host.Connector.Sends, s => s.Path == $"/v3/conversations/{LifecycleHost.PersonalChat(_admin)}/activities");
        Assert.StartsWith($"Priya Shah asked to extend {@case.Reference} by 5 working days, but nobody who may decide it (Sam Patel) can be reached", told.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Withdrawing_leaves_the_deadline_where_it_was_is_audited_and_the_card_offers_a_new_request()
    {
        var @case = await Requested();

        var card = InvokeAssert.Card(await _host.ClickAsync(_owner, "withdrawExtension", @case.Id, @case.Version));

        Assert.Equal("Extension of 5 working days withdrawn; the deadline stays as it was. You can ask again, or record the response.", InvokeAssert.Notice(card));
        Assert.Contains("requestExtension", InvokeAssert.Verbs(card));
        Assert.DoesNotContain("withdrawExtension", InvokeAssert.Verbs(card));
        var saved = (await _host.Cases.FindAsync(@case.Id))!;
        Assert.Equal((ExtensionDecision.Withdrawn, 0), (saved.Stage(1)!.Extensions.Single().Decision, saved.Stage(1)!.ApprovedExtensionDays));
        Assert.Equal("extension.withdrawn", (await _host.Cases.AuditTrailAsync(@case.Id)).Last().Action);
    }

    [Fact]
    public async Task Sending_again_reaches_the_manager_once_they_have_opened_the_bot_and_is_audited()
    {
        var @case = await Requested();
        await _host.SayAsync(_manager, "help"); // Sam opens the bot: now he has a chat with it

        var card = InvokeAssert.Card(await _host.ClickAsync(_owner, "resendExtension", @case.Id, @case.Version));

        Assert.Equal("Extension of 5 working days sent again; sent to Sam Patel to decide.", InvokeAssert.Notice(card));
        var sent = Assert.Single(_host.Connector.Sends, s => s.Path == $"/v3/conversations/{LifecycleHost.PersonalChat(_manager)}/activities" && s.Card is not null);
        Assert.Equal(["refreshExtension", "approveExtension", "declineExtension"], InvokeAssert.Verbs(sent.Card));
        Assert.Equal("extension.resent", (await _host.Cases.AuditTrailAsync(@case.Id)).Last().Action);
    }

    [Fact]
    public async Task Someone_else_cannot_withdraw_the_owners_extension()
    {
        var @case = await Requested();
        var stranger = await _host.StaffAsync("Ali Khan", ["complaint-handler"]);

        InvokeAssert.Error(await _host.ClickAsync(stranger, "withdrawExtension", @case.Id, @case.Version), 404, "NotFound");

        Assert.NotNull((await _host.Cases.FindAsync(@case.Id))!.Stage(1)!.PendingExtension);
    }

    [Fact]
    public async Task Recording_the_response_while_the_extension_waits_records_it_and_the_extension_lapses_with_its_own_audit_entry()
    {
        var @case = await Requested();

        var card = InvokeAssert.Card(await _host.ClickAsync(_owner, "recordResponse", @case.Id, @case.Version, Response("We repaired the wall.")));

        Assert.Equal("Stage 1 response recorded. The extension of 5 working days that was waiting has lapsed. The letter to the customer is ready: use Letter on the case card.", InvokeAssert.Notice(card));
        var saved = (await _host.Cases.FindAsync(@case.Id))!;
        Assert.NotNull(saved.Stage(1)!.Response);
        Assert.Equal(ExtensionDecision.Lapsed, saved.Stage(1)!.Extensions.Single().Decision);
        Assert.Equal(["extension.lapsed", "stage.responded"], (await _host.Cases.AuditTrailAsync(@case.Id)).TakeLast(2).Select(a => a.Action));
    }

    [Fact]
    public async Task A_response_form_refused_for_a_missing_reason_comes_back_with_everything_typed_in_it()
    {
        var @case = await Requested();
        var typed = Response("");
        typed["remedy"] = "Wall replastered on 9 December.";

        var form = InvokeAssert.Card(await _host.ClickAsync(_owner, "recordResponse", @case.Id, @case.Version, typed));

        Assert.StartsWith("Not recorded yet: ", InvokeAssert.Notice(form));
        Assert.Equal("Wall replastered on 9 December.", Input(form, "remedy"));
        Assert.Equal("upheld", Input(form, "outcome"));
        Assert.Null((await _host.Cases.FindAsync(@case.Id))!.Stage(1)!.Response);
    }

    [Fact]
    public async Task A_response_form_sent_after_the_case_changed_comes_back_filled_in_with_the_current_version()
    {
        var @case = await Requested();
        var changed = await _host.ChangeAsync(@case, c => c.WithdrawExtension(_owner.Id, _host.Clock.GetUtcNow()));

        var form = InvokeAssert.Card(await _host.ClickAsync(_owner, "recordResponse", @case.Id, @case.Version, Response("We repaired the wall.")));

        Assert.StartsWith("Not recorded yet: ", InvokeAssert.Notice(form));
        Assert.Equal("We repaired the wall.", Input(form, "reasons"));
        Assert.Contains(changed.Version.ToString(System.Globalization.CultureInfo.InvariantCulture), form.ToJsonString());
        Assert.Null((await _host.Cases.FindAsync(@case.Id))!.Stage(1)!.Response);
    }

    private static string? Input(JsonObject card, string id) =>
        (card["body"] as JsonArray ?? []).OfType<JsonObject>().FirstOrDefault(i => (string?)i["id"] == id)?["value"]?.ToString();

    private static JsonObject Request(int days) => new()
    {
        ["workingDays"] = days.ToString(System.Globalization.CultureInfo.InvariantCulture), ["reason"] = "Damp survey booked for 18 Dec", ["customerAgreed"] = "true",
    };

    private static JsonObject Response(string reasons) => new()
    {
        ["outcome"] = "upheld", ["reasons"] = reasons, ["remedy"] = "", ["compensation"] = "", ["outstandingActions"] = "",
    };

    private async Task<Case> Acknowledged() =>
        await _host.ChangeAsync(await _host.ComplaintAsync("hoc-2024", "HOC", _owner), c => c.Acknowledge(_host.Clock.GetUtcNow()));

    private async Task<Case> Requested()
    {
        var @case = await Acknowledged();
        InvokeAssert.Card(await _host.ClickAsync(_owner, "requestExtension", @case.Id, @case.Version, Request(5)));
        return (await _host.Cases.FindAsync(@case.Id))!;
    }
}
