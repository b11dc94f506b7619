using System.Globalization;
using System.Text.Json.Nodes;
using ComplaintsBot.Cases.Deadlines;
using ComplaintsBot.Cases.Domain;
using ComplaintsBot.Tests.CardActions;

namespace ComplaintsBot.Tests.Workflows.Escalation;

/// <summary>
/// WCH 5.3.3: "You can ask for the issue to go to Appeal if ... Our initial investigation has not been concluded but
/// more than ten working days ... has passed". The Code has no such route: stage 2 follows the stage 1 response
/// (Code 6.10), so under hoc-2024 an unanswered stage 1 is still not escalated.
/// </summary>
public sealed class OverdueStageEscalationTests : IAsyncLifetime
{
    // Monday 7 December 2026, 10:00 in London (GMT), acknowledged at once: the stage 1 response (ten working days)
    // is due by the end of Mon 21 Dec 2026.
    private static readonly DateTimeOffset Start = new(2026, 12, 7, 10, 0, 0, TimeSpan.Zero);
    private readonly LifecycleHost _host = new(Start);

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task Wch_5_3_3_a_customer_may_escalate_when_stage_1_is_overdue()
    {
        var director = await _host.StaffAsync("Ann Lowe", ["assistant-director", StaffRoles.Manager]);
        var owner = await _host.StaffAsync("Tom Hart", ["team-manager"], director);
        var @case = await Acknowledged("wch", "WCH", owner);

        // Mon 21 Dec, the day the response is due: not overdue yet, so not offered and refused.
        _host.Clock.Advance(TimeSpan.FromDays(14));
        Assert.DoesNotContain("escalate", InvokeAssert.Verbs(await CaseCard(owner, @case)));
        InvokeAssert.Error(await _host.ClickAsync(owner, "escalate", @case.Id, @case.Version, Inputs(director)), 403, "Forbidden");

        // Tue 22 Dec: overdue and unanswered. The card offers escalation and says why.
        _host.Clock.Advance(TimeSpan.FromDays(1));
        var card = await CaseCard(owner, @case);
        Assert.Contains("escalate", InvokeAssert.Verbs(card));
        Assert.Contains("The customer may ask for Stage 2 - Appeal now that the response is overdue (WCH 5.3.3)", InvokeAssert.AllText(card));
        var form = InvokeAssert.Card(await _host.ClickAsync(owner, "escalate", @case.Id, @case.Version)).ToJsonString();
        Assert.Contains("Stage 1 not answered: its response is overdue", form);

        var done = InvokeAssert.Card(await _host.ClickAsync(owner, "escalate", @case.Id, @case.Version, Inputs(director)));

        Assert.StartsWith("Escalated to Stage 2 - Appeal", InvokeAssert.Notice(done));
        var saved = (await _host.Cases.FindAsync(@case.Id))!;
        Assert.Equal(2, saved.CurrentStage);
        Assert.Equal(director.Id, saved.OwnerId);
        Assert.Null(saved.Stage(1)!.Response);
        Assert.Equal(_host.Clock.GetUtcNow(), saved.Stage(1)!.EscalationRequestedAt);
        // Stage 1 ended late when the customer asked, rather than staying overdue on a stage nobody runs.
        var deadlines = new DeadlineCalculator().For(saved, PolicyOf(saved), _host.Clock.GetUtcNow());
        Assert.Equal(DeadlineStatus.MetLate, deadlines.Find(DeadlineKind.Stage1Response)!.Value.Status);
        Assert.NotNull(deadlines.Find(DeadlineKind.Stage2Acknowledge));
    }

    [Fact]
    public async Task Code_6_10_under_hoc_2024_an_overdue_stage_1_is_still_answered_before_escalation()
    {
        var lead = await _host.StaffAsync("Ann Lowe", ["complaint-lead", StaffRoles.Manager]);
        var owner = await _host.StaffAsync("Tom Hart", ["complaint-handler"], lead);
        var @case = await Acknowledged("hoc-2024", "HOC", owner);

        _host.Clock.Advance(TimeSpan.FromDays(30)); // far past the ten working days
        var card = await CaseCard(owner, @case);

        Assert.DoesNotContain("escalate", InvokeAssert.Verbs(card));
        Assert.DoesNotContain("may ask for", InvokeAssert.AllText(card));
        InvokeAssert.Error(await _host.ClickAsync(owner, "escalate", @case.Id, @case.Version, Inputs(lead)), 403, "Forbidden");
        Assert.Equal(1, (await _host.Cases.FindAsync(@case.Id))!.CurrentStage);
        Assert.Throws<CaseStateException>(() => @case.Escalate(_host.Clock.GetUtcNow(), 2, lead.Id));
    }

    private static ComplaintsBot.Cases.Policies.Policy PolicyOf(Case @case) =>
        ComplaintsBot.Cases.Policies.PolicyCatalog.Load().Get(@case.PolicyId);

    private async Task<Case> Acknowledged(string policyId, string prefix, StaffMember owner)
    {
        var @case = await _host.ComplaintAsync(policyId, prefix, owner);
        return await _host.ChangeAsync(@case, c => c.Acknowledge(Start));
    }

    private async Task<JsonObject> CaseCard(StaffMember who, Case @case)
    {
        var current = (await _host.Cases.FindAsync(@case.Id))!;
        return InvokeAssert.Card(await _host.ClickAsync(who, "refreshCase", current.Id, current.Version));
    }

    private static JsonObject Inputs(StaffMember stage2Owner) => new()
    {
        ["channel"] = "Phone", ["stage2Owner"] = stage2Owner.Id.ToString(CultureInfo.InvariantCulture),
    };
}
