using ComplaintsBot.Cases.Domain;
using ComplaintsBot.Cases.Sla;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace ComplaintsBot.Cases.Store;

/// <summary>
/// The case store. Provider-neutral model (SQLite by default, or PostgreSQL). The bot's own tables share its database
/// and migrations but not the case model: they are declared apart, in <c>Store/BotPlumbing</c>. On every save it moves a
/// changed case's <see cref="Case.Version"/> on if the domain did not, and refuses to change or delete
/// audit entries.
/// </summary>
public sealed partial class CasesDbContext(DbContextOptions<CasesDbContext> options) : DbContext(options)
{
    public DbSet<Case> Cases => Set<Case>();
    public DbSet<CaseContact> CaseContacts => Set<CaseContact>();
    public DbSet<CaseStage> CaseStages => Set<CaseStage>();
    public DbSet<StageExtension> StageExtensions => Set<StageExtension>();
    public DbSet<CompensationApproval> CompensationApprovals => Set<CompensationApproval>();
    public DbSet<ResponseSignOff> ResponseSignOffs => Set<ResponseSignOff>();
    public DbSet<LateEscalationRequest> LateEscalationRequests => Set<LateEscalationRequest>();
    public DbSet<ExclusionDecision> ExclusionDecisions => Set<ExclusionDecision>();
    public DbSet<ContactRestriction> ContactRestrictions => Set<ContactRestriction>();
    public DbSet<StaffMember> Staff => Set<StaffMember>();
    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();
    public DbSet<ReferenceCounter> ReferenceCounters => Set<ReferenceCounter>();
    public DbSet<CaseDeadlineRow> CaseDeadlines => Set<CaseDeadlineRow>();
    public DbSet<Reminder> Reminders => Set<Reminder>();
    public DbSet<SubjectAccessRequest> SubjectAccessRequests => Set<SubjectAccessRequest>();

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        PrepareSave();
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        PrepareSave();
        return base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(CasesDbContext).Assembly);

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // SQLite keeps DateTimeOffset as text it cannot compare or sort; UTC ticks keep queries such as
        // "received before" and "order by when" in the database. PostgreSQL stores timestamptz natively.
        if (Database.ProviderName == SqliteProviderName)
            configurationBuilder.Properties<DateTimeOffset>().HaveConversion<UtcTicksConverter>();
        else
            configurationBuilder.Properties<DateTimeOffset>().HaveConversion<UtcConverter>();
    }

    internal const string SqliteProviderName = "Microsoft.EntityFrameworkCore.Sqlite";

    private void PrepareSave()
    {
        ChangeTracker.DetectChanges();
        RefuseAuditChanges();
        MoveChangedCaseVersionsOn();
    }

    private void RefuseAuditChanges()
    {
        var changed = ChangeTracker.Entries<AuditEntry>()
            .FirstOrDefault(e => e.State is EntityState.Modified or EntityState.Deleted);
        if (changed is not null)
            throw new InvalidOperationException(
                $"Audit entry {changed.Entity.Id} cannot be {(changed.State == EntityState.Deleted ? "deleted" : "changed")}: the audit trail is append-only.");
    }

    // The domain moves Version on in every transition; this catches a change made any other way, including
    // a child row added or changed on its own, so the case row is always checked against the version read.
    private void MoveChangedCaseVersionsOn()
    {
        var changedCaseIds = new HashSet<int>();
        foreach (var entry in ChangeTracker.Entries().ToList())
        {
            if (entry.State is EntityState.Added or EntityState.Modified or EntityState.Deleted
                && CaseIdOf(entry) is { } caseId and not 0)
                changedCaseIds.Add(caseId);
        }
        foreach (var entry in ChangeTracker.Entries<Case>())
        {
            var changed = entry.State == EntityState.Modified
                || (entry.State == EntityState.Unchanged && changedCaseIds.Contains(entry.Entity.Id));
            if (!changed) continue;
            var version = entry.Property(c => c.Version);
            if (!version.IsModified) version.CurrentValue = version.OriginalValue + 1;
        }
    }

    private int? CaseIdOf(EntityEntry entry)
    {
        switch (entry.Entity)
        {
            case CaseContact contact: return contact.CaseId;
            case CaseStage stage: return stage.CaseId;
            case ExclusionDecision decision: return decision.CaseId;
            case StageExtension extension: return StageCaseId(extension.StageId);
        }
        // Owned values (customer, representative, a stage's response) live in their owner's row.
        var ownership = entry.Metadata.FindOwnership();
        if (ownership is null) return null;
        var ownerKey = entry.Property(ownership.Properties[0].Name).CurrentValue as int?;
        if (ownership.PrincipalEntityType.ClrType == typeof(Case)) return ownerKey;
        if (ownership.PrincipalEntityType.ClrType == typeof(CaseStage) && ownerKey is { } stageId) return StageCaseId(stageId);
        return null;
    }

    private int? StageCaseId(int stageId) => CaseStages.Local.FirstOrDefault(s => s.Id == stageId)?.CaseId;
}
