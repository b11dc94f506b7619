using ComplaintsBot.BotFramework.Builder;
using ComplaintsBot.BotFramework.Dialogs;
using ComplaintsBot.Dialogs;

namespace ComplaintsBot.Workflows.LogContact;

/// <summary>
/// Part 5: the service area and theme for routing and reports. The owner is the person logging unless they
/// name a colleague, which they do from the summary ("Change an answer"), so it is not asked on the way.
/// </summary>
public sealed class RoutingDialog : LogContactPart
{
    public const string OwnerPromptId = "owner";
    public const string Me = "me";

    public RoutingDialog(LogContactServices services) : base(nameof(RoutingDialog), services)
    {
        AddSteps(AskServiceAreaAsync, RecordServiceAreaAsync, AskThemeAsync, RecordThemeAsync, AskOwnerAsync, RecordOwnerAsync, DoneAsync);
        AddDialog(new TextPrompt(OwnerPromptId, ValidateOwnerAsync));
    }

    private static Task<DialogTurnResult> AskServiceAreaAsync(WaterfallStepContext step, CancellationToken cancellationToken) =>
        Draft(step).ShouldAsk(AnswerKeys.ServiceArea)
            ? AskTextAsync(step, "Which service area is it about (for example Repairs, Lettings, Rent)?", "the service area", TextLimits.Name, cancellationToken)
            : SkipAsync(step, cancellationToken);

    private static Task<DialogTurnResult> RecordServiceAreaAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var draft = Draft(step);
        if (step.Result is string area)
        {
            draft.ServiceArea = area.Trim();
            draft.Answer(AnswerKeys.ServiceArea);
        }
        return step.NextAsync(null, cancellationToken);
    }

    private static Task<DialogTurnResult> AskThemeAsync(WaterfallStepContext step, CancellationToken cancellationToken) =>
        Draft(step).ShouldAsk(AnswerKeys.Theme)
            ? AskTextAsync(step, "And the theme, in a few words (for example Damp and mould, Staff attitude)? Type **skip** to leave it out.", "the theme", TextLimits.Name, cancellationToken)
            : SkipAsync(step, cancellationToken);

    private static Task<DialogTurnResult> RecordThemeAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var draft = Draft(step);
        if (step.Result is string theme)
        {
            draft.Theme = IsNone(theme) ? null : theme.Trim();
            draft.Answer(AnswerKeys.Theme);
        }
        return step.NextAsync(null, cancellationToken);
    }

    private static Task<DialogTurnResult> AskOwnerAsync(WaterfallStepContext step, CancellationToken cancellationToken) =>
        Draft(step).Changing == AnswerKeys.Owner
            ? step.PromptAsync(OwnerPromptId, new PromptOptions { Prompt = MessageFactory.Text("Who will own it? Type **me**, or a colleague's name as it shows in Teams.") }, cancellationToken)
            : SkipAsync(step, cancellationToken);

    private async Task<DialogTurnResult> RecordOwnerAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var draft = Draft(step);
        if (step.Result is string name)
        {
            if (name.Trim().Equals(Me, StringComparison.OrdinalIgnoreCase))
            {
                draft.OwnerAadObjectId = null;
                draft.OwnerName = null;
            }
            else
            {
                var colleague = (await Services.Directory.FindByNameAsync(name, cancellationToken)).Single();
                draft.OwnerAadObjectId = colleague.AadObjectId;
                draft.OwnerName = colleague.DisplayName;
            }
            draft.Answer(AnswerKeys.Owner);
        }
        return await step.NextAsync(null, cancellationToken);
    }

    private async Task<bool> ValidateOwnerAsync(PromptValidatorContext<string> prompt, CancellationToken cancellationToken)
    {
        var name = prompt.Recognized.Value?.Trim();
        string? problem;
        if (string.IsNullOrEmpty(name)) problem = "Please type me, or a colleague's name.";
        else if (name.Equals(Me, StringComparison.OrdinalIgnoreCase)) problem = null;
        else
        {
            var found = await Services.Directory.FindByNameAsync(name, cancellationToken);
            problem = found.Count switch
            {
                1 => null,
                0 => $"I can't find \"{Echo.Short(name)}\" among the staff who use ComplaintsBot. Type me, or the name of a colleague who has used it.",
                _ => $"Several colleagues match \"{Echo.Short(name)}\": {string.Join(", ", found.Select(s => s.DisplayName))}. Type the full name.",
            };
        }
        if (problem is null) return true;
        await prompt.Context.SendActivityAsync(MessageFactory.Text(problem), cancellationToken);
        await prompt.Context.SendActivityAsync(MessageFactory.Text(prompt.Options.Prompt?.Text ?? ""), cancellationToken);
        return false;
    }
}
