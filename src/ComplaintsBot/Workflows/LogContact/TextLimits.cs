namespace ComplaintsBot.Workflows.LogContact;

/// <summary>How long each free-text answer may be (within the store's columns).</summary>
public static class TextLimits
{
    public const int Name = 200;
    public const int Reference = 60;
    public const int Description = 4000;
    public const int Note = 1000;
}
