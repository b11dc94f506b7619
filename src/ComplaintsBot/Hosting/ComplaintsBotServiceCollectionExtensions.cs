using ComplaintsBot.Admin;
using ComplaintsBot.Bot;
using ComplaintsBot.Bot.Proactive;
using ComplaintsBot.Bot.State;
using ComplaintsBot.BotFramework.Builder;
using ComplaintsBot.BotFramework.Dialogs;
using ComplaintsBot.BotFramework.Integration.AspNetCore;
using ComplaintsBot.CardActions;
using ComplaintsBot.Cases.Deadlines;
using ComplaintsBot.Cases.Policies;
using ComplaintsBot.Cases.Store;
using ComplaintsBot.Dashboard;
using ComplaintsBot.Workflows.CaseCard;
using ComplaintsBot.Workflows.ChannelFeed;
using ComplaintsBot.Workflows.Compensation;
using ComplaintsBot.Workflows.ContactRestrictions;
using ComplaintsBot.Workflows.Escalation;
using ComplaintsBot.Workflows.EvidencePack;
using ComplaintsBot.Workflows.Exclusions;
using ComplaintsBot.Workflows.Extensions;
using ComplaintsBot.Workflows.Letters;
using ComplaintsBot.Workflows.LogContact;
using ComplaintsBot.Workflows.MessageExtension;
using ComplaintsBot.Workflows.Reminders;
using ComplaintsBot.Workflows.Erasure;
using ComplaintsBot.Workflows.Responses;
using ComplaintsBot.Workflows.Retention;
using ComplaintsBot.Workflows.SubjectAccess;
using ComplaintsBot.Workflows.UnreasonableBehaviour;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace ComplaintsBot.Hosting;

/// <summary>Everything the ComplaintsBot host needs, in one call from Program.cs.</summary>
public static class ComplaintsBotServiceCollectionExtensions
{
    public static IServiceCollection AddComplaintsBot(this IServiceCollection services, IConfiguration configuration)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.Configure<ComplaintsBotOptions>(configuration.GetSection(ComplaintsBotOptions.SectionName));
        services.Configure<Manifest.LegalOptions>(configuration.GetSection(Manifest.LegalOptions.SectionName));
        services.Configure<Cases.Rules.CaseAccessOptions>(configuration.GetSection(Cases.Rules.CaseAccessOptions.SectionName));
        services.Configure<Entra.EntraDirectoryOptions>(configuration.GetSection(Entra.EntraDirectoryOptions.SectionName));

        // Domain: the landlord's policy, the working-day clock, the case store.
        var options = configuration.GetSection(ComplaintsBotOptions.SectionName).Get<ComplaintsBotOptions>() ?? new ComplaintsBotOptions();
        services.AddSingleton(_ => PolicyCatalog.Load(options.PoliciesFolder));
        services.AddSingleton(provider => new ActivePolicy(provider.GetRequiredService<PolicyCatalog>().Get(options.ActivePolicy)));
        services.AddSingleton<DeadlineCalculator>();
        services.AddSingleton<CaseDeadlines>();
        services.AddCaseStore(configuration);
        services.AddSingleton<HostInstanceLock>();
        // Several instances share a PostgreSQL store: a conversation's turns are serialised through the database too.
        if (CaseStoreOptions.UsesPostgreSql(configuration))
        {
            var connection = CaseStoreOptions.ResolvePostgreSqlConnection(configuration);
            services.AddSingleton<IConversationLockProvider>(provider => new PostgreSqlConversationLocks(connection, provider.GetRequiredService<ILogger<PostgreSqlConversationLocks>>()));
        }
        services.AddHealthChecks().AddCheck<CaseStoreHealthCheck>("database", tags: [ComplaintsBotApplicationExtensions.ReadyTag]);

        // The Bot Framework layer, with its state in the case store's database.
        services.AddBotFramework(configuration);
        if (CrashTestHalt.From(configuration) is { } halt)
            services.AddSingleton(provider => halt.Wrap(ActivatorUtilities.CreateInstance<EntityFrameworkStorage>(provider)));
        else
            services.AddSingleton<IStorage, EntityFrameworkStorage>();
        services.AddSingleton<ConversationState>();
        services.AddSingleton<PrivateConversationState>();
        services.AddSingleton<UserState>();
        // A failed turn keeps the state as last saved (never deleted: that would throw away a half-entered
        // contact); dialog turns recover in KeepLastGoodState, anything else is apologised for here.
        services.AddOptions<TurnErrorOptions>().Configure(error => error.ApologyText = "Sorry, something went wrong on my side. Please try again, or type **help**.");
        services.AddSingleton<KeepLastGoodState>();
        services.AddSingleton<ConversationReferenceStore>();
        services.AddSingleton<CardMessenger>();

        // The bot itself: the root dialog and the card action framework, then one registration per workflow.
        services.AddAdminCard();
        services.AddSingleton<MainDialog>();
        services.AddKeyedSingleton<Dialog>(ComplaintsBotHandler.RootDialogKey, (provider, _) => provider.GetRequiredService<MainDialog>());
        services.AddSingleton<WelcomeCard>();
        services.AddSingleton<MemberNames>();
        services.AddCardActions();
        services.AddContactLogging();
        services.AddCaseCard();
        services.AddExtensions();
        services.AddCompensation();
        services.AddExclusions();
        services.AddContactRestrictions();
        services.AddUnreasonableBehaviour();
        services.AddEscalation();
        services.AddResponses();
        services.AddMessageExtension();
        services.AddLetters(configuration);
        services.AddEvidencePack();
        services.AddSlaReminders(configuration);
        services.AddChannelFeed(configuration);
        services.AddSubjectAccess();
        services.AddRetention(configuration);
        services.AddErasure();
        services.AddTransient<IBot, ComplaintsBotHandler>();
        services.AddReportsAndDashboard(configuration);
        services.AddBotTelemetry(configuration);
        return services;
    }
}
