namespace ComplaintsBot.BotFramework.Schema;

/// <summary>The Microsoft Entra tenant a Teams activity comes from (channelData.tenant).</summary>
public class TenantInfo : ExtensibleObject
{
    public TenantInfo() { }

    public TenantInfo(string? id) => Id = id;

    public string? Id { get; set; }
}
