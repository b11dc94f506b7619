namespace ComplaintsBot.BotFramework.Schema;

/// <summary>The channel's answer to a send: the id it gave the activity.</summary>
public class ResourceResponse : ExtensibleObject
{
    public ResourceResponse() { }

    public ResourceResponse(string? id) => Id = id;

    public string? Id { get; set; }
}
