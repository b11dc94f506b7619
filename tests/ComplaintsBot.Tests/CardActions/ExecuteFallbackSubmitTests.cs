using System.Text.Json.Nodes;
using ComplaintsBot.Cases.Domain;

namespace ComplaintsBot.Tests.CardActions;

/// <summary>
/// The Action.Submit fallback of a case button, as Teams sends it from a client without Action.Execute: a message
/// with no text and value = the button's data (with its verb) and the inputs, all strings.
/// </summary>
public sealed class ExecuteFallbackSubmitTests : IAsyncLifetime
{
    // Monday 7 December 2026, 10:00 in London (GMT).
    private readonly LifecycleHost _host = new(new DateTimeOffset(2026, 12, 7, 10, 0, 0, TimeSpan.Zero));
    private StaffMember _owner = null!;
    private StaffMember _colleague = null!;

    public async Task InitializeAsync()
    {
        var manager = await _host.StaffAsync("Sam Patel", ["complaint-lead", "complaints-manager"]);
        _owner = await _host.StaffAsync("Priya Shah", ["complaint-handler"], manager);
        _colleague = await _host.StaffAsync("Tom Reed", ["complaint-handler"], manager);
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    private static JsonObject Pressed(string verb, Case @case, params (string Key, string Value)[] inputs)
    {
        var value = new JsonObject { ["verb"] = verb, ["caseId"] = @case.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), ["version"] = @case.Version.ToString(System.Globalization.CultureInfo.InvariantCulture) };
        foreach (var (key, text) in inputs) value[key] = text;
        return value;
    }

    [Fact]
    public async Task A_fallback_submit_of_acknowledge_is_saved_audited_and_replaces_the_clicked_card_in_a_personal_chat()
    {
        var @case = await _host.ComplaintAsync("hoc-2024", "HOC", _owner);

        await _host.SubmitAsync(_owner, Pressed("acknowledge", @case));

        var saved = await _host.Cases.FindAsync(@case.Id);
        Assert.Equal(_host.Clock.GetUtcNow(), saved!.Stage(1)!.AcknowledgedAt);
        var audit = (await _host.Cases.AuditTrailAsync(@case.Id)).Last();
        Assert.Equal(("stage.acknowledged", _owner.AadObjectId), (audit.Action, audit.Actor));
        var clicked = $"/v3/conversations/{LifecycleHost.PersonalChat(_owner)}/activities/case-card-1";
        var last = _host.Connector.Updates.Last(u => u.Path == clicked);
        Assert.Equal("Acknowledged by Priya Shah.", InvokeAssert.Notice(last.Card!));
        Assert.Empty(_host.Connector.Sends);
    }

    [Fact]
    public async Task A_fallback_submit_is_authorised_from_who_clicked_not_from_the_card()
    {
        var @case = await _host.ComplaintAsync("hoc-2024", "HOC", _owner);
        var auditBefore = (await _host.Cases.AuditTrailAsync(@case.Id)).Count;

        // The card claims the owner pressed it; the activity says the colleague did.
        await _host.SubmitAsync(_colleague, Pressed("acknowledge", @case, ("aadObjectId", _owner.AadObjectId), ("from", _owner.AadObjectId)));

        var saved = await _host.Cases.FindAsync(@case.Id);
        Assert.Null(saved!.Stage(1)!.AcknowledgedAt);
        Assert.Equal(@case.Version, saved.Version);
        Assert.Equal(auditBefore, (await _host.Cases.AuditTrailAsync(@case.Id)).Count);
        var reply = Assert.Single(_host.Connector.Sends);
        Assert.Contains("This case is no longer there.", reply.Text); // the colleague is not on the case: it is not there for them
        Assert.Empty(_host.Connector.Updates);
    }

