namespace ComplaintsBot.BotFramework.Schema;

/// <summary>The invoke body answering <c>task/fetch</c> and <c>task/submit</c>.</summary>
public class TaskModuleResponse : ExtensibleObject
{
    public TaskModuleResponseBase? Task { get; set; }
}
