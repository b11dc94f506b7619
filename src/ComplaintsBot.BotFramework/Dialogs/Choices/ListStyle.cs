namespace ComplaintsBot.BotFramework.Dialogs.Choices;

/// <summary>How choices are shown with a prompt.</summary>
public enum ListStyle
{
    /// <summary>Only the prompt text.</summary>
    None,

    /// <summary>Picked from what the channel supports (see ChoiceFactory.ForChannel).</summary>
    Auto,

    /// <summary>"(1) A, (2) B, or (3) C" after the text.</summary>
    Inline,

    /// <summary>A numbered list under the text.</summary>
    List,

    /// <summary>Quick-reply buttons.</summary>
    SuggestedAction,

    /// <summary>A hero card with a button per choice.</summary>
    HeroCard,
}
