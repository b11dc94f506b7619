using ComplaintsBot.Cases.Domain;
using ComplaintsBot.Cases.Policies;
using ComplaintsBot.Cases.Store;
using Microsoft.EntityFrameworkCore;

namespace ComplaintsBot.Cases.Staff;

/// <summary>
/// The ways people, roles and line managers change: an HR import, a role granted or revoked, a line manager set,
/// the first administrator. Each change is saved with an audit entry (who made it, when, the member before and
/// after) in the same transaction, so a change without its audit line cannot exist. People are named by work email
/// or Entra object id.
/// </summary>
public sealed class StaffAdministration(IDbContextFactory<CasesDbContext> contexts, TimeProvider clock, PolicyCatalog? policies = null)
{
    /// <summary>
    /// The roles a person can be given: the bot's own (officer ... admin) and every role a policy names (a stage owner,
    /// an extension or compensation approver such as complaint-lead or customer-experience-manager), so the deciders a
    /// policy names resolve to real people.
    /// </summary>
    public IReadOnlyList<string> KnownRoles { get; } =
        [.. StaffRoles.All.Concat((policies?.Policies ?? []).SelectMany(p => p.Roles).Select(r => r.Id)).Distinct(StringComparer.OrdinalIgnoreCase)];

    private string? Known(string? role) =>
        role is null ? null : KnownRoles.FirstOrDefault(r => string.Equals(r, role.Trim(), StringComparison.OrdinalIgnoreCase));

    public const string AddedAction = "staff.added";
    public const string ImportedAction = "staff.imported";
    public const string RoleGrantedAction = "staff.role-granted";
    public const string RoleRevokedAction = "staff.role-revoked";
    public const string LineManagerSetAction = "staff.line-manager-set";
    public const string BootstrapAdminAction = "staff.bootstrap-admin";

