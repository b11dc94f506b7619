namespace ComplaintsBot.BotFramework.Dialogs;

/// <summary>Names a prompt's values are persisted under (as in the SDK's Prompt).</summary>
internal static class PromptStateKeys
{
    public const string Options = "options";
    public const string State = "state";
    public const string AttemptCount = "AttemptCount";
}
