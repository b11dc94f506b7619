using System.Globalization;
using System.Text.Json.Nodes;
using ComplaintsBot.Cases.Domain;
using ComplaintsBot.Tests.CardActions;

namespace ComplaintsBot.Tests.Workflows.Escalation;

/// <summary>
/// TCH 9.1: "We ask customers to request a review within 20 days of receiving our final response": a request, not a
/// bar. A later request is not refused outright; the Customer Experience Manager (a leadership team member when nobody
/// holds that role) accepts it from the escalation form, or from the card it goes to them on (LateEscalationDecisionTests).
/// </summary>
public sealed class TchReviewWindowTests : IAsyncLifetime
{
    // Monday 7 December 2026, 10:00 in London (GMT). The 20 days end on Sun 27 Dec 2026.
    private static readonly DateTimeOffset Start = new(2026, 12, 7, 10, 0, 0, TimeSpan.Zero);
    private readonly LifecycleHost _host = new(Start);
    private StaffMember _experienceManager = null!;
    private StaffMember _reviewer = null!;
    private StaffMember _officer = null!;

    public async Task InitializeAsync()
    {
        _experienceManager = await _host.StaffAsync("Sam Patel", ["customer-experience-manager", StaffRoles.ComplaintsManager]);
        _reviewer = await _host.StaffAsync("Ann Lowe", ["manager"]);
        _officer = await _host.StaffAsync("Priya Shah", ["senior-customer-experience-officer"], _experienceManager);
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task Tch_9_1_a_review_asked_for_after_the_20_days_is_not_refused_outright_it_waits_for_the_Customer_Experience_Manager()
    {
        var @case = await Responded();
        _host.Clock.Advance(TimeSpan.FromDays(25)); // Fri 1 Jan 2027

        var card = InvokeAssert.Card(await _host.ClickAsync(_officer, "escalate", @case.Id, @case.Version, Inputs()));

        Assert.Contains("the Customer Experience Manager decides whether to accept it: recorded for them; sent to Sam Patel", InvokeAssert.Notice(card));
        var saved = (await _host.Cases.FindAsync(@case.Id))!;
        Assert.Equal(1, saved.CurrentStage);
        Assert.NotNull(saved.Stage(1)!.PendingLateEscalation);
    }

    [Fact]
    public async Task Tch_9_1_the_customer_experience_manager_accepts_a_late_review_request_from_the_card()
    {
        var @case = await Responded();
        _host.Clock.Advance(TimeSpan.FromDays(25));
        var inputs = Inputs();
        inputs["acceptLate"] = "true";

        var card = InvokeAssert.Card(await _host.ClickAsync(_experienceManager, "escalate", @case.Id, @case.Version, inputs));

        Assert.StartsWith("Escalated to", InvokeAssert.Notice(card));
        var saved = (await _host.Cases.FindAsync(@case.Id))!;
        Assert.Equal(2, saved.CurrentStage);
        Assert.Contains(saved.Contacts, c => c.Summary.Contains("accepted late by Sam Patel", StringComparison.Ordinal));
    }

    private JsonObject Inputs() => new()
    {
        ["channel"] = "Phone", ["stage2Owner"] = _reviewer.Id.ToString(CultureInfo.InvariantCulture),
    };

    private async Task<Case> Responded()
    {
        var @case = await _host.ComplaintAsync("tch-rosebery", "TCH", _officer);
        @case = await _host.ChangeAsync(@case, c => c.Acknowledge(Start));
        return await _host.ChangeAsync(@case, c => c.RecordResponse(new StageResponse(Start, StageOutcome.NotUpheld, "The repair was on time.", null, null, null)));
    }
}
