using ComplaintsBot.Cases.Deadlines;
using ComplaintsBot.Cases.Domain;
using ComplaintsBot.Cases.Policies;
using ComplaintsBot.Cases.Store;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace ComplaintsBot.Cases.Tests.Store;

public sealed class AuditTrailTests
{
    private static readonly DateTimeOffset Received = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);

    private static async Task<(TempSqliteStore Store, Case Case)> StoreWithOpenedCaseAsync()
    {
        var store = await TempSqliteStore.CreateAsync();
        var @case = await store.NewService().OpenAsync(TempSqliteStore.ComplaintIntake(Received), "WCH", "aad-officer");
        return (store, @case);
    }

    [Fact]
    public async Task Opening_a_case_writes_an_audit_entry_with_its_state()
    {
        var (store, @case) = await StoreWithOpenedCaseAsync();
        await using var _ = store;

        var entry = Assert.Single(await store.NewService().AuditTrailAsync(@case.Id));

        Assert.Equal((CaseAuditActions.Opened, "aad-officer", store.Clock.GetUtcNow(), (string?)null), (entry.Action, entry.Actor, entry.At, entry.Before));
        Assert.Contains("\"reference\":\"WCH-2026-00001\"", entry.After, StringComparison.Ordinal);
        Assert.DoesNotContain("Ada Jones", entry.After, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Every_change_through_the_case_service_appends_an_entry_with_the_state_before_and_after()
    {
        var (store, @case) = await StoreWithOpenedCaseAsync();
        await using var _ = store;
        var service = store.NewService();

        store.Clock.Advance(TimeSpan.FromHours(2));
        await service.ChangeAsync(@case.Id, 1, "aad-officer", "stage.acknowledged", c => c.Acknowledge(store.Clock.GetUtcNow()));
        store.Clock.Advance(TimeSpan.FromHours(1));
        await service.ChangeAsync(@case.Id, 2, "aad-officer", "contact.recorded", c => c.RecordContact(store.Clock.GetUtcNow(), ContactChannel.Phone, null, "Called back."));

        var trail = await service.AuditTrailAsync(@case.Id);
        Assert.Equal([CaseAuditActions.Opened, "stage.acknowledged", "contact.recorded"], trail.Select(e => e.Action));
        var acknowledged = trail[1];
        Assert.Equal(Received.AddHours(2), acknowledged.At);
        Assert.Contains("\"version\":1", acknowledged.Before, StringComparison.Ordinal);
        Assert.DoesNotContain("acknowledgedAt", acknowledged.Before, StringComparison.Ordinal);
        Assert.Contains("\"acknowledgedAt\":\"2026-03-02T11:00:00+00:00\"", acknowledged.After, StringComparison.Ordinal);
        Assert.Contains("\"version\":2", acknowledged.After, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_transition_refused_by_the_case_saves_nothing_and_writes_no_entry()
    {
        var (store, @case) = await StoreWithOpenedCaseAsync();
        await using var _ = store;
        await using var db = store.NewContext();
        var service = store.NewService();

        await Assert.ThrowsAsync<CaseStateException>(() =>
            service.ChangeAsync(@case.Id, 1, "aad-officer", "case.closed", c => c.Close(store.Clock.GetUtcNow())));

        Assert.Single(await service.AuditTrailAsync(@case.Id));
        Assert.Equal((CaseStatus.Open, 1), await db.Cases.Where(c => c.Id == @case.Id).Select(c => ValueTuple.Create(c.Status, c.Version)).SingleAsync());
    }

    [Fact]
    public async Task An_audit_entry_cannot_be_changed_through_the_context()
    {
        var (store, _) = await StoreWithOpenedCaseAsync();
        await using var __ = store;
        await using var db = store.NewContext();
        var entry = await db.AuditEntries.AsTracking().SingleAsync();
        db.Entry(entry).Property(e => e.Action).CurrentValue = "nothing.happened";

        var refused = await Assert.ThrowsAsync<InvalidOperationException>(() => db.SaveChangesAsync());
        Assert.Contains("append-only", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_audit_entry_cannot_be_deleted_through_the_context()
    {
        var (store, _) = await StoreWithOpenedCaseAsync();
        await using var __ = store;
        await using var db = store.NewContext();
        db.AuditEntries.Remove(await db.AuditEntries.AsTracking().SingleAsync());

        await Assert.ThrowsAsync<InvalidOperationException>(() => db.SaveChangesAsync());
        await using var check = store.NewContext();
        Assert.Equal(1, await check.AuditEntries.CountAsync());
    }

    [Fact]
    public async Task Bulk_updates_and_deletes_that_bypass_the_context_are_refused_by_the_database()
    {
        var (store, _) = await StoreWithOpenedCaseAsync();
        await using var __ = store;
        await using var db = store.NewContext();

        var update = await Assert.ThrowsAsync<SqliteException>(() => db.AuditEntries.ExecuteUpdateAsync(s => s.SetProperty(e => e.Actor, "someone-else")));
        var delete = await Assert.ThrowsAsync<SqliteException>(() => db.AuditEntries.ExecuteDeleteAsync());

        Assert.Contains("append-only", update.Message, StringComparison.Ordinal);
        Assert.Contains("append-only", delete.Message, StringComparison.Ordinal);
        Assert.Equal("aad-officer", await db.AuditEntries.Select(e => e.Actor).SingleAsync());
    }

    [Fact]
    public async Task A_case_with_an_audit_trail_cannot_be_deleted()
    {
        var (store, @case) = await StoreWithOpenedCaseAsync();
        await using var _ = store;
        await using var db = store.NewContext();
        db.Cases.Remove(await db.Cases.AsTracking().SingleAsync(c => c.Id == @case.Id));

        await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());
    }

    [Fact]
    public async Task With_the_policies_known_the_audit_trail_shows_how_an_approved_extension_moved_the_response_deadline()
    {
        await using var store = await TempSqliteStore.CreateAsync();
        var officer = await store.AddStaffAsync("aad-officer", "Olu Officer");
        var manager = await store.AddStaffAsync("aad-manager", "Mina Manager");
        var service = new CaseService(store, new CaseReferenceAllocator(), store.Clock,
            new CaseDeadlineDescriber(new CaseDeadlines(PolicyCatalog.Load(), new ActivePolicy(PolicyCatalog.Load().Default), new DeadlineCalculator(), store.Clock), new DeadlineCalculator(), store.Clock));
        // Monday 2 March 2026: WCH answers stage 1 within 10 working days of acknowledgement.
        var @case = await service.OpenAsync(TempSqliteStore.ComplaintIntake(Received), "WCH", "aad-officer");
        @case = await service.ChangeAsync(@case.Id, @case.Version, "aad-officer", "stage.acknowledged", c => c.Acknowledge(Received.AddHours(1)));
        @case = await service.ChangeAsync(@case.Id, @case.Version, "aad-officer", "extension.requested",
            c => c.RequestExtension(officer.Id, Received.AddDays(2), 5, "Waiting for a survey.", customerAgreed: true));
        var extensionId = @case.Stage(1)!.Extensions[0].Id;

        await service.ChangeAsync(@case.Id, @case.Version, "aad-manager", "extension.decided",
            c => c.DecideExtension(extensionId, approve: true, manager.Id, Received.AddDays(3), null));

        var decided = (await service.AuditTrailAsync(@case.Id)).Single(e => e.Action == "extension.decided");
        Assert.Contains("\"name\":\"stage1-response\",\"due\":\"2026-03-16T23:59:59+00:00\"", decided.Before, StringComparison.Ordinal);
        Assert.Contains("\"name\":\"stage1-response\",\"due\":\"2026-03-23T23:59:59+00:00\"", decided.After, StringComparison.Ordinal);
    }
}
