using System.Text.Json.Nodes;
using ComplaintsBot.Bot;
using ComplaintsBot.BotFramework.Builder;
using ComplaintsBot.BotFramework.Dialogs;
using ComplaintsBot.BotFramework.Schema;
using Microsoft.Extensions.DependencyInjection;

namespace ComplaintsBot.Tests.EndToEnd;

/// <summary>
/// A root dialog for the card-input end-to-end test: "card" brings a card with a text input, a compact choice
/// set, a date and a Submit button; a submit is echoed back as "Got: {json of the value}".
/// </summary>
public sealed class CardEchoDialog() : Dialog(nameof(CardEchoDialog))
{
    public static void ReplaceMainDialog(IServiceCollection services) =>
        services.AddKeyedSingleton<Dialog>(ComplaintsBotHandler.RootDialogKey, new CardEchoDialog());

    public override async Task<DialogTurnResult> BeginDialogAsync(DialogContext dc, object? options = null, CancellationToken cancellationToken = default)
    {
        var activity = dc.Context.Activity;
        var reply = activity.Value is JsonObject value
            ? MessageFactory.Text("Got: " + new JsonObject(value.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => KeyValuePair.Create(p.Key, p.Value?.DeepClone()))).ToJsonString())
            : MessageFactory.Attachment(new Attachment { ContentType = Attachment.AdaptiveCardContentType, Content = Card() });
        await dc.Context.SendActivityAsync(reply, cancellationToken);
        return await dc.EndDialogAsync(cancellationToken: cancellationToken);
    }

    private static JsonObject Card() => new()
    {
        ["type"] = "AdaptiveCard",
        ["version"] = "1.5",
        ["body"] = new JsonArray(
            new JsonObject { ["type"] = "TextBlock", ["text"] = "Test card", ["weight"] = "Bolder" },
            new JsonObject { ["type"] = "Input.Text", ["id"] = "name", ["label"] = "Customer name" },
            new JsonObject
            {
                ["type"] = "Input.ChoiceSet", ["id"] = "channel", ["label"] = "Contact channel", ["style"] = "compact",
                ["choices"] = new JsonArray(
                    new JsonObject { ["title"] = "Phone", ["value"] = "phone" },
                    new JsonObject { ["title"] = "Email", ["value"] = "email" }),
            },
            new JsonObject { ["type"] = "Input.Date", ["id"] = "received", ["label"] = "Received on" }),
        ["actions"] = new JsonArray(new JsonObject { ["type"] = "Action.Submit", ["title"] = "Send it", ["data"] = new JsonObject { ["command"] = "echo" } }),
    };
}
