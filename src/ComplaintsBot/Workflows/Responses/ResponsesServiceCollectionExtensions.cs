using ComplaintsBot.CardActions;

namespace ComplaintsBot.Workflows.Responses;

public static class ResponsesServiceCollectionExtensions
{
    /// <summary>Stage responses: the response form, the response deadlines it shows, and the recordResponse verb.</summary>
    public static IServiceCollection AddResponses(this IServiceCollection services)
    {
        services.AddSingleton<ResponseDeadlines>();
        services.AddSingleton<StageResponseView>();
        services.AddSingleton<ICardAction, RecordResponseAction>();
        return services;
    }
}
