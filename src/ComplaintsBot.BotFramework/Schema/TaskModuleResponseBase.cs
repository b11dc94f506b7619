using System.Text.Json.Nodes;

namespace ComplaintsBot.BotFramework.Schema;

/// <summary>
/// The <c>task</c> of a task-module answer: <c>{type: "continue", value: TaskModuleTaskInfo}</c> to show a
/// dialog, or <c>{type: "message", value: "text"}</c> to close it with a message. Value is JSON here so
/// both shapes serialise as they are; use the factory methods.
/// </summary>
public class TaskModuleResponseBase : ExtensibleObject
{
    public const string ContinueType = "continue";
    public const string MessageType = "message";

    public string? Type { get; set; }
    public JsonNode? Value { get; set; }

    public static TaskModuleResponseBase Continue(TaskModuleTaskInfo taskInfo) => new()
    {
        Type = ContinueType,
        Value = System.Text.Json.JsonSerializer.SerializeToNode(taskInfo, BotJson.Options),
    };

    public static TaskModuleResponseBase Message(string text) => new() { Type = MessageType, Value = JsonValue.Create(text) };
}
