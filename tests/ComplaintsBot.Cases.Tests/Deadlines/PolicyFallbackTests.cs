using System.Text.Json;
using ComplaintsBot.Cases.Deadlines;
using ComplaintsBot.Cases.Domain;
using ComplaintsBot.Cases.Policies;
using ComplaintsBot.Cases.Sla;
using ComplaintsBot.Cases.Store;
using ComplaintsBot.Cases.Tests.Store;
using Microsoft.EntityFrameworkCore;

namespace ComplaintsBot.Cases.Tests.Deadlines;

/// <summary>
/// A case opened under a policy whose file was later removed from policies/ is judged under the active policy by
/// <see cref="CaseDeadlines"/>, the one fallback; the reminder index and the audit trail use it too, rather than
/// silently leaving such a case without reminders or without deadlines in its history.
/// </summary>
public sealed class PolicyFallbackTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("complaintsbot-policies-").FullName;
    private readonly PolicyCatalog _codeOnly;

    public PolicyFallbackTests()
    {
        // This deployment kept the Code only: the file of "wch", the policy the case was opened under, is gone.
        File.Copy(Path.Combine(PolicyCatalog.DefaultFolder, "hoc-2024.yaml"), Path.Combine(_folder, "hoc-2024.yaml"));
        _codeOnly = PolicyCatalog.Load(_folder);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private CaseDeadlines Deadlines(TimeProvider clock) => new(_codeOnly, new ActivePolicy(_codeOnly.Default), new DeadlineCalculator(), clock);

    private static async Task<Case> OpenUnderWchAsync(TempSqliteStore store)
    {
        var opened = await store.NewService().OpenAsync(TempSqliteStore.ComplaintIntake(store.Clock.GetUtcNow()), "WCH", "aad-officer");
        Assert.Equal("wch", opened.PolicyId);
        return opened;
    }

    [Fact]
    public async Task The_reminder_index_keeps_rows_for_a_case_whose_policy_is_gone_under_the_active_policy()
    {
        await using var store = await TempSqliteStore.CreateAsync();
        var @case = await OpenUnderWchAsync(store);
        var deadlines = Deadlines(store.Clock);
        Assert.False(_codeOnly.TryGet(@case.PolicyId, out _));
        Assert.False(deadlines.HasOwnPolicy(@case));

        await using var db = store.NewContext();
        await new CaseDeadlineIndex(deadlines, new DeadlineCalculator(), store.Clock).RefreshAsync(db, @case, CancellationToken.None);
        await db.SaveChangesAsync();

        var code = _codeOnly.Default;
        var expected = new DeadlineCalculator().Compute(code, @case.Timeline(code)!.Value, store.Clock)
            .Where(d => d.Kind != DeadlineKind.EscalationWindow).OrderBy(d => d.Due).Select(d => (d.Kind.Name(), d.Due.UtcTicks)).ToList();
        var rows = await db.CaseDeadlines.Where(r => r.CaseId == @case.Id).OrderBy(r => r.Due).ToListAsync();
        Assert.NotEmpty(expected);
        Assert.Equal(expected, rows.Select(r => (r.Kind, r.Due.UtcTicks)));
    }

    [Fact]
    public async Task The_audit_trail_describes_the_deadlines_of_a_case_whose_policy_is_gone_under_the_active_policy()
    {
        await using var store = await TempSqliteStore.CreateAsync();
        var @case = await OpenUnderWchAsync(store);

        var described = new CaseDeadlineDescriber(Deadlines(store.Clock), new DeadlineCalculator(), store.Clock).Describe(@case);

        var code = _codeOnly.Default;
        var expected = new DeadlineCalculator().Compute(code, @case.Timeline(code)!.Value, store.Clock).Select(d => d.Name).ToList();
        using var json = JsonDocument.Parse(described);
        var names = json.RootElement.GetProperty("deadlines").EnumerateArray().Select(d => d.GetProperty("name").GetString()!).ToList();
        Assert.NotEmpty(expected);
        Assert.Equal(expected, names);
    }

    [Fact]
    public async Task CaseDeadlines_judges_a_case_whose_policy_is_gone_under_the_active_policy_and_one_it_knows_under_its_own()
    {
        await using var store = await TempSqliteStore.CreateAsync();
        var @case = await OpenUnderWchAsync(store);
        var all = PolicyCatalog.Load();

        Assert.Same(_codeOnly.Default, Deadlines(store.Clock).PolicyOf(@case));
        Assert.Equal("wch", new CaseDeadlines(all, new ActivePolicy(all.Default), new DeadlineCalculator(), store.Clock).PolicyOf(@case).Id);
    }
}
