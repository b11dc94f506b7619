using ComplaintsBot.Cases;
using ComplaintsBot.Cases.Domain;
using ComplaintsBot.Cases.Policies;
using ComplaintsBot.Cases.Rules;
using ComplaintsBot.Cases.Store;
using Microsoft.EntityFrameworkCore;

namespace ComplaintsBot.Workflows.LogContact;

/// <summary>
/// Saves a contact staff logged as a case, with the answers to the policy's exclusions. Idempotent by the
/// draft's <see cref="CaseIntake.IntakeId"/>: saving the same draft again returns the case it opened.
/// </summary>
public sealed class ContactLogging(CaseService cases, IDbContextFactory<CasesDbContext> contexts, TimeProvider clock)
{
    public async Task<LoggedContact> SaveAsync(CaseIntake intake, Policy policy, IReadOnlyList<ExclusionFinding> exclusions, StaffMember recordedBy, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(intake);
        ArgumentNullException.ThrowIfNull(policy);
        ArgumentNullException.ThrowIfNull(exclusions);
        ArgumentNullException.ThrowIfNull(recordedBy);
        if (intake.IntakeId is not { } intakeId)
            throw new ArgumentException("A logged contact needs its draft's intake id, so that it is saved once.", nameof(intake));
        if (await FindByIntakeAsync(intakeId, cancellationToken) is { } saved)
            return new LoggedContact(await RecordExclusionsAsync(saved, exclusions, recordedBy, cancellationToken), AlreadySaved: true);

        Case @case;
        try
        {
            @case = await cases.OpenAsync(intake, policy.ReferencePrefix, recordedBy.AadObjectId, cancellationToken);
        }
        catch (DbUpdateException)
        {
            // A second save of the same draft raced this one and won: the unique intake id refused ours.
            if (await FindByIntakeAsync(intakeId, cancellationToken) is { } winner) return new LoggedContact(winner, AlreadySaved: true);
            throw;
        }
        return new LoggedContact(await RecordExclusionsAsync(@case, exclusions, recordedBy, cancellationToken), AlreadySaved: false);
    }

    // Each finding not yet on the case: a save cut off between opening the case and recording them completes them when
    // the draft is saved again.
    private async Task<Case> RecordExclusionsAsync(Case @case, IReadOnlyList<ExclusionFinding> exclusions, StaffMember recordedBy, CancellationToken cancellationToken)
    {
        foreach (var finding in exclusions.Where(f => !@case.ExclusionDecisions.Any(d => d.ExclusionId == f.ExclusionId)))
        {
            var decision = finding;
            @case = await cases.ChangeAsync(@case.Id, @case.Version, recordedBy.AadObjectId, CaseAuditActions.ExclusionDecided,
                c => c.DecideExclusion(decision.ExclusionId, decision.Applies, recordedBy.Id, clock.GetUtcNow(), decision.Outcome, decision.Explanation),
                cancellationToken);
        }
        return @case;
    }

    /// <summary>
    /// The channel and service area the officer logs most often, from the last contacts they logged (the most recent
    /// wins a tie); null where they have logged none. The card path fills them in as defaults.
    /// </summary>
    public async Task<(string? Channel, string? ServiceArea)> UsualAsync(int staffId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var recent = await db.Cases
            .Where(c => c.Contacts.Any(x => x.OpenedCase && x.RecordedById == staffId))
            .OrderByDescending(c => c.Id)
            .Take(UsualOf)
            .Select(c => new { c.Channel, c.ServiceArea })
            .ToListAsync(cancellationToken);
        static string? MostOften(IEnumerable<string?> values) =>
            values.Select((value, order) => (value, order)).Where(v => !string.IsNullOrWhiteSpace(v.value))
                .GroupBy(v => v.value!, StringComparer.OrdinalIgnoreCase)
                .OrderByDescending(g => g.Count()).ThenBy(g => g.Min(v => v.order))
                .Select(g => g.First().value).FirstOrDefault();
        return (MostOften(recent.Select(r => (string?)r.Channel.ToString())), MostOften(recent.Select(r => r.ServiceArea)));
    }

    /// <summary>How many of the officer's last contacts say what is usual for them.</summary>
    private const int UsualOf = 20;

    /// <summary>The case saved from the draft, or null when it was never saved (cancelled, or not finished).</summary>
    public async Task<Case?> FindByIntakeAsync(Guid intakeId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var id = await db.Cases.Where(c => c.IntakeId == intakeId).Select(c => (int?)c.Id).FirstOrDefaultAsync(cancellationToken);
        return id is { } caseId ? await cases.FindAsync(caseId, cancellationToken) : null;
    }
}
