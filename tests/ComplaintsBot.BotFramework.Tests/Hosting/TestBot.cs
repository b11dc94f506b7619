using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using ComplaintsBot.BotFramework.Builder;
using ComplaintsBot.BotFramework.Schema;

namespace ComplaintsBot.BotFramework.Tests.Hosting;

/// <summary>
/// A small bot for host tests: echoes messages, answers card submits, replaces a clicked Action.Execute
/// card (and updates the shared message), welcomes new members, thanks on install, and can be made to
/// wait (to show turns are serialised) or to fail.
/// </summary>
public sealed class TestBot : ActivityHandler
{
    public ConcurrentQueue<string> Events { get; } = new();
    public ConcurrentQueue<ConversationReference> References { get; } = new();

    /// <summary>A message "hold" waits here until the test releases it.</summary>
    public TaskCompletionSource HoldGate { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    public TaskCompletionSource Holding { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    protected override async Task OnMessageActivityAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        var activity = turnContext.Activity;
        References.Enqueue(activity.GetConversationReference());
        if (activity.IsCardSubmit())
        {
            await turnContext.SendActivityAsync($"Logged a {(string?)activity.Value!["category"]} contact.", cancellationToken: cancellationToken);
            return;
        }

        var text = activity.RemoveRecipientMention();
        Events.Enqueue($"start {text}");
        switch (text)
        {
            case "hold":
                Holding.TrySetResult();
                await HoldGate.Task;
                break;
            case "notify-other":
                // A turn here sends into another conversation, as a card action notifying a colleague would.
                var other = References.First(r => r.Conversation!.Id != activity.Conversation!.Id);
                await turnContext.Adapter.ContinueConversationAsync(null, other,
                    (proactive, ct) => proactive.SendActivityAsync("You have been notified.", cancellationToken: ct), cancellationToken);
                break;
            case "boom":
                throw new InvalidOperationException("The bot failed on purpose.");
            case "two":
                await turnContext.SendActivitiesAsync([MessageFactory.Text("one"), new Activity { Type = ActivityTypes.Delay, Value = JsonValue.Create(1) }, MessageFactory.Text("two")], cancellationToken);
                break;
            default:
                var sent = await turnContext.SendActivityAsync($"You said: {text}", cancellationToken: cancellationToken);
                Events.Enqueue($"sent id {sent.Id}");
                break;
        }
        Events.Enqueue($"end {text}");
    }

    protected override async Task<AdaptiveCardInvokeResponse> OnAdaptiveCardInvokeAsync(ITurnContext turnContext, AdaptiveCardInvokeValue invokeValue, CancellationToken cancellationToken)
    {
        if (invokeValue.Action!.Verb == "boom") throw new InvalidOperationException("The card action failed on purpose.");
        var card = new JsonObject
        {
            ["type"] = "AdaptiveCard",
            ["version"] = "1.5",
            ["body"] = new JsonArray(new JsonObject { ["type"] = "TextBlock", ["text"] = $"Done: {invokeValue.Action!.Verb} {(string?)invokeValue.Action.Data!["caseId"]}" }),
        };
        var shared = MessageFactory.Attachment(new Attachment { ContentType = Attachment.AdaptiveCardContentType, Content = card.DeepClone() });
        shared.Id = turnContext.Activity.ReplyToId;
        await turnContext.UpdateActivityAsync(shared, cancellationToken);
        return AdaptiveCardInvokeResponse.Card(card);
    }

    protected override async Task OnMembersAddedAsync(IList<ChannelAccount> membersAdded, ITurnContext turnContext, CancellationToken cancellationToken)
    {
        foreach (var member in membersAdded.Where(m => m.Id != turnContext.Activity.Recipient?.Id))
            await turnContext.SendActivityAsync("Welcome to ComplaintsBot.", cancellationToken: cancellationToken);
    }

    protected override async Task OnInstallationUpdateAddAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        References.Enqueue(turnContext.Activity.GetConversationReference());
        await turnContext.SendActivityAsync("Thanks for installing ComplaintsBot.", cancellationToken: cancellationToken);
    }
}
