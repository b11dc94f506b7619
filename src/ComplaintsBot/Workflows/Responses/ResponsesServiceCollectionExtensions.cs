using ComplaintsBot.CardActions;

namespace ComplaintsBot.Workflows.Responses;

public static class ResponsesServiceCollectionExtensions
{
    /// <summary>Stage responses: the response form and the recordResponse verb.</summary>
    public static IServiceCollection AddResponses(this IServiceCollection services)
    {
        services.AddSingleton<StageResponseView>();
        services.AddSingleton<ICardAction, RecordResponseAction>();
        return services;
    }
}
