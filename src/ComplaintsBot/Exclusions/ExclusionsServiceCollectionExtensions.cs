using Microsoft.Extensions.DependencyInjection.Extensions;

namespace ComplaintsBot.Exclusions;

public static class ExclusionsServiceCollectionExtensions
{
    /// <summary>The exclusion-decision card and the messages a saved case sends to managers.</summary>
    public static IServiceCollection AddManagerAlerts(this IServiceCollection services)
    {
        services.TryAddSingleton<ExclusionDecisionView>();
        services.TryAddSingleton<ExclusionCardMessages>();
        services.AddSingleton<ManagerAlerts>();
        return services;
    }
}
