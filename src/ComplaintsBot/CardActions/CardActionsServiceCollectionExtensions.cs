using ComplaintsBot.Entra;
using ComplaintsBot.Cases.Rules;

namespace ComplaintsBot.CardActions;

public static class CardActionsServiceCollectionExtensions
{
    /// <summary>The card action framework: the verb router, the Action.Submit fallback, and what every verb shares.</summary>
    public static IServiceCollection AddCardActions(this IServiceCollection services)
    {
        services.AddCaseAccess();
        services.AddSingleton<CaseActionServices>();
        services.AddSingleton<CardActionRouter>();
        services.AddSingleton<ExecuteFallbackSubmit>();
        return services;
    }
}
