using ComplaintsBot.Cases.Deadlines;
using ComplaintsBot.Cases.Domain;
using ComplaintsBot.Cases.Policies;
using ComplaintsBot.Cases.Sla;
using ComplaintsBot.Cases.Store;
using ComplaintsBot.Cases.Tests.Store;
using Microsoft.EntityFrameworkCore;

namespace ComplaintsBot.Cases.Tests.Sla;

public sealed class CaseDeadlineIndexTests
{
    private static readonly PolicyCatalog Policies = PolicyCatalog.Load();

    private static CaseService ServiceWithIndex(TempSqliteStore store) =>
        new(store, new CaseReferenceAllocator(), store.Clock, new CaseSnapshotDescriber(),
            new CaseDeadlineIndex(new CaseDeadlines(Policies, new ActivePolicy(Policies.Default), new DeadlineCalculator(), store.Clock), new DeadlineCalculator(), store.Clock));

    private static async Task<List<CaseDeadlineRow>> RowsAsync(TempSqliteStore store, int caseId)
    {
        await using var db = store.NewContext();
        return await db.CaseDeadlines.Where(r => r.CaseId == caseId).OrderBy(r => r.Due).ToListAsync();
    }

    [Fact]
    public async Task Opening_a_complaint_writes_a_row_for_each_deadline_with_the_calculators_due_moment()
    {
        await using var store = await TempSqliteStore.CreateAsync();
        var service = ServiceWithIndex(store);
        var @case = await service.OpenAsync(TempSqliteStore.ComplaintIntake(store.Clock.GetUtcNow()), "WCH", "aad-officer");

        var policy = Policies.Get("wch");
        var expected = new DeadlineCalculator().Compute(policy, @case.Timeline(policy)!.Value, store.Clock)
            .Where(d => d.Kind != DeadlineKind.EscalationWindow).OrderBy(d => d.Due).ToList();
        var rows = await RowsAsync(store, @case.Id);
        Assert.Equal(expected.Select(d => (d.Kind.Name(), d.Due.UtcTicks, d.Provisional)), rows.Select(r => (r.Kind, r.Due.UtcTicks, r.Provisional)));
        var acknowledge = rows.Single(r => r.Kind == "stage1-acknowledge");
        Assert.Equal(new ReminderWindows(new DeadlineCalculator().Calendar).For(policy, acknowledge.Due, acknowledge.DueDate)[0].Opens, acknowledge.NextReminderAt);
    }

    [Fact]
    public async Task Acknowledging_removes_the_acknowledgement_row_and_makes_the_response_row_firm_in_the_same_save()
    {
        await using var store = await TempSqliteStore.CreateAsync();
        var service = ServiceWithIndex(store);
        var @case = await service.OpenAsync(TempSqliteStore.ComplaintIntake(store.Clock.GetUtcNow()), "WCH", "aad-officer");
        Assert.True((await RowsAsync(store, @case.Id)).Single(r => r.Kind == "stage1-response").Provisional);

        await service.ChangeAsync(@case.Id, @case.Version, "aad-officer", "stage.acknowledged", c => c.Acknowledge(store.Clock.GetUtcNow().AddHours(1)));

        var rows = await RowsAsync(store, @case.Id);
        Assert.DoesNotContain(rows, r => r.Kind == "stage1-acknowledge");
        Assert.False(rows.Single(r => r.Kind == "stage1-response").Provisional);
    }

    [Fact]
    public async Task Closing_a_responded_case_removes_all_its_rows()
    {
        await using var store = await TempSqliteStore.CreateAsync();
        var service = ServiceWithIndex(store);
        var @case = await service.OpenAsync(TempSqliteStore.ComplaintIntake(store.Clock.GetUtcNow()), "WCH", "aad-officer");
        var now = store.Clock.GetUtcNow();
        @case = await service.ChangeAsync(@case.Id, @case.Version, "aad-officer", "stage.responded",
            c =>
            {
                c.Acknowledge(now.AddMinutes(30));
                c.RecordResponse(new StageResponse(now.AddHours(1), StageOutcome.Upheld, "Boiler replaced.", null, null, null));
            });
        await service.ChangeAsync(@case.Id, @case.Version, "aad-officer", "case.closed", c => c.Close(now.AddHours(2)));
        Assert.Empty(await RowsAsync(store, @case.Id));
    }
}
