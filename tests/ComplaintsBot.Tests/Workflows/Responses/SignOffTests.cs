using System.Text.Json.Nodes;
using ComplaintsBot.Cases.Domain;
using ComplaintsBot.Tests.CardActions;

namespace ComplaintsBot.Tests.Workflows.Responses;

/// <summary>
/// TCH 8.1: "All responses will be approved by the Customer Experience Manager" (the policy file's stage 1
/// sign-off-role). A response written by anyone else waits for that role to sign it off before it is recorded as sent:
/// the card says "awaiting sign-off", the deadline keeps running, the manager signs off or sends it back from the card
/// the bot sends them, and the writer can withdraw it or send it again; nothing written is lost.
/// </summary>
public sealed class SignOffTests : IAsyncLifetime
{
    // Monday 7 December 2026, 10:00 in London (GMT).
    private readonly LifecycleHost _host = new(new DateTimeOffset(2026, 12, 7, 10, 0, 0, TimeSpan.Zero));
    private StaffMember _owner = null!;
    private StaffMember _admin = null!;

    public async Task InitializeAsync()
    {
        _admin = await _host.StaffAsync("Ada Admin", [StaffRoles.Admin]);
        _owner = await _host.StaffAsync("Priya Shah", ["senior-customer-experience-officer"]);
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    private async Task<Case> AcknowledgedAsync() =>
        await _host.ChangeAsync(await _host.ComplaintAsync("tch-rosebery", "TCH", _owner), c => c.Acknowledge(_host.Clock.GetUtcNow()));

    private static JsonObject Written() => new()
    {
        ["outcome"] = "upheld", ["reasons"] = "The repair was booked three times and never done.", ["remedy"] = "Wall replastered on 9 December.",
        ["compensation"] = "", ["outstandingActions"] = "",
    };

    [Fact]
    public async Task A_stage_1_response_waits_for_the_Customer_Experience_Manager_whose_card_signs_it_off_and_it_is_then_recorded_as_sent()
    {
        var manager = await _host.StaffAsync("Sam Patel", ["customer-experience-manager"]);
        var @case = await AcknowledgedAsync();

        var card = InvokeAssert.Card(await _host.ClickAsync(_owner, "recordResponse", @case.Id, @case.Version, Written()));

        Assert.Equal("Stage 1 - Formal investigation and resolution response written; Customer Complaints Policy (Legacy Rosebery) has the Customer Experience Manager sign it off " +
            "before it is sent (TCH 8.1); sent to Sam Patel to sign off. The deadline keeps running until it is signed off.", InvokeAssert.Notice(card));
        Assert.Contains("Response written, awaiting sign-off by the Customer Experience Manager", InvokeAssert.AllText(card));
        Assert.Contains("Waiting for the Customer Experience Manager to sign off the response", InvokeAssert.AllText(card));
        Assert.DoesNotContain("recordResponse", InvokeAssert.Verbs(card));
        Assert.Contains("withdrawSignOff", InvokeAssert.Verbs(card));
        Assert.Contains("resendSignOff", InvokeAssert.Verbs(card));
        var held = (await _host.Cases.FindAsync(@case.Id))!;
        Assert.Null(held.Stage(1)!.Response);
        var sent = Assert.Single(_host.Connector.Sends, s => s.Path == $"/v3/conversations/{LifecycleHost.PersonalChat(manager)}/activities" && s.Card is not null);
        Assert.Equal(["refreshSignOff", "signOffResponse", "returnResponse"], InvokeAssert.Verbs(sent.Card));
        Assert.Contains("The repair was booked three times and never done.", InvokeAssert.AllText(sent.Card));

        _host.Clock.Advance(TimeSpan.FromDays(1));
        var signed = InvokeAssert.Card(await _host.ClickAsync(manager, "signOffResponse", held.Id, held.Version));

        Assert.Contains("Signed off by Sam Patel on Tue 8 Dec 2026: the response is recorded as sent.", InvokeAssert.AllText(signed));
        var saved = (await _host.Cases.FindAsync(@case.Id))!;
        Assert.Equal(_host.Clock.GetUtcNow(), saved.Stage(1)!.Response!.RespondedAt);
        Assert.Equal([CaseAuditActions.SignedOff, CaseAuditActions.Responded], (await _host.Cases.AuditTrailAsync(@case.Id)).TakeLast(2).Select(a => a.Action));
        Assert.Contains(_host.Connector.Sends, s => s.Path == $"/v3/conversations/{LifecycleHost.PersonalChat(_owner)}/activities"
            && s.Text?.StartsWith($"Sam Patel signed off your Stage 1 - Formal investigation and resolution response on {@case.Reference}: it is recorded as sent", StringComparison.Ordinal) == true);
    }

    [Fact]
    public async Task A_response_sent_back_is_not_recorded_and_the_form_comes_back_with_what_was_written_and_why()
    {
        var manager = await _host.StaffAsync("Sam Patel", ["customer-experience-manager"]);
        var @case = await AcknowledgedAsync();
        await _host.ClickAsync(_owner, "recordResponse", @case.Id, @case.Version, Written());
        var held = (await _host.Cases.FindAsync(@case.Id))!;

        var noComment = await _host.ClickAsync(manager, "returnResponse", held.Id, held.Version);
        Assert.Contains("Say why in the comment", InvokeAssert.Error(noComment, 400, "CommentRequired"));
        await _host.ClickAsync(manager, "returnResponse", held.Id, held.Version, new JsonObject { ["comment"] = "Say when the gutter will be checked." });

        var saved = (await _host.Cases.FindAsync(@case.Id))!;
        Assert.Null(saved.Stage(1)!.Response);
        var form = InvokeAssert.Card(await _host.ClickAsync(_owner, "recordResponse", saved.Id, saved.Version));
        Assert.Equal("Sam Patel sent this response back without signing it off. What was written is filled in: change it and record it again. Comment: Say when the gutter will be checked.",
            InvokeAssert.Notice(form));
        Assert.Contains("The repair was booked three times and never done.", InvokeAssert.AllText(form));
        Assert.Contains("Wall replastered on 9 December.", InvokeAssert.AllText(form));
    }

    [Fact]
    public async Task The_writer_cannot_sign_off_their_own_response_and_someone_outside_the_role_is_refused()
    {
        await _host.StaffAsync("Sam Patel", ["customer-experience-manager"]);
        var other = await _host.StaffAsync("Tom Reed", [StaffRoles.Manager]);
        var @case = await AcknowledgedAsync();
        await _host.ClickAsync(_owner, "recordResponse", @case.Id, @case.Version, Written());
        var held = (await _host.Cases.FindAsync(@case.Id))!;

        Assert.Equal("You wrote this response, so someone else signs it off.", InvokeAssert.Error(await _host.ClickAsync(_owner, "signOffResponse", held.Id, held.Version), 403, "Forbidden"));
        Assert.StartsWith("Under Customer Complaints Policy (Legacy Rosebery) only the Customer Experience Manager signs off",
            InvokeAssert.Error(await _host.ClickAsync(other, "signOffResponse", held.Id, held.Version), 403, "Forbidden"));
        Assert.Null((await _host.Cases.FindAsync(@case.Id))!.Stage(1)!.Response);
    }

    [Fact]
    public async Task The_Customer_Experience_Manager_writing_the_response_records_it_at_once()
    {
        var manager = await _host.StaffAsync("Sam Patel", ["customer-experience-manager", "senior-customer-experience-officer"]);
        var @case = await _host.ChangeAsync(await _host.ComplaintAsync("tch-rosebery", "TCH", manager), c => c.Acknowledge(_host.Clock.GetUtcNow()));

        var card = InvokeAssert.Card(await _host.ClickAsync(manager, "recordResponse", @case.Id, @case.Version, Written()));

        Assert.StartsWith("Stage 1 - Formal investigation and resolution response recorded.", InvokeAssert.Notice(card));
        Assert.NotNull((await _host.Cases.FindAsync(@case.Id))!.Stage(1)!.Response);
    }

    [Fact]
    public async Task With_nobody_in_the_role_the_administrator_gets_the_sign_off_card_and_the_writer_can_withdraw_it()
    {
        var @case = await AcknowledgedAsync();

        var card = InvokeAssert.Card(await _host.ClickAsync(_owner, "recordResponse", @case.Id, @case.Version, Written()));

        Assert.Contains("but nobody holds the Customer Experience Manager role: I sent it to the administrators (Ada Admin) to sign off instead.", InvokeAssert.Notice(card));
        var toAdmin = _host.Connector.Sends.Where(s => s.Path == $"/v3/conversations/{LifecycleHost.PersonalChat(_admin)}/activities").ToList();
        Assert.Contains(toAdmin, s => s.Text?.Contains("As an administrator you may sign it off from the card I am sending you", StringComparison.Ordinal) == true);
        Assert.Contains("signOffResponse", InvokeAssert.Verbs(Assert.Single(toAdmin, s => s.Card is not null).Card));

        var held = (await _host.Cases.FindAsync(@case.Id))!;
        var withdrawn = InvokeAssert.Card(await _host.ClickAsync(_owner, "withdrawSignOff", held.Id, held.Version));

        Assert.StartsWith("Response withdrawn from sign-off; nothing was recorded", InvokeAssert.Notice(withdrawn));
        Assert.Contains("recordResponse", InvokeAssert.Verbs(withdrawn));
        Assert.Equal(CaseAuditActions.SignOffWithdrawn, (await _host.Cases.AuditTrailAsync(@case.Id)).Last().Action);
    }
}
