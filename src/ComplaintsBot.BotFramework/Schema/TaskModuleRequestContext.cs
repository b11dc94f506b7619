namespace ComplaintsBot.BotFramework.Schema;

/// <summary>Where a task module was opened from (Teams sends the client theme).</summary>
public class TaskModuleRequestContext : ExtensibleObject
{
    public string? Theme { get; set; }
}
