using ComplaintsBot.Cases.Domain;
using ComplaintsBot.Cases.Policies;
using ComplaintsBot.Cases.Store;
using Microsoft.EntityFrameworkCore;

namespace ComplaintsBot.Cases.Tests.Store;

public sealed class CaseRoundTripTests
{
    private static readonly DateTimeOffset Received = new(2026, 3, 2, 9, 15, 30, TimeSpan.Zero);

    [Fact]
    public async Task A_complaint_with_stages_extensions_exclusions_and_contacts_reads_back_as_it_was_saved()
    {
        await using var store = await TempSqliteStore.CreateAsync();
        var officer = await store.AddStaffAsync("aad-officer", "Olu Officer", StaffRoles.Officer);
        var manager = await store.AddStaffAsync("aad-manager", "Mina Manager", StaffRoles.Manager, StaffRoles.ComplaintsManager);
        var reviewer = await store.AddStaffAsync("aad-reviewer", "Rhys Reviewer", StaffRoles.SeniorManager);

        int caseId;
        await using (var db = store.NewContext())
        {
            var @case = Case.Open(new CaseReference("WCH", 2026, 42), new CaseIntake
            {
                PolicyId = "wch",
                CategoryId = "complaint",
                Kind = ContactKind.Complaint,
                Customer = Customer.Named("Ada Jones", CustomerRelationship.Leaseholder, "T-10042"),
                Representative = new Representative("Sam Patel MP", RepresentativeKind.MemberOfParliament, consentRecorded: true),
                Vulnerability = "Hearing impaired",
                ReasonableAdjustments = "Contact by email only",
                Channel = ContactChannel.Letter,
                ReceivedAt = Received.ToOffset(TimeSpan.FromHours(1)),
                IssueOccurredOn = new DateOnly(2026, 1, 10),
                CustomerAwareOn = new DateOnly(2026, 1, 12),
                Description = "Repairs to the roof were promised twice and not done.",
                DesiredOutcome = "Fix the roof and apologise",
                ServiceArea = "Repairs",
                Theme = "Missed appointments",
                RecordedById = officer.Id,
                SafeguardingConcern = true,
                HealthAndSafetyConcern = true,
            });
            @case.DecideExclusion("legal-proceedings", applies: false, officer.Id, Received.AddMinutes(5), ExclusionOutcome.DoesNotApply, null);
            @case.DecideExclusion("issue-too-old", applies: true, manager.Id, Received.AddMinutes(9), ExclusionOutcome.Overridden, "Accepted: a health and safety concern.");
            @case.Acknowledge(Received.AddDays(1));
            @case.RecordContact(Received.AddDays(2), ContactChannel.Email, officer.Id, "Asked for photos of the ceiling.");
            db.Cases.Add(@case);
            await db.SaveChangesAsync();
            caseId = @case.Id;
        }
        await using (var db = store.NewContext())
        {
            var @case = await db.Cases.AsTracking()
                .Include(c => c.Stages).ThenInclude(s => s.Extensions)
                .SingleAsync(c => c.Id == caseId);
            @case.RequestExtension(officer.Id, Received.AddDays(5), 5, "Waiting for a roofer's survey.", customerAgreed: true);
            await db.SaveChangesAsync();
            @case.DecideExtension(@case.Stage(1)!.Extensions[0].Id, approve: true, manager.Id, Received.AddDays(6), "Fine.");
            @case.RecordResponse(new StageResponse(Received.AddDays(12), StageOutcome.PartlyUpheld, "The second appointment was missed.", "Apology and repair booked", 150.50m, "Roof repair on 20 March"));
            @case.ExtendEscalationWindow();
            @case.Escalate(Received.AddDays(14), lastStage: 2, reviewer.Id);
            @case.RequestExtension(reviewer.Id, Received.AddDays(16), 10, "Independent survey needed.", customerAgreed: false);
            await db.SaveChangesAsync();
        }

        {
            var @case = await store.NewService().FindAsync(new CaseReference("WCH", 2026, 42)) ?? throw new InvalidOperationException("case not found by reference");

            Assert.Equal(caseId, @case.Id);
            Assert.Equal("WCH-2026-00042", @case.Reference.ToString());
            Assert.Equal(("wch", "complaint", ContactKind.Complaint, CaseStatus.Open, 2), (@case.PolicyId, @case.CategoryId, @case.Kind, @case.Status, @case.CurrentStage));
            Assert.Equal(Customer.Named("Ada Jones", CustomerRelationship.Leaseholder, "T-10042"), @case.Customer);
            Assert.Equal(new Representative("Sam Patel MP", RepresentativeKind.MemberOfParliament, true), @case.Representative);
            Assert.Equal(("Hearing impaired", "Contact by email only"), (@case.Vulnerability, @case.ReasonableAdjustments));
            Assert.Equal(ContactChannel.Letter, @case.Channel);
            Assert.Equal(Received, @case.ReceivedAt);
            Assert.Equal(TimeSpan.Zero, @case.ReceivedAt.Offset);
            Assert.Equal((new DateOnly(2026, 1, 10), new DateOnly(2026, 1, 12)), (@case.IssueOccurredOn, @case.CustomerAwareOn));
            Assert.Equal("Repairs to the roof were promised twice and not done.", @case.Description);
            Assert.Equal(("Fix the roof and apologise", "Repairs", "Missed appointments"), (@case.DesiredOutcome, @case.ServiceArea, @case.Theme));
            Assert.Equal(reviewer.Id, @case.OwnerId);
            Assert.True(@case.SafeguardingConcern && @case.HealthAndSafetyConcern);
            Assert.True(@case.EscalationWindowExtended);

            Assert.Collection(@case.Contacts.OrderBy(c => c.At),
                opening => Assert.Equal((true, ContactChannel.Letter, officer.Id, Received), (opening.OpenedCase, opening.Channel, opening.RecordedById!.Value, opening.At)),
                later => Assert.Equal((false, ContactChannel.Email, "Asked for photos of the ceiling."), (later.OpenedCase, later.Channel, later.Summary)));

            Assert.Collection(@case.ExclusionDecisions.OrderBy(d => d.DecidedAt),
                d => Assert.Equal(("legal-proceedings", false, ExclusionOutcome.DoesNotApply, officer.Id, (string?)null), (d.ExclusionId, d.Applies, d.Outcome, d.DecidedById, d.ExplanationGiven)),
                d => Assert.Equal(("issue-too-old", true, ExclusionOutcome.Overridden, manager.Id, "Accepted: a health and safety concern."), (d.ExclusionId, d.Applies, d.Outcome, d.DecidedById, d.ExplanationGiven)));

            var stage1 = @case.Stage(1)!;
            Assert.Equal((Received, Received.AddDays(1), Received.AddDays(14)), (stage1.OpenedAt, stage1.AcknowledgedAt!.Value, stage1.EscalationRequestedAt!.Value));
            Assert.Equal(Received.AddDays(2), stage1.CustomerContactedAt);
            Assert.Equal(new StageResponse(Received.AddDays(12), StageOutcome.PartlyUpheld, "The second appointment was missed.", "Apology and repair booked", 150.50m, "Roof repair on 20 March"), stage1.Response);
            var extension = Assert.Single(stage1.Extensions);
            Assert.Equal((officer.Id, Received.AddDays(5), 5, "Waiting for a roofer's survey.", true), (extension.RequestedById, extension.RequestedAt, extension.WorkingDays, extension.Reason, extension.CustomerAgreed));
            Assert.Equal((ExtensionDecision.Approved, manager.Id, Received.AddDays(6), "Fine."), (extension.Decision, extension.DecidedById!.Value, extension.DecidedAt!.Value, extension.Comment));
            Assert.Equal(5, stage1.ApprovedExtensionDays);

            var stage2 = @case.Stage(2)!;
            Assert.Equal((Received.AddDays(14), reviewer.Id, (DateTimeOffset?)null, (StageResponse?)null), (stage2.OpenedAt, stage2.OwnerId!.Value, stage2.AcknowledgedAt, stage2.Response));
            Assert.Equal(ExtensionDecision.Pending, Assert.Single(stage2.Extensions).Decision);
        }
    }

