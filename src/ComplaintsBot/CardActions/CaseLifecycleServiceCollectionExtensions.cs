using ComplaintsBot.Cards.Views;
using ComplaintsBot.Cases;
using ComplaintsBot.Exclusions;
using ComplaintsBot.Letters;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace ComplaintsBot.CardActions;

/// <summary>The verbs on case and approval cards, and what they share.</summary>
public static class CaseLifecycleServiceCollectionExtensions
{
    public static IServiceCollection AddCaseLifecycle(this IServiceCollection services)
    {
        services.AddCaseAccess();
        services.AddSingleton<CaseActionKit>();
        services.AddSingleton<ResponseDeadlines>();
        services.AddSingleton<ExtensionRequestView>();
        services.AddSingleton<ExtensionDecisionView>();
        services.AddSingleton<StageResponseView>();
        services.AddSingleton<ExtensionCards>();
        services.AddSingleton<CompensationDecisionView>();
        services.AddSingleton<CompensationCards>();
        services.TryAddSingleton<ExclusionDecisionView>();
        services.TryAddSingleton<ExclusionCardMessages>();
        services.AddSingleton<StageResponseLetters>();

        services.AddSingleton<ICardAction, OpenCaseAction>();
        services.AddSingleton<ICardAction, RefreshCaseAction>();
        services.AddSingleton<ICardAction, HistoryAction>();
        services.AddSingleton<ICardAction, AcknowledgeAction>();
        services.AddSingleton<ICardAction, RecordContactAction>();
        services.AddSingleton<ICardAction, RecordResponseAction>();
        services.AddSingleton<ICardAction, CloseAction>();
        services.AddSingleton<ICardAction, ReassignAction>();
        services.AddSingleton<ICardAction, EscalateAction>();
        services.AddSingleton<ICardAction, RequestExtensionAction>();
        services.AddSingleton<ICardAction, ApproveExtensionAction>();
        services.AddSingleton<ICardAction, DeclineExtensionAction>();
        services.AddSingleton<ICardAction, RefreshExtensionAction>();
        services.AddSingleton<ICardAction, ApproveCompensationAction>();
        services.AddSingleton<ICardAction, DeclineCompensationAction>();
        services.AddSingleton<ICardAction, RefreshCompensationAction>();
        services.AddSingleton<ICardAction, LetterAction>();
        services.AddSingleton<ICardAction, AcceptComplaintAction>();
        services.AddSingleton<ICardAction, ExcludeComplaintAction>();
        return services;
    }
}
