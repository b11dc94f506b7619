namespace ComplaintsBot.BotFramework.Builder;

/// <summary>Runs the rest of the middleware pipeline.</summary>
public delegate Task NextDelegate(CancellationToken cancellationToken);