    [Fact]
    public async Task Staff_keep_their_roles_and_line_manager_and_are_found_by_role()
    {
        await using var store = await TempSqliteStore.CreateAsync();
        var manager = await store.AddStaffAsync("aad-manager", "Mina Manager", StaffRoles.Manager, StaffRoles.ComplaintsManager);
        await using (var db = store.NewContext())
        {
            db.Staff.Add(new StaffMember("aad-officer", "Olu Officer", "olu@landlord.example") { Roles = [StaffRoles.Officer], LineManagerId = manager.Id, Seniority = 1 });
            await db.SaveChangesAsync();
        }

        await using (var db = store.NewContext())
        {
            var officer = await db.Staff.Include(s => s.LineManager).SingleAsync(s => s.AadObjectId == "aad-officer");
            var complaintsManagers = await db.Staff.Where(s => s.Roles.Contains(StaffRoles.ComplaintsManager)).Select(s => s.DisplayName).ToListAsync();

            Assert.Equal(("Olu Officer", "olu@landlord.example", 1), (officer.DisplayName, officer.Email, officer.Seniority));
            Assert.Equal([StaffRoles.Officer], officer.Roles);
            Assert.Equal("Mina Manager", officer.LineManager!.DisplayName);
            Assert.Equal(["Mina Manager"], complaintsManagers);
        }
    }

