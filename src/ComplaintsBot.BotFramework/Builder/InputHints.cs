namespace ComplaintsBot.BotFramework.Builder;

/// <summary>Whether the bot waits for an answer (prompts set ExpectingInput).</summary>
public static class InputHints
{
    public const string AcceptingInput = "acceptingInput";
    public const string IgnoringInput = "ignoringInput";
    public const string ExpectingInput = "expectingInput";
}
