using System.Text.Json.Nodes;
using ComplaintsBot.BotFramework.Builder;
using ComplaintsBot.BotFramework.Dialogs;

namespace ComplaintsBot.Workflows.LogContact;

/// <summary>
/// Waits on one card step of logging a contact: its Next button (a submit carrying the step and the draft's intake
/// id, with the inputs). A card of another contact, or an earlier step's card pressed again, gets a reply saying so
/// and the card again. Typing <c>chat</c> goes on by typed questions instead; other typed text gets the card again
/// with a word on how to go on.
/// </summary>
public sealed class ContactCardPrompt(string dialogId) : Prompt<JsonObject>(dialogId)
{
    private const string ProblemKey = "problem";

    /// <summary>The result when the person chose to go on by typing.</summary>
    public const string SwitchToChat = "switchToChat";

    /// <summary>What <see cref="PromptOptions.Validations"/> holds: which card is awaited, and whether typing may take over.</summary>
    public sealed record Awaited(string IntakeId, string Step, bool MaySwitchToChat);

    protected override async Task OnPromptAsync(ITurnContext turnContext, IDictionary<string, object> state, PromptOptions options, bool isRetry, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(options);
        if (isRetry)
        {
            var awaited = ObjectPath.ConvertValue<Awaited>(options.Validations)!;
            var problem = state.TryGetValue(ProblemKey, out var text) ? ObjectPath.ConvertValue<string>(text) : null;
            await turnContext.SendActivityAsync(MessageFactory.Text(problem ?? (awaited.MaySwitchToChat
                ? "Fill in the card below and press **Next**, or type **chat** to answer one question at a time instead."
                : "Fill in the card below and press **Next**.")), cancellationToken);
        }
        if (options.Prompt is { } card) await turnContext.SendActivityAsync(card, cancellationToken);
    }

    protected override Task<PromptRecognizerResult<JsonObject>> OnRecognizeAsync(ITurnContext turnContext, IDictionary<string, object> state, PromptOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(options);
        var result = new PromptRecognizerResult<JsonObject>();
        state.Remove(ProblemKey);
        var awaited = ObjectPath.ConvertValue<Awaited>(options.Validations)!;
        var activity = turnContext.Activity;
        if (activity.Value is JsonObject data && Text(data, "command") == ContactCard.Command)
        {
            if (Text(data, "intakeId") != awaited.IntakeId)
                state[ProblemKey] = "That card belongs to another contact, so nothing from it was recorded. Use this one:";
            else if (Text(data, "step") != awaited.Step)
                state[ProblemKey] = "I already have the answers from that card (to change them, use **Change an answer** on the summary at the end). This is the card to fill in now:";
            else
            {
                result.Succeeded = true;
                result.Value = data;
            }
        }
        else if (awaited.MaySwitchToChat && activity.Text?.Trim().TrimEnd('.', '!').ToLowerInvariant() is "chat" or "type" or "typing" or "questions")
        {
            result.Succeeded = true;
            result.Value = new JsonObject { [SwitchToChat] = true };
        }
        return Task.FromResult(result);
    }

    private static string? Text(JsonObject data, string key) =>
        data[key] is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;
}
