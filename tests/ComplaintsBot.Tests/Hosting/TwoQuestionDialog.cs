using Microsoft.Extensions.DependencyInjection;
using ComplaintsBot.Bot;
using ComplaintsBot.BotFramework.Builder;
using ComplaintsBot.BotFramework.Dialogs;

namespace ComplaintsBot.Tests.Hosting;

/// <summary>
/// A small waterfall the host tests put in place of MainDialog: asks two questions, then repeats both answers.
/// The answer "boom" to either question makes the next step throw, for the turn-error tests.
/// </summary>
public sealed class TwoQuestionDialog : ComponentDialog
{
    public const string FirstQuestion = "What is the first answer?";
    public const string SecondQuestion = "What is the second answer?";
    public const string ThrowingAnswer = "boom";

    public TwoQuestionDialog() : base(nameof(TwoQuestionDialog))
    {
        AddDialog(new TextPrompt(nameof(TextPrompt)));
        AddDialog(new WaterfallDialog(nameof(WaterfallDialog), [AskFirstAsync, AskSecondAsync, RepeatAsync]));
        InitialDialogId = nameof(WaterfallDialog);
    }

    public static void ReplaceMainDialog(IServiceCollection services) =>
        services.AddKeyedSingleton<Dialog>(ComplaintsBotHandler.RootDialogKey, new TwoQuestionDialog());

    public static string Summary(string first, string second) => $"You answered {first} and {second}.";

    private static Task<DialogTurnResult> AskFirstAsync(WaterfallStepContext step, CancellationToken cancellationToken) =>
        step.PromptAsync(nameof(TextPrompt), new PromptOptions { Prompt = MessageFactory.Text(FirstQuestion) }, cancellationToken);

    private static Task<DialogTurnResult> AskSecondAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var first = (string)step.Result!;
        if (first == ThrowingAnswer) throw new InvalidOperationException("The test dialog was told to fail.");
        step.Values["first"] = first;
        return step.PromptAsync(nameof(TextPrompt), new PromptOptions { Prompt = MessageFactory.Text(SecondQuestion) }, cancellationToken);
    }

    private static async Task<DialogTurnResult> RepeatAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var second = (string)step.Result!;
        step.Values["second"] = second; // changed in memory before the throw: a failed turn must not keep it
        if (second == ThrowingAnswer) throw new InvalidOperationException("The test dialog was told to fail.");
        await step.Context.SendActivityAsync(MessageFactory.Text(Summary(step.GetValue<string>("first")!, second)), cancellationToken);
        return await step.EndDialogAsync(cancellationToken: cancellationToken);
    }
}
