using System.Text.Json.Nodes;
using ComplaintsBot.BotFramework.Builder;
using ComplaintsBot.BotFramework.Schema;

namespace ComplaintsBot.Tests.Dialogs;

/// <summary>Writes the conversation as the officer sees it: what they typed or pressed, and each reply (a card by its text).</summary>
public sealed class TranscriptRecorder : IMiddleware
{
    private readonly List<string> _lines = [];

    public IReadOnlyList<string> Lines => _lines;

    public override string ToString() => string.Join("\n", _lines);

    public async Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken = default)
    {
        var activity = turnContext.Activity;
        if (activity.Type == ActivityTypes.Message)
            lock (_lines) _lines.Add("Officer: " + (string.IsNullOrEmpty(activity.Text) ? $"[presses {activity.Value?.ToJsonString()}]" : activity.Text));
        turnContext.OnSendActivities(async (context, activities, nextSend) =>
        {
            lock (_lines)
                foreach (var sent in activities.Where(a => a.Type == ActivityTypes.Message))
                    _lines.Add((activity.Type == ActivityTypes.Message ? "Bot: " : $"Bot, in {activity.Conversation?.Id}: ") + Show(sent));
            return await nextSend();
        });
        await next(cancellationToken);
    }

    /// <summary>The reply's text, then each card's text blocks and buttons, one line each.</summary>
    public static string Show(Activity activity)
    {
        var parts = new List<string>();
        if (!string.IsNullOrEmpty(activity.Text)) parts.Add(activity.Text);
        foreach (var attachment in activity.Attachments ?? [])
            if (attachment.Content is JsonNode card) parts.Add("[card]\n" + string.Join("\n", CardLines(card).Select(l => "    " + l)));
        return string.Join("\n", parts);
    }

    private static IEnumerable<string> CardLines(JsonNode node)
    {
        switch (node)
        {
            case JsonObject obj:
                var type = obj["type"]?.GetValue<string>();
                if (type is "TextBlock" or "TextRun" && obj["text"] is JsonValue text) yield return text.GetValue<string>();
                if (type is "Action.Submit" or "Action.Execute" or "Action.ShowCard" && obj["title"] is JsonValue title && obj["type"] is not null && !IsFallback(obj))
                    yield return $"[{title.GetValue<string>()}]";
                foreach (var (key, child) in obj)
                    if (child is not null && key != "fallback")
                        foreach (var line in CardLines(child)) yield return line;
                break;
            case JsonArray array:
                foreach (var child in array)
                    if (child is not null)
                        foreach (var line in CardLines(child)) yield return line;
                break;
        }
    }

    private static bool IsFallback(JsonObject obj) => obj.Parent is JsonObject parent && parent["fallback"] == obj;
}
