namespace ComplaintsBot.BotFramework.Schema;

/// <summary>One page of conversation members; a null continuationToken means the last page.</summary>
public class PagedMembersResult : ExtensibleObject
{
    public string? ContinuationToken { get; set; }
    public IList<ChannelAccount>? Members { get; set; }
}
