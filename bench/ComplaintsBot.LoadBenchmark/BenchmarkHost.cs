using ComplaintsBot.BotFramework.Testing;
using ComplaintsBot.Bot.State;
using ComplaintsBot.BotFramework.Builder;
using ComplaintsBot.BotFramework.Integration.AspNetCore;
using ComplaintsBot.Cases.Store;
using Microsoft.EntityFrameworkCore;

namespace ComplaintsBot.LoadBenchmark;

/// <summary>
/// The system under test: ASP.NET Core serving /api/messages through the project's CloudAdapter, with
/// conversation state in the real EntityFrameworkStorage over the case store's SQLite file, in local
/// (Development, no app id) mode.
/// </summary>
public static class BenchmarkHost
{
    public static async Task<WebApplication> StartAsync(string sqlitePath, SqlCommandCounter sqlCommands, IReadOnlyDictionary<string, string?> settings)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { EnvironmentName = Environments.Development });
        builder.Logging.ClearProviders();
        builder.Logging.AddSimpleConsole().SetMinimumLevel(LogLevel.Warning);
        builder.Configuration.AddInMemoryCollection(settings);
        builder.WebHost.UseKestrel(kestrel => kestrel.Listen(System.Net.IPAddress.Loopback, 0));

        builder.Services.AddCaseStore(sqlitePath, CaseStoreOptions.ResolveSqliteSynchronous(builder.Configuration));
        builder.Services.ConfigureDbContext<CasesDbContext>(options => options.AddInterceptors(sqlCommands));
        builder.Services.AddBotFramework(builder.Configuration);
        // LoadBenchmark:Storage=memory swaps in MemoryStorage, to tell the storage's cost from the rest of the turn (the durability check then fails).
        if (string.Equals(builder.Configuration["LoadBenchmark:Storage"], "memory", StringComparison.OrdinalIgnoreCase))
            builder.Services.AddSingleton<IStorage, MemoryStorage>();
        else
            builder.Services.AddSingleton<IStorage, EntityFrameworkStorage>();
        builder.Services.AddSingleton<ConversationState>();
        builder.Services.AddOptions<TurnErrorOptions>().Configure<ConversationState>((error, state) =>
            error.ClearConversationStateAsync = turnContext => state.DeleteAsync(turnContext));
        builder.Services.AddSingleton<CaseNumberSequence>();
        builder.Services.AddSingleton<ContactDialog>();
        builder.Services.AddSingleton<IBot, ContactBot>();

        var app = builder.Build();
        await app.Services.MigrateCaseStoreAsync();
        var adapter = app.Services.GetRequiredService<CloudAdapter>();
        var conversationState = app.Services.GetRequiredService<ConversationState>();
        adapter.Use(new AutoSaveStateMiddleware(conversationState));
        adapter.Use(new RedeliveryGuardMiddleware(conversationState));
        app.MapBotMessages("/api/messages");
        await app.StartAsync();
        return app;
    }
}
