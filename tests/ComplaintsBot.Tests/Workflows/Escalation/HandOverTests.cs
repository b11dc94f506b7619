using System.Globalization;
using System.Text.Json.Nodes;
using ComplaintsBot.Cases.Domain;
using ComplaintsBot.Tests.CardActions;

namespace ComplaintsBot.Tests.Workflows.Escalation;

/// <summary>
/// A case that changes hands reaches its new owner in their own chat, and every earlier copy of the case card
/// turns into the view of the person holding it. Under whg the Stage 2 review belongs to someone more senior
/// than the Stage 1 owner (whg App 1).
/// </summary>
public sealed class HandOverTests : IAsyncLifetime
{
    // Monday 7 December 2026, 10:00 in London (GMT).
    private static readonly DateTimeOffset Start = new(2026, 12, 7, 10, 0, 0, TimeSpan.Zero);
    private readonly LifecycleHost _host = new(Start);
    private StaffMember _owner = null!;
    private StaffMember _senior = null!;
    private StaffMember _manager = null!;
    private StaffMember _colleague = null!;

    public async Task InitializeAsync()
    {
        _senior = await _host.StaffAsync("Megan Bowen", ["senior-service-manager"]);
        _manager = await _host.StaffAsync("Sam Patel", [StaffRoles.Manager]);
        _owner = await _host.StaffAsync("Tom Reed", ["service-manager"], _senior);
        _colleague = await _host.StaffAsync("Ali Khan", ["service-manager"], _senior);
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task After_escalation_the_new_stage_2_owner_gets_a_message_and_the_case_card_in_her_own_chat_and_acknowledges_from_it()
    {
        var @case = await Responded();

        var answer = InvokeAssert.Card(await _host.ClickAsync(_owner, "escalate", @case.Id, @case.Version, Inputs(_senior)));

        Assert.Equal("Escalated to Stage 2 - Review; Megan Bowen owns it now. Megan Bowen has been sent the case card in their chat. It leaves your my cases; type its reference to see it.",
            InvokeAssert.Notice(answer));
        var toMegan = _host.Connector.Sends.Where(s => s.Path == $"/v3/conversations/{LifecycleHost.PersonalChat(_senior)}/activities").ToList();
        Assert.Equal(2, toMegan.Count);
        Assert.StartsWith($"Tom Reed escalated to Stage 2 - Review (asked by the customer on Mon 7 Dec 2026) {@case.Reference}: it is yours now.", toMegan[0].Text, StringComparison.Ordinal);
        Assert.Contains("acknowledge", InvokeAssert.Verbs(toMegan[1].Card));
        Assert.Contains("Stage 2 acknowledgement by", InvokeAssert.AllText(toMegan[1].Card));

        var saved = (await _host.Cases.FindAsync(@case.Id))!;
        var acknowledged = InvokeAssert.Card(await _host.ClickAsync(_senior, "acknowledge", saved.Id, saved.Version, replyToId: toMegan[1].AnsweredId));
        Assert.NotNull((await _host.Cases.FindAsync(@case.Id))!.Stage(2)!.AcknowledgedAt);
        Assert.Contains("Acknowledged", InvokeAssert.Notice(acknowledged), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task After_escalation_the_stage_1_owners_earlier_card_is_read_only_and_says_who_holds_the_case_now()
    {
        var @case = await Responded();
        // Tom recorded a contact from one copy of the case card: that copy is remembered.
        InvokeAssert.Card(await _host.ClickAsync(_owner, "recordContact", @case.Id, @case.Version,
            new JsonObject { ["summary"] = "Customer rang: still unhappy.", ["channel"] = "Phone" }, replyToId: "tom-earlier-card"));
        @case = (await _host.Cases.FindAsync(@case.Id))!;

        InvokeAssert.Card(await _host.ClickAsync(_owner, "escalate", @case.Id, @case.Version, Inputs(_senior)));

        var earlier = _host.Connector.Updates.Last(u => u.Path.EndsWith("/activities/tom-earlier-card", StringComparison.Ordinal));
        Assert.Equal(["refreshCase", "history"], InvokeAssert.Verbs(earlier.Card));
        Assert.Contains("Nothing for you: Megan Bowen holds this case now.", InvokeAssert.AllText(earlier.Card));
    }

    [Fact]
    public async Task The_escalation_confirmation_on_the_clicked_card_is_not_overwritten_by_the_update_of_that_card()
    {
        var @case = await Responded();

        var answer = InvokeAssert.Card(await _host.ClickAsync(_owner, "escalate", @case.Id, @case.Version, Inputs(_senior), replyToId: "clicked-card"));

        var update = _host.Connector.Updates.Last(u => u.Path.EndsWith("/activities/clicked-card", StringComparison.Ordinal));
        Assert.Equal(InvokeAssert.Notice(answer), InvokeAssert.Notice(update.Card!));
        Assert.StartsWith("Escalated to Stage 2 - Review", InvokeAssert.Notice(update.Card!));
    }

    [Fact]
    public async Task A_reassignment_sends_the_new_owner_the_case_card_and_tells_the_previous_owner_where_it_went()
    {
        var @case = await _host.ComplaintAsync("whg", "WHG", _owner);

        var answer = InvokeAssert.Card(await _host.ClickAsync(_manager, "reassign", @case.Id, @case.Version,
            new JsonObject { ["newOwner"] = _colleague.Id.ToString(CultureInfo.InvariantCulture) }));

        Assert.Equal("Reassigned to Ali Khan. Ali Khan has been sent the case card in their chat.", InvokeAssert.Notice(answer));
        var toAli = _host.Connector.Sends.Where(s => s.Path == $"/v3/conversations/{LifecycleHost.PersonalChat(_colleague)}/activities").ToList();
        Assert.StartsWith($"Sam Patel reassigned {@case.Reference}: it is yours now.", toAli[0].Text, StringComparison.Ordinal);
        Assert.Contains("acknowledge", InvokeAssert.Verbs(toAli[1].Card));
        var toTom = Assert.Single(_host.Connector.Sends, s => s.Path == $"/v3/conversations/{LifecycleHost.PersonalChat(_owner)}/activities");
        Assert.Equal($"Sam Patel reassigned {@case.Reference}; Ali Khan holds it now, so it has left your my cases. Type its reference to see it.", toTom.Text);
    }

    [Fact]
    public async Task A_new_owner_who_never_opened_the_bot_is_named_so_the_one_who_handed_over_can_tell_them()
    {
        var newcomer = await _host.StaffAsync("Jo Lane", ["senior-service-manager"], reachable: false);
        var @case = await Responded();

        var answer = InvokeAssert.Card(await _host.ClickAsync(_owner, "escalate", @case.Id, @case.Version, Inputs(newcomer)));

        Assert.Contains("Jo Lane could not be reached in Teams (they have not opened the bot): tell them the case is theirs.", InvokeAssert.Notice(answer));
    }

    private static JsonObject Inputs(StaffMember stage2Owner) => new()
    {
        ["channel"] = "Phone", ["customerReason"] = "The mould is back.", ["stage2Owner"] = stage2Owner.Id.ToString(CultureInfo.InvariantCulture),
    };

    private async Task<Case> Responded()
    {
        var @case = await _host.ComplaintAsync("whg", "WHG", _owner);
        @case = await _host.ChangeAsync(@case, c => c.Acknowledge(Start));
        return await _host.ChangeAsync(@case, c => c.RecordResponse(new StageResponse(Start, StageOutcome.NotUpheld, "The repair was on time.", null, null, null)));
    }
}
