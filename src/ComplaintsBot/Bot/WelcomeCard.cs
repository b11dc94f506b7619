using System.Text.Json.Nodes;
using ComplaintsBot.BotFramework.Builder;
using ComplaintsBot.BotFramework.Schema;
using ComplaintsBot.Cards;
using ComplaintsBot.Cases.Policies;
using ComplaintsBot.Hosting;

namespace ComplaintsBot.Bot;

/// <summary>The card that introduces the bot when it is installed or a user joins its chat.</summary>
public sealed class WelcomeCard(ActivePolicy activePolicy)
{
    private static readonly AdaptiveCardTemplate Template = AdaptiveCardTemplate.Load("welcome");

    public Activity For(string? userName)
    {
        var card = Template.Expand(new JsonObject
        {
            ["userName"] = FirstName(userName),
            ["policyName"] = activePolicy.Policy.Name,
        });
        return CardAttachment.AsMessage(card);
    }

    private static string FirstName(string? name) =>
        string.IsNullOrWhiteSpace(name) ? "there" : name.Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries)[0];
}
