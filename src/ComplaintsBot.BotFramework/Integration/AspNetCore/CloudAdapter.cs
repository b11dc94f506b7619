using System.Net;
using System.Security.Claims;
using System.Text.Json;
using System.Text.Json.Nodes;
using ComplaintsBot.BotFramework.Authentication;
using ComplaintsBot.BotFramework.Builder;
using ComplaintsBot.BotFramework.Connector;
using ComplaintsBot.BotFramework.Schema;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace ComplaintsBot.BotFramework.Integration.AspNetCore;

/// <summary>
/// The SDK's CloudAdapter for ASP.NET Core: turns an HTTP POST from a channel into an authenticated turn,
/// sends what the bot says through the Connector REST API, and answers invokes with the parked
/// InvokeResponse. Turns of one conversation run one at a time (<see cref="ConversationTurnLocks"/>).
/// </summary>
public class CloudAdapter : BotAdapter
{
    /// <summary>CallerId for requests authenticated as coming from the public Azure Bot Service (spec Appendix V).</summary>
    public const string AzureCallerId = "urn:botframework:azure";

    /// <summary>TurnState key of the turn's <see cref="ConnectorClient"/>.</summary>
    public const string ConnectorClientKey = "ConnectorClient";

    /// <summary>TurnState key set on proactive turns (ContinueConversation, CreateConversation).</summary>
    public const string ProactiveTurnKey = "CloudAdapter.ProactiveTurn";

    private const int DefaultDelayMilliseconds = 1000;

    private readonly IChannelRequestAuthenticator _authenticator;
    private readonly IConnectorClientFactory _connectorClientFactory;
    private readonly ConversationTurnLocks _turnLocks;
    private readonly TurnErrorOptions _errorOptions;
    private readonly TimeProvider _timeProvider;

    public CloudAdapter(
        IChannelRequestAuthenticator authenticator,
        IConnectorClientFactory connectorClientFactory,
        ILogger<CloudAdapter>? logger = null,
        IOptions<TurnErrorOptions>? errorOptions = null,
        ConversationTurnLocks? turnLocks = null,
        TimeProvider? timeProvider = null)
    {
        _authenticator = authenticator ?? throw new ArgumentNullException(nameof(authenticator));
        _connectorClientFactory = connectorClientFactory ?? throw new ArgumentNullException(nameof(connectorClientFactory));
        Logger = (ILogger?)logger ?? NullLogger.Instance;
        _errorOptions = errorOptions?.Value ?? new TurnErrorOptions();
        _turnLocks = turnLocks ?? new ConversationTurnLocks();
        _timeProvider = timeProvider ?? TimeProvider.System;
        OnTurnError = OnTurnErrorAsync;
    }

    protected ILogger Logger { get; }

    /// <summary>Largest request body read as an activity; Teams' own activities are far smaller.</summary>
    public const int MaxActivityBytes = 256 * 1024;

    /// <summary>Activity types a channel sends to a bot (Bot Framework Activity schema); anything else is refused.</summary>
    public static readonly IReadOnlySet<string> InboundActivityTypes = new HashSet<string>(StringComparer.Ordinal)
    {
        ActivityTypes.Message, ActivityTypes.ConversationUpdate, ActivityTypes.InstallationUpdate, ActivityTypes.Invoke,
        ActivityTypes.Event, ActivityTypes.Typing, ActivityTypes.MessageReaction, ActivityTypes.MessageUpdate,
        ActivityTypes.MessageDelete, ActivityTypes.EndOfConversation, ActivityTypes.Trace,
        "contactRelationUpdate", "deleteUserData", "suggestion", "handoff", "command", "commandResult",
    };

