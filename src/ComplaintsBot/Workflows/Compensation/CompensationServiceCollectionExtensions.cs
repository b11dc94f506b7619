using ComplaintsBot.CardActions;

namespace ComplaintsBot.Workflows.Compensation;

public static class CompensationServiceCollectionExtensions
{
    /// <summary>Compensation approval: the approval card and its verbs (approve, decline, refresh, withdraw, send again).</summary>
    public static IServiceCollection AddCompensation(this IServiceCollection services)
    {
        services.AddSingleton<CompensationDecisionView>();
        services.AddSingleton<CompensationCards>();
        services.AddSingleton<CompensationRouting>();
        services.AddSingleton<ICardAction>(provider => ActivatorUtilities.CreateInstance<CompensationDecisionAction>(provider, true));
        services.AddSingleton<ICardAction>(provider => ActivatorUtilities.CreateInstance<CompensationDecisionAction>(provider, false));
        services.AddSingleton<ICardAction, RefreshCompensationAction>();
        services.AddSingleton<ICardAction>(provider => ActivatorUtilities.CreateInstance<PendingCompensationAction>(provider, true));
        services.AddSingleton<ICardAction>(provider => ActivatorUtilities.CreateInstance<PendingCompensationAction>(provider, false));
        return services;
    }
}
