using ComplaintsBot.CardActions;

namespace ComplaintsBot.Workflows.Extensions;

public static class ExtensionsServiceCollectionExtensions
{
    /// <summary>Extensions: the request form, the approval card and its verbs (request, approve, decline, refresh, withdraw, send again).</summary>
    public static IServiceCollection AddExtensions(this IServiceCollection services)
    {
        services.AddSingleton<ExtensionRequestView>();
        services.AddSingleton<ExtensionDecisionView>();
        services.AddSingleton<ExtensionCards>();
        services.AddSingleton<ExtensionRouting>();
        services.AddSingleton<ICardAction, RequestExtensionAction>();
        services.AddSingleton<ICardAction>(provider => ActivatorUtilities.CreateInstance<ExtensionDecisionAction>(provider, true));
        services.AddSingleton<ICardAction>(provider => ActivatorUtilities.CreateInstance<ExtensionDecisionAction>(provider, false));
        services.AddSingleton<ICardAction, RefreshExtensionAction>();
        services.AddSingleton<ICardAction>(provider => ActivatorUtilities.CreateInstance<PendingExtensionAction>(provider, true));
        services.AddSingleton<ICardAction>(provider => ActivatorUtilities.CreateInstance<PendingExtensionAction>(provider, false));
        return services;
    }
}
