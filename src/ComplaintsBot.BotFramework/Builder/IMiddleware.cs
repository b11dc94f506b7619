namespace ComplaintsBot.BotFramework.Builder;

/// <summary>Code that runs around every turn (logging, transcript, state loading...).</summary>
public interface IMiddleware
{
    Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken = default);
}