    [Fact]
    public async Task Two_staff_cannot_share_a_Teams_user_id()
    {
        await using var store = await TempSqliteStore.CreateAsync();
        await store.AddStaffAsync("aad-1", "First");

        await Assert.ThrowsAsync<DbUpdateException>(() => store.AddStaffAsync("aad-1", "Second"));
    }

    [Fact]
    public async Task Two_cases_cannot_share_a_reference()
    {
        await using var store = await TempSqliteStore.CreateAsync();
        await using var db = store.NewContext();
        db.Cases.Add(Case.Open(new CaseReference("WCH", 2026, 1), TempSqliteStore.ComplaintIntake(Received)));
        db.Cases.Add(Case.Open(new CaseReference("WCH", 2026, 1), TempSqliteStore.ComplaintIntake(Received)));

        await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());
    }

    [Fact]
    public async Task Instants_are_compared_and_ordered_in_the_database()
    {
        await using var store = await TempSqliteStore.CreateAsync();
        await using (var db = store.NewContext())
        {
            for (var i = 1; i <= 3; i++)
                db.Cases.Add(Case.Open(new CaseReference("WCH", 2026, i), TempSqliteStore.ComplaintIntake(Received.AddDays(-i))));
            await db.SaveChangesAsync();
        }

        await using (var db = store.NewContext())
        {
            var before = await db.Cases.Where(c => c.ReceivedAt < Received.AddDays(-1)).OrderBy(c => c.ReceivedAt).Select(c => c.Reference).ToListAsync();

            Assert.Equal([new CaseReference("WCH", 2026, 3), new CaseReference("WCH", 2026, 2)], before);
        }
    }

    [Fact]
    public async Task Bot_state_and_conversation_references_round_trip()
    {
        await using var store = await TempSqliteStore.CreateAsync();
        await using (var db = store.NewContext())
        {
            db.BotState.Add(new BotStateEntry { Key = "msteams/conversations/a:1", Json = """{"dialogStack":[]}""", ETag = "1", UpdatedAt = Received });
            db.ConversationReferences.Add(new StoredConversationReference
            {
                ChannelId = "msteams", UserAadObjectId = "aad-officer", ChannelUserId = "29:abc", ConversationId = "a:1",
                ServiceUrl = "https://smba.trafficmanager.net/uk/", TenantId = "tenant-1", ReferenceJson = """{"conversation":{"id":"a:1"}}""",
                UpdatedAt = Received, Blocked = true,
            });
            await db.SaveChangesAsync();
        }

        await using (var db = store.NewContext())
        {
            var state = await db.BotState.SingleAsync(e => e.Key == "msteams/conversations/a:1");
            var reference = await db.ConversationReferences.SingleAsync(r => r.UserAadObjectId == "aad-officer");

            Assert.Equal(("""{"dialogStack":[]}""", "1", Received), (state.Json, state.ETag, state.UpdatedAt));
            Assert.Equal(("29:abc", "a:1", "https://smba.trafficmanager.net/uk/", "tenant-1", true), (reference.ChannelUserId, reference.ConversationId, reference.ServiceUrl, reference.TenantId, reference.Blocked));
        }
    }

    [Fact]
    public async Task A_bot_state_write_against_an_old_ETag_is_refused()
    {
        await using var store = await TempSqliteStore.CreateAsync();
        await using (var db = store.NewContext())
        {
            db.BotState.Add(new BotStateEntry { Key = "k", Json = "{}", ETag = "1", UpdatedAt = Received });
            await db.SaveChangesAsync();
        }
        await using var first = store.NewContext();
        await using var second = store.NewContext();
        var a = await first.BotState.SingleAsync();
        var b = await second.BotState.SingleAsync();
        (a.Json, a.ETag) = ("{\"a\":1}", "2");
        (b.Json, b.ETag) = ("{\"b\":1}", "2");
        await first.SaveChangesAsync();

        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => second.SaveChangesAsync());
    }
}
