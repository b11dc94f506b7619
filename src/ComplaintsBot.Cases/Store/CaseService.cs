using ComplaintsBot.Cases.Domain;
using ComplaintsBot.Cases.Sla;
using Microsoft.EntityFrameworkCore;
using ComplaintsBot.Cases.Time;

namespace ComplaintsBot.Cases.Store;

/// <summary>
/// The way cases are opened and changed: each change is checked against the version the caller saw, and
/// saved together with its audit entry (and, with a <see cref="CaseDeadlineIndex"/>, the case's deadline rows
/// for the SLA monitor) in one transaction. Every call uses a context of its own, so the
/// service is safe to share (it is registered as a singleton) and the cases it returns are detached.
/// </summary>
public sealed class CaseService(
    IDbContextFactory<CasesDbContext> contexts,
    CaseReferenceAllocator allocator,
    TimeProvider clock,
    ICaseAuditDescriber describer,
    CaseDeadlineIndex? deadlineIndex = null)
{

    /// <summary>Opens a case under the next reference for the prefix and the year of receipt (in London).</summary>
    /// <param name="actor">The Teams user id (aadObjectId) of the member of staff logging it.</param>
    public async Task<Case> OpenAsync(CaseIntake intake, string referencePrefix, string actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(intake);
        var year = LondonTime.DateOf(intake.ReceivedAt).Year;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var strategy = db.Database.CreateExecutionStrategy();
        return await strategy.ExecuteAsync(async ct =>
        {
            db.ChangeTracker.Clear(); // a retried attempt starts afresh
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            var reference = await allocator.AllocateAsync(db, referencePrefix, year, ct);
            var @case = Case.Open(reference, intake);
            db.Cases.Add(@case);
            db.AuditEntries.Add(AuditEntry.ForNewCase(@case, clock.GetUtcNow(), actor, CaseAuditActions.Opened, describer.Describe(@case)));
            await db.SaveChangesAsync(ct);
            if (deadlineIndex is not null)
            {
                await deadlineIndex.RefreshAsync(db, @case, ct); // needs the case id, so after the first save
                await db.SaveChangesAsync(ct);
            }
            await transaction.CommitAsync(ct);
            return @case;
        }, cancellationToken);
    }

    /// <summary>The case with its contacts, stages, extensions and exclusion decisions; null if there is none.</summary>
    public async Task<Case?> FindAsync(int id, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await WithChildren(db).FirstOrDefaultAsync(c => c.Id == id, cancellationToken);
    }

    /// <inheritdoc cref="FindAsync(int, CancellationToken)"/>
    public async Task<Case?> FindAsync(CaseReference reference, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await WithChildren(db).FirstOrDefaultAsync(c => c.Reference == reference, cancellationToken);
    }

    /// <summary>
    /// The cases with these ids, loaded as <see cref="FindAsync(int, CancellationToken)"/> loads one, in one split query
    /// whatever their number; in the order of <paramref name="ids"/>, an id with no case left out.
    /// </summary>
    public async Task<List<Case>> FindManyAsync(IReadOnlyList<int> ids, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(ids);
        if (ids.Count == 0) return [];
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var byId = await WithChildren(db).Where(c => ids.Contains(c.Id)).ToDictionaryAsync(c => c.Id, cancellationToken);
        return [.. ids.Where(byId.ContainsKey).Select(id => byId[id])];
    }

    /// <summary>
    /// Applies <paramref name="change"/> (a transition such as <c>c =&gt; c.Acknowledge(now)</c>) to the case
    /// as it was at <paramref name="expectedVersion"/>, and saves it with an audit entry.
    /// </summary>
    /// <param name="actor">The Teams user id (aadObjectId) of the member of staff acting, or "system".</param>
    /// <param name="action">What was done, for the audit trail, such as "stage.acknowledged".</param>
    /// <exception cref="CaseNotFoundException">No case has that id.</exception>
    /// <exception cref="CaseChangedElsewhereException">The case has moved on from the version the caller saw.</exception>
    /// <exception cref="CaseStateException">The transition does not apply to the case's state; nothing is saved.</exception>
    public Task<Case> ChangeAsync(int caseId, int expectedVersion, string actor, string action, Action<Case> change, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(change);
        return ChangeAsync(caseId, expectedVersion, actor, c => { change(c); return [action]; }, cancellationToken);
    }

    /// <summary>
    /// As the other overload, for a change that is several transitions at once (a response that makes a waiting
    /// extension lapse): <paramref name="change"/> returns the audit action of each, and each gets its own entry.
    /// </summary>
    public async Task<Case> ChangeAsync(int caseId, int expectedVersion, string actor, Func<Case, IReadOnlyList<string>> change, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(change);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var @case = await WithChildren(db).AsTracking().FirstOrDefaultAsync(c => c.Id == caseId, cancellationToken)
            ?? throw new CaseNotFoundException($"There is no case {caseId}.");
        if (@case.Version != expectedVersion)
            throw Stale(@case, expectedVersion, null);

        var before = describer.Describe(@case);
        var actions = change(@case);
        var after = describer.Describe(@case);
        foreach (var action in actions) db.AuditEntries.Add(new AuditEntry(@case.Id, clock.GetUtcNow(), actor, action, before, after));
        if (deadlineIndex is not null) await deadlineIndex.RefreshAsync(db, @case, cancellationToken);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException e)
        {
            throw Stale(@case, expectedVersion, e);
        }
        return @case;
    }

    /// <summary>The case's audit trail, oldest first.</summary>
    public async Task<List<AuditEntry>> AuditTrailAsync(int caseId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.AuditEntries.AsNoTracking()
            .Where(a => a.CaseId == caseId)
            .OrderBy(a => a.At).ThenBy(a => a.Id)
            .ToListAsync(cancellationToken);
    }

    /// <summary>
    /// The restrictions in force on this customer's contact, from any of their cases: matched by tenancy reference where
    /// the contact has one, else by name. None for an anonymous customer.
    /// </summary>
    public async Task<List<CustomerContactRestriction>> ContactRestrictionsOnAsync(Customer customer, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(customer);
        if (customer.IsAnonymous) return [];
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var cases = db.Cases.AsNoTracking();
        if (customer.TenancyReference is { } tenancy)
        {
            var wanted = tenancy.ToLowerInvariant();
            cases = cases.Where(c => c.Customer.TenancyReference != null && c.Customer.TenancyReference.ToLower() == wanted);
        }
        else
        {
            var wanted = customer.Name!.ToLowerInvariant();
            cases = cases.Where(c => c.Customer.Name != null && c.Customer.Name.ToLower() == wanted);
        }
        var rows = await cases
            .SelectMany(c => c.ContactRestrictions.Where(r => r.LiftedAt == null), (c, r) => new { c.Id, c.Reference, Restriction = r })
            .ToListAsync(cancellationToken);
        return [.. rows.OrderBy(r => r.Restriction.DecidedAt).Select(r => new CustomerContactRestriction(r.Id, r.Reference, r.Restriction))];
    }

    internal static IQueryable<Case> WithChildren(CasesDbContext db) =>
        db.Cases
            .Include(c => c.Contacts)
            .Include(c => c.Stages).ThenInclude(s => s.Extensions)
            .Include(c => c.Stages).ThenInclude(s => s.CompensationApprovals)
            .Include(c => c.Stages).ThenInclude(s => s.SignOffs)
            .Include(c => c.Stages).ThenInclude(s => s.LateEscalations)
            .Include(c => c.ExclusionDecisions)
            .Include(c => c.ContactRestrictions)
            .AsSplitQuery();

    private static CaseChangedElsewhereException Stale(Case @case, int expectedVersion, Exception? inner) =>
        new($"{@case.Reference} has changed since version {expectedVersion} was shown; reload it and try again.", inner);
}
