using ComplaintsBot.Bot.Proactive;
using ComplaintsBot.Cards.Views;
using ComplaintsBot.Cases;
using ComplaintsBot.Dialogs.LogContact;
using ComplaintsBot.Exclusions;

namespace ComplaintsBot.Dialogs;

public static class DialogsServiceCollectionExtensions
{
    /// <summary>The conversations: logging a contact, my cases, case lookup, help; and the services behind them.</summary>
    public static IServiceCollection AddContactLogging(this IServiceCollection services)
    {
        services.AddSingleton<MonthlyReportReply>();
        services.AddSingleton<ContactLogging>();
        services.AddSingleton<StaffSearch>();
        services.AddSingleton<OpenCases>();
        services.AddSingleton<StaffNotifier>();
        services.AddSingleton<CaseListView>();
        services.AddCaseAccess();
        services.AddSingleton<CaseReplies>();
        services.AddManagerAlerts();
        services.AddSingleton<LogContactServices>();
        services.AddSingleton<LogContactDialog>();
        return services;
    }
}
