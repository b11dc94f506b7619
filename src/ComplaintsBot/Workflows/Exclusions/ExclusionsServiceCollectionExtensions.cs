using ComplaintsBot.CardActions;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace ComplaintsBot.Workflows.Exclusions;

public static class ExclusionsServiceCollectionExtensions
{
    /// <summary>The named decider's decision on a discretionary exclusion: the decision card, its sent copies, and its verbs (decide, withdraw, send again).</summary>
    public static IServiceCollection AddExclusions(this IServiceCollection services)
    {
        services.TryAddSingleton<ExclusionDecisionView>();
        services.TryAddSingleton<ExclusionRouting>();
        services.AddSingleton<ICardAction>(provider => ActivatorUtilities.CreateInstance<PendingExclusionAction>(provider, true));
        services.AddSingleton<ICardAction>(provider => ActivatorUtilities.CreateInstance<PendingExclusionAction>(provider, false));
        services.AddSingleton<ICardAction>(provider => ActivatorUtilities.CreateInstance<ExclusionDecisionAction>(provider, true));
        services.AddSingleton<ICardAction>(provider => ActivatorUtilities.CreateInstance<ExclusionDecisionAction>(provider, false));
        return services;
    }
}
