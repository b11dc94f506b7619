using ComplaintsBot.Cases.Rules;
using ComplaintsBot.Cases.Domain;
using ComplaintsBot.Cases.Policies;

namespace ComplaintsBot.Cases.Tests.Rules;

/// <summary>The buttons a viewer gets, decided from the case's state and their roles in the store.</summary>
public sealed class CasePermissionsTests
{
    private static readonly Policy Code = PolicyCatalog.Load().Get("hoc-2024");
    private static readonly DateTimeOffset Received = new(2026, 12, 7, 10, 0, 0, TimeSpan.Zero);

    [Fact]
    public void The_owner_may_acknowledge_a_new_complaint_but_not_respond_to_it_yet()
    {
        var owner = Staff(1, StaffRoles.Officer);
        var can = CasePermissions.For(Complaint(owner), Code, owner);

        Assert.True(can.Acknowledge);
        Assert.False(can.RecordResponse);
        Assert.False(can.Letter);
    }

    [Fact]
    public void Someone_who_neither_owns_nor_manages_the_case_gets_no_buttons_but_history()
    {
        var can = CasePermissions.For(Complaint(Staff(1, StaffRoles.Officer)), Code, Staff(2, StaffRoles.Officer));

        Assert.Equal(CasePermissions.None with { History = true }, can);
    }

    [Fact]
    public void Once_answered_the_owner_may_escalate_close_and_take_the_letter_but_not_extend()
    {
        var owner = Staff(1, StaffRoles.Officer);
        var @case = Complaint(owner);
        @case.Acknowledge(Received);
        @case.RecordResponse(new StageResponse(Received, StageOutcome.Upheld, "Late.", null, null, null));

        var can = CasePermissions.For(@case, Code, owner);

        Assert.True(can.Escalate && can.Close && can.Letter);
        Assert.False(can.RequestExtension);
    }

    [Fact]
    public void Only_a_manager_may_reassign()
    {
        var owner = Staff(1, StaffRoles.Officer);
        var @case = Complaint(owner);

        Assert.False(CasePermissions.For(@case, Code, owner).Reassign);
        Assert.True(CasePermissions.For(@case, Code, Staff(2, StaffRoles.ComplaintsManager)).Reassign);
    }

    private static StaffMember Staff(int id, params string[] roles)
    {
        var member = new StaffMember($"aad-{id}", $"Staff {id}") { Roles = [.. roles] };
        typeof(StaffMember).GetProperty(nameof(StaffMember.Id))!.SetValue(member, id);
        return member;
    }

    private static Case Complaint(StaffMember owner) => Case.Open(new CaseReference("HOC", 2026, 1), new CaseIntake
    {
        PolicyId = Code.Id, CategoryId = "complaint", Kind = ContactKind.Complaint,
        Customer = Customer.Named("Mr A", CustomerRelationship.Tenant), Channel = ContactChannel.Phone, ReceivedAt = Received,
        Description = "Leak.", OwnerId = owner.Id, RecordedById = owner.Id,
    });
}
