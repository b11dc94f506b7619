using ComplaintsBot.BotFramework.Dialogs.Choices;
using ComplaintsBot.BotFramework.Schema;

namespace ComplaintsBot.BotFramework.Dialogs;

/// <summary>What a prompt asks, what it asks on a bad answer, and the choices it offers. Stored in dialog state.</summary>
public class PromptOptions
{
    public Activity? Prompt { get; set; }

    /// <summary>Sent after an answer that failed recognition or validation; the Prompt is re-sent when null.</summary>
    public Activity? RetryPrompt { get; set; }

    public IList<Choice>? Choices { get; set; }

    public ListStyle? Style { get; set; }

    /// <summary>Extra data for a validator (for example a range); stored as JSON.</summary>
    public object? Validations { get; set; }

    public string? RecognizeLanguage { get; set; }
}
