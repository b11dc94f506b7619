using System.Globalization;
using ComplaintsBot.BotFramework.Builder;
using ComplaintsBot.BotFramework.Dialogs;
using ComplaintsBot.BotFramework.Dialogs.Choices;
using ComplaintsBot.Cases.Policies;
using ComplaintsBot.Cases.Time;
using ComplaintsBot.Dialogs;

namespace ComplaintsBot.Workflows.LogContact;

/// <summary>
/// One part of logging a contact (customer, contact, classification, exclusions, routing): a waterfall that
/// takes the draft as options, asks only what is still needed, and ends with the draft. Holds the prompts
/// every part uses, whose validators reply naming the problem and ask the same question again.
/// </summary>
public abstract class LogContactPart : ComponentDialog
{
    public const string TextPromptId = "text";
    public const string DatePromptId = "date";
    public const string ChoicePromptId = "choice";
    public const string YesNoPromptId = "yesNo";
    private const string DraftKey = "draft";

    protected LogContactPart(string dialogId, LogContactServices services) : base(dialogId)
    {
        Services = services;
        AddDialog(new TextPrompt(TextPromptId, ValidateTextAsync));
        AddDialog(new TextPrompt(DatePromptId, ValidateDateAsync));
        // Teams gets Adaptive Card buttons that carry the question they answer (CardChoices); typing works everywhere.
        AddDialog(new CardChoicePrompt(ChoicePromptId) { Style = ListStyle.Auto });
        AddDialog(new CardConfirmPrompt(YesNoPromptId));
    }

    protected LogContactServices Services { get; }

    protected Policy Policy => Services.ActivePolicy.Policy;

    protected DateOnly Today => LondonTime.DateOf(Services.Clock.GetUtcNow());

    /// <summary>Adds the part's waterfall and starts with it.</summary>
    protected void AddSteps(params WaterfallStep[] steps)
    {
        AddDialog(new WaterfallDialog(Id + ".steps", steps));
        InitialDialogId = Id + ".steps";
    }

    /// <summary>The draft the part works on, taken from the options on the first step and kept in the step values.</summary>
    protected static ContactDraft Draft(WaterfallStepContext step)
    {
        var draft = step.GetValue<ContactDraft>(DraftKey) ?? step.GetOptions<ContactDraft>() ?? new ContactDraft();
        step.Values[DraftKey] = draft;
        return draft;
    }

    protected static Task<DialogTurnResult> SkipAsync(WaterfallStepContext step, CancellationToken cancellationToken) =>
        step.NextAsync(null, cancellationToken);

    protected static Task<DialogTurnResult> DoneAsync(WaterfallStepContext step, CancellationToken cancellationToken) =>
        step.EndDialogAsync(Draft(step), cancellationToken);

    protected static Task<DialogTurnResult> AskTextAsync(WaterfallStepContext step, string question, string label, int limit, CancellationToken cancellationToken) =>
        step.PromptAsync(TextPromptId, new PromptOptions { Prompt = MessageFactory.Text(question), Validations = new TextRules(label, limit) }, cancellationToken);

    protected static Task<DialogTurnResult> AskDateAsync(WaterfallStepContext step, string question, DateRules rules, CancellationToken cancellationToken) =>
        step.PromptAsync(DatePromptId, new PromptOptions { Prompt = MessageFactory.Text(question), Validations = rules }, cancellationToken);

    protected static Task<DialogTurnResult> AskChoiceAsync(WaterfallStepContext step, string question, IEnumerable<string> choices, CancellationToken cancellationToken) =>
        step.PromptAsync(ChoicePromptId, new PromptOptions
        {
            Prompt = MessageFactory.Text(question),
            RetryPrompt = MessageFactory.Text("That is not one of the choices. " + question),
            Choices = ChoiceFactory.ToChoices(choices),
        }, cancellationToken);

    protected static Task<DialogTurnResult> AskYesNoAsync(WaterfallStepContext step, string question, CancellationToken cancellationToken) =>
        step.PromptAsync(YesNoPromptId, new PromptOptions
        {
            Prompt = MessageFactory.Text(question),
            RetryPrompt = MessageFactory.Text("Please answer yes or no. " + question),
        }, cancellationToken);

    protected static Task SayAsync(WaterfallStepContext step, string text, CancellationToken cancellationToken) =>
        step.Context.SendActivityAsync(MessageFactory.Text(text), cancellationToken);

    /// <summary>"none", "no", "n/a", "skip" and similar: the customer has nothing to add.</summary>
    protected static bool IsNone(string text) =>
        text.Trim().TrimEnd('.').ToLowerInvariant() is "none" or "no" or "n/a" or "na" or "nothing" or "skip" or "-" or "no one" or "nobody";

    private static async Task<bool> ValidateTextAsync(PromptValidatorContext<string> prompt, CancellationToken cancellationToken)
    {
        var rules = ObjectPath.ConvertValue<TextRules>(prompt.Options.Validations) ?? new TextRules("the answer", TextLimits.Name);
        var problem = prompt.Recognized.Value is not { } text ? "Please type your answer."
            : string.IsNullOrWhiteSpace(text) ? $"{Capitalise(rules.Label)} cannot be empty."
            : text.Trim().Length > rules.Limit
                ? string.Create(CultureInfo.InvariantCulture, $"That is {text.Trim().Length:N0} characters; {rules.Label} can be at most {rules.Limit:N0}. Please shorten it.")
                : null;
        return await ReplyAsync(prompt, problem, cancellationToken);
    }

    private async Task<bool> ValidateDateAsync(PromptValidatorContext<string> prompt, CancellationToken cancellationToken)
    {
        var rules = ObjectPath.ConvertValue<DateRules>(prompt.Options.Validations)!;
        var text = prompt.Recognized.Value?.Trim();
        string? problem;
        if (string.IsNullOrEmpty(text)) problem = $"Please type {rules.Label}, day first, like {UkDates.Example}.";
        else if (rules.AllowNow && IsNow(text)) problem = null;
        else if (!UkDates.TryRead(text, Today, out var date, out var time))
            problem = $"I can't read \"{Echo.Short(text)}\" as a date. Type it day first, like {UkDates.Example}{(rules.AllowNow ? ", or now" : "")}.";
        else if (date > rules.Latest || (time is { } at && date == Today && LondonTime.AtLondon(date, at) > Services.Clock.GetUtcNow()))
            problem = $"{UkDates.Show(date)}{(time is { } t ? " " + t.ToString("HH:mm", CultureInfo.InvariantCulture) : "")} is in the future: {rules.Label} cannot be after {rules.LatestLabel}.";
        else if (rules.Earliest is { } earliest && date < earliest)
            problem = $"{UkDates.Show(date)} is before {rules.EarliestLabel} ({UkDates.Show(earliest)}): {rules.Label} cannot be earlier.";
        else problem = null;
        return await ReplyAsync(prompt, problem, cancellationToken);
    }

    internal static bool IsNow(string text) => text.Trim().ToLowerInvariant() is "now" or "just now" or "right now";

    // Names the problem, then asks the same question again (the prompt sends no retry once we replied).
    private static async Task<bool> ReplyAsync(PromptValidatorContext<string> prompt, string? problem, CancellationToken cancellationToken)
    {
        if (problem is null) return true;
        await prompt.Context.SendActivityAsync(MessageFactory.Text(problem), cancellationToken);
        if (prompt.Options.Prompt is { } question) await prompt.Context.SendActivityAsync(MessageFactory.Text(question.Text ?? ""), cancellationToken);
        return false;
    }

    private static string Capitalise(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}
