using ComplaintsBot.Cases;
using ComplaintsBot.Cases.Deadlines;
using ComplaintsBot.Cases.Domain;
using ComplaintsBot.Cases.Policies;
using ComplaintsBot.Tests.CardActions;
using ComplaintsBot.Workflows.Reminders;

namespace ComplaintsBot.Tests.Workflows.Reminders;

/// <summary>
/// Where the policy lets the customer ask for the next stage once the current one is overdue (WCH 5.3.3), the reminder
/// of the overdue response says so and offers Escalate; under a policy that does not (the Code), it does neither.
/// </summary>
public sealed class ReminderEscalationRouteTests
{
    // Monday 7 December 2026, 10:00 in London (GMT); the response was due Fri 4 Dec.
    private static readonly DateTimeOffset Received = new(2026, 11, 16, 10, 0, 0, TimeSpan.Zero);
    private static readonly PolicyCatalog Policies = PolicyCatalog.Load();
    private readonly ReminderCards _cards = new();

    [Fact]
    public void Wch_5_3_3_an_overdue_stage_1_reminder_offers_the_customer_the_appeal_route()
    {
        var (card, owner) = Reminder("wch", DeadlineStatus.Overdue);

        var text = InvokeAssert.AllText(card);
        Assert.Contains("The response is overdue, so the customer may now ask for Stage 2 - Appeal without waiting for it (WCH 5.3.3). Tell them they can.", text);
        Assert.Contains("escalate", InvokeAssert.Verbs(card));
        Assert.NotNull(owner);
    }

    [Theory]
    [InlineData("wch", DeadlineStatus.DueToday)]     // not overdue yet
    [InlineData("hoc-2024", DeadlineStatus.Overdue)] // Code 6.10: the stage is answered before it is escalated
    public void Otherwise_the_reminder_offers_no_escalation(string policyId, DeadlineStatus status)
    {
        var (card, _) = Reminder(policyId, status);

        Assert.DoesNotContain("may now ask for", InvokeAssert.AllText(card));
        Assert.DoesNotContain("escalate", InvokeAssert.Verbs(card));
    }

    private (System.Text.Json.Nodes.JsonObject Card, StaffMember Owner) Reminder(string policyId, DeadlineStatus status)
    {
        var policy = Policies.Get(policyId);
        var owner = new StaffMember("aad-owner", "Priya Shah") { Roles = [.. policy.Stage(1).OwnerRoles] };
        typeof(StaffMember).GetProperty(nameof(StaffMember.Id))!.SetValue(owner, 7);
        var @case = Case.Open(new CaseReference(policy.ReferencePrefix, 2026, 142), new CaseIntake
        {
            PolicyId = policy.Id, CategoryId = "complaint", Kind = ContactKind.Complaint,
            Customer = Customer.Named("Mrs Jo O'Neill", CustomerRelationship.Tenant), Channel = ContactChannel.Phone,
            ReceivedAt = Received, Description = "Damp in the back bedroom.", RecordedById = owner.Id, OwnerId = owner.Id,
        });
        @case.Acknowledge(Received);
        var due = new DateOnly(2026, 12, 4);
        var deadline = new CaseDeadline(DeadlineKind.Stage1Response, new DateTimeOffset(2026, 12, 4, 23, 59, 59, TimeSpan.Zero), due, false, status,
            status == DeadlineStatus.Overdue ? -1 : 0, null);
        return (_cards.Reminder(@case, policy, deadline, owner), owner);
    }
}
