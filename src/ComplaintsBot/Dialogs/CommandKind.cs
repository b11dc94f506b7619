namespace ComplaintsBot.Dialogs;

/// <summary>What a message asks the bot to do, typed or pressed on a card.</summary>
public enum CommandKind
{
    None,
    Log,
    MyCases,
    Case,
    Help,
    Cancel,
    StartAgain,
    SaveContact,
    ChangeAnswer,
    /// <summary>A card step of logging a contact (its Next button).</summary>
    ContactCard,
    Report,
    Admin,
    /// <summary>The complaints channel feed: "feed here", "feed off", or "feed" to see where it is.</summary>
    Feed,
}
