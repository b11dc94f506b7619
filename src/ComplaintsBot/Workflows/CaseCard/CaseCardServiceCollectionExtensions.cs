using ComplaintsBot.Entra;
using ComplaintsBot.Cases.Rules;
using ComplaintsBot.CardActions;
using ComplaintsBot.Workflows.ContactRestrictions;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace ComplaintsBot.Workflows.CaseCard;

public static class CaseCardServiceCollectionExtensions
{
    /// <summary>The case card and "my cases": the views, the one-turn replies, and the verbs on the case card itself.</summary>
    public static IServiceCollection AddCaseCard(this IServiceCollection services)
    {
        services.TryAddSingleton<CaseCardView>();
        services.TryAddSingleton<ContactRestrictionNotices>();
        services.AddSingleton<CaseListView>();
        services.AddSingleton<OpenCases>();
        services.AddCaseAccess();
        services.AddSingleton<CaseReplies>();
        services.AddSingleton<ICaseCards, CaseCards>();
        services.AddSingleton<ICardAction, OpenCaseAction>();
        services.AddSingleton<ICardAction, RefreshCaseAction>();
        services.AddSingleton<ICardAction, HistoryAction>();
        services.AddSingleton<ICardAction, AcknowledgeAction>();
        services.AddSingleton<ICardAction, RecordContactAction>();
        services.AddSingleton<ICardAction, CloseAction>();
        services.AddSingleton<ICardAction, RecordLearningAction>();
        services.AddSingleton<ICardAction, RecordOmbudsmanAction>();
        services.AddSingleton<ICardAction, ReassignAction>();
        return services;
    }
}
