using ComplaintsBot.BotFramework.Builder;
using ComplaintsBot.BotFramework.Schema;

namespace ComplaintsBot.BotFramework.Tests.Builder;

/// <summary>An adapter that records what a turn sends and parks invoke answers as CloudAdapter does.</summary>
public sealed class RecordingAdapter : BotAdapter
{
    public List<Activity> Sent { get; } = [];

    public async Task<(ITurnContext Turn, InvokeResponse? InvokeResponse)> RunAsync(IBot bot, string json)
    {
        var context = new TurnContext(this, TeamsPayloads.Activity(json));
        await RunPipelineAsync(context, bot.OnTurnAsync, CancellationToken.None);
        return (context, InvokeResponse.FromActivity(context.TurnState.Get<Activity>(InvokeResponseKey)));
    }

    public override Task<ResourceResponse[]> SendActivitiesAsync(ITurnContext turnContext, Activity[] activities, CancellationToken cancellationToken)
    {
        var responses = new List<ResourceResponse>();
        foreach (var activity in activities)
        {
            if (activity.Type == ActivityTypes.InvokeResponse) turnContext.TurnState[InvokeResponseKey] = activity;
            else Sent.Add(activity);
            responses.Add(new ResourceResponse($"sent-{Sent.Count}"));
        }
        return Task.FromResult(responses.ToArray());
    }

    public override Task<ResourceResponse> UpdateActivityAsync(ITurnContext turnContext, Activity activity, CancellationToken cancellationToken) =>
        Task.FromResult(new ResourceResponse(activity.Id));

    public override Task DeleteActivityAsync(ITurnContext turnContext, ConversationReference reference, CancellationToken cancellationToken) =>
        Task.CompletedTask;
}
