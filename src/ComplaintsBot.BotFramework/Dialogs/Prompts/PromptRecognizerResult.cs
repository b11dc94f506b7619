namespace ComplaintsBot.BotFramework.Dialogs;

/// <summary>Whether the answer was understood, and what it was understood as.</summary>
public class PromptRecognizerResult<T>
{
    public bool Succeeded { get; set; }

    public T? Value { get; set; }
}
