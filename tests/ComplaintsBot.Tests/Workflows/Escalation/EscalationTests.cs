using System.Globalization;
using System.Text.Json.Nodes;
using ComplaintsBot.Cases.Domain;
using ComplaintsBot.Tests.CardActions;

namespace ComplaintsBot.Tests.Workflows.Escalation;

/// <summary>
/// Escalation under whg: the customer has 28 days from the Stage 1 response to ask, and Stage 2 belongs
/// to a senior service manager more senior than whoever handled Stage 1.
/// </summary>
public sealed class EscalationTests : IAsyncLifetime
{
    // Monday 7 December 2026, 10:00 in London (GMT).
    private static readonly DateTimeOffset Start = new(2026, 12, 7, 10, 0, 0, TimeSpan.Zero);
    private readonly LifecycleHost _host = new(Start);
    private StaffMember _owner = null!;
    private StaffMember _senior = null!;
    private StaffMember _otherSenior = null!;

    public async Task InitializeAsync()
    {
        _senior = await _host.StaffAsync("Dana Reid", ["senior-service-manager"]);
        _otherSenior = await _host.StaffAsync("Kemi Bello", ["senior-service-manager"]);
        _owner = await _host.StaffAsync("Priya Shah", ["service-manager"], _senior);
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task Escalating_in_the_window_offers_only_allowed_stage2_owners_and_opens_stage2()
    {
        var @case = await Responded(_owner);
        _host.Clock.Advance(TimeSpan.FromDays(10));

        var form = InvokeAssert.Card(await _host.ClickAsync(_owner, "escalate", @case.Id, @case.Version));
        var offered = form.ToJsonString();
        Assert.Contains("Dana Reid", offered);
        Assert.DoesNotContain("Priya Shah", offered);
        var card = InvokeAssert.Card(await _host.ClickAsync(_owner, "escalate", @case.Id, @case.Version, new JsonObject
        {
            ["channel"] = "Phone", ["customerReason"] = "The mould is back.", ["stage2Owner"] = _senior.Id.ToString(CultureInfo.InvariantCulture),
        }));

        Assert.StartsWith("Escalated to Stage 2", InvokeAssert.Notice(card));
        var saved = (await _host.Cases.FindAsync(@case.Id))!;
        Assert.Equal((2, _senior.Id), (saved.CurrentStage, saved.Stage(2)!.OwnerId));
        Assert.Equal("case.escalated", (await _host.Cases.AuditTrailAsync(@case.Id)).Last().Action);
    }

    [Fact]
    public async Task Whg_2_18_a_request_made_today_after_the_28_days_is_refused()
    {
        var @case = await Responded(_owner);
        _host.Clock.Advance(TimeSpan.FromDays(29));

        var message = InvokeAssert.Error(await _host.ClickAsync(_owner, "escalate", @case.Id, @case.Version, Inputs(_senior)), 400, "OutsideEscalationWindow");

        Assert.Contains("until Mon 4 Jan 2027", message);
        Assert.Equal(1, (await _host.Cases.FindAsync(@case.Id))!.CurrentStage);
    }

    [Fact]
    public async Task Whg_2_18_2_23_a_request_made_in_time_but_logged_late_is_accepted_and_stage2_counts_from_the_customers_request()
    {
        var @case = await Responded(_owner);
        _host.Clock.Advance(TimeSpan.FromDays(30)); // Wed 6 Jan 2027: the window closed on Mon 4 Jan

        var inputs = Inputs(_senior);
        inputs["requestedOn"] = "2027-01-04";
        inputs["backdateReason"] = "Voicemail left on 4 January, heard today.";
        var card = InvokeAssert.Card(await _host.ClickAsync(_owner, "escalate", @case.Id, @case.Version, inputs));

        Assert.StartsWith("Escalated to Stage 2", InvokeAssert.Notice(card));
        var saved = (await _host.Cases.FindAsync(@case.Id))!;
        var policy = ComplaintsBot.Cases.Policies.PolicyCatalog.Load().Get("whg");
        Assert.Equal(new DateOnly(2027, 1, 4), ComplaintsBot.Cases.Time.LondonTime.DateOf(saved.Timeline(policy)!.Value.EscalationRequested!.Value));
        // whg 2.23: the review is due 20 working days from the request (4 Jan), not from the day it was logged.
        var due = new ComplaintsBot.Cases.Deadlines.DeadlineCalculator().Compute(policy, saved.Timeline(policy)!.Value, _host.Clock).Get(ComplaintsBot.Cases.Deadlines.DeadlineKind.Stage2Response);
        Assert.Equal(new DateOnly(2027, 2, 1), due.DueDate);
        Assert.Contains(saved.Contacts, c => c.Summary.Contains("recorded on Wed 6 Jan 2027: Voicemail left on 4 January, heard today.", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_request_recorded_after_the_day_the_customer_asked_needs_the_reason_it_is_late()
    {
        var @case = await Responded(_owner);
        _host.Clock.Advance(TimeSpan.FromDays(10));
        var inputs = Inputs(_senior);
        inputs["requestedOn"] = "2026-12-10";

        var message = InvokeAssert.Error(await _host.ClickAsync(_owner, "escalate", @case.Id, @case.Version, inputs), 400, "BadRequest");

        Assert.Contains("Why the request is recorded after the day the customer asked", message);
    }

    [Fact]
    public async Task Code_6_12_the_customer_need_not_say_why_they_escalate()
    {
        var @case = await Responded(_owner);
        _host.Clock.Advance(TimeSpan.FromDays(3));
        var inputs = Inputs(_senior);
        inputs.Remove("customerReason");

        var card = InvokeAssert.Card(await _host.ClickAsync(_owner, "escalate", @case.Id, @case.Version, inputs));

        Assert.StartsWith("Escalated to Stage 2", InvokeAssert.Notice(card));
    }

    private static JsonObject Inputs(StaffMember stage2Owner) => new()
    {
        ["channel"] = "Phone", ["customerReason"] = "The mould is back.", ["stage2Owner"] = stage2Owner.Id.ToString(CultureInfo.InvariantCulture),
    };

    [Fact]
    public async Task Refused_a_stage2_owner_who_is_not_more_senior_than_the_stage1_owner()
    {
        // Dana handled Stage 1 herself; Kemi holds the same role, so is not more senior.
        var @case = await Responded(_senior);

        var message = InvokeAssert.Error(await _host.ClickAsync(_senior, "escalate", @case.Id, @case.Version, new JsonObject
        {
            ["customerReason"] = "Not happy.", ["stage2Owner"] = _otherSenior.Id.ToString(CultureInfo.InvariantCulture),
        }), 400, "StageOwnerNotAllowed");

        Assert.Contains("more senior than Dana Reid", message);
        Assert.Equal(1, (await _host.Cases.FindAsync(@case.Id))!.CurrentStage);
    }

    private async Task<Case> Responded(StaffMember owner)
    {
        var @case = await _host.ComplaintAsync("whg", "WHG", owner);
        @case = await _host.ChangeAsync(@case, c => c.Acknowledge(Start));
        return await _host.ChangeAsync(@case, c => c.RecordResponse(new StageResponse(Start, StageOutcome.NotUpheld, "The repair was on time.", null, null, null)));
    }
}
