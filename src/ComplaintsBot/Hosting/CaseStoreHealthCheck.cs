using ComplaintsBot.Cases.Store;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace ComplaintsBot.Hosting;

/// <summary>
/// Readiness: the database answers and its schema is this build's. A replica that cannot reach the database,
/// or that sees a schema migrated by a newer build mid-upgrade, is taken out of the balancer's rotation.
/// </summary>
public sealed class CaseStoreHealthCheck(IDbContextFactory<CasesDbContext> contexts) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            var status = await db.SchemaStatusAsync(cancellationToken);
            if (status.Unknown.Count > 0) return HealthCheckResult.Unhealthy($"The schema is newer than this build ({status.Unknown[^1]}).");
            if (status.Pending.Count > 0) return HealthCheckResult.Unhealthy($"The schema is older than this build: {status.Pending.Count} migration(s) to apply.");
            return HealthCheckResult.Healthy($"Reachable, schema current ({status.Latest}).");
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            // The reason without a stack trace: this answer is served over HTTP.
            return HealthCheckResult.Unhealthy($"The database is unreachable: {e.GetType().Name}.");
        }
    }
}
