using ComplaintsBot.Cases.Domain;
using ComplaintsBot.Cases.Policies;
using ComplaintsBot.Tests.CardActions;

namespace ComplaintsBot.Tests.Workflows.CaseCard;

/// <summary>
/// The case card as its owner sees it in Teams, for the states that used to look like a new complaint: a complaint
/// waiting for a manager's exclusion decision, contacts that are not complaints, and a stage 1 response while the
/// customer may still ask for stage 2.
/// </summary>
public sealed class CaseCardSaysWhatIsNextTests : IAsyncLifetime
{
    // Monday 7 December 2026, 10:00 in London (GMT).
    private static readonly DateTimeOffset Start = new(2026, 12, 7, 10, 0, 0, TimeSpan.Zero);
    private readonly LifecycleHost _host = new(Start);
    private StaffMember _owner = null!;

    public async Task InitializeAsync() => _owner = await _host.StaffAsync("Priya Shah", ["complaint-handler", "service-manager"]);

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task A_complaint_waiting_for_a_managers_exclusion_decision_says_so_instead_of_awaiting_acknowledgement()
    {
        var @case = await _host.ChangeAsync(await _host.ComplaintAsync("hoc-2024", "HOC", _owner),
            c => c.DecideExclusion("issue-too-old", true, _owner.Id, Start, ExclusionOutcome.AwaitingManager, null));

        var text = InvokeAssert.AllText(await CardAsync(@case));

        Assert.Contains("Waiting for a decision on whether to accept it as a complaint", text);
        Assert.DoesNotContain("Awaiting acknowledgement", text);
        // Code 4.1: the person or team responsible for complaint handling decides; the acknowledgement deadline still runs.
        Assert.Contains("decides whether to accept it as a complaint: if nobody does, send the referral again, or withdraw it if the exclusion does not apply after all. " +
            "Its deadlines run meanwhile: Stage 1 acknowledgement by Mon 14 Dec 2026.", text);
    }

    [Theory]
    [InlineData("hoc-2024", "feedback")]      // General feedback
    [InlineData("his", "feedback")]           // Other feedback
    public async Task Feedback_has_no_acknowledge_button_no_stage_and_its_next_action_is_close_the_case(string policyId, string category)
    {
        var @case = await _host.Cases.OpenAsync(new CaseIntake
        {
            PolicyId = policyId, CategoryId = category, Kind = ContactKind.Feedback,
            Customer = Customer.Named("Mrs Jo O'Neill", CustomerRelationship.Tenant), Channel = ContactChannel.Phone, ReceivedAt = Start,
            Description = "The new bin store is a good idea but the gate sticks.", RecordedById = _owner.Id, OwnerId = _owner.Id,
        }, "FB", _owner.AadObjectId);

        var card = await CardAsync(@case);
        var text = InvokeAssert.AllText(card);

        Assert.DoesNotContain("acknowledge", InvokeAssert.Verbs(card));
        Assert.Contains("close", InvokeAssert.Verbs(card));
        Assert.DoesNotContain("Awaiting acknowledgement", text);
        Assert.DoesNotContain("Not a complaint stage", text);
        Assert.Contains("Close the case once it is dealt with.", text);
    }

    [Fact]
    public async Task After_the_stage_1_response_the_card_says_until_when_the_customer_can_ask_for_stage_2_and_to_close_after_that()
    {
        var @case = await _host.ComplaintAsync("whg", "WHG", _owner);
        @case = await _host.ChangeAsync(@case, c => c.Acknowledge(Start));
        @case = await _host.ChangeAsync(@case, c => c.RecordResponse(new StageResponse(Start, StageOutcome.NotUpheld, "The repair was on time.", null, null, null)));
        _host.Clock.Advance(TimeSpan.FromDays(3));

        var text = InvokeAssert.AllText(await CardAsync(@case));

        // whg 2.18: 28 days from the Stage 1 response.
        Assert.Contains("The customer can ask for Stage 2 - Review until Mon 4 Jan 2027; close the case after that. Escalate it if they ask.", text);
        Assert.DoesNotContain("Close the case when everything promised is done.", text);
    }

    private async Task<System.Text.Json.Nodes.JsonObject> CardAsync(Case @case) =>
        InvokeAssert.Card(await _host.ClickAsync(_owner, "refreshCase", @case.Id, @case.Version));
}
