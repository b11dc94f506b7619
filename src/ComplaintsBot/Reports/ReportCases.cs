using ComplaintsBot.Cases.Domain;
using ComplaintsBot.Cases.Store;
using Microsoft.EntityFrameworkCore;

namespace ComplaintsBot.Reports;

/// <summary>Reads the cases a report needs from the store, with their stages, extensions and exclusion decisions.</summary>
public sealed class ReportCases(IDbContextFactory<CasesDbContext> contexts)
{
    /// <summary>Every case received before <paramref name="end"/>: those received earlier can still be answered in the period.</summary>
    public async Task<List<Case>> ReceivedBeforeAsync(DateTimeOffset end, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Cases.AsNoTracking()
            .Include(c => c.Stages).ThenInclude(s => s.Extensions)
            .Include(c => c.ExclusionDecisions)
            .Where(c => c.ReceivedAt < end)
            .OrderBy(c => c.ReceivedAt)
            .AsSplitQuery()
            .ToListAsync(cancellationToken);
    }

    /// <summary>Open cases, with the staff who own them.</summary>
    public async Task<(List<Case> Cases, Dictionary<int, string> OwnerNames)> OpenAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var cases = await db.Cases.AsNoTracking()
            .Include(c => c.Stages).ThenInclude(s => s.Extensions)
            .Where(c => c.Status == CaseStatus.Open)
            .OrderBy(c => c.ReceivedAt)
            .AsSplitQuery()
            .ToListAsync(cancellationToken);
        var ownerIds = cases.Where(c => c.OwnerId is not null).Select(c => c.OwnerId!.Value).Distinct().ToList();
        var owners = await db.Staff.AsNoTracking().Where(s => ownerIds.Contains(s.Id)).ToDictionaryAsync(s => s.Id, s => s.DisplayName, cancellationToken);
        return (cases, owners);
    }
}
