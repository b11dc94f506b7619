using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using ComplaintsBot.BotFramework.Schema;

namespace ComplaintsBot.BotFramework.Builder;

/// <summary>
/// The SDK's ActivityHandler (with the Teams task-module hooks of TeamsActivityHandler): dispatches a
/// turn by activity type to virtual methods a bot overrides. Invoke answers are parked for the HTTP layer
/// as an <see cref="ActivityTypes.InvokeResponse"/> pseudo-activity.
/// </summary>
public class ActivityHandler : IBot
{
    public const string AdaptiveCardActionInvokeName = "adaptiveCard/action";
    public const string TaskFetchInvokeName = "task/fetch";
    public const string TaskSubmitInvokeName = "task/submit";
    public const string MessagingExtensionFetchTaskInvokeName = "composeExtension/fetchTask";
    public const string MessagingExtensionSubmitActionInvokeName = "composeExtension/submitAction";
    public const string MessagingExtensionQueryInvokeName = "composeExtension/query";

    public virtual async Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        if (turnContext.Activity is null) throw new ArgumentException("The turn has no activity.", nameof(turnContext));
        if (string.IsNullOrEmpty(turnContext.Activity.Type)) throw new ArgumentException("The activity has no type.", nameof(turnContext));

        switch (turnContext.Activity.Type)
        {
            case ActivityTypes.Message:
                await OnMessageActivityAsync(turnContext, cancellationToken).ConfigureAwait(false);
                break;
            case ActivityTypes.ConversationUpdate:
                await OnConversationUpdateActivityAsync(turnContext, cancellationToken).ConfigureAwait(false);
                break;
            case ActivityTypes.InstallationUpdate:
                await OnInstallationUpdateActivityAsync(turnContext, cancellationToken).ConfigureAwait(false);
                break;
            case ActivityTypes.Event:
                await OnEventActivityAsync(turnContext, cancellationToken).ConfigureAwait(false);
                break;
            case ActivityTypes.Typing:
                await OnTypingActivityAsync(turnContext, cancellationToken).ConfigureAwait(false);
                break;
            case ActivityTypes.MessageReaction:
                await OnMessageReactionActivityAsync(turnContext, cancellationToken).ConfigureAwait(false);
                break;
            case ActivityTypes.MessageUpdate:
                await OnMessageUpdateActivityAsync(turnContext, cancellationToken).ConfigureAwait(false);
                break;
            case ActivityTypes.MessageDelete:
                await OnMessageDeleteActivityAsync(turnContext, cancellationToken).ConfigureAwait(false);
                break;
            case ActivityTypes.EndOfConversation:
                await OnEndOfConversationActivityAsync(turnContext, cancellationToken).ConfigureAwait(false);
                break;
            case ActivityTypes.Invoke:
                var invokeResponse = await OnInvokeActivityAsync(turnContext, cancellationToken).ConfigureAwait(false);
                // A handler may already have parked its own answer; the first one wins, as in the SDK.
                if (invokeResponse is not null && !turnContext.TurnState.ContainsKey(BotAdapter.InvokeResponseKey))
                    await turnContext.SendActivityAsync(CreateInvokeResponseActivity(invokeResponse), cancellationToken).ConfigureAwait(false);
                break;
            default:
                await OnUnrecognizedActivityTypeAsync(turnContext, cancellationToken).ConfigureAwait(false);
                break;
        }
    }

    /// <summary>The pseudo-activity the adapter parks instead of sending (ActivityTypesEx.InvokeResponse).</summary>
    public static Activity CreateInvokeResponseActivity(InvokeResponse invokeResponse)
    {
        ArgumentNullException.ThrowIfNull(invokeResponse);
        return new Activity
        {
            Type = ActivityTypes.InvokeResponse,
            Value = JsonSerializer.SerializeToNode(invokeResponse, BotJson.Options),
        };
    }

    /// <summary>A message, including an Adaptive Card Action.Submit (value and no text).</summary>
    protected virtual Task OnMessageActivityAsync(ITurnContext turnContext, CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>
    /// Calls <see cref="OnMembersAddedAsync"/> when someone other than the bot joined, else
    /// <see cref="OnMembersRemovedAsync"/> when someone other than the bot left. As in the SDK the whole
    /// list is passed on, bot included: skip members whose id is the recipient's.
    /// </summary>
    protected virtual Task OnConversationUpdateActivityAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        var activity = turnContext.Activity;
        var botId = activity.Recipient?.Id;
        if (activity.MembersAdded is { } added)
        {
            if (added.Any(m => m.Id != botId)) return OnMembersAddedAsync(added, turnContext, cancellationToken);
        }
        else if (activity.MembersRemoved is { } removed && removed.Any(m => m.Id != botId))
        {
            return OnMembersRemovedAsync(removed, turnContext, cancellationToken);
        }
        return Task.CompletedTask;
    }

    protected virtual Task OnMembersAddedAsync(IList<ChannelAccount> membersAdded, ITurnContext turnContext, CancellationToken cancellationToken) => Task.CompletedTask;

    protected virtual Task OnMembersRemovedAsync(IList<ChannelAccount> membersRemoved, ITurnContext turnContext, CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>The app was installed (add, add-upgrade) or removed (remove, remove-upgrade).</summary>
    protected virtual Task OnInstallationUpdateActivityAsync(ITurnContext turnContext, CancellationToken cancellationToken) =>
        turnContext.Activity.Action?.ToLowerInvariant() switch
        {
            "add" or "add-upgrade" => OnInstallationUpdateAddAsync(turnContext, cancellationToken),
            "remove" or "remove-upgrade" => OnInstallationUpdateRemoveAsync(turnContext, cancellationToken),
            _ => Task.CompletedTask,
        };

    protected virtual Task OnInstallationUpdateAddAsync(ITurnContext turnContext, CancellationToken cancellationToken) => Task.CompletedTask;

    protected virtual Task OnInstallationUpdateRemoveAsync(ITurnContext turnContext, CancellationToken cancellationToken) => Task.CompletedTask;

    protected virtual Task OnEventActivityAsync(ITurnContext turnContext, CancellationToken cancellationToken) => Task.CompletedTask;

    protected virtual Task OnTypingActivityAsync(ITurnContext turnContext, CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>A user reacted to a message (replyToId names it); the reactions are in Properties.</summary>
    protected virtual Task OnMessageReactionActivityAsync(ITurnContext turnContext, CancellationToken cancellationToken) => Task.CompletedTask;

    protected virtual Task OnMessageUpdateActivityAsync(ITurnContext turnContext, CancellationToken cancellationToken) => Task.CompletedTask;

    protected virtual Task OnMessageDeleteActivityAsync(ITurnContext turnContext, CancellationToken cancellationToken) => Task.CompletedTask;

    protected virtual Task OnEndOfConversationActivityAsync(ITurnContext turnContext, CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>An activity type this handler has no hook for (spec A2014: ignore it by default).</summary>
    protected virtual Task OnUnrecognizedActivityTypeAsync(ITurnContext turnContext, CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>
    /// Routes invokes by name. adaptiveCard/action is validated first; every outcome a handler chose is
    /// answered with HTTP 200 and the real status in the body (Universal Actions). An unknown name is 501.
    /// </summary>
    protected virtual async Task<InvokeResponse?> OnInvokeActivityAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        try
        {
            switch (turnContext.Activity.Name)
            {
                case AdaptiveCardActionInvokeName:
                    var invokeValue = GetAdaptiveCardInvokeValue(turnContext.Activity);
                    var cardResponse = await OnAdaptiveCardInvokeAsync(turnContext, invokeValue, cancellationToken).ConfigureAwait(false);
                    return CreateInvokeResponse(cardResponse);
                case TaskFetchInvokeName:
                    var fetched = await OnTeamsTaskModuleFetchAsync(turnContext, ReadValue<TaskModuleRequest>(turnContext.Activity), cancellationToken).ConfigureAwait(false);
                    return CreateInvokeResponse(fetched);
                case TaskSubmitInvokeName:
                    var submitted = await OnTeamsTaskModuleSubmitAsync(turnContext, ReadValue<TaskModuleRequest>(turnContext.Activity), cancellationToken).ConfigureAwait(false);
                    return CreateInvokeResponse(submitted);
                case MessagingExtensionFetchTaskInvokeName:
                    var fetchAction = ReadValue<MessagingExtensionAction>(turnContext.Activity);
                    return CreateInvokeResponse(await OnTeamsMessagingExtensionFetchTaskAsync(turnContext, fetchAction, cancellationToken).ConfigureAwait(false));
                case MessagingExtensionSubmitActionInvokeName:
                    var submitAction = ReadValue<MessagingExtensionAction>(turnContext.Activity);
                    return CreateInvokeResponse(await OnTeamsMessagingExtensionSubmitActionAsync(turnContext, submitAction, cancellationToken).ConfigureAwait(false));
                case MessagingExtensionQueryInvokeName:
                    var query = ReadValue<MessagingExtensionQuery>(turnContext.Activity);
                    return CreateInvokeResponse(await OnTeamsMessagingExtensionQueryAsync(turnContext, query, cancellationToken).ConfigureAwait(false));
                default:
                    throw new InvokeResponseException(HttpStatusCode.NotImplemented);
            }
        }
        catch (InvokeResponseException e)
        {
            return e.CreateInvokeResponse();
        }
    }

    /// <summary>An Action.Execute click (or refresh). The default is 501, as in the SDK.</summary>
    protected virtual Task<AdaptiveCardInvokeResponse> OnAdaptiveCardInvokeAsync(ITurnContext turnContext, AdaptiveCardInvokeValue invokeValue, CancellationToken cancellationToken) =>
        throw new InvokeResponseException(HttpStatusCode.NotImplemented);

    /// <summary>A task module (Teams dialog) is opening. The default is 501.</summary>
    protected virtual Task<TaskModuleResponse> OnTeamsTaskModuleFetchAsync(ITurnContext turnContext, TaskModuleRequest taskModuleRequest, CancellationToken cancellationToken) =>
        throw new InvokeResponseException(HttpStatusCode.NotImplemented);

    /// <summary>A task module was submitted. The default is 501.</summary>
    protected virtual Task<TaskModuleResponse> OnTeamsTaskModuleSubmitAsync(ITurnContext turnContext, TaskModuleRequest taskModuleRequest, CancellationToken cancellationToken) =>
        throw new InvokeResponseException(HttpStatusCode.NotImplemented);

    /// <summary>A message extension action command is opening its dialog (TeamsActivityHandler's name). The default is 501.</summary>
    protected virtual Task<MessagingExtensionActionResponse> OnTeamsMessagingExtensionFetchTaskAsync(ITurnContext turnContext, MessagingExtensionAction action, CancellationToken cancellationToken) =>
        throw new InvokeResponseException(HttpStatusCode.NotImplemented);

    /// <summary>
    /// A message extension action's dialog was submitted. The SDK splits this by botMessagePreviewAction (edit, send);
    /// no preview is used here, so one hook takes all. The default is 501.
    /// </summary>
    protected virtual Task<MessagingExtensionActionResponse> OnTeamsMessagingExtensionSubmitActionAsync(ITurnContext turnContext, MessagingExtensionAction action, CancellationToken cancellationToken) =>
        throw new InvokeResponseException(HttpStatusCode.NotImplemented);

    /// <summary>A search command of a message extension was typed into. The default is 501.</summary>
    protected virtual Task<MessagingExtensionResponse> OnTeamsMessagingExtensionQueryAsync(ITurnContext turnContext, MessagingExtensionQuery query, CancellationToken cancellationToken) =>
        throw new InvokeResponseException(HttpStatusCode.NotImplemented);

    /// <summary>HTTP 200 with the given body.</summary>
    protected static InvokeResponse CreateInvokeResponse(object? body = null) => new((int)HttpStatusCode.OK, body);

    private static AdaptiveCardInvokeValue GetAdaptiveCardInvokeValue(Activity activity)
    {
        if (activity.Value is null) throw AdaptiveCardError("BadRequest", "Missing value property");
        if (activity.Value is not JsonObject) throw AdaptiveCardError("BadRequest", "Value property is not properly formed");

        AdaptiveCardInvokeValue? invokeValue;
        try
        {
            invokeValue = activity.Value.Deserialize<AdaptiveCardInvokeValue>(BotJson.Options);
        }
        catch (JsonException)
        {
            throw AdaptiveCardError("BadRequest", "Value property is not properly formed");
        }

        if (invokeValue?.Action is null) throw AdaptiveCardError("BadRequest", "Missing action property");
        if (invokeValue.Action.Type != AdaptiveCardInvokeAction.ExecuteType)
            throw AdaptiveCardError("NotSupported", $"The action '{invokeValue.Action.Type}' is not supported.");
        return invokeValue;
    }

    // The SDK answers these with HTTP 400; Universal Actions clients expect HTTP 200 with the outcome in
    // the body (Universal Actions for Adaptive Cards: the invoke response carries the error), so the HTTP status here is 200.
    private static InvokeResponseException AdaptiveCardError(string code, string message) =>
        new(HttpStatusCode.OK, AdaptiveCardInvokeResponse.Error((int)HttpStatusCode.BadRequest, code, message));

    private static T ReadValue<T>(Activity activity) where T : new()
    {
        try
        {
            return activity.Value is JsonObject value ? value.Deserialize<T>(BotJson.Options) ?? new T() : new T();
        }
        catch (JsonException)
        {
            throw new InvokeResponseException(HttpStatusCode.BadRequest, AdaptiveCardInvokeResponse.Error(400, "BadRequest", $"The invoke value is not a well-formed {typeof(T).Name}."));
        }
    }
}
