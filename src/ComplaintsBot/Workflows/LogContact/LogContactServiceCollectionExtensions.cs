using ComplaintsBot.Bot.Proactive;
using ComplaintsBot.Cases;
using ComplaintsBot.Workflows.ContactRestrictions;
using ComplaintsBot.Workflows.Exclusions;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace ComplaintsBot.Workflows.LogContact;

public static class LogContactServiceCollectionExtensions
{
    /// <summary>Logging a contact: the dialogs, saving the case, and what a saved case sends to managers.</summary>
    public static IServiceCollection AddContactLogging(this IServiceCollection services)
    {
        services.AddSingleton<ContactLogging>();
        services.TryAddSingleton<CardMessenger>();
        // The exclusion-decision card a saved complaint sends to managers (the Exclusions workflow decides it).
        services.TryAddSingleton<ExclusionDecisionView>();
        services.TryAddSingleton<ExclusionRouting>();
        services.AddSingleton<ManagerAlerts>();
        services.AddSingleton<ContactSaving>();
        // What the officer is told of a restriction on the customer's contact (the ContactRestrictions workflow decides it).
        services.TryAddSingleton<ContactRestrictionNotices>();
        services.AddSingleton<LogContactServices>();
        services.AddSingleton<LogContactDialog>();
        return services;
    }
}
