using ComplaintsBot.Cases.Domain;
using ComplaintsBot.Cases.Store;
using Microsoft.EntityFrameworkCore;

namespace ComplaintsBot.Reports;

/// <summary>Reads the cases a report needs from the store, with their stages, extensions and exclusion decisions.</summary>
public sealed class ReportCases(IDbContextFactory<CasesDbContext> contexts)
{
    /// <summary>Every case received before <paramref name="end"/>: those received earlier can still be answered in the period.</summary>
    public async Task<List<Case>> ReceivedBeforeAsync(DateTimeOffset end, CancellationToken cancellationToken = default) =>
        await ReceivedBeforeAsync(end, ReportFilter.None, cancellationToken);

    /// <summary>Every case received before <paramref name="end"/> that passes <paramref name="filter"/>.</summary>
    public async Task<List<Case>> ReceivedBeforeAsync(DateTimeOffset end, ReportFilter filter, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var cases = await db.Cases.AsNoTracking()
            .Include(c => c.Stages).ThenInclude(s => s.Extensions)
            .Include(c => c.ExclusionDecisions)
            .Where(c => c.ReceivedAt < end)
            .OrderBy(c => c.ReceivedAt)
            .AsSplitQuery()
            .ToListAsync(cancellationToken);
        return await FilterAsync(db, cases, filter, cancellationToken);
    }

    /// <summary>The service areas cases name and the ids of the staff who own cases: the filters' choices.</summary>
    public async Task<(List<string> ServiceAreas, List<int> OwnerIds)> ChoicesAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var areas = await db.Cases.AsNoTracking().Where(c => c.ServiceArea != null).Select(c => c.ServiceArea!).Distinct().ToListAsync(cancellationToken);
        var owners = await db.Cases.AsNoTracking().Where(c => c.OwnerId != null).Select(c => c.OwnerId!.Value).Distinct().ToListAsync(cancellationToken);
        return (areas, owners);
    }

    /// <summary>All staff by id: owners' names and teams for tables and filters.</summary>
    public async Task<Dictionary<int, StaffMember>> StaffAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Staff.AsNoTracking().ToDictionaryAsync(s => s.Id, cancellationToken);
    }

    private static async Task<List<Case>> FilterAsync(CasesDbContext db, List<Case> cases, ReportFilter filter, CancellationToken cancellationToken)
    {
        if (filter.IsEmpty) return cases;
        var staff = filter.Team is null ? [] : await db.Staff.AsNoTracking().ToDictionaryAsync(s => s.Id, cancellationToken);
        return cases.Where(c => filter.Matches(c, id => staff.GetValueOrDefault(id))).ToList();
    }

    /// <summary>Open cases, with the staff who own them.</summary>
    public async Task<(List<Case> Cases, Dictionary<int, string> OwnerNames)> OpenAsync(CancellationToken cancellationToken = default) =>
        await OpenAsync(ReportFilter.None, cancellationToken);

    /// <summary>Open cases that pass <paramref name="filter"/>, with the staff who own them.</summary>
    public async Task<(List<Case> Cases, Dictionary<int, string> OwnerNames)> OpenAsync(ReportFilter filter, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var all = await db.Cases.AsNoTracking()
            .Include(c => c.Stages).ThenInclude(s => s.Extensions)
            .Where(c => c.Status == CaseStatus.Open)
            .OrderBy(c => c.ReceivedAt)
            .AsSplitQuery()
            .ToListAsync(cancellationToken);
        var cases = await FilterAsync(db, all, filter, cancellationToken);
        var ownerIds = cases.Where(c => c.OwnerId is not null).Select(c => c.OwnerId!.Value).Distinct().ToList();
        var owners = await db.Staff.AsNoTracking().Where(s => ownerIds.Contains(s.Id)).ToDictionaryAsync(s => s.Id, s => s.DisplayName, cancellationToken);
        return (cases, owners);
    }
}
