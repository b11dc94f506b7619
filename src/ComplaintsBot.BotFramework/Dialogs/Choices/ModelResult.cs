namespace ComplaintsBot.BotFramework.Dialogs.Choices;

/// <summary>A recogniser's match in an utterance.</summary>
public class ModelResult<T>
{
    public string Text { get; set; } = string.Empty;
    public int Start { get; set; }
    public int End { get; set; }
    public string TypeName { get; set; } = string.Empty;
    public T Resolution { get; set; } = default!;
}