    /// <summary>
    /// Handles POST /api/messages: 405 for other methods, 413 for a body over <see cref="MaxActivityBytes"/>, 400 with a
    /// one-line reason for a body that is not an activity the bot can answer (no type or an unknown one, no
    /// conversation, channelId, serviceUrl or from), 401 when authentication fails, 503 when the channel's signing keys
    /// cannot be fetched, then runs the turn and writes 200, or for an invoke the parked InvokeResponse (501 when the
    /// bot parked none). Anything that still goes wrong is logged with a reference and answered 500 with that
    /// reference only: no stack trace reaches a response, in any environment.
    /// </summary>
    public async Task ProcessAsync(HttpRequest httpRequest, HttpResponse httpResponse, IBot bot, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(httpRequest);
        ArgumentNullException.ThrowIfNull(httpResponse);
        ArgumentNullException.ThrowIfNull(bot);

        try
        {
            await ProcessRequestAsync(httpRequest, httpResponse, bot, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested && !httpRequest.HttpContext.RequestAborted.IsCancellationRequested)
        {
            var reference = Guid.NewGuid().ToString("N")[..12];
            Logger.LogError(ex, "A request to the bot failed (error reference {ErrorReference}).", reference);
            if (httpResponse.HasStarted) return;
            httpResponse.Clear();
            await WritePlainAsync(httpResponse, StatusCodes.Status500InternalServerError, $"The bot could not handle this activity (error reference {reference}).", cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task ProcessRequestAsync(HttpRequest httpRequest, HttpResponse httpResponse, IBot bot, CancellationToken cancellationToken)
    {
        if (!HttpMethods.IsPost(httpRequest.Method))
        {
            httpResponse.StatusCode = StatusCodes.Status405MethodNotAllowed;
            httpResponse.Headers.Allow = HttpMethods.Post;
            return;
        }

        var (activity, problem) = await ReadActivityAsync(httpRequest, cancellationToken).ConfigureAwait(false);
        if (activity is null)
        {
            var tooLarge = problem == TooLarge;
            Logger.LogWarning("Rejected a request to the bot: {Reason}", problem);
            await WritePlainAsync(httpResponse, tooLarge ? StatusCodes.Status413PayloadTooLarge : StatusCodes.Status400BadRequest, problem!, cancellationToken).ConfigureAwait(false);
            return;
        }

        ClaimsIdentity identity;
        try
        {
            identity = await _authenticator.AuthenticateRequestAsync(
                httpRequest.Headers.Authorization.ToString(), activity.ChannelId ?? string.Empty, activity.ServiceUrl ?? string.Empty, cancellationToken).ConfigureAwait(false);
        }
        catch (UnauthorizedAccessException ex)
        {
            // The reason goes to the log only: the caller learns nothing about which check failed.
            Logger.LogWarning("Rejected an inbound {Type} activity on channel {ChannelId}: {Reason}", activity.Type, activity.ChannelId, ex.Message);
            httpResponse.StatusCode = StatusCodes.Status401Unauthorized;
            httpResponse.Headers.WWWAuthenticate = "Bearer";
            return;
        }
        catch (SigningKeysUnavailableException)
        {
            // Logged by the key cache, once per failed fetch. The channel retries after a 503.
            httpResponse.Headers.RetryAfter = "10";
            await WritePlainAsync(httpResponse, StatusCodes.Status503ServiceUnavailable, "The bot cannot check tokens right now; try again shortly.", cancellationToken).ConfigureAwait(false);
            return;
        }

        var invokeResponse = await ProcessActivityAsync(identity, activity, bot.OnTurnAsync, cancellationToken).ConfigureAwait(false);
        await WriteResponseAsync(httpResponse, invokeResponse, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Runs one authenticated inbound turn: sets CallerId, normalises the tenant, serialises the turn with
    /// others of its conversation. Returns the invoke answer (501 if none was parked), or null for other types.
    /// </summary>
    public virtual async Task<InvokeResponse?> ProcessActivityAsync(ClaimsIdentity claimsIdentity, Activity activity, BotCallbackHandler callback, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(claimsIdentity);
        ArgumentNullException.ThrowIfNull(activity);
        ArgumentNullException.ThrowIfNull(callback);

        // Never trusted from the wire (spec A2251): set from how the request was authenticated.
        activity.CallerId = _authenticator.IsAuthenticationDisabled ? null : AzureCallerId;
        activity.NormalizeTenantId();

        using var context = new TurnContext(this, activity);
        context.TurnState[BotIdentityKey] = claimsIdentity;
        await _turnLocks.RunAsync(LockKey(activity), () => RunPipelineAsync(context, callback, cancellationToken), cancellationToken).ConfigureAwait(false);

        if (activity.Type != ActivityTypes.Invoke) return null;
        return InvokeResponse.FromActivity(context.TurnState.Get<Activity>(InvokeResponseKey))
            ?? new InvokeResponse((int)HttpStatusCode.NotImplemented);
    }

    /// <summary>
    /// Runs a proactive turn in a stored conversation, sending through the reference's serviceUrl. Called
    /// from a background service it waits for the conversation's running turn; called from inside a turn it
    /// does not (see <see cref="ConversationTurnLocks"/>), so it should only send, not change that
    /// conversation's dialog state. Unlike inbound turns, errors are thrown to the caller (a reminder sender must see
    /// <see cref="MessageWritesBlockedException"/>), not handed to OnTurnError.
    /// </summary>
    public override async Task ContinueConversationAsync(string? botAppId, ConversationReference reference, BotCallbackHandler callback, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reference);
        ArgumentNullException.ThrowIfNull(callback);
        if (string.IsNullOrEmpty(reference.ServiceUrl)) throw new ArgumentException("The conversation reference has no serviceUrl.", nameof(reference));
        if (string.IsNullOrEmpty(reference.Conversation?.Id)) throw new ArgumentException("The conversation reference has no conversation id.", nameof(reference));

        await RunProactiveTurnAsync(reference.GetContinuationActivity(), botAppId, callback, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Creates a conversation (in Teams: finds or creates the 1:1 chat with a user) through
    /// POST v3/conversations, then runs <paramref name="callback"/> in it, as the SDK's
    /// CloudAdapterBase.CreateConversationAsync does. The tenant is written to both
    /// parameters.tenantId and channelData.tenant.id. Errors are thrown to the caller.
    /// </summary>
    public virtual async Task CreateConversationAsync(
        string? botAppId,
        string channelId,
        string serviceUrl,
        string? audience,
        ConversationParameters conversationParameters,
        BotCallbackHandler callback,
        CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(channelId);
        ArgumentException.ThrowIfNullOrEmpty(serviceUrl);
        ArgumentNullException.ThrowIfNull(conversationParameters);
        ArgumentNullException.ThrowIfNull(callback);

        CopyTenantBothWays(conversationParameters);
        var client = _connectorClientFactory.Create(serviceUrl);
        var created = await client.CreateConversationAsync(conversationParameters, cancellationToken).ConfigureAwait(false);
        if (string.IsNullOrEmpty(created.Id)) throw new InvalidOperationException("The Connector created a conversation but returned no conversation id.");

        var members = conversationParameters.Members;
        var createActivity = new Activity
        {
            Type = ActivityTypes.Event,
            Name = "CreateConversation",
            Id = created.ActivityId ?? Guid.NewGuid().ToString(),
            ChannelId = channelId,
            ServiceUrl = serviceUrl,
            Conversation = new ConversationAccount(isGroup: conversationParameters.IsGroup, id: created.Id, tenantId: conversationParameters.TenantId),
            ChannelData = conversationParameters.ChannelData?.DeepClone(),
            Recipient = conversationParameters.Bot,
            From = members is { Count: 1 } ? members[0] : null,
        };
        await RunProactiveTurnAsync(createActivity, botAppId, callback, cancellationToken, client).ConfigureAwait(false);
    }

    /// <summary>
    /// Sends what a turn says: messages go to the Reply route when they reply to an activity, otherwise to
    /// SendToConversation; an invokeResponse is parked in TurnState for the HTTP answer; delay waits;
    /// traces are dropped outside the Emulator.
    /// </summary>
    public override async Task<ResourceResponse[]> SendActivitiesAsync(ITurnContext turnContext, Activity[] activities, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(activities);

        var responses = new ResourceResponse[activities.Length];
        for (var i = 0; i < activities.Length; i++)
        {
            var activity = activities[i];
            activity.Id = null;
            ResourceResponse? response = null;

            if (activity.Type == ActivityTypes.Delay)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(ReadDelay(activity)), _timeProvider, cancellationToken).ConfigureAwait(false);
            }
            else if (activity.Type == ActivityTypes.InvokeResponse)
            {
                turnContext.TurnState.TryAdd(InvokeResponseKey, activity);
            }
            else if (activity.Type == ActivityTypes.Trace && activity.ChannelId != "emulator")
            {
                // Traces are for the Emulator's inspector; channels would show them as messages.
            }
            else
            {
                response = await SendToChannelAsync(turnContext, activity, cancellationToken).ConfigureAwait(false);
            }

            responses[i] = response ?? new ResourceResponse(activity.Id ?? string.Empty);
        }
        return responses;
    }

    /// <summary>PUT v3/conversations/{conversation.id}/activities/{activity.id}: replaces a sent message, e.g. a card.</summary>
    public override Task<ResourceResponse> UpdateActivityAsync(ITurnContext turnContext, Activity activity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(activity);
        if (string.IsNullOrEmpty(activity.Id)) throw new ArgumentException("An update needs the id of the message it replaces (for a clicked card, the invoke's replyToId).", nameof(activity));
        var conversationId = RequireConversationId(activity.Conversation);
        return GetConnectorClient(turnContext).UpdateActivityAsync(conversationId, activity.Id, activity, cancellationToken);
    }

    /// <summary>DELETE v3/conversations/{conversation.id}/activities/{activityId}.</summary>
    public override Task DeleteActivityAsync(ITurnContext turnContext, ConversationReference reference, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(reference);
        if (string.IsNullOrEmpty(reference.ActivityId)) throw new ArgumentException("A delete needs the id of the message to delete.", nameof(reference));
        var conversationId = RequireConversationId(reference.Conversation);
        return GetConnectorClient(turnContext).DeleteActivityAsync(conversationId, reference.ActivityId, cancellationToken);
    }

    /// <summary>
    /// The default OnTurnError: log, apologise, then clear the conversation state if the host asked to.
    /// Each step is guarded so one failure (say the user blocked the bot) does not hide the others.
    /// </summary>
    protected virtual async Task OnTurnErrorAsync(ITurnContext turnContext, Exception exception)
    {
        var activity = turnContext.Activity;
        // A reference the person can quote, and the log line it finds.
        var reference = Guid.NewGuid().ToString("N")[..12];
        Logger.LogError(exception, "Unhandled error in a {Type} turn ({Name}) of a {ConversationType} conversation on {ChannelId} (error reference {ErrorReference}).",
            activity.Type, activity.Name, activity.Conversation?.ConversationType, activity.ChannelId, reference);

        try
        {
            await ApologiseAsync(turnContext, reference).ConfigureAwait(false);
        }
        catch (Exception apologyError) when (apologyError is not OperationCanceledException)
        {
            Logger.LogWarning(apologyError, "Could not send the apology after a failed turn.");
        }

        if (_errorOptions.ClearConversationStateAsync is { } clear)
        {
            try
            {
                await clear(turnContext).ConfigureAwait(false);
            }
            catch (Exception clearError) when (clearError is not OperationCanceledException)
            {
                Logger.LogError(clearError, "Could not clear the conversation state after a failed turn.");
            }
        }
    }

    private async Task ApologiseAsync(ITurnContext turnContext, string reference)
    {
        var apology = string.IsNullOrEmpty(_errorOptions.ApologyText) ? null : $"{_errorOptions.ApologyText} (error reference {reference})";
        if (turnContext.Activity.Type == ActivityTypes.Invoke)
        {
            // The user is looking at the card they clicked: answer there (HTTP 200, error body) rather than 501.
            if (turnContext.TurnState.ContainsKey(InvokeResponseKey)) return;
            var body = AdaptiveCardInvokeResponse.Error(500, "InternalServerError", apology ?? $"{TurnErrorOptions.DefaultApologyText} (error reference {reference})");
            var status = turnContext.Activity.Name == ActivityHandler.AdaptiveCardActionInvokeName ? HttpStatusCode.OK : HttpStatusCode.InternalServerError;
            await turnContext.SendActivityAsync(ActivityHandler.CreateInvokeResponseActivity(new InvokeResponse((int)status, body))).ConfigureAwait(false);
            return;
        }

        if (apology is not null) await turnContext.SendActivityAsync(MessageFactory.Text(apology)).ConfigureAwait(false);
    }

    private async Task RunProactiveTurnAsync(Activity activity, string? botAppId, BotCallbackHandler callback, CancellationToken cancellationToken, ConnectorClient? client = null)
    {
        using var context = new TurnContext(this, activity);
        context.TurnState[BotIdentityKey] = CreateBotIdentity(botAppId);
        context.TurnState[ProactiveTurnKey] = activity.Id!;
        if (client is not null) context.TurnState[ConnectorClientKey] = client;

        // From a background sender the proactive turn queues behind the conversation's inbound turns. From
        // inside another conversation's turn (a manager's click notifying the case owner) it does not wait:
        // two such turns notifying each other would otherwise deadlock.
        var lockKey = _turnLocks.IsInsideTurn ? null : LockKey(activity);
        await _turnLocks.RunAsync(lockKey,
            () => MiddlewareSet.ReceiveActivityWithStatusAsync(context, callback, cancellationToken), cancellationToken).ConfigureAwait(false);
    }

    private async Task<ResourceResponse> SendToChannelAsync(ITurnContext turnContext, Activity activity, CancellationToken cancellationToken)
    {
        var conversationId = RequireConversationId(activity.Conversation);
        var client = GetConnectorClient(turnContext);

        // In a proactive turn the "reply" is to a synthetic event id the channel never saw: send instead.
        var replyToId = activity.ReplyToId;
        if (turnContext.TurnState.TryGetValue(ProactiveTurnKey, out var syntheticId) && replyToId == (string)syntheticId)
        {
            activity.ReplyToId = null;
            replyToId = null;
        }

        return string.IsNullOrWhiteSpace(replyToId)
            ? await client.SendToConversationAsync(conversationId, activity, cancellationToken).ConfigureAwait(false)
            : await client.ReplyToActivityAsync(conversationId, replyToId, activity, cancellationToken).ConfigureAwait(false);
    }

    private ConnectorClient GetConnectorClient(ITurnContext turnContext)
    {
        if (turnContext.TurnState.Get<ConnectorClient>(ConnectorClientKey) is { } client) return client;
        var serviceUrl = turnContext.Activity.ServiceUrl;
        if (string.IsNullOrEmpty(serviceUrl)) throw new InvalidOperationException("The turn's activity has no serviceUrl, so there is nowhere to send to.");
        client = _connectorClientFactory.Create(serviceUrl);
        turnContext.TurnState[ConnectorClientKey] = client;
        return client;
    }

    private const string TooLarge = "The activity is larger than the bot accepts.";

    /// <summary>The activity, or null and a one-line reason it cannot be handled.</summary>
    private async Task<(Activity? Activity, string? Problem)> ReadActivityAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (request.ContentLength > MaxActivityBytes) return (null, TooLarge);
        var body = new MemoryStream();
        var buffer = new byte[16 * 1024];
        int read;
        while ((read = await request.Body.ReadAsync(buffer, cancellationToken).ConfigureAwait(false)) > 0)
        {
            if (body.Length + read > MaxActivityBytes) return (null, TooLarge);
            body.Write(buffer, 0, read);
        }
        body.Position = 0;

        Activity? activity;
        try
        {
            activity = await JsonSerializer.DeserializeAsync<Activity>(body, BotJson.Options, cancellationToken).ConfigureAwait(false);
        }
        catch (JsonException)
        {
            return (null, "The body is not an activity (JSON).");
        }

        var problem = activity switch
        {
            null => "The body is not an activity (JSON).",
            { Type: null or "" } => "The activity has no type.",
            { Type: var type } when !InboundActivityTypes.Contains(type) => "The activity type is not one a channel sends to a bot.",
            { ChannelId: null or "" } => "The activity has no channelId.",
            { ServiceUrl: null or "" } => "The activity has no serviceUrl.",
            { Conversation.Id: null or "" } or { Conversation: null } => "The activity has no conversation id.",
            { From.Id: null or "" } or { From: null } => "The activity has no from id.",
            _ => null,
        };
        return problem is null ? (activity, null) : (null, problem);
    }

    private static async Task WritePlainAsync(HttpResponse response, int status, string text, CancellationToken cancellationToken)
    {
        response.StatusCode = status;
        response.ContentType = "text/plain; charset=utf-8";
        await response.WriteAsync(text, cancellationToken).ConfigureAwait(false);
    }

    private static async Task WriteResponseAsync(HttpResponse response, InvokeResponse? invokeResponse, CancellationToken cancellationToken)
    {
        if (invokeResponse is null)
        {
            response.StatusCode = StatusCodes.Status200OK;
            return;
        }

        response.StatusCode = invokeResponse.Status;
        if (invokeResponse.Body is null) return;
        response.ContentType = "application/json; charset=utf-8";
        await JsonSerializer.SerializeAsync(response.Body, invokeResponse.Body, invokeResponse.Body.GetType(), BotJson.Options, cancellationToken).ConfigureAwait(false);
    }

    private static int ReadDelay(Activity activity) =>
        activity.Value is JsonValue value && value.TryGetValue<int>(out var milliseconds) && milliseconds >= 0 ? milliseconds : DefaultDelayMilliseconds;

    private static string? LockKey(Activity activity) =>
        string.IsNullOrEmpty(activity.Conversation?.Id) ? null : $"{activity.ChannelId}|{activity.Conversation.Id}";

    private static string RequireConversationId(ConversationAccount? conversation) =>
        string.IsNullOrEmpty(conversation?.Id) ? throw new InvalidOperationException("The activity has no conversation id to send to.") : conversation.Id;

    private static ClaimsIdentity CreateBotIdentity(string? botAppId) =>
        string.IsNullOrEmpty(botAppId)
            ? new ClaimsIdentity([], LocalChannelRequestAuthenticator.AnonymousAuthType)
            : new ClaimsIdentity([new Claim("aud", botAppId), new Claim("appid", botAppId)], "BotCallback");

    private static void CopyTenantBothWays(ConversationParameters parameters)
    {
        var channelData = parameters.ChannelData as JsonObject;
        var channelDataTenant = channelData?["tenant"]?["id"] is JsonValue id && id.TryGetValue<string>(out var text) ? text : null;
        if (string.IsNullOrEmpty(parameters.TenantId)) parameters.TenantId = channelDataTenant;
        if (string.IsNullOrEmpty(parameters.TenantId) || !string.IsNullOrEmpty(channelDataTenant)) return;

        channelData ??= new JsonObject();
        channelData["tenant"] = new JsonObject { ["id"] = parameters.TenantId };
        parameters.ChannelData = channelData;
    }
}
