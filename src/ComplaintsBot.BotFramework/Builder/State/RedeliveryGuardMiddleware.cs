using System.Text.Json;
using ComplaintsBot.BotFramework.Schema;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace ComplaintsBot.BotFramework.Builder;

/// <summary>
/// Teams retries a request that took too long, with the same activity id. This middleware remembers the ids
/// of the last activities processed in the conversation (in <see cref="ConversationState"/>, so they are
/// saved in the same write as the dialog stack) and acknowledges a repeated id without running the bot, so a
/// waterfall never advances twice. Messages, card submits and invokes are all covered.
/// </summary>
/// <remarks>
/// Turns of one conversation are serialised by the adapter, so a retry that arrives while the first attempt
/// is still running waits and then finds its id here. A turn that throws saves nothing, so its retry runs.
/// The guard saves the conversation state itself after the turn, with the states given as <c>savedWith</c> in the same
/// write (a no-op when nothing changed or when <see cref="AutoSaveStateMiddleware"/> or the bot already saved it).
/// With a <see cref="ReplyOutbox"/>, the messages the turn says are held back until it has finished, written in that same
/// write, and only then sent (see <see cref="ReplyOutbox"/>); an invoke's answer still goes at once, in the HTTP response.
/// </remarks>
public class RedeliveryGuardMiddleware : IMiddleware
{
    public const string PropertyName = "RedeliveryGuard.ActivityIds";
    public const int DefaultCapacity = 50;
    /// <summary>TurnState key set when the turn's activity was a redelivery, acknowledged without running the bot.</summary>
    public const string DuplicateKey = "RedeliveryGuard.Duplicate";

    private readonly BotStateSet _states;
    private readonly IStatePropertyAccessor<List<string>> _processedIds;
    private readonly int _capacity;
    private readonly ILogger _logger;
    private readonly ReplyOutbox? _outbox;

    /// <param name="conversationState">Where the processed ids are kept.</param>
    /// <param name="capacity">How many ids are remembered.</param>
    /// <param name="logger">Where a redelivery is logged, once, as what it is.</param>
    /// <param name="outbox">Replies saved but not known to be sent; sent when their activity is redelivered.</param>
    /// <param name="savedWith">The turn's other states: the guard's own save writes them in the same write as the ids.</param>
    public RedeliveryGuardMiddleware(ConversationState conversationState, int capacity = DefaultCapacity, ILogger<RedeliveryGuardMiddleware>? logger = null,
        ReplyOutbox? outbox = null, IEnumerable<BotState>? savedWith = null)
    {
        ArgumentNullException.ThrowIfNull(conversationState);
        ArgumentOutOfRangeException.ThrowIfLessThan(capacity, 1);
        _capacity = capacity;
        _processedIds = conversationState.CreateProperty<List<string>>(PropertyName);
        _logger = logger ?? NullLogger<RedeliveryGuardMiddleware>.Instance;
        _outbox = outbox;
        _states = new BotStateSet(conversationState);
        foreach (var state in savedWith ?? []) if (!_states.BotStates.Contains(state)) _states.Add(state);
        if (outbox is not null && !_states.BotStates.Contains(outbox.State)) _states.Add(outbox.State);
    }

    public async Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(next);
        var activity = turnContext.Activity;
        if (!IsGuarded(activity))
        {
            await next(cancellationToken).ConfigureAwait(false);
            return;
        }

        var ids = await _processedIds.GetAsync(turnContext, () => [], cancellationToken).ConfigureAwait(false);
        if (ids.Contains(activity.Id!, StringComparer.Ordinal))
        {
            turnContext.TurnState[DuplicateKey] = true;
            if (_outbox is not null && await _outbox.UnsentForAsync(turnContext, cancellationToken).ConfigureAwait(false) is { Unsent.Count: > 0 } saved)
            {
                // Its turn was cut off (a crash) after saving and before its replies were all sent: send the rest now.
                _logger.LogWarning("Activity {ActivityId} ({Type}) was redelivered after its turn stopped between saving and sending its replies; the {Count} replies not yet sent are sent now, without running the bot again.",
                    activity.Id, activity.Type, saved.Unsent.Count);
                await SendSavedAsync(turnContext, saved.Unsent, saved.AlreadySent, cancellationToken).ConfigureAwait(false);
            }
            else
            {
                _logger.LogInformation("Activity {ActivityId} ({Type}) was already processed; acknowledged without running the bot again.", activity.Id, activity.Type);
            }
            await AcknowledgeAsync(turnContext, cancellationToken).ConfigureAwait(false);
            return;
        }

