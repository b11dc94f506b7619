using System.Text.Json.Nodes;

namespace ComplaintsBot.BotFramework.Schema;

/// <summary>What a task module (Teams dialog) shows: a card or a URL, with its title and size.</summary>
public class TaskModuleTaskInfo : ExtensibleObject
{
    public string? Title { get; set; }
    /// <summary>"small", "medium", "large" or a number of pixels.</summary>
    public JsonNode? Height { get; set; }
    public JsonNode? Width { get; set; }
    public Attachment? Card { get; set; }
    public string? Url { get; set; }
    public string? FallbackUrl { get; set; }
    public string? CompletionBotId { get; set; }
}
