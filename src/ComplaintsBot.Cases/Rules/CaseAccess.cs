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

    /// <summary>
    /// A card's automatic refresh within this long of the same person's last recorded view of the case is not recorded
    /// again. Teams refreshes a card each time it is displayed to someone (scrolling back, reopening the chat), many
    /// times an hour; each is a showing, but one entry per person per half hour still says who looked at the record and
    /// when, without burying the changes in the trail. Opening a case, its history or a letter is always recorded.
    /// </summary>
    public static readonly TimeSpan RefreshViewWindow = TimeSpan.FromMinutes(30);

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

    /// <summary>
    /// Writes "viewer saw this case" to the case's audit trail; <paramref name="via"/> says how (case card, letter...).
    /// An automatic refresh (<paramref name="automaticRefresh"/>) is left out when the same person's last view of the
    /// case is less than <see cref="RefreshViewWindow"/> old.
    /// </summary>
    public async Task RecordViewAsync(Case @case, StaffMember viewer, string via, CancellationToken cancellationToken = default, bool automaticRefresh = false)
    {
        ArgumentNullException.ThrowIfNull(@case);
        ArgumentNullException.ThrowIfNull(viewer);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (automaticRefresh)
        {
            var since = clock.GetUtcNow() - RefreshViewWindow;
            if (await db.AuditEntries.AnyAsync(e => e.CaseId == @case.Id && e.Actor == viewer.AadObjectId && e.Action == ViewedAction && e.At > since, cancellationToken))
                return;
        }
        // No customer details: the case id says whose record it was, and the trail cannot be erased later.
        var what = JsonSerializer.Serialize(new { via, viewer = viewer.DisplayName });
        db.AuditEntries.Add(new AuditEntry(@case.Id, clock.GetUtcNow(), viewer.AadObjectId, ViewedAction, null, what));
        await db.SaveChangesAsync(cancellationToken);
    }
}
