using System.Text.Json;

namespace ComplaintsBot.BotFramework.Schema;

/// <summary>
/// The SDK's mention helpers (ActivityEx.GetMentions / RemoveRecipientMention / RemoveMentionText).
/// In Teams group chats and channels the bot only hears messages that mention it, as
/// <c>&lt;at&gt;Bot&lt;/at&gt; text</c> with a matching <c>mention</c> entity.
/// </summary>
public static class MentionExtensions
{
    /// <summary>The mention entities on the activity, typed.</summary>
    public static Mention[] GetMentions(this Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        if (activity.Entities is null) return [];
        return activity.Entities
            .Where(e => string.Equals(e.Type, Mention.EntityType, StringComparison.OrdinalIgnoreCase))
            .Select(ToMention)
            .ToArray();
    }

    /// <summary>Removes the mentions of the bot (the recipient) from the text, trims it and returns it.</summary>
    public static string? RemoveRecipientMention(this Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        return activity.Recipient?.Id is { } botId ? activity.RemoveMentionText(botId) : activity.Text;
    }

    /// <summary>Removes every mention of the given account id from the text, trims it and returns it.</summary>
    public static string? RemoveMentionText(this Activity activity, string id)
    {
        ArgumentNullException.ThrowIfNull(activity);
        if (string.IsNullOrEmpty(activity.Text)) return activity.Text;

        foreach (var mention in activity.GetMentions())
        {
            if (mention.Mentioned?.Id != id || string.IsNullOrEmpty(mention.Text)) continue;
            // The SDK feeds the mention text to Regex unescaped; a plain replace cannot misread "(" or "+".
            activity.Text = activity.Text.Replace(mention.Text, string.Empty, StringComparison.OrdinalIgnoreCase);
        }

        activity.Text = activity.Text.Trim();
        return activity.Text;
    }

    private static Mention ToMention(Entity entity)
    {
        var element = JsonSerializer.SerializeToElement(entity, BotJson.Options);
        return element.Deserialize<Mention>(BotJson.Options) ?? new Mention();
    }
}
