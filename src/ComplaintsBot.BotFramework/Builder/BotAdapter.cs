using ComplaintsBot.BotFramework.Schema;

namespace ComplaintsBot.BotFramework.Builder;

/// <summary>
/// Connects a bot to a channel: runs the middleware and the bot for each incoming activity, and carries
/// what the bot sends back to the channel.
/// </summary>
public abstract class BotAdapter
{
    /// <summary>TurnState key under which an invoke's answer is parked for the HTTP layer.</summary>
    public const string InvokeResponseKey = "BotFrameworkAdapter.InvokeResponse";

    /// <summary>TurnState key of the caller's authenticated ClaimsIdentity.</summary>
    public const string BotIdentityKey = "BotIdentity";

    protected MiddlewareSet MiddlewareSet { get; } = new();

    /// <summary>Called when the bot throws; without it the exception propagates.</summary>
    public Func<ITurnContext, Exception, Task>? OnTurnError { get; set; }

    public BotAdapter Use(IMiddleware middleware)
    {
        MiddlewareSet.Use(middleware);
        return this;
    }

    public abstract Task<ResourceResponse[]> SendActivitiesAsync(ITurnContext turnContext, Activity[] activities, CancellationToken cancellationToken);

    public abstract Task<ResourceResponse> UpdateActivityAsync(ITurnContext turnContext, Activity activity, CancellationToken cancellationToken);

    public abstract Task DeleteActivityAsync(ITurnContext turnContext, ConversationReference reference, CancellationToken cancellationToken);

    /// <summary>Runs a proactive turn in a stored conversation (a synthetic ContinueConversation event).</summary>
    public virtual async Task ContinueConversationAsync(string? botAppId, ConversationReference reference, BotCallbackHandler callback, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reference);
        using var context = new TurnContext(this, reference.GetContinuationActivity());
        await RunPipelineAsync(context, callback, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Runs the middleware then the callback, sending any exception to <see cref="OnTurnError"/> except
    /// <see cref="RepliesNotSentException"/>: the turn is saved, and the caller answers the channel with an error so it
    /// delivers the activity again.
    /// </summary>
    protected async Task RunPipelineAsync(ITurnContext turnContext, BotCallbackHandler? callback, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        if (turnContext.Activity is null) throw new ArgumentException("The turn has no activity.", nameof(turnContext));

        try
        {
            await MiddlewareSet.ReceiveActivityWithStatusAsync(turnContext, callback, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (OnTurnError is not null && ex is not RepliesNotSentException)
        {
            await OnTurnError(turnContext, ex).ConfigureAwait(false);
        }
    }
}
