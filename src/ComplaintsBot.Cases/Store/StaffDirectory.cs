using ComplaintsBot.Cases.Domain;
using Microsoft.EntityFrameworkCore;

namespace ComplaintsBot.Cases.Store;

/// <summary>
/// Staff as the bot meets them: found by their Teams user id (from.aadObjectId), added on first sight, and looked
/// up by id, by the name colleagues type, or all at once. Roles and line managers are not taken from Teams; an
/// administrator sets them.
/// </summary>
public sealed class StaffDirectory(IDbContextFactory<CasesDbContext> contexts)
{
    /// <summary>Everyone on the staff list, by display name.</summary>
    public async Task<List<StaffMember>> AllAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Staff.AsNoTracking().OrderBy(s => s.DisplayName).ToListAsync(cancellationToken);
    }

    /// <summary>The member with their line manager loaded, or null (also for no id).</summary>
    public async Task<StaffMember?> FindAsync(int? id, CancellationToken cancellationToken = default)
    {
        if (id is null) return null;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Staff.AsNoTracking().Include(s => s.LineManager).FirstOrDefaultAsync(s => s.Id == id, cancellationToken);
    }

    /// <summary>The members with these ids, by id, in one query (an id with no member left out).</summary>
    public async Task<Dictionary<int, StaffMember>> FindManyAsync(IEnumerable<int> ids, CancellationToken cancellationToken = default)
    {
        var wanted = ids.Distinct().ToList();
        if (wanted.Count == 0) return [];
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Staff.AsNoTracking().Where(s => wanted.Contains(s.Id)).ToDictionaryAsync(s => s.Id, cancellationToken);
    }

    /// <summary>The member with this Teams user id and their line manager loaded, or null.</summary>
    public async Task<StaffMember?> FindWithLineManagerAsync(string aadObjectId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Staff.AsNoTracking().Include(s => s.LineManager).FirstOrDefaultAsync(s => s.AadObjectId == aadObjectId, cancellationToken);
    }

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

    public async Task<StaffMember?> FindAsync(string aadObjectId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Staff.FirstOrDefaultAsync(s => s.AadObjectId == aadObjectId, cancellationToken);
    }

    /// <summary>
    /// The member with this Teams user id, added if new, with the display name and email Teams gave this
    /// time. Two first messages at once from the same person add one row: the loser of the race re-reads it.
    /// </summary>
    public async Task<StaffMember> EnsureAsync(string aadObjectId, string displayName, string? email, CancellationToken cancellationToken = default)
    {
        var candidate = new StaffMember(aadObjectId, displayName, email); // checks the values
        for (var attempt = 1; ; attempt++)
        {
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            var member = await db.Staff.AsTracking().FirstOrDefaultAsync(s => s.AadObjectId == candidate.AadObjectId, cancellationToken);
            if (member is null)
            {
                member = new StaffMember(candidate.AadObjectId, candidate.DisplayName, candidate.Email);
                db.Staff.Add(member);
            }
            else
            {
                member.DisplayName = candidate.DisplayName;
                member.Email = candidate.Email ?? member.Email;
            }
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                return member;
            }
            catch (DbUpdateException) when (attempt < 3)
            {
                // Someone else added them between our read and our insert; read again.
            }
        }
    }
}
