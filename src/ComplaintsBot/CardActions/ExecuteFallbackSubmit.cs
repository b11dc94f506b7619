using System.Text.Json.Nodes;
using ComplaintsBot.BotFramework.Builder;
using ComplaintsBot.BotFramework.Connector;
using ComplaintsBot.BotFramework.Schema;
using ComplaintsBot.Cards;

namespace ComplaintsBot.CardActions;

/// <summary>
/// Clients without Action.Execute press the card's <c>fallback: Action.Submit</c> instead, which reaches the bot as a
/// message with no text and <c>value</c> = the action's data (with its <c>verb</c>) merged with the inputs. Such a
/// submit goes to the same card action as the invoke would (who clicked still comes from the activity, the case
/// version is checked, the change is audited) and never to the dialog. The dialog's own cards carry a
/// <c>command</c>, never a <c>verb</c>; a submit is taken for a card action only when its verb is one this server
/// registered, so a dialog in progress is not disturbed by it.
/// </summary>
public sealed class ExecuteFallbackSubmit(CardActionRouter router, ILogger<ExecuteFallbackSubmit> logger)
{
    public const string VerbKey = "verb";

    /// <summary>True when the activity is a fallback submit of a known verb and was answered here.</summary>
    public async Task<bool> TryHandleAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        if (AsAction(turnContext.Activity) is not { } action) return false;
        var response = await router.ExecuteAsync(turnContext, action, cancellationToken);
        await ReplyAsync(turnContext, response, cancellationToken);
        return true;
    }

    /// <summary>The Action.Execute this submit stands for, or null when it is not one (a dialog's card, typed text).</summary>
    public AdaptiveCardInvokeAction? AsAction(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        if (!activity.IsCardSubmit() || activity.Value is not JsonObject value) return null;
        if (value["command"] is not null) return null;
        if (value[VerbKey] is not JsonValue verbValue || !verbValue.TryGetValue<string>(out var verb) || !router.Verbs.Contains(verb)) return null;
        var data = value.DeepClone().AsObject();
        data.Remove(VerbKey);
        return new AdaptiveCardInvokeAction { Type = AdaptiveCardInvokeAction.ExecuteType, Verb = verb, Data = data };
    }

    // There is no invoke response to carry the result, so it is shown as a message. In a personal chat the card
    // replaces the clicked one (PUT replyToId), as an Action.Execute answer does: one case card that is always
    // current, not a growing pile of copies. In a group chat or channel the clicked card is shared and the action
    // has already updated every remembered copy for everyone; the clicker's own view (with their buttons and the
    // notice of what happened) then arrives as a reply, so nobody else's card shows someone else's buttons.
    // Banners and errors have no card to go in, so they become a short text reply.
    private async Task ReplyAsync(ITurnContext turnContext, AdaptiveCardInvokeResponse response, CancellationToken cancellationToken)
    {
        if (response.Type == AdaptiveCardInvokeResponse.CardContentType && response.Value is JsonObject card)
        {
            var message = CardAttachment.AsMessage(card);
            var activity = turnContext.Activity;
            if (activity.Conversation?.ConversationType == "personal" && !string.IsNullOrEmpty(activity.ReplyToId))
            {
                message.Id = activity.ReplyToId;
                try
                {
                    await turnContext.UpdateActivityAsync(message, cancellationToken);
                    return;
                }
                catch (ErrorResponseException e)
                {
                    // The clicked message is gone or cannot be edited: send the card instead.
                    logger.LogInformation(e, "Could not replace the clicked card {ActivityId}; sending the result as a new message.", activity.ReplyToId);
                    message.Id = null;
                }
            }
            await turnContext.SendActivityAsync(message, cancellationToken);
            return;
        }
        await turnContext.SendActivityAsync(MessageFactory.Text(TextOf(response)), cancellationToken);
    }

    private static string TextOf(AdaptiveCardInvokeResponse response) => response.Value switch
    {
        JsonObject error when error["message"] is JsonValue message && message.TryGetValue<string>(out var text) => text,
        JsonValue value when value.TryGetValue<string>(out var text) => text,
        _ => response.StatusCode >= 400 ? "That button could not be done; open the case again." : "Done.",
    };
}
