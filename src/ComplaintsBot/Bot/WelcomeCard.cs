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
            // The active policy's own categories: a card must not promise a kind of contact the policy does not have.
            ["categories"] = Categories(activePolicy.Policy),
        });
        return CardAttachment.AsMessage(card);
    }

    /// <summary>"Service request, General feedback, Complaint or Compliment": the policy's category names, in its order.</summary>
    public static string Categories(Policy policy)
    {
        ArgumentNullException.ThrowIfNull(policy);
        var names = policy.Categories.Select(c => c.Name).ToList();
        return names.Count <= 1 ? string.Concat(names) : $"{string.Join(", ", names[..^1])} or {names[^1]}";
    }

    private static string FirstName(string? name) =>
        string.IsNullOrWhiteSpace(name) ? "there" : name.Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries)[0];
}
