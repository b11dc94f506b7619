using ComplaintsBot.Cases.Domain;
using ComplaintsBot.Cases.Store;
using Microsoft.EntityFrameworkCore;

namespace ComplaintsBot.Workflows.CaseCard;

/// <summary>The open cases a member of staff owns, with what their deadlines are computed from.</summary>
public sealed class OpenCases(IDbContextFactory<CasesDbContext> contexts)
{
    public async Task<List<Case>> OwnedByAsync(int staffId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Cases.AsNoTracking()
            .Include(c => c.Stages).ThenInclude(s => s.Extensions)
            .Where(c => c.OwnerId == staffId && c.Status == CaseStatus.Open)
            .AsSplitQuery()
            .ToListAsync(cancellationToken);
    }
}
