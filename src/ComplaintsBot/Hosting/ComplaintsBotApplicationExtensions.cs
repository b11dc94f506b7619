using ComplaintsBot.Bot.Proactive;
using ComplaintsBot.BotFramework.Builder;
using ComplaintsBot.BotFramework.Integration.AspNetCore;
using ComplaintsBot.Cases.Store;
using ComplaintsBot.Dashboard;
using ComplaintsBot.Workflows.Letters;

namespace ComplaintsBot.Hosting;

public static class ComplaintsBotApplicationExtensions
{
    /// <summary>Migrates the store, assembles the turn pipeline and maps the endpoints.</summary>
    public static async Task UseComplaintsBotAsync(this WebApplication app)
    {
        // Fail at startup, not at the first message, when the policy file is missing or broken.
        var active = app.Services.GetRequiredService<ActivePolicy>();
        var startup = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("ComplaintsBot.Startup");
        foreach (var problem in SettingsCheck.Problems(app.Configuration)) startup.LogWarning("{Problem}", problem);
        startup.LogInformation("Active policy: {PolicyId} ({PolicyName}), from ComplaintsBot:ActivePolicy.", active.Policy.Id, active.Policy.Name);
        await app.Services.MigrateCaseStoreAsync();

        var adapter = app.Services.GetRequiredService<CloudAdapter>();
        var conversationState = app.Services.GetRequiredService<ConversationState>();
        // State is saved once, after the turn; the redelivery guard's record is saved in that same write.
        adapter.Use(new AutoSaveStateMiddleware(conversationState, app.Services.GetRequiredService<UserState>()));
        adapter.Use(new RedeliveryGuardMiddleware(conversationState, logger: app.Services.GetRequiredService<ILogger<RedeliveryGuardMiddleware>>()));
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
        app.MapGet("/healthz", () => Results.Ok(new { status = "ok" }));
        app.MapDashboard();
    }
}
