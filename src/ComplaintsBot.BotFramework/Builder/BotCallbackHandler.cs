namespace ComplaintsBot.BotFramework.Builder;

/// <summary>The code a turn runs after the middleware, usually <see cref="IBot.OnTurnAsync"/>.</summary>
public delegate Task BotCallbackHandler(ITurnContext turnContext, CancellationToken cancellationToken);
