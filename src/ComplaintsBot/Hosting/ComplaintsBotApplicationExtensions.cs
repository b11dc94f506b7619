using System.Text.Json;
using ComplaintsBot.Bot;
using ComplaintsBot.Bot.Proactive;
using ComplaintsBot.BotFramework.Builder;
using ComplaintsBot.BotFramework.Integration.AspNetCore;
using ComplaintsBot.Cases.Policies;
using ComplaintsBot.Cases.Store;
using ComplaintsBot.Dashboard;
using ComplaintsBot.Manifest;
using ComplaintsBot.Workflows.EvidencePack;
using ComplaintsBot.Workflows.Letters;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace ComplaintsBot.Hosting;

public static class ComplaintsBotApplicationExtensions
{
    /// <summary>Tag of the checks /healthz/ready runs (the database); /healthz/live runs none.</summary>
    public const string ReadyTag = "ready";

    /// <summary>
    /// Claims the SQLite file for this process (or refuses a second one), migrates the store under a lock
    /// (or, with Store:MigrateAtStartup=false, refuses a schema that is not this build's), assembles the turn
    /// pipeline and maps the endpoints.
    /// </summary>
    public static async Task UseComplaintsBotAsync(this WebApplication app)
    {
        // Fail at startup, not at the first message, when the policy file is missing or broken.
        var active = app.Services.GetRequiredService<ActivePolicy>();
        var startup = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("ComplaintsBot.Startup");
        foreach (var problem in SettingsCheck.Problems(app.Configuration)) startup.LogWarning("{Problem}", problem);
        startup.LogInformation("Active policy: {PolicyId} ({PolicyName}), from ComplaintsBot:ActivePolicy.", active.Policy.Id, active.Policy.Name);
        // Bind every settings section now: a value that does not convert ("Reminders:SweepInterval is 'often'")
        // stops the start with its name, instead of failing later inside a background service.
        _ = app.Services.GetRequiredService<IOptions<ComplaintsBotOptions>>().Value;
        _ = app.Services.GetRequiredService<IOptions<Workflows.Reminders.ReminderOptions>>().Value;
        _ = app.Services.GetRequiredService<IOptions<Reports.ReportOptions>>().Value;
        _ = app.Services.GetRequiredService<IOptions<DashboardOptions>>().Value;
        _ = app.Services.GetRequiredService<IOptions<LetterOptions>>().Value;
        await using (var db = await app.Services.GetRequiredService<IDbContextFactory<CasesDbContext>>().CreateDbContextAsync())
        {
            if (db.Database.IsSqlite())
                app.Services.GetRequiredService<HostInstanceLock>().Hold(SqliteInstanceLock.Acquire(new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(db.Database.GetConnectionString()).DataSource));
            if (CaseStoreOptions.ResolveMigrateAtStartup(app.Configuration))
            {
                var applied = await db.MigrateCaseStoreAsync();
                if (applied.Count > 0)
                    app.Logger.LogInformation("Store migrated: {Count} migration(s) applied, now at {Latest}.", applied.Count, applied[^1]);
            }
            else
            {
                await db.EnsureSchemaCurrentAsync();
            }
        }

        var adapter = app.Services.GetRequiredService<CloudAdapter>();
        var conversationState = app.Services.GetRequiredService<ConversationState>();
        // Every save of a turn writes all its states in one transaction: the conversation's row (the redelivery
        // guard's ids, the welcome flag, the reply outbox) and the person's dialog row move together or not at all.
        BotState[] states = [conversationState, app.Services.GetRequiredService<PrivateConversationState>(), app.Services.GetRequiredService<UserState>()];
        var outbox = new ReplyOutbox(conversationState);
        // Outermost, so the turn's time and outcome include saving its state.
        adapter.Use(new TurnTelemetryMiddleware(app.Services.GetRequiredService<ILoggerFactory>().CreateLogger(TurnTelemetryMiddleware.Category)));
        adapter.Use(new AutoSaveStateMiddleware(states));
        // Crash tests only (Testing:Halt:Text): stops a turn at a named point so the test can kill the process there.
        if (CrashTestHalt.From(app.Configuration) is { } halt) adapter.Use(halt.Middleware());
        // Before the outbox, which holds replies back: what it saves already has its notification line.
        adapter.Use(new CardSummaryMiddleware());
        // The outbox: what a turn says is held back to its end, saved with its state and its activity id in one write,
        // then sent, each reply marked as it goes. A redelivered activity is not run again; replies its interrupted
        // turn saved but did not send go out then.
        adapter.Use(new RedeliveryGuardMiddleware(conversationState, logger: app.Services.GetRequiredService<ILogger<RedeliveryGuardMiddleware>>(), outbox: outbox, savedWith: states));
        adapter.Use(new ConversationReferenceMiddleware(app.Services.GetRequiredService<ConversationReferenceStore>()));

        // No stack trace in any response, in any environment: the developer exception page would show one in
        // Development. The middleware logs the exception; the caller gets one line.
        app.UseExceptionHandler(new ExceptionHandlerOptions
        {
            ExceptionHandler = context =>
            {
                context.Response.StatusCode = StatusCodes.Status500InternalServerError;
                context.Response.ContentType = "text/plain; charset=utf-8";
                return context.Response.WriteAsync("Something went wrong on the server; it has been logged.");
            },
        });

        app.MapBotMessages("/api/messages");
        app.MapCaseLetters();
        app.MapCaseEvidencePack();
        // Liveness says only that the process answers; readiness that it can serve (database reachable, schema current).
        app.MapHealthChecks("/healthz/live", new HealthCheckOptions { Predicate = _ => false, ResponseWriter = WriteHealthAsync });
        app.MapHealthChecks("/healthz/ready", new HealthCheckOptions { Predicate = c => c.Tags.Contains(ReadyTag), ResponseWriter = WriteHealthAsync });
        app.MapHealthChecks("/healthz", new HealthCheckOptions { Predicate = c => c.Tags.Contains(ReadyTag), ResponseWriter = WriteHealthAsync });
        app.MapDashboard();
        app.MapLegalPages();
    }

    private static Task WriteHealthAsync(HttpContext context, HealthReport report)
    {
        context.Response.ContentType = "application/json";
        return context.Response.WriteAsync(JsonSerializer.Serialize(new
        {
            status = report.Status.ToString(),
            checks = report.Entries.ToDictionary(e => e.Key, e => new { status = e.Value.Status.ToString(), description = e.Value.Description }),
        }));
    }
}

/// <summary>Holds this process's claim on its SQLite file until the host's services are disposed.</summary>
public sealed class HostInstanceLock : IDisposable
{
    private IDisposable? _held;

    public void Hold(IDisposable claim)
    {
        _held?.Dispose();
        _held = claim;
    }

    public void Dispose() => _held?.Dispose();
}
