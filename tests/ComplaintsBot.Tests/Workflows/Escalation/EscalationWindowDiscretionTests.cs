using System.Globalization;
using System.Text.Json.Nodes;
using ComplaintsBot.Cases.Domain;
using ComplaintsBot.Tests.CardActions;

namespace ComplaintsBot.Tests.Workflows.Escalation;

/// <summary>
/// WCH: ten working days to appeal (WCH 5.3.3), a further ten on request (WCH 5.3.1), and after that WCH only
/// "reserves the right" to refuse (WCH 5.3.2): the Assistant Director may accept a late appeal from the escalation form,
/// and one recorded by someone else waits for them on a card (LateEscalationDecisionTests).
/// </summary>
public sealed class EscalationWindowDiscretionTests : IAsyncLifetime
{
    // Monday 7 December 2026, 10:00 in London (GMT). The window closes Mon 21 Dec; the further ten end Thu 7 Jan 2027.
    private static readonly DateTimeOffset Start = new(2026, 12, 7, 10, 0, 0, TimeSpan.Zero);
    private readonly LifecycleHost _host = new(Start);
    private StaffMember _director = null!;
    private StaffMember _owner = null!;

    public async Task InitializeAsync()
    {
        _director = await _host.StaffAsync("Ann Lowe", ["assistant-director", StaffRoles.Manager]);
        _owner = await _host.StaffAsync("Tom Hart", ["team-manager"], _director);
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task Wch_5_3_1_an_appeal_within_the_further_ten_days_is_accepted_and_the_window_shows_extended()
    {
        var @case = await Responded();
        _host.Clock.Advance(TimeSpan.FromDays(24)); // Thu 31 Dec 2026

        var card = InvokeAssert.Card(await _host.ClickAsync(_owner, "escalate", @case.Id, @case.Version, Inputs()));

        Assert.StartsWith("Escalated to", InvokeAssert.Notice(card));
        var saved = (await _host.Cases.FindAsync(@case.Id))!;
        Assert.True(saved.EscalationWindowExtended);
        Assert.Contains(saved.Contacts, c => c.Summary.Contains("within the further 10 working days", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Wch_5_3_2_a_late_appeal_is_not_refused_outright_it_waits_for_the_assistant_director()
    {
        var @case = await Responded();
        _host.Clock.Advance(TimeSpan.FromDays(40));

        var card = InvokeAssert.Card(await _host.ClickAsync(_owner, "escalate", @case.Id, @case.Version, Inputs()));

        Assert.Contains("the Assistant Director or above decides whether to accept it: recorded for them; sent to Ann Lowe", InvokeAssert.Notice(card));
        Assert.Equal(1, (await _host.Cases.FindAsync(@case.Id))!.CurrentStage);
    }

    [Fact]
    public async Task Wch_5_3_2_the_assistant_director_accepts_a_late_appeal_from_the_card()
    {
        var @case = await Responded();
        _host.Clock.Advance(TimeSpan.FromDays(40));
        var inputs = Inputs();
        inputs["acceptLate"] = "true";

        var card = InvokeAssert.Card(await _host.ClickAsync(_director, "escalate", @case.Id, @case.Version, inputs));

        Assert.StartsWith("Escalated to", InvokeAssert.Notice(card));
        var saved = (await _host.Cases.FindAsync(@case.Id))!;
        Assert.Contains(saved.Contacts, c => c.Summary.Contains("accepted late by Ann Lowe", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_escalation_form_says_when_the_window_closes_and_who_may_accept_a_late_request()
    {
        var @case = await Responded();

        var form = InvokeAssert.Card(await _host.ClickAsync(_owner, "escalate", @case.Id, @case.Version)).ToJsonString();

        Assert.Contains("The customer should ask by Mon 21 Dec 2026, or 10 working days more if they ask for it", form);
        Assert.Contains("Accept the late request", form);
        Assert.Contains("requestedOn", form);
    }

    private JsonObject Inputs() => new()
    {
        ["channel"] = "Phone", ["stage2Owner"] = _director.Id.ToString(CultureInfo.InvariantCulture),
    };

    private async Task<Case> Responded()
    {
        var @case = await _host.ComplaintAsync("wch", "WCH", _owner);
        @case = await _host.ChangeAsync(@case, c => c.Acknowledge(Start));
        return await _host.ChangeAsync(@case, c => c.RecordResponse(new StageResponse(Start, StageOutcome.NotUpheld, "The repair was on time.", null, null, null)));
    }
}
