namespace ComplaintsBot.BotFramework.Schema;

/// <summary>The conversation an activity belongs to. conversationType: personal, groupChat or channel.</summary>
public class ConversationAccount : ExtensibleObject
{
    public ConversationAccount() { }

    public ConversationAccount(bool? isGroup = null, string? conversationType = null, string? id = null, string? name = null, string? tenantId = null)
    {
        IsGroup = isGroup;
        ConversationType = conversationType;
        Id = id;
        Name = name;
        TenantId = tenantId;
    }

    public bool? IsGroup { get; set; }
    public string? ConversationType { get; set; }
    public string? Id { get; set; }
    public string? Name { get; set; }
    public string? TenantId { get; set; }
    public string? AadObjectId { get; set; }
    public string? Role { get; set; }
}
