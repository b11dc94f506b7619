namespace ComplaintsBot.BotFramework.Schema;

/// <summary>
/// A <c>mention</c> entity: who was mentioned and the markup that stands for them in the text
/// (Teams: <c>&lt;at&gt;Bot name&lt;/at&gt;</c>).
/// </summary>
public class Mention : ExtensibleObject
{
    public const string EntityType = "mention";

    public string? Type { get; set; } = EntityType;
    public ChannelAccount? Mentioned { get; set; }
    public string? Text { get; set; }
}
