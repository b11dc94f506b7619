using System.Globalization;
using System.Text.Json.Nodes;
using ComplaintsBot.BotFramework.Builder;
using ComplaintsBot.BotFramework.Dialogs;
using ComplaintsBot.BotFramework.Dialogs.Choices;
using ComplaintsBot.BotFramework.Schema;
using ComplaintsBot.Cards;

namespace ComplaintsBot.Dialogs;

/// <summary>
/// Choice questions in Teams as an Adaptive Card of Action.Submit buttons, which Teams and the Agents Playground
/// both press (hero cards and suggested actions post imBack, which the Playground refuses). Each button carries the
/// choice and the id of the question it belongs to, so a press on an older question's card is never filed under the
/// question asked now; typed answers work as before. Other channels keep the SDK's own rendering.
/// </summary>
public static class CardChoices
{
    public const string ChoiceKey = "choice";
    public const string QuestionKey = "question";
    private const string QuestionIdState = "cardChoices.questionId";

    public const string StaleText = "That button belongs to an earlier question, so I have not used it as the answer to this one.";

    /// <summary>Whether choices go out as the Adaptive Card: Teams, and the Playground, which posts as Teams.</summary>
    public static bool AsCard(ITurnContext turn) => turn.Activity.ChannelId == "msteams";

    /// <summary>The card asking <paramref name="prompt"/>'s text with a button per choice.</summary>
    public static Activity Question(Activity? prompt, IList<Choice> choices, string questionId)
    {
        ArgumentNullException.ThrowIfNull(choices);
        var card = new JsonObject
        {
            ["type"] = "AdaptiveCard",
            ["$schema"] = "http://adaptivecards.io/schemas/adaptive-card.json",
            ["version"] = "1.5",
            ["body"] = new JsonArray(new JsonObject { ["type"] = "TextBlock", ["text"] = prompt?.Text ?? "", ["wrap"] = true }),
            ["actions"] = new JsonArray([.. choices.Select(c => (JsonNode)new JsonObject
            {
                ["type"] = "Action.Submit",
                ["title"] = c.Action?.Title is { Length: > 0 } title ? title : c.Value,
                ["data"] = new JsonObject { [ChoiceKey] = c.Value, [QuestionKey] = questionId },
            })]),
        };
        var message = CardAttachment.AsMessage(card);
        message.InputHint = InputHints.ExpectingInput;
        return message;
    }

    /// <summary>The id of the question a prompt instance asks, made when it is first asked and kept in its state.</summary>
    public static string QuestionId(IDictionary<string, object> state)
    {
        ArgumentNullException.ThrowIfNull(state);
        if (state.TryGetValue(QuestionIdState, out var known) && Convert.ToString(known, CultureInfo.InvariantCulture) is { Length: > 0 } id) return id;
        id = Guid.NewGuid().ToString("N");
        state[QuestionIdState] = id;
        return id;
    }

    /// <summary>A press of one of these buttons: the choice, and whether it belongs to another question than this prompt's.</summary>
    public static (string Choice, bool Stale)? Pressed(Activity activity, IDictionary<string, object> state)
    {
        ArgumentNullException.ThrowIfNull(activity);
        if (!string.IsNullOrEmpty(activity.Text) || activity.Value is not JsonObject value
            || value[ChoiceKey] is not JsonValue choiceValue || !choiceValue.TryGetValue<string>(out var choice)) return null;
        var question = value[QuestionKey] is JsonValue q && q.TryGetValue<string>(out var asked) ? asked : null;
        return (choice, question != QuestionId(state));
    }

    /// <summary>Asks a prompt's question (its retry prompt on a retry) as the card of <paramref name="choices"/>.</summary>
    public static Task AskAsync(ITurnContext turn, IDictionary<string, object> state, PromptOptions options, IList<Choice> choices, bool isRetry, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(options);
        var prompt = isRetry && options.RetryPrompt is not null ? options.RetryPrompt : options.Prompt;
        return turn.SendActivityAsync(Question(prompt, choices, QuestionId(state)), cancellationToken);
    }

    /// <summary>Says the press was for an earlier question and asks this one again.</summary>
    public static async Task RefuseStaleAsync(ITurnContext turn, IDictionary<string, object> state, PromptOptions options, IList<Choice> choices, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(options);
        await turn.SendActivityAsync(MessageFactory.Text(StaleText), cancellationToken);
        await turn.SendActivityAsync(Question(options.Prompt, choices, QuestionId(state)), cancellationToken);
    }
}

/// <summary>A <see cref="ChoicePrompt"/> whose choices go to Teams as <see cref="CardChoices"/>.</summary>
public sealed class CardChoicePrompt(string dialogId, PromptValidator<FoundChoice>? validator = null) : ChoicePrompt(dialogId, validator)
{
    protected override async Task OnPromptAsync(ITurnContext turnContext, IDictionary<string, object> state, PromptOptions options, bool isRetry, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(options);
        if (!CardChoices.AsCard(turnContext))
        {
            await base.OnPromptAsync(turnContext, state, options, isRetry, cancellationToken);
            return;
        }
        await CardChoices.AskAsync(turnContext, state, options, options.Choices ?? [], isRetry, cancellationToken);
    }

    protected override async Task<PromptRecognizerResult<FoundChoice>> OnRecognizeAsync(ITurnContext turnContext, IDictionary<string, object> state, PromptOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(options);
        if (CardChoices.Pressed(turnContext.Activity, state) is not { } pressed)
            return await base.OnRecognizeAsync(turnContext, state, options, cancellationToken);
        var choices = options.Choices ?? [];
        var index = pressed.Stale ? -1 : choices.ToList().FindIndex(c => string.Equals(c.Value, pressed.Choice, StringComparison.Ordinal));
        if (index < 0)
        {
            await CardChoices.RefuseStaleAsync(turnContext, state, options, choices, cancellationToken);
            return new PromptRecognizerResult<FoundChoice>();
        }
        return new PromptRecognizerResult<FoundChoice> { Succeeded = true, Value = new FoundChoice { Value = choices[index].Value, Index = index, Score = 1.0f, Synonym = pressed.Choice } };
    }
}

/// <summary>A <see cref="ConfirmPrompt"/> whose Yes and No go to Teams as <see cref="CardChoices"/>.</summary>
public sealed class CardConfirmPrompt(string dialogId, PromptValidator<bool>? validator = null) : ConfirmPrompt(dialogId, validator)
{
    private static readonly List<Choice> YesNo = [new("Yes"), new("No")];

    protected override async Task OnPromptAsync(ITurnContext turnContext, IDictionary<string, object> state, PromptOptions options, bool isRetry, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(options);
        if (!CardChoices.AsCard(turnContext))
        {
            await base.OnPromptAsync(turnContext, state, options, isRetry, cancellationToken);
            return;
        }
        await CardChoices.AskAsync(turnContext, state, options, YesNo, isRetry, cancellationToken);
    }

    protected override async Task<PromptRecognizerResult<bool>> OnRecognizeAsync(ITurnContext turnContext, IDictionary<string, object> state, PromptOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(options);
        if (CardChoices.Pressed(turnContext.Activity, state) is not { } pressed)
            return await base.OnRecognizeAsync(turnContext, state, options, cancellationToken);
        if (pressed.Stale || pressed.Choice is not ("Yes" or "No"))
        {
            await CardChoices.RefuseStaleAsync(turnContext, state, options, YesNo, cancellationToken);
            return new PromptRecognizerResult<bool>();
        }
        return new PromptRecognizerResult<bool> { Succeeded = true, Value = pressed.Choice == "Yes" };
    }
}
