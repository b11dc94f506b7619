using System.Globalization;
using ComplaintsBot.BotFramework.Builder;
using ComplaintsBot.BotFramework.Schema;

namespace ComplaintsBot.BotFramework.Testing;

/// <summary>
/// The SDK's TestAdapter: runs turns in memory and queues what the bot sends (<see cref="ActiveQueue"/>).
/// Defaults: channel "test", serviceUrl https://test.com, user user1/User1, bot bot/Bot, locale en-us.
/// Timestamps come from the injected <see cref="TimeProvider"/> (localTimestamp in its local time zone).
/// Turns from <see cref="ProcessActivityAsync"/> run one at a time, like the CloudAdapter's per-conversation lock.
/// </summary>
public class TestAdapter : BotAdapter
{
    private readonly Lock _conversationLock = new();
    // Turns run one at a time, as the CloudAdapter serialises the turns of a conversation.
    private readonly SemaphoreSlim _turnLock = new(1, 1);
    private readonly bool _sendTraceActivity;
    // Shared by all adapters: a channel never reuses an id, so a second adapter over the same storage (a host
    // restart in a test) must not look like a redelivery to RedeliveryGuardMiddleware.
    private static long s_nextId;

    public TestAdapter(string channelId = "test", bool sendTraceActivity = false, TimeProvider? timeProvider = null)
        : this(CreateConversation("Conversation1", channelId: channelId), sendTraceActivity, timeProvider)
    {
    }

    public TestAdapter(ConversationReference conversation, bool sendTraceActivity = false, TimeProvider? timeProvider = null)
    {
        Conversation = conversation ?? throw new ArgumentNullException(nameof(conversation));
        _sendTraceActivity = sendTraceActivity;
        TimeProvider = timeProvider ?? TimeProvider.System;
    }

    /// <summary>Where test activities come from and replies go.</summary>
    public ConversationReference Conversation { get; set; }

    public TimeProvider TimeProvider { get; }

    public string? Locale
    {
        get => Conversation.Locale;
        set => Conversation.Locale = value;
    }

    /// <summary>What the bot sent, oldest first.</summary>
    public Queue<Activity> ActiveQueue { get; } = new();

    /// <summary>Every activity the bot updated (UpdateActivityAsync), in order.</summary>
    public List<Activity> UpdatedActivities { get; } = [];

    /// <summary>Every activity the bot deleted (DeleteActivityAsync), in order.</summary>
    public List<ConversationReference> DeletedActivities { get; } = [];

    /// <summary>A test conversation reference with the SDK's default names.</summary>
    public static ConversationReference CreateConversation(string name, string user = "User1", string bot = "Bot", string channelId = "test") => new()
    {
        ChannelId = channelId,
        ServiceUrl = "https://test.com",
        User = new ChannelAccount(user.ToLowerInvariant(), user, "user"),
        Bot = new ChannelAccount(bot.ToLowerInvariant(), bot, "bot"),
        Conversation = new ConversationAccount(isGroup: false, id: name, name: name),
        Locale = "en-us",
    };

    public new TestAdapter Use(IMiddleware middleware)
    {
        base.Use(middleware);
        return this;
    }

    /// <summary>
    /// Runs a turn for an activity from the user. Missing fields are filled in: type message, from, recipient,
    /// conversation, channel, serviceUrl, locale, an incrementing id unique in the process (kept if the test set
    /// one, so a redelivery can be simulated) and timestamps.
    /// </summary>
    public virtual async Task ProcessActivityAsync(Activity activity, BotCallbackHandler callback, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(activity);
        lock (_conversationLock)
        {
            activity.Type ??= ActivityTypes.Message;
            activity.ChannelId = Conversation.ChannelId;
            if (activity.From is null || activity.From.Id == "unknown" || activity.From.Role == "bot") activity.From = Conversation.User;
            activity.Recipient = Conversation.Bot;
            activity.Conversation = Conversation.Conversation;
            activity.ServiceUrl = Conversation.ServiceUrl;
            activity.Locale ??= Locale;
            if (string.IsNullOrEmpty(activity.Id)) activity.Id = Interlocked.Increment(ref s_nextId).ToString(CultureInfo.InvariantCulture);
        }

        activity.Timestamp ??= TimeProvider.GetUtcNow();
        activity.LocalTimestamp ??= TimeProvider.GetLocalNow();

        await _turnLock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            using var context = new TurnContext(this, activity);
            await RunPipelineAsync(context, callback, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            _turnLock.Release();
        }
    }

    public Task SendTextToBotAsync(string userSays, BotCallbackHandler callback, CancellationToken cancellationToken = default) =>
        ProcessActivityAsync(MakeActivity(userSays), callback, cancellationToken);

    /// <summary>A message from the test user, addressed like the channel would.</summary>
    public Activity MakeActivity(string? text = null) => new()
    {
        Type = ActivityTypes.Message,
        From = Conversation.User,
        Recipient = Conversation.Bot,
        Conversation = Conversation.Conversation,
        ServiceUrl = Conversation.ServiceUrl,
        ChannelId = Conversation.ChannelId,
        Locale = Locale,
        Text = text,
    };

    /// <summary>The oldest reply not yet read, or null.</summary>
    public Activity? GetNextReply()
    {
        lock (_conversationLock)
        {
            return ActiveQueue.Count > 0 ? ActiveQueue.Dequeue() : null;
        }
    }

    public override Task<ResourceResponse[]> SendActivitiesAsync(ITurnContext turnContext, Activity[] activities, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(activities);
        var responses = new ResourceResponse[activities.Length];
        for (var i = 0; i < activities.Length; i++)
        {
            var activity = activities[i];
            if (string.IsNullOrWhiteSpace(activity.Id)) activity.Id = Guid.NewGuid().ToString("n");
            activity.Timestamp ??= TimeProvider.GetUtcNow();
            responses[i] = new ResourceResponse(activity.Id);

            if (activity.Type == ActivityTypes.InvokeResponse)
            {
                // As the SDK's adapters do: park the invoke's answer for the HTTP layer instead of sending it.
                turnContext.TurnState[InvokeResponseKey] = activity;
                continue;
            }
            if (activity.Type == ActivityTypes.Trace && !_sendTraceActivity) continue;

            lock (_conversationLock)
            {
                ActiveQueue.Enqueue(activity);
            }
        }
        return Task.FromResult(responses);
    }

    public override Task<ResourceResponse> UpdateActivityAsync(ITurnContext turnContext, Activity activity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        lock (_conversationLock)
        {
            UpdatedActivities.Add(activity);
            var replies = ActiveQueue.ToList();
            var index = replies.FindIndex(r => r.Id == activity.Id);
            if (index >= 0)
            {
                replies[index] = activity;
                ActiveQueue.Clear();
                foreach (var reply in replies) ActiveQueue.Enqueue(reply);
            }
        }
        return Task.FromResult(new ResourceResponse(activity.Id));
    }

    public override Task DeleteActivityAsync(ITurnContext turnContext, ConversationReference reference, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reference);
        lock (_conversationLock)
        {
            DeletedActivities.Add(reference);
            var remaining = ActiveQueue.Where(r => r.Id != reference.ActivityId).ToList();
            ActiveQueue.Clear();
            foreach (var reply in remaining) ActiveQueue.Enqueue(reply);
        }
        return Task.CompletedTask;
    }
}
