using ComplaintsBot.Cases.Domain;
using ComplaintsBot.Cases.Policies;
using ComplaintsBot.Cases.Store;
using ComplaintsBot.Cases.Time;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace ComplaintsBot.Workflows.Retention;

/// <summary>A case whose retention date has come: when it ended, when it was due to go, and whether a legal hold keeps it.</summary>
public sealed record RetentionItem(int CaseId, int Version, CaseReference Reference, ContactKind Kind, DateOnly EndedOn, DateOnly DueOn, bool Held, string? HoldReason);

/// <summary>What one run did: anonymised, kept under legal hold, and changed meanwhile (left for the next run).</summary>
public sealed record RetentionResult(int Anonymised, int Held, int ChangedMeanwhile, bool RanElsewhere = false);

/// <summary>
/// One run of the retention schedule (UK GDPR Article 5(1)(e): kept no longer than necessary): every ended case whose
/// date has come (<see cref="RetentionOptions.YearsAfterClosure"/> after it closed, London days) is anonymised, unless a
/// legal hold keeps it. Safe with several instances: on PostgreSQL one run at a time holds the retention lock (another
/// instance's run is skipped), and each case changes only at the version read, so a case changed meanwhile is left for
/// the next run. A second run finds nothing more: anonymised cases are no longer searched for.
/// </summary>
public sealed class RetentionSweep(
    IDbContextFactory<CasesDbContext> contexts, CaseAnonymiser anonymiser, IOptions<RetentionOptions> options, TimeProvider clock, IRetentionLock? retentionLock = null)
{
    public const string Actor = "system:retention";

    /// <summary>Every case due now, held ones included, by the day it was due: what a run would anonymise (the dry run).</summary>
    public async Task<List<RetentionItem>> DueAsync(CancellationToken cancellationToken = default)
    {
        var periods = options.Value.YearsAfterClosure;
        var today = LondonTime.DateOf(clock.GetUtcNow());
        // Nothing can be due that ended after the shortest period's cut-off; the index on (AnonymisedAt, ClosedAt) finds the rest.
        var endedBy = LondonTime.AtLondon(today.AddYears(-periods.All.Min()).AddDays(1), TimeOnly.MinValue);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var ended = await db.Cases.AsNoTracking()
            .Include(c => c.ExclusionDecisions)
            .Where(c => c.AnonymisedAt == null && c.Status != CaseStatus.Open
                && ((c.ClosedAt != null && c.ClosedAt < endedBy) || (c.ClosedAt == null && c.Status == CaseStatus.NotAccepted)))
            .ToListAsync(cancellationToken);
        return [.. ended
            .Select(c => (Case: c, EndedAt: EndedAt(c)))
            .Where(e => e.EndedAt is not null)
            .Select(e => new RetentionItem(e.Case.Id, e.Case.Version, e.Case.Reference, e.Case.Kind, LondonTime.DateOf(e.EndedAt!.Value),
                LondonTime.DateOf(e.EndedAt!.Value).AddYears(periods.For(e.Case.Kind)), e.Case.LegalHold, e.Case.LegalHoldReason))
            .Where(i => i.DueOn <= today)
            .OrderBy(i => i.DueOn).ThenBy(i => i.Reference.ToString(), StringComparer.Ordinal)];
    }

    /// <summary>Anonymises every case due and not held.</summary>
    public async Task<RetentionResult> RunOnceAsync(CancellationToken cancellationToken = default)
    {
        await using var held = retentionLock is null ? null : await retentionLock.TryAcquireAsync(cancellationToken);
        if (retentionLock is not null && held is null) return new RetentionResult(0, 0, 0, RanElsewhere: true);
        int anonymised = 0, kept = 0, changed = 0;
        foreach (var item in await DueAsync(cancellationToken))
        {
            if (item.Held)
            {
                kept++;
                continue;
            }
            try
            {
                await anonymiser.AnonymiseAsync(item.CaseId, item.Version, clock.GetUtcNow(), Actor, CaseAuditActions.AnonymisedByRetention, cancellationToken);
                anonymised++;
            }
            catch (Exception e) when (e is CaseChangedElsewhereException or CaseStateException)
            {
                // A hold placed, or another run, since it was read: the next run looks at it again.
                changed++;
            }
        }
        return new RetentionResult(anonymised, kept, changed);
    }

    // Closed: when it closed. Not accepted as a complaint (and never closed): when that was decided.
    private static DateTimeOffset? EndedAt(Case @case) =>
        @case.ClosedAt ?? @case.ExclusionDecisions.Where(d => d.Outcome == ExclusionOutcome.NotAccepted).Select(d => (DateTimeOffset?)d.DecidedAt).Max();
}
