using System.Text.Json.Nodes;

namespace ComplaintsBot.BotFramework.Schema;

/// <summary>The value of a <c>task/fetch</c> or <c>task/submit</c> invoke: the action's data (with the dialog's inputs on submit).</summary>
public class TaskModuleRequest : ExtensibleObject
{
    public JsonNode? Data { get; set; }
    public TaskModuleRequestContext? Context { get; set; }
}