        // Recorded before the turn, so a bot that saves its own state mid-turn saves the id in the same write,
        // and again after it, in case the bot cleared or deleted the conversation state.
        Remember(ids, activity.Id!);
        var heldBack = _outbox is null ? null : ReplyOutbox.HoldBack(turnContext);
        try
        {
            await next(cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            // From here (and for a failed turn's apology) sends go out at once; a failed turn's held-back replies are dropped with its state.
            heldBack?.Holding = false;
        }
        Remember(await _processedIds.GetAsync(turnContext, () => [], cancellationToken).ConfigureAwait(false), activity.Id!);
        if (heldBack is null)
        {
            await _states.SaveAllChangesAsync(turnContext, false, cancellationToken).ConfigureAwait(false);
            return;
        }

        // The turn's state, the guard's id and every reply in one write; then the replies, each marked sent as it goes.
        await _outbox!.RecordAsync(turnContext, heldBack.Replies, cancellationToken).ConfigureAwait(false);
        await _states.SaveAllChangesAsync(turnContext, false, cancellationToken).ConfigureAwait(false);
        if (heldBack.Replies.Count > 0) await SendSavedAsync(turnContext, heldBack.Replies, 0, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Sends saved replies one at a time, straight through the adapter (the turn's send hooks saw them when they were
    /// said), saving after each that it went out, so a kill part-way leaves exactly the rest to send.
    /// </summary>
    private async Task SendSavedAsync(ITurnContext turnContext, IReadOnlyList<Activity> replies, int alreadySent, CancellationToken cancellationToken)
    {
        for (var i = 0; i < replies.Count; i++)
        {
            try
            {
                await turnContext.Adapter.SendActivitiesAsync(turnContext, [replies[i]], cancellationToken).ConfigureAwait(false);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                throw new RepliesNotSentException(turnContext.Activity.Id!, replies.Count - i, e);
            }
            await _outbox!.MarkSentAsync(turnContext, alreadySent + i + 1, cancellationToken).ConfigureAwait(false);
            await _states.SaveAllChangesAsync(turnContext, false, cancellationToken).ConfigureAwait(false);
        }
    }

    private void Remember(List<string> ids, string id)
    {
        if (ids.Contains(id, StringComparer.Ordinal)) return;
        ids.Add(id);
        if (ids.Count > _capacity) ids.RemoveRange(0, ids.Count - _capacity);
    }

    // Synthetic proactive turns get a fresh GUID and are never redelivered; keeping them would push real ids out.
    // Proactive turns (ContinueConversation, CreateConversation) send at once: nothing redelivers them.
    internal static bool IsGuarded(Activity activity) =>
        !string.IsNullOrEmpty(activity.Id)
        && !(activity.Type == ActivityTypes.Event && activity.Name is "ContinueConversation" or "CreateConversation");

    /// <summary>The toast shown when Teams retries an Action.Execute that was already carried out.</summary>
    public string DuplicateCardActionMessage { get; set; } = "This action was already done.";

    // An invoke must get an answer or the channel sees 501. The original answer is not kept: an Action.Execute
    // gets the universal-action message form (HTTP 200, a toast), any other invoke a plain 200.
    private async Task AcknowledgeAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        if (turnContext.Activity.Type != ActivityTypes.Invoke || turnContext.TurnState.ContainsKey(BotAdapter.InvokeResponseKey)) return;
        var body = turnContext.Activity.Name == "adaptiveCard/action"
            ? new System.Text.Json.Nodes.JsonObject
            {
                ["statusCode"] = 200,
                ["type"] = "application/vnd.microsoft.activity.message",
                ["value"] = DuplicateCardActionMessage,
            }
            : null;
        var invokeResponse = new Activity
        {
            Type = ActivityTypes.InvokeResponse,
            Value = JsonSerializer.SerializeToNode(new InvokeResponse(200, body), BotJson.Options),
        };
        await turnContext.SendActivityAsync(invokeResponse, cancellationToken).ConfigureAwait(false);
    }
}
