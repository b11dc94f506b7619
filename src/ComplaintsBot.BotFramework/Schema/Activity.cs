using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace ComplaintsBot.BotFramework.Schema;

/// <summary>
/// The Bot Framework activity (spec "botframework-activity"). Everything a Teams bot reads or sends.
/// Unknown fields are kept in <see cref="ExtensibleObject.Properties"/>; JSON is camelCase with nulls omitted
/// (<see cref="BotJson"/>).
/// </summary>
public class Activity : ExtensibleObject
{
    public string? Type { get; set; }
    public string? Id { get; set; }
    /// <summary>When the channel recorded the activity; written as UTC with Z (spec A2043).</summary>
    [JsonConverter(typeof(UtcTimestampConverter))]
    public DateTimeOffset? Timestamp { get; set; }
    public DateTimeOffset? LocalTimestamp { get; set; }
    public string? LocalTimezone { get; set; }
    public string? CallerId { get; set; }
    public string? ServiceUrl { get; set; }
    public string? ChannelId { get; set; }
    public ChannelAccount? From { get; set; }
    public ConversationAccount? Conversation { get; set; }
    public ChannelAccount? Recipient { get; set; }
    public string? TextFormat { get; set; }
    public string? AttachmentLayout { get; set; }
    public IList<ChannelAccount>? MembersAdded { get; set; }
    public IList<ChannelAccount>? MembersRemoved { get; set; }
    public string? TopicName { get; set; }
    public string? Locale { get; set; }
    public string? Text { get; set; }
    public string? Speak { get; set; }
    public string? InputHint { get; set; }
    public string? Summary { get; set; }
    public SuggestedActions? SuggestedActions { get; set; }
    public IList<Attachment>? Attachments { get; set; }
    public IList<Entity>? Entities { get; set; }
    public JsonNode? ChannelData { get; set; }
    /// <summary>installationUpdate: add, remove, add-upgrade, remove-upgrade.</summary>
    public string? Action { get; set; }
    public string? ReplyToId { get; set; }
    public string? Label { get; set; }
    public string? ValueType { get; set; }
    /// <summary>Card submit data and invoke payloads.</summary>
    public JsonNode? Value { get; set; }
    /// <summary>Invoke and event name, e.g. adaptiveCard/action.</summary>
    public string? Name { get; set; }
    public ConversationReference? RelatesTo { get; set; }
    public string? Code { get; set; }
    public DateTimeOffset? Expiration { get; set; }
    public string? Importance { get; set; }
    public string? DeliveryMode { get; set; }

    public static Activity CreateMessageActivity() => new() { Type = ActivityTypes.Message };

    /// <summary>
    /// A reply to this activity, addressed the way the SDK does (ActivityEx.CreateReply): from the bot
    /// to the sender, in the same conversation, replying to this id.
    /// </summary>
    public Activity CreateReply(string? text = null) => new()
    {
        Type = ActivityTypes.Message,
        Timestamp = null,
        From = new ChannelAccount(Recipient?.Id, Recipient?.Name),
        Recipient = new ChannelAccount(From?.Id, From?.Name),
        ReplyToId = Id,
        ServiceUrl = ServiceUrl,
        ChannelId = ChannelId,
        Conversation = Conversation is null ? null : new ConversationAccount(Conversation.IsGroup, Conversation.ConversationType, Conversation.Id, Conversation.Name, Conversation.TenantId),
        Text = text ?? string.Empty,
        Locale = Locale,
    };

    /// <summary>The reference that lets the bot continue this conversation later.</summary>
    public ConversationReference GetConversationReference() => new()
    {
        ActivityId = Type == ActivityTypes.ConversationUpdate && (ChannelId is "directline" or "webchat") ? null : Id,
        User = From,
        Bot = Recipient,
        Conversation = Conversation,
        ChannelId = ChannelId,
        Locale = Locale,
        ServiceUrl = ServiceUrl,
    };

    /// <summary>
    /// Addresses this activity from a reference (ActivityEx.ApplyConversationReference). For an outgoing
    /// activity the bot is the sender and the user the recipient, and it replies to the reference's activity.
    /// </summary>
    public Activity ApplyConversationReference(ConversationReference reference, bool isIncoming = false)
    {
        ChannelId = reference.ChannelId;
        ServiceUrl = reference.ServiceUrl;
        Conversation = reference.Conversation;
        Locale ??= reference.Locale;
        if (isIncoming)
        {
            From = reference.User;
            Recipient = reference.Bot;
            if (reference.ActivityId is not null) Id = reference.ActivityId;
        }
        else
        {
            From = reference.Bot;
            Recipient = reference.User;
            if (reference.ActivityId is not null) ReplyToId = reference.ActivityId;
        }
        return this;
    }

    /// <summary>An Adaptive Card Action.Submit arrives as a message with a value and no text.</summary>
    public bool IsCardSubmit() => Type == ActivityTypes.Message && string.IsNullOrEmpty(Text) && Value is not null;
}
