using System.Text.Json;
using ComplaintsBot.Cases.Domain;
using ComplaintsBot.Cases.Policies;
using ComplaintsBot.Cases.Store;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace ComplaintsBot.Cases.Rules;

/// <summary>
/// Applies <see cref="CaseVisibility"/> with the staff directory and the configured roles, and records every time
/// someone is shown a case (who looked at whose record, how and when) in the case's audit trail, as a landlord must
/// be able to show under UK GDPR. A view changes nothing on the case: its version stays, so cards stay current.
/// </summary>
public sealed class CaseAccess(IDbContextFactory<CasesDbContext> contexts, IOptions<CaseAccessOptions> options, TimeProvider clock)
{
    public const string ViewedAction = CaseAuditActions.Viewed;

    /// <summary>The answer for a case someone may not see, word for word the answer for a case that does not exist.</summary>
    public static string NoSuchCase(CaseReference reference) =>
        $"There is no case {reference}. Check the reference, or type **my cases** to see yours.";

    public async Task<bool> MaySeeAsync(Case @case, Policy policy, StaffMember viewer, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(@case);
        ArgumentNullException.ThrowIfNull(viewer);
        var seeAll = options.Value.SeeAllCasesRoles;
        if (CaseVisibility.OnTheCase(@case, viewer) || seeAll.Any(viewer.HasRole)) return true;
        List<StaffMember> everyone;
        await using (var db = await contexts.CreateDbContextAsync(cancellationToken))
        {
            everyone = await db.Staff.AsNoTracking().ToListAsync(cancellationToken);
        }
        var byId = everyone.ToDictionary(s => s.Id);
        return CaseVisibility.Sees(@case, policy, viewer, id => byId.GetValueOrDefault(id), everyone, seeAll);
    }

    /// <summary>Writes "viewer saw this case" to the case's audit trail; <paramref name="via"/> says how (case card, letter...).</summary>
    public async Task RecordViewAsync(Case @case, StaffMember viewer, string via, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(@case);
        ArgumentNullException.ThrowIfNull(viewer);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        // No customer details: the case id says whose record it was, and the trail cannot be erased later.
        var what = JsonSerializer.Serialize(new { via, viewer = viewer.DisplayName });
        db.AuditEntries.Add(new AuditEntry(@case.Id, clock.GetUtcNow(), viewer.AadObjectId, ViewedAction, null, what));
        await db.SaveChangesAsync(cancellationToken);
    }
}
