namespace ComplaintsBot.BotFramework.Dialogs;

/// <summary>Decides whether a recognised answer is acceptable; it may send its own message instead of the retry prompt.</summary>
public delegate Task<bool> PromptValidator<T>(PromptValidatorContext<T> promptContext, CancellationToken cancellationToken);
