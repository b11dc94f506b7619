namespace ComplaintsBot.BotFramework.Schema;

/// <summary>A user or bot on a channel. In Teams: id "29:…" for users, "28:{appId}" for bots.</summary>
public class ChannelAccount : ExtensibleObject
{
    public ChannelAccount() { }

    public ChannelAccount(string? id, string? name = null, string? role = null, string? aadObjectId = null)
    {
        Id = id;
        Name = name;
        Role = role;
        AadObjectId = aadObjectId;
    }

    public string? Id { get; set; }
    public string? Name { get; set; }
    public string? AadObjectId { get; set; }
    public string? Role { get; set; }
}
