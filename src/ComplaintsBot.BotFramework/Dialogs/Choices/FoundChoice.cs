namespace ComplaintsBot.BotFramework.Dialogs.Choices;

/// <summary>The choice a user's answer was recognised as.</summary>
public class FoundChoice
{
    public string Value { get; set; } = string.Empty;

    /// <summary>Position in the list of choices offered (0-based).</summary>
    public int Index { get; set; }

    /// <summary>1.0 for an exact match; the matched fraction for a prefix.</summary>
    public float Score { get; set; }

    /// <summary>The value, title or synonym that matched (null when chosen by number).</summary>
    public string? Synonym { get; set; }
}
