using ComplaintsBot.Cases.Domain;
using ComplaintsBot.Cases.Store;
using Microsoft.EntityFrameworkCore;

namespace ComplaintsBot.Cases;

/// <summary>Finds colleagues in the staff directory by the name staff type, and people by id with their line manager.</summary>
public sealed class StaffSearch(IDbContextFactory<CasesDbContext> contexts)
{
    /// <summary>
    /// Staff whose display name is the name typed (any case); failing that, those whose name contains it.
    /// Several results mean the name is ambiguous.
    /// </summary>
    public async Task<IReadOnlyList<StaffMember>> FindByNameAsync(string name, CancellationToken cancellationToken = default)
    {
        var wanted = name.Trim().ToLowerInvariant();
        if (wanted.Length == 0) return [];
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var exact = await db.Staff.AsNoTracking().Where(s => s.DisplayName.ToLower() == wanted).ToListAsync(cancellationToken);
        if (exact.Count > 0) return exact;
        return await db.Staff.AsNoTracking().Where(s => s.DisplayName.ToLower().Contains(wanted)).OrderBy(s => s.DisplayName).Take(10).ToListAsync(cancellationToken);
    }

    /// <summary>The member with their line manager loaded, or null.</summary>
    public async Task<StaffMember?> FindAsync(int id, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Staff.AsNoTracking().Include(s => s.LineManager).FirstOrDefaultAsync(s => s.Id == id, cancellationToken);
    }

    /// <summary>Gives a member with no roles yet the officer role: everyone the bot meets is at least an officer.</summary>
    public async Task<StaffMember> MakeOfficerAsync(StaffMember member, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(member);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var stored = await db.Staff.AsTracking().FirstAsync(s => s.Id == member.Id, cancellationToken);
        if (stored.Roles.Count == 0)
        {
            stored.Roles = [StaffRoles.Officer];
            await db.SaveChangesAsync(cancellationToken);
        }
        return stored;
    }

    public async Task<StaffMember?> FindByAadObjectIdAsync(string aadObjectId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Staff.AsNoTracking().Include(s => s.LineManager).FirstOrDefaultAsync(s => s.AadObjectId == aadObjectId, cancellationToken);
    }
}
