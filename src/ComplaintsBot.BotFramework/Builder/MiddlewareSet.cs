namespace ComplaintsBot.BotFramework.Builder;

/// <summary>The adapter's ordered middleware; each piece calls next to go on.</summary>
public class MiddlewareSet : IMiddleware
{
    private readonly List<IMiddleware> _middleware = [];

    public MiddlewareSet Use(IMiddleware middleware)
    {
        ArgumentNullException.ThrowIfNull(middleware);
        _middleware.Add(middleware);
        return this;
    }

    public Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken = default) =>
        ReceiveActivityWithStatusAsync(turnContext, (_, ct) => next(ct), cancellationToken);

    /// <summary>Runs every middleware, then the callback (which may be null).</summary>
    public Task ReceiveActivityWithStatusAsync(ITurnContext turnContext, BotCallbackHandler? callback, CancellationToken cancellationToken) =>
        ReceiveActivityInternalAsync(turnContext, callback, 0, cancellationToken);

    private Task ReceiveActivityInternalAsync(ITurnContext turnContext, BotCallbackHandler? callback, int index, CancellationToken cancellationToken)
    {
        if (index == _middleware.Count)
            return callback is null ? Task.CompletedTask : callback(turnContext, cancellationToken);

        return _middleware[index].OnTurnAsync(
            turnContext,
            ct => ReceiveActivityInternalAsync(turnContext, callback, index + 1, ct),
            cancellationToken);
    }
}
