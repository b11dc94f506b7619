namespace ComplaintsBot.BotFramework.Dialogs.Choices;

/// <summary>What a channel can show (the SDK's Dialogs.Choices.Channel), used to pick a list style.</summary>
public static class Channel
{
    /// <summary>
    /// Suggested actions: Teams shows them only in personal (1:1) chats and with at most three buttons
    /// (teams-docs conversation-messages "Send suggested actions"); the test channel shows none.
    /// </summary>
    public static bool SupportsSuggestedActions(string? channelId, int buttonCount = 100, string? conversationType = null) => channelId switch
    {
        "msteams" => conversationType == "personal" && buttonCount <= 3,
        "facebook" or "skype" => buttonCount <= 10,
        "emulator" or "directline" or "webchat" or "telegram" => buttonCount <= 100,
        _ => false,
    };

    /// <summary>Card buttons: Teams allows up to 50 actions on a card.</summary>
    public static bool SupportsCardActions(string? channelId, int buttonCount = 100) => channelId switch
    {
        "msteams" => buttonCount <= 50,
        "facebook" or "skype" => buttonCount <= 3,
        "emulator" or "directline" or "webchat" or "telegram" or "slack" => buttonCount <= 100,
        _ => false,
    };

    /// <summary>Longer titles are shown as a text list rather than buttons.</summary>
    public static int MaxActionTitleLength(string? channelId) => 20;
}
