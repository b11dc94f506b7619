namespace ComplaintsBot.BotFramework.Schema;

/// <summary>
/// Metadata on an activity: Teams sends `clientInfo` (locale, country, platform, timezone) and `mention`
/// (mentioned, text). Unknown types and fields are kept in Properties.
/// </summary>
public class Entity : ExtensibleObject
{
    public Entity() { }

    public Entity(string? type) => Type = type;

    public string? Type { get; set; }
}
