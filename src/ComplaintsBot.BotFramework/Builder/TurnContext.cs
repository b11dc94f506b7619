using ComplaintsBot.BotFramework.Schema;

namespace ComplaintsBot.BotFramework.Builder;

/// <summary>
/// The SDK's TurnContext: addresses what the bot sends from the incoming activity's conversation
/// reference, runs the send/update/delete hooks, and records whether the turn has responded.
/// </summary>
public class TurnContext : ITurnContext, IDisposable
{
    private readonly List<SendActivitiesHandler> _onSendActivities = [];
    private readonly List<UpdateActivityHandler> _onUpdateActivity = [];
    private readonly List<DeleteActivityHandler> _onDeleteActivity = [];

    public TurnContext(BotAdapter adapter, Activity activity)
    {
        Adapter = adapter ?? throw new ArgumentNullException(nameof(adapter));
        Activity = activity ?? throw new ArgumentNullException(nameof(activity));
    }

    public BotAdapter Adapter { get; }
    public TurnContextStateCollection TurnState { get; } = new();
    public Activity Activity { get; }
    public bool Responded { get; private set; }

    public ITurnContext OnSendActivities(SendActivitiesHandler handler)
    {
        _onSendActivities.Add(handler ?? throw new ArgumentNullException(nameof(handler)));
        return this;
    }

    public ITurnContext OnUpdateActivity(UpdateActivityHandler handler)
    {
        _onUpdateActivity.Add(handler ?? throw new ArgumentNullException(nameof(handler)));
        return this;
    }

    public ITurnContext OnDeleteActivity(DeleteActivityHandler handler)
    {
        _onDeleteActivity.Add(handler ?? throw new ArgumentNullException(nameof(handler)));
        return this;
    }

    public Task<ResourceResponse> SendActivityAsync(string textReplyToSend, string? speak = null, string inputHint = InputHints.AcceptingInput, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(textReplyToSend);
        var activity = Activity.CreateMessageActivity();
        activity.Text = textReplyToSend;
        activity.Speak = speak;
        activity.InputHint = inputHint;
        return SendActivityAsync(activity, cancellationToken);
    }

    public async Task<ResourceResponse> SendActivityAsync(Activity activity, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var responses = await SendActivitiesAsync([activity], cancellationToken).ConfigureAwait(false);
        return responses.Length == 0 ? new ResourceResponse() : responses[0];
    }

    public async Task<ResourceResponse[]> SendActivitiesAsync(Activity[] activities, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(activities);
        if (activities.Length == 0) throw new ArgumentException("Expecting one or more activities, but the array was empty.", nameof(activities));

        var reference = Activity.GetConversationReference();
        var bufferedActivities = activities.Select(a =>
        {
            a.ApplyConversationReference(reference);
            return a;
        }).ToList();

        if (_onSendActivities.Count == 0) return await SendThroughAdapterAsync().ConfigureAwait(false);
        var saidSomething = bufferedActivities.Any(a => a.Type != ActivityTypes.Trace);
        var handled = await RunHandlersAsync(0).ConfigureAwait(false);
        // A hook that holds a reply back until the turn ends (the reply outbox) still counts as the bot having answered.
        if (saidSomething) Responded = true;
        return handled;

        Task<ResourceResponse[]> RunHandlersAsync(int index) =>
            index == _onSendActivities.Count
                ? SendThroughAdapterAsync()
                : _onSendActivities[index](this, bufferedActivities, () => RunHandlersAsync(index + 1));

        async Task<ResourceResponse[]> SendThroughAdapterAsync()
        {
            var responses = await Adapter.SendActivitiesAsync(this, bufferedActivities.ToArray(), cancellationToken).ConfigureAwait(false);
            var sentNonTrace = false;
            for (var i = 0; i < responses.Length && i < bufferedActivities.Count; i++)
            {
                bufferedActivities[i].Id = responses[i]?.Id;
                sentNonTrace |= bufferedActivities[i].Type != ActivityTypes.Trace;
            }
            if (sentNonTrace) Responded = true;
            return responses;
        }
    }

    public async Task<ResourceResponse> UpdateActivityAsync(Activity activity, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var reference = Activity.GetConversationReference();
        var replyToId = activity.ReplyToId;
        activity.ApplyConversationReference(reference);
        activity.ReplyToId = replyToId;
        return await RunHandlersAsync(0).ConfigureAwait(false);

        Task<ResourceResponse> RunHandlersAsync(int index) =>
            index == _onUpdateActivity.Count
                ? Adapter.UpdateActivityAsync(this, activity, cancellationToken)
                : _onUpdateActivity[index](this, activity, () => RunHandlersAsync(index + 1));
    }

    public Task DeleteActivityAsync(string activityId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(activityId);
        var reference = Activity.GetConversationReference();
        reference.ActivityId = activityId;
        return DeleteActivityAsync(reference, cancellationToken);
    }

    public Task DeleteActivityAsync(ConversationReference conversationReference, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(conversationReference);
        return RunHandlersAsync(0);

        Task RunHandlersAsync(int index) =>
            index == _onDeleteActivity.Count
                ? Adapter.DeleteActivityAsync(this, conversationReference, cancellationToken)
                : _onDeleteActivity[index](this, conversationReference, () => RunHandlersAsync(index + 1));
    }

    public void Dispose()
    {
        GC.SuppressFinalize(this);
    }
}