    /// <summary>Everyone in the directory with their line manager, by name.</summary>
    public async Task<List<StaffMember>> ListAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Staff.AsNoTracking().Include(s => s.LineManager)
            .OrderBy(s => s.DisplayName).ThenBy(s => s.AadObjectId).ToListAsync(cancellationToken);
    }

    /// <summary>The member with this work email or Entra object id, with their line manager; null if nobody.</summary>
    public async Task<StaffMember?> FindAsync(string emailOrObjectId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await FindAsync(db.Staff.AsNoTracking().Include(s => s.LineManager), emailOrObjectId, cancellationToken);
    }

    /// <summary>
    /// Adds or updates everyone in <paramref name="rows"/> in one transaction: all of them, or (with any problem on
    /// any line) none of them. People not in the file are left as they are. The roles column replaces the roles
    /// granted in the bot; an empty one makes the person an officer. Roles read from the directory are not touched.
    /// </summary>
    /// <exception cref="StaffImportException">Every problem found, by line; nothing was written.</exception>
    public async Task<StaffImportResult> ImportAsync(IReadOnlyList<StaffImportRow> rows, string actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(rows);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var existing = await db.Staff.AsTracking().ToListAsync(cancellationToken);
        var problems = Validate(rows, existing);
        if (problems.Count > 0) throw new StaffImportException(problems);

        var strategy = db.Database.CreateExecutionStrategy();
        return await strategy.ExecuteAsync(async ct =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            var byObjectId = existing.ToDictionary(s => s.AadObjectId, StringComparer.OrdinalIgnoreCase);
            var before = existing.ToDictionary(s => s.AadObjectId, s => Snapshot(s, existing), StringComparer.OrdinalIgnoreCase);
            foreach (var row in rows)
            {
                if (!byObjectId.TryGetValue(row.AadObjectId, out var member))
                {
                    member = new StaffMember(row.AadObjectId, row.DisplayName, row.Email);
                    db.Staff.Add(member);
                    byObjectId[row.AadObjectId] = member;
                }
                member.DisplayName = row.DisplayName;
                member.Email = row.Email;
                member.Team = row.Team;
                member.Roles = row.Roles.Count == 0 ? [StaffRoles.Officer] : [.. row.Roles.Select(r => Known(r)!)];
            }
            await db.SaveChangesAsync(ct); // new members get their ids, which line managers refer to

            var everyone = byObjectId.Values.ToList();
            foreach (var row in rows)
            {
                var manager = row.LineManager is { } key ? Resolve(everyone, key) : null;
                var member = byObjectId[row.AadObjectId];
                member.LineManagerId = manager?.Id;
                member.LineManager = manager;
            }

            int added = 0, changed = 0, unchanged = 0;
            var now = clock.GetUtcNow();
            foreach (var row in rows)
            {
                var member = byObjectId[row.AadObjectId];
                var after = Snapshot(member, everyone);
                var was = before.GetValueOrDefault(row.AadObjectId);
                if (was is null) added++;
                else if (was == after) { unchanged++; continue; }
                else changed++;
                db.AuditEntries.Add(new AuditEntry(null, now, actor, was is null ? AddedAction : ImportedAction, was, after));
            }
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
            return new StaffImportResult(added, changed, unchanged);
        }, cancellationToken);
    }

    /// <summary>Grants a role in the bot; granting one already held changes nothing and writes no audit line.</summary>
    public Task<StaffMember> GrantAsync(string who, string role, string actor, CancellationToken cancellationToken = default)
    {
        var known = Known(role) ?? throw UnknownRole(role);
        return ChangeAsync(who, actor, RoleGrantedAction, (member, _) =>
        {
            if (member.Roles.Contains(known, StringComparer.OrdinalIgnoreCase)) return false;
            member.Roles = [.. member.Roles, known];
            return true;
        }, cancellationToken);
    }

    /// <summary>
    /// Revokes a role granted in the bot. A role read from the directory is refused (it would come back on the next
    /// refresh: it is changed in the directory), and so is the last administrator's admin role (nobody could then
    /// grant anything).
    /// </summary>
    public Task<StaffMember> RevokeAsync(string who, string role, string actor, CancellationToken cancellationToken = default)
    {
        var known = Known(role) ?? throw UnknownRole(role);
        return ChangeAsync(who, actor, RoleRevokedAction, (member, everyone) =>
        {
            if (!member.Roles.Contains(known, StringComparer.OrdinalIgnoreCase))
            {
                if (member.DirectoryRoles.Contains(known, StringComparer.OrdinalIgnoreCase))
                    throw new StaffChangeRefusedException(
                        $"{member.DisplayName} is {known} through their directory groups; remove them from the group in Entra ID.");
                return false;
            }
            if (known == StaffRoles.Admin && !everyone.Any(s => s.Id != member.Id && s.HasRole(StaffRoles.Admin)))
                throw new StaffChangeRefusedException(
                    $"{member.DisplayName} is the only administrator; grant admin to someone else first.");
            member.Roles = [.. member.Roles.Where(r => !string.Equals(r, known, StringComparison.OrdinalIgnoreCase))];
            return true;
        }, cancellationToken);
    }

    /// <summary>Sets (or, with null, clears) a member's line manager; a loop of line managers is refused.</summary>
    public Task<StaffMember> SetLineManagerAsync(string who, string? lineManager, string actor, CancellationToken cancellationToken = default) =>
        ChangeAsync(who, actor, LineManagerSetAction, (member, everyone) =>
        {
            StaffMember? manager = null;
            if (lineManager is not null)
            {
                manager = Resolve(everyone, lineManager)
                    ?? throw new StaffChangeRefusedException($"Nobody in the staff directory has the email or object id '{lineManager}'.");
                if (manager.Id == member.Id)
                    throw new StaffChangeRefusedException($"{member.DisplayName} cannot be their own line manager.");
                for (var above = manager; above is not null; above = everyone.FirstOrDefault(s => s.Id == above.LineManagerId))
                {
                    if (above.LineManagerId == member.Id)
                        throw new StaffChangeRefusedException(
                            $"{manager.DisplayName} reports to {member.DisplayName} already; a line manager cannot report to their own report.");
                }
            }
            if (member.LineManagerId == manager?.Id) return false;
            member.LineManagerId = manager?.Id;
            return true;
        }, cancellationToken);

    /// <summary>
    /// Makes the first administrator, on a store that has none. The person is found by email or object id; someone
    /// the bot has never met can be added by their Entra object id (their name is filled in when they first message
    /// the bot). Once there is an administrator this is refused: they grant roles from then on.
    /// </summary>
    public async Task<StaffMember> BootstrapAdminAsync(string who, string? displayName, string actor, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(who);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var everyone = await db.Staff.AsTracking().ToListAsync(cancellationToken);
        var member = Resolve(everyone, who);
        if (everyone.FirstOrDefault(s => s.HasRole(StaffRoles.Admin)) is { } admin)
        {
            if (member is not null && admin.Id == member.Id) return member;
            throw new StaffChangeRefusedException(
                $"There is already an administrator ({Describe(admin)}); they grant roles from the admin card, or use staff grant.");
        }
        string? before = null;
        if (member is null)
        {
            if (who.Contains('@', StringComparison.Ordinal))
                throw new StaffChangeRefusedException(
                    $"Nobody in the staff directory has the email {who.Trim()}; give their Entra object id (Entra admin centre > Users > the person > Object ID), or import the HR file first.");
            member = new StaffMember(who.Trim(), string.IsNullOrWhiteSpace(displayName) ? who.Trim() : displayName);
            db.Staff.Add(member);
            everyone.Add(member);
        }
        else
        {
            before = Snapshot(member, everyone);
        }
        member.Roles = [.. member.Roles.Where(r => !string.Equals(r, StaffRoles.Admin, StringComparison.OrdinalIgnoreCase)), StaffRoles.Admin];
        var strategy = db.Database.CreateExecutionStrategy();
        await strategy.ExecuteAsync(async ct =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            await db.SaveChangesAsync(ct);
            db.AuditEntries.Add(new AuditEntry(null, clock.GetUtcNow(), actor, BootstrapAdminAction, before, Snapshot(member, everyone)));
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
        }, cancellationToken);
        return member;
    }

    /// <summary>The staff audit trail (changes to people, not to cases), oldest first.</summary>
    public async Task<List<AuditEntry>> AuditTrailAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.AuditEntries.AsNoTracking()
            .Where(a => a.CaseId == null && a.Action.StartsWith("staff."))
            .OrderBy(a => a.At).ThenBy(a => a.Id)
            .ToListAsync(cancellationToken);
    }

    public static string Describe(StaffMember member) =>
        member.Email is { } email ? $"{member.DisplayName} <{email}>" : $"{member.DisplayName} ({member.AadObjectId})";

    /// <summary>Applies one change to one member and saves it with its audit entry; a change that changes nothing saves nothing.</summary>
    private async Task<StaffMember> ChangeAsync(
        string who, string actor, string action, Func<StaffMember, List<StaffMember>, bool> change, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(who);
        ArgumentException.ThrowIfNullOrWhiteSpace(actor);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var everyone = await db.Staff.AsTracking().ToListAsync(cancellationToken);
        var member = Resolve(everyone, who)
            ?? throw new StaffChangeRefusedException($"Nobody in the staff directory has the email or object id '{who.Trim()}'.");
        var before = Snapshot(member, everyone);
        if (!change(member, everyone)) return member;
        db.AuditEntries.Add(new AuditEntry(null, clock.GetUtcNow(), actor, action, before, Snapshot(member, everyone)));
        await db.SaveChangesAsync(cancellationToken); // one save: the change and its audit line together
        return member;
    }

    private List<StaffImportProblem> Validate(IReadOnlyList<StaffImportRow> rows, List<StaffMember> existing)
    {
        var problems = new List<StaffImportProblem>();
        var objectIds = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        var emails = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        foreach (var row in rows)
        {
            if (string.IsNullOrWhiteSpace(row.AadObjectId)) problems.Add(new(row.Line, "no Entra object id."));
            else if (!objectIds.TryAdd(row.AadObjectId, row.Line))
                problems.Add(new(row.Line, $"object id {row.AadObjectId} is already on line {objectIds[row.AadObjectId]}."));
            if (string.IsNullOrWhiteSpace(row.DisplayName)) problems.Add(new(row.Line, "no name."));
            if (row.Email is { } email)
            {
                if (!email.Contains('@', StringComparison.Ordinal)) problems.Add(new(row.Line, $"'{email}' is not an email address."));
                else if (!emails.TryAdd(email, row.Line)) problems.Add(new(row.Line, $"email {email} is already on line {emails[email]}."));
                else if (existing.FirstOrDefault(s => string.Equals(s.Email, email, StringComparison.OrdinalIgnoreCase)
                             && !string.Equals(s.AadObjectId, row.AadObjectId, StringComparison.OrdinalIgnoreCase)) is { } other
                         && !rows.Any(r => string.Equals(r.AadObjectId, other.AadObjectId, StringComparison.OrdinalIgnoreCase)))
                    problems.Add(new(row.Line, $"email {email} belongs to {other.DisplayName} ({other.AadObjectId}) in the staff directory."));
            }
            foreach (var role in row.Roles.Where(r => Known(r) is null))
                problems.Add(new(row.Line, $"unknown role '{role}'; the roles are {string.Join(", ", KnownRoles)}."));
        }
        if (problems.Count > 0) return problems;

        // Line managers: someone in the file or already in the directory, never the person themselves, never a loop.
        var managerOf = existing.ToDictionary(
            s => s.AadObjectId, s => existing.FirstOrDefault(m => m.Id == s.LineManagerId)?.AadObjectId, StringComparer.OrdinalIgnoreCase);
        foreach (var row in rows)
        {
            string? managerId = null;
            if (row.LineManager is { } key)
            {
                managerId = rows.FirstOrDefault(r => Matches(r.AadObjectId, r.Email, key))?.AadObjectId
                    ?? existing.FirstOrDefault(s => Matches(s.AadObjectId, s.Email, key))?.AadObjectId;
                if (managerId is null) problems.Add(new(row.Line, $"line manager '{key}' is neither in the file nor in the staff directory."));
                else if (string.Equals(managerId, row.AadObjectId, StringComparison.OrdinalIgnoreCase))
                    problems.Add(new(row.Line, $"{row.DisplayName} is given as their own line manager."));
            }
            managerOf[row.AadObjectId] = managerId;
        }
        if (problems.Count > 0) return problems;
        foreach (var row in rows)
        {
            var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { row.AadObjectId };
            for (var above = managerOf.GetValueOrDefault(row.AadObjectId); above is not null; above = managerOf.GetValueOrDefault(above))
            {
                if (!seen.Add(above))
                {
                    problems.Add(new(row.Line, $"the line managers above {row.DisplayName} go round in a loop."));
                    break;
                }
            }
        }
        return problems;
    }

    private static bool Matches(string objectId, string? email, string key) =>
        string.Equals(objectId, key.Trim(), StringComparison.OrdinalIgnoreCase)
        || (email is not null && string.Equals(email, key.Trim(), StringComparison.OrdinalIgnoreCase));

    private static StaffMember? Resolve(IEnumerable<StaffMember> everyone, string key) =>
        everyone.FirstOrDefault(s => Matches(s.AadObjectId, s.Email, key));

    private static async Task<StaffMember?> FindAsync(IQueryable<StaffMember> staff, string key, CancellationToken cancellationToken)
    {
        var wanted = key.Trim();
        var lower = wanted.ToLowerInvariant();
        return await staff.FirstOrDefaultAsync(s => s.AadObjectId == wanted || (s.Email != null && s.Email.ToLower() == lower), cancellationToken);
    }

    private static string Snapshot(StaffMember member, IEnumerable<StaffMember> everyone) =>
        StaffSnapshot.Of(member, member.LineManagerId is { } id ? everyone.FirstOrDefault(s => s.Id == id)?.AadObjectId : null).ToJson();

    private StaffChangeRefusedException UnknownRole(string role) =>
        new($"Unknown role '{role}'; the roles are {string.Join(", ", KnownRoles)}.");
}
