using System.Diagnostics;
using ComplaintsBot.BotFramework.Builder;
using ComplaintsBot.BotFramework.Schema;
using ComplaintsBot.Telemetry;

namespace ComplaintsBot.Hosting;

/// <summary>
/// The outermost middleware: a span, the turn metrics, and one Information line per turn. The line names the
/// activity type, a short hash of the conversation, the outcome, the time and how many activities were sent;
/// never text, names or ids a person could be found by.
/// </summary>
public sealed class TurnTelemetryMiddleware(ILogger logger) : ComplaintsBot.BotFramework.Builder.IMiddleware
{
    /// <summary>Log category of the per-turn line ("ComplaintsBot.Turns"), so it can be set apart from the rest.</summary>
    public const string Category = "ComplaintsBot.Turns";

    public async Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken = default)
    {
        var activity = turnContext.Activity;
        var type = activity.Type == ActivityTypes.Invoke && activity.Name is { } name ? $"invoke/{name}" : activity.Type ?? "unknown";
        using var span = BotTelemetry.Source.StartActivity($"turn {type}", ActivityKind.Internal);
        var conversation = activity.Conversation?.Id is { } id ? PostgreSqlConversationLocks.ShortHash($"{activity.ChannelId}|{id}") : "-";
        span?.SetTag("complaintsbot.activity.type", type);
        span?.SetTag("complaintsbot.conversation.hash", conversation);
        var sent = 0;
        turnContext.OnSendActivities(async (context, activities, nextSend) =>
        {
            Interlocked.Add(ref sent, activities.Count(a => a.Type != ActivityTypes.InvokeResponse && a.Type != ActivityTypes.Trace));
            return await nextSend().ConfigureAwait(false);
        });
        var started = Stopwatch.GetTimestamp();
        var outcome = "ok";
        try
        {
            await next(cancellationToken).ConfigureAwait(false);
            if (turnContext.TurnState.ContainsKey(RedeliveryGuardMiddleware.DuplicateKey)) outcome = "redelivery";
        }
        catch (Exception e) when (Record(e))
        {
            throw; // never reached: Record returns false, so the exception passes on untouched
        }
        finally
        {
            if (outcome == "ok" && turnContext.TurnState.ContainsKey(ErrorKey)) outcome = "error";
            var elapsed = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            var tags = new TagList { { "activity.type", type }, { "outcome", outcome } };
            BotTelemetry.Turns.Add(1, tags);
            BotTelemetry.TurnDuration.Record(elapsed, tags);
            if (sent > 0) BotTelemetry.ConnectorSends.Add(sent, new KeyValuePair<string, object?>("source", "turn"));
            if (outcome == "error")
            {
                BotTelemetry.TurnErrors.Add(1, new KeyValuePair<string, object?>("activity.type", type));
                span?.SetStatus(ActivityStatusCode.Error);
            }
            logger.LogInformation("Turn {ActivityType} in {Conversation}: {Outcome} in {ElapsedMs:F0} ms, {Sent} sent.", type, conversation, outcome, elapsed, sent);
        }

        bool Record(Exception e)
        {
            turnContext.TurnState[ErrorKey] = e.GetType().Name;
            return false;
        }
    }

    private const string ErrorKey = "TurnTelemetry.Error";
}
