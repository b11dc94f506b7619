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
        return (await VisibleAsync([@case], _ => policy, viewer, cancellationToken)).Count == 1;
    }

    /// <summary>
    /// The cases of <paramref name="cases"/> that <paramref name="viewer"/> may see, in their order: the rule of
    /// <see cref="MaySeeAsync"/> for each, with the staff list read at most once for them all.
    /// </summary>
    public async Task<List<Case>> VisibleAsync(IEnumerable<Case> cases, Func<Case, Policy> policyOf, StaffMember viewer, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(cases);
        ArgumentNullException.ThrowIfNull(policyOf);
        ArgumentNullException.ThrowIfNull(viewer);
        var seeAll = options.Value.SeeAllCasesRoles;
        List<StaffMember>? everyone = null;
        Dictionary<int, StaffMember>? byId = null;
        var visible = new List<Case>();
        foreach (var @case in cases)
        {
            if (CaseVisibility.OnTheCase(@case, viewer) || seeAll.Any(viewer.HasRole))
            {
                visible.Add(@case);
                continue;
            }
            if (everyone is null)
            {
                await using var db = await contexts.CreateDbContextAsync(cancellationToken);
                everyone = await db.Staff.AsNoTracking().ToListAsync(cancellationToken);
                byId = everyone.ToDictionary(s => s.Id);
            }
            if (CaseVisibility.Sees(@case, policyOf(@case), viewer, id => byId!.GetValueOrDefault(id), everyone, seeAll)) visible.Add(@case);
        }
        return visible;
    }

    /// <summary>
    /// Writes "viewer saw this case" to the case's audit trail; <paramref name="via"/> says how (case card, letter...).
    /// An automatic refresh (<paramref name="automaticRefresh"/>) is left out when the same person's last view of the
    /// case is less than <see cref="RefreshViewWindow"/> old.
    /// </summary>
    public Task RecordViewAsync(Case @case, StaffMember viewer, string via, CancellationToken cancellationToken = default, bool automaticRefresh = false)
    {
        ArgumentNullException.ThrowIfNull(@case);
        return RecordViewsAsync([@case], viewer, via, cancellationToken, automaticRefresh);
    }

    /// <summary>As <see cref="RecordViewAsync"/> for each of several cases shown at once (a search), in one query and one save.</summary>
    public async Task RecordViewsAsync(IReadOnlyCollection<Case> cases, StaffMember viewer, string via, CancellationToken cancellationToken = default, bool automaticRefresh = false)
    {
        ArgumentNullException.ThrowIfNull(cases);
        ArgumentNullException.ThrowIfNull(viewer);
        if (cases.Count == 0) return;
        var ids = cases.Select(c => c.Id).ToList();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var recent = new HashSet<int>();
        if (automaticRefresh)
        {
            var since = clock.GetUtcNow() - RefreshViewWindow;
            recent = [.. await db.AuditEntries
                .Where(e => e.CaseId != null && ids.Contains(e.CaseId.Value) && e.Actor == viewer.AadObjectId && e.Action == ViewedAction && e.At > since)
                .Select(e => e.CaseId!.Value).Distinct().ToListAsync(cancellationToken)];
        }
        // No customer details: the case id says whose record it was, and the trail cannot be erased later.
        var what = JsonSerializer.Serialize(new { via, viewer = viewer.DisplayName });
        foreach (var id in ids.Where(id => !recent.Contains(id)))
            db.AuditEntries.Add(new AuditEntry(id, clock.GetUtcNow(), viewer.AadObjectId, ViewedAction, null, what));
        if (db.ChangeTracker.HasChanges()) await db.SaveChangesAsync(cancellationToken);
    }
}
