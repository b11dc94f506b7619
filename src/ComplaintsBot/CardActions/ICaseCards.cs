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

    /// <summary>
    /// Updates every remembered copy of the case card after a change, each to the view of the person holding it (a
    /// shared chat's copy shows the owner's). <paramref name="clicked"/>: the card the clicked copy is answered with (its
    /// notice included), so the update and the answer show the same thing whichever arrives last.
    /// </summary>
    Task UpdateEveryCopyAsync(ITurnContext turn, Case @case, CancellationToken cancellationToken, JsonObject? clicked = null);

    /// <summary>
    /// After the case changed hands: the new owner gets the case card in their own chat, after a message saying who handed
    /// it to them and why; the previous owner, if someone else did it, is told where the case went. What to tell the one
    /// who clicked: who was reached, and who must be told some other way.
    /// </summary>
    Task<string> HandOverAsync(ITurnContext turn, Case @case, StaffMember? previousOwner, StaffMember newOwner, StaffMember by, string what, CancellationToken cancellationToken);
}
