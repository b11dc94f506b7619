using System.Text.Json.Nodes;
using ComplaintsBot.BotFramework.Builder;
using ComplaintsBot.BotFramework.Dialogs;
using ComplaintsBot.BotFramework.Schema;
using ComplaintsBot.Dialogs;

namespace ComplaintsBot.Workflows.LogContact;

/// <summary>
/// Waits on the summary card: its Save button, its Change button with the answer chosen, or "save" typed.
/// A card from another draft, or anything else, gets a reply saying so and the card again.
/// </summary>
public sealed class SummaryPrompt(string dialogId) : Prompt<SummaryAnswer>(dialogId)
{
    private const string IntakeIdKey = "intakeId";
    private const string ProblemKey = "problem";

    /// <summary>Begin with the card as the prompt and the draft's intake id in Validations.</summary>
    protected override async Task OnPromptAsync(ITurnContext turnContext, IDictionary<string, object> state, PromptOptions options, bool isRetry, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(options);
        if (isRetry)
        {
            var problem = state.TryGetValue(ProblemKey, out var text) ? ObjectPath.ConvertValue<string>(text) : null;
            await turnContext.SendActivityAsync(MessageFactory.Text(problem ?? "Press **Save** on the summary to save this contact, or **Change an answer**."), cancellationToken);
        }
        if (options.Prompt is { } card) await turnContext.SendActivityAsync(card, cancellationToken);
    }

    protected override Task<PromptRecognizerResult<SummaryAnswer>> OnRecognizeAsync(ITurnContext turnContext, IDictionary<string, object> state, PromptOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(options);
        var result = new PromptRecognizerResult<SummaryAnswer>();
        state.Remove(ProblemKey);
        var activity = turnContext.Activity;
        var command = BotCommand.Read(activity);
        var expected = ObjectPath.ConvertValue<string>(options.Validations);
        if (command.Kind is CommandKind.SaveContact or CommandKind.ChangeAnswer && command.Argument is { } intakeId && intakeId != expected)
        {
            state[ProblemKey] = "That card belongs to another contact. Use this summary:";
            return Task.FromResult(result);
        }
        if (command.Kind == CommandKind.SaveContact || activity.Text?.Trim().Equals("save", StringComparison.OrdinalIgnoreCase) == true)
        {
            result.Succeeded = true;
            result.Value = new SummaryAnswer(true, null);
        }
        else if (command.Kind == CommandKind.ChangeAnswer)
        {
            var key = (activity.Value as JsonObject)?["answerToChange"] is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;
            if (string.IsNullOrWhiteSpace(key)) state[ProblemKey] = "Choose the answer to change, then press Change.";
            else
            {
                result.Succeeded = true;
                result.Value = new SummaryAnswer(false, key);
            }
        }
        return Task.FromResult(result);
    }

    /// <summary>The card's buttons carry the draft's intake id, so a click on an old card is recognised.</summary>
    internal static void Stamp(JsonNode? node, Guid intakeId)
    {
        switch (node)
        {
            case JsonObject obj:
                if (obj["command"] is JsonValue) obj[IntakeIdKey] = intakeId.ToString();
                foreach (var (_, child) in obj.ToList()) Stamp(child, intakeId);
                break;
            case JsonArray array:
                foreach (var child in array) Stamp(child, intakeId);
                break;
        }
    }
}
