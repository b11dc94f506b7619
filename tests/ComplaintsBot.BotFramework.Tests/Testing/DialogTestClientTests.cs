using ComplaintsBot.BotFramework.Builder;
using ComplaintsBot.BotFramework.Dialogs;
using ComplaintsBot.BotFramework.Schema;
using ComplaintsBot.BotFramework.Testing;

namespace ComplaintsBot.BotFramework.Tests.Testing;

public class DialogTestClientTests
{
    public sealed record Booking(string Landlord, string Tenant);

    private sealed class BookingDialog : ComponentDialog
    {
        public BookingDialog() : base(nameof(BookingDialog))
        {
            AddDialog(new WaterfallDialog("w",
            [
                (step, ct) => step.PromptAsync("text", new PromptOptions { Prompt = MessageFactory.Text($"Tenant name for {step.GetOptions<Booking>()!.Landlord}?") }, ct),
                (step, ct) => step.PromptAsync("confirm", new PromptOptions { Prompt = MessageFactory.Text($"Log {step.Result}?") }, ct),
                (step, ct) => step.EndDialogAsync((bool)step.Result! ? step.GetOptions<Booking>()! with { Tenant = "logged" } : null, ct),
            ]));
            AddDialog(new TextPrompt("text"));
            AddDialog(new ConfirmPrompt("confirm"));
        }
    }

    [Fact]
    public async Task Each_turn_returns_the_first_reply_and_the_dialogs_status_and_result()
    {
        var client = new DialogTestClient("test", new BookingDialog(), new Booking("Riverside Homes", ""));

        var first = await client.SendActivityAsync<Activity>("hi");
        Assert.Equal("Tenant name for Riverside Homes?", first!.Text);
        Assert.Equal(DialogTurnStatus.Waiting, client.DialogTurnResult.Status);

        var second = await client.SendActivityAsync<Activity>("Ann");
        Assert.Equal("Log Ann? (1) Yes or (2) No", second!.Text);

        var last = await client.SendActivityAsync<Activity>("yes");
        Assert.Null(last);
        Assert.Equal(DialogTurnStatus.Complete, client.DialogTurnResult.Status);
        Assert.Equal(new Booking("Riverside Homes", "logged"), client.DialogTurnResult.Result);
    }
}