    [Fact]
    public async Task A_second_fallback_submit_of_the_same_card_changes_nothing_twice()
    {
        var @case = await _host.ComplaintAsync("hoc-2024", "HOC", _owner);

        await _host.SubmitAsync(_owner, Pressed("acknowledge", @case));
        await _host.SubmitAsync(_owner, Pressed("acknowledge", @case));

        Assert.Single((await _host.Cases.AuditTrailAsync(@case.Id)), a => a.Action == "stage.acknowledged");
        var last = _host.Connector.Updates.Last();
        Assert.StartsWith("Nothing was changed", InvokeAssert.Notice(last.Card!), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_fallback_submit_carries_the_card_inputs_as_strings_to_the_action()
    {
        var @case = await _host.ComplaintAsync("hoc-2024", "HOC", _owner);

        await _host.SubmitAsync(_owner, Pressed("recordContact", @case, ("channel", "Email"), ("summary", "Customer sent photos of the mould.")));

        var contact = (await _host.Cases.FindAsync(@case.Id))!.Contacts.Last();
        Assert.Equal((ContactChannel.Email, "Customer sent photos of the mould."), (contact.Channel, contact.Summary));
        Assert.Equal("contact.recorded", (await _host.Cases.AuditTrailAsync(@case.Id)).Last().Action);
    }

    [Fact]
    public async Task In_a_group_chat_the_result_of_a_fallback_submit_comes_as_a_reply_for_the_clicker()
    {
        var @case = await _host.ComplaintAsync("hoc-2024", "HOC", _owner);

        await _host.SubmitAsync(_owner, Pressed("acknowledge", @case), replyToId: "shared-card-1", groupChat: true);

        var reply = Assert.Single(_host.Connector.Sends);
        Assert.Equal("/v3/conversations/19:group-chat@thread.v2/activities/" + reply.Path.Split('/').Last(), reply.Path);
        Assert.Equal("Acknowledged by Priya Shah.", InvokeAssert.Notice(reply.Card!));
        // The shared copy was brought up to date for everyone, from the owner's view, without the clicker's notice.
        var shared = Assert.Single(_host.Connector.Updates);
        Assert.EndsWith("/activities/shared-card-1", shared.Path, StringComparison.Ordinal);
        Assert.NotEqual("Acknowledged by Priya Shah.", InvokeAssert.Notice(shared.Card!));
    }

    [Fact]
    public async Task A_case_button_pressed_while_logging_a_contact_leaves_the_dialog_at_its_question()
    {
        var @case = await _host.ComplaintAsync("hoc-2024", "HOC", _owner);
        await _host.SayAsync(_owner, "log");
        Assert.Contains("What is the customer's name?", _host.Connector.Sends.Last().Text);

        await _host.SubmitAsync(_owner, Pressed("acknowledge", @case));
        Assert.NotNull((await _host.Cases.FindAsync(@case.Id))!.Stage(1)!.AcknowledgedAt);
        var sendsAfterClick = _host.Connector.Sends.Count;

        await _host.SayAsync(_owner, "Ada Jones");

        Assert.Equal(sendsAfterClick + 1, _host.Connector.Sends.Count);
        Assert.Contains("tenancy or account reference", _host.Connector.Sends.Last().Text);
    }

    [Fact]
    public async Task The_dialogs_own_submits_and_unknown_verbs_still_go_to_the_dialog()
    {
        await _host.SubmitAsync(_owner, new JsonObject { ["command"] = "logContact" }, replyToId: "welcome-1");
        Assert.Contains("What is the customer's name?", _host.Connector.Sends.Last().Text);

        // Not a verb this server knows, so it is the dialog's to answer (here: the customer's name is still wanted).
        await _host.SubmitAsync(_owner, new JsonObject { ["verb"] = "deleteEverything", ["caseId"] = "1", ["version"] = "1" });
        await _host.SayAsync(_owner, "Ada Jones");

        Assert.Contains("tenancy or account reference", _host.Connector.Sends.Last().Text);
        Assert.Empty(_host.Connector.Updates);
    }
}
