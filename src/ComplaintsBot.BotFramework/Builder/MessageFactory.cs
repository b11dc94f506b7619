using ComplaintsBot.BotFramework.Schema;

namespace ComplaintsBot.BotFramework.Builder;

/// <summary>Builds the message activities a bot usually sends.</summary>
public static class MessageFactory
{
    public static Activity Text(string text, string? speak = null, string? inputHint = null)
    {
        var activity = Activity.CreateMessageActivity();
        activity.Text = text;
        activity.Speak = speak;
        activity.InputHint = inputHint;
        return activity;
    }

    public static Activity Attachment(Attachment attachment, string? text = null, string? inputHint = null) =>
        Attachment([attachment], text, inputHint);

    public static Activity Attachment(IEnumerable<Attachment> attachments, string? text = null, string? inputHint = null)
    {
        var activity = Activity.CreateMessageActivity();
        activity.Attachments = attachments.ToList();
        activity.Text = text;
        activity.InputHint = inputHint;
        return activity;
    }

    /// <summary>Text with quick-reply buttons that post their title back as the user's message (imBack).</summary>
    public static Activity SuggestedActions(IEnumerable<string> actions, string? text = null, string? inputHint = null)
    {
        var activity = Activity.CreateMessageActivity();
        activity.Text = text;
        activity.InputHint = inputHint;
        activity.SuggestedActions = new SuggestedActions
        {
            Actions = actions.Select(a => new CardAction(ActionTypes.ImBack, a, System.Text.Json.Nodes.JsonValue.Create(a))).ToList(),
        };
        return activity;
    }
}
