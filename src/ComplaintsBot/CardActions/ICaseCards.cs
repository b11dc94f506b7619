using System.Text.Json.Nodes;
using ComplaintsBot.BotFramework.Builder;
using ComplaintsBot.Cases.Domain;

namespace ComplaintsBot.CardActions;

/// <summary>
/// The case card every verb answers with, and keeping every copy of it current after a change. The CaseCard workflow
/// implements it; the framework names only this, so it depends on no workflow.
/// </summary>
public interface ICaseCards
{
    /// <summary>The case card as <paramref name="viewer"/> sees it, refreshed automatically for the people who act on the case.</summary>
    Task<JsonObject> ForAsync(Case @case, StaffMember? viewer, CancellationToken cancellationToken);

    /// <summary>Updates every remembered copy of the case card after a change; the shared copy shows the owner's view.</summary>
    Task UpdateEveryCopyAsync(ITurnContext turn, Case @case, CancellationToken cancellationToken);
}
