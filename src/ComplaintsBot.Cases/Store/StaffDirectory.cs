using ComplaintsBot.Cases.Domain;
using Microsoft.EntityFrameworkCore;

namespace ComplaintsBot.Cases.Store;

/// <summary>
/// Staff as the bot meets them: found by their Teams user id (from.aadObjectId), added on first sight.
/// Roles and line managers are not taken from Teams; an administrator sets them.
/// </summary>
public sealed class StaffDirectory(IDbContextFactory<CasesDbContext> contexts)
{
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
