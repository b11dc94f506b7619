using ComplaintsBot.CardActions;

namespace ComplaintsBot.Workflows.Responses;

public static class ResponsesServiceCollectionExtensions
{
    /// <summary>Stage responses: the response form and the recordResponse verb, and sign-off by the role the policy names (its card and verbs).</summary>
    public static IServiceCollection AddResponses(this IServiceCollection services)
    {
        services.AddSingleton<StageResponseView>();
        services.AddSingleton<ICardAction, RecordResponseAction>();
        services.AddSingleton<SignOffView>();
        services.AddSingleton<SignOffCards>();
        services.AddSingleton<SignOffRouting>();
        services.AddSingleton<ICardAction>(provider => ActivatorUtilities.CreateInstance<SignOffDecisionAction>(provider, true));
        services.AddSingleton<ICardAction>(provider => ActivatorUtilities.CreateInstance<SignOffDecisionAction>(provider, false));
        services.AddSingleton<ICardAction, RefreshSignOffAction>();
        services.AddSingleton<ICardAction>(provider => ActivatorUtilities.CreateInstance<PendingSignOffAction>(provider, true));
        services.AddSingleton<ICardAction>(provider => ActivatorUtilities.CreateInstance<PendingSignOffAction>(provider, false));
        return services;
    }
}
