using ComplaintsBot.Cases.Domain;
using ComplaintsBot.Cases.Staff;
using ComplaintsBot.Cases.Store;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Microsoft.Identity.Client;
using Microsoft.Kiota.Abstractions;

namespace ComplaintsBot.Entra;

/// <summary>
/// Keeps a person's directory roles and line manager current. What Graph said is kept on their staff row with the
/// time it was read, so every instance shares one cache: within <see cref="EntraDirectoryOptions.RefreshAfter"/> the
/// row is used as it is, after that Graph is asked again, and an administrator can ask at any time. When Graph cannot
/// be reached the last roles read are used, with a warning in the log: never more than the person was last known to
/// have, and nothing from the directory for someone never read. In local mode (no group mapped) it does nothing.
/// </summary>
public sealed class EntraRoleSync(
    IServiceProvider services,
    IDbContextFactory<CasesDbContext> contexts,
    IOptions<EntraDirectoryOptions> options,
    TimeProvider clock,
    ILogger<EntraRoleSync> logger)
{
    public const string Actor = "entra-id";
    public const string SyncedAction = "staff.directory-synced";

    private long _graphUnavailableUntilTicks;

    public bool IsConfigured => options.Value.IsConfigured;

    /// <summary>
    /// The member with roles and line manager from the directory, read again if older than the refresh interval
    /// (or always, with <paramref name="force"/>). The member as stored when Graph fails or in local mode.
    /// </summary>
    public async Task<StaffMember> CurrentAsync(StaffMember member, bool force = false, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(member);
        if (!IsConfigured) return member;
        var settings = options.Value;
        var now = clock.GetUtcNow();
        if (!force && member.DirectorySyncedAt is { } read && now - read < settings.RefreshAfter) return member;
        if (!force && now.UtcTicks < Interlocked.Read(ref _graphUnavailableUntilTicks)) return member;

        DirectoryReading reading;
        try
        {
            reading = await services.GetRequiredService<EntraDirectory>().ReadAsync(member.AadObjectId, cancellationToken);
        }
        catch (Exception e) when (IsOutage(e, cancellationToken))
        {
            Interlocked.Exchange(ref _graphUnavailableUntilTicks, (now + settings.RetryAfterFailure).UtcTicks);
            logger.LogWarning(
                "Microsoft Graph could not be read for {ObjectId} ({Problem}); using the roles last read from the directory{When}: {Roles}.",
                member.AadObjectId, e.GetType().Name + ": " + e.Message,
                member.DirectorySyncedAt is { } at ? $" at {at:u}" : " (never read: none)",
                member.DirectoryRoles.Count == 0 ? "none" : string.Join(", ", member.DirectoryRoles));
            return member;
        }
        return await SaveAsync(member.Id, reading, now, cancellationToken);
    }

    private async Task<StaffMember> SaveAsync(int memberId, DirectoryReading reading, DateTimeOffset now, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            var everyone = await db.Staff.AsTracking().ToListAsync(cancellationToken);
            var member = everyone.Single(s => s.Id == memberId);
            var before = Snapshot(member, everyone);
            StaffMember? manager = null;
            if (reading.Manager is { } person)
            {
                manager = everyone.FirstOrDefault(s => string.Equals(s.AadObjectId, person.ObjectId, StringComparison.OrdinalIgnoreCase));
                if (manager is null)
                {
                    // Their manager has not messaged the bot yet: add them, so approvals can be routed to them.
                    manager = new StaffMember(person.ObjectId, person.DisplayName ?? person.Mail ?? person.ObjectId, person.Mail);
                    db.Staff.Add(manager);
                    everyone.Add(manager);
                }
            }
            member.DirectoryRoles = [.. reading.Roles];
            member.LineManager = manager;
            member.DirectorySyncedAt = now;
            try
            {
                // The change and its audit line together, or neither.
                await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
                await db.SaveChangesAsync(cancellationToken); // a new manager's id first, for the snapshot
                var after = Snapshot(member, everyone);
                if (after != before)
                {
                    db.AuditEntries.Add(new AuditEntry(null, now, Actor, SyncedAction, before, after));
                    await db.SaveChangesAsync(cancellationToken);
                }
                await transaction.CommitAsync(cancellationToken);
                return member;
            }
            catch (DbUpdateException) when (attempt < 3)
            {
                // Another instance added the same manager at the same moment: read again.
            }
        }
    }

    private static string Snapshot(StaffMember member, List<StaffMember> everyone) =>
        StaffSnapshot.Of(member, (member.LineManager ?? everyone.FirstOrDefault(s => s.Id == member.LineManagerId))?.AadObjectId).ToJson();

    private static bool IsOutage(Exception e, CancellationToken cancellationToken) =>
        e is ApiException or HttpRequestException or MsalException or System.Text.Json.JsonException
        || (e is OperationCanceledException && !cancellationToken.IsCancellationRequested);
}
