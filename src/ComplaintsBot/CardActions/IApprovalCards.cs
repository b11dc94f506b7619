using System.Text.Json.Nodes;
using ComplaintsBot.Cases.Domain;

namespace ComplaintsBot.CardActions;

/// <summary>A workflow's approval card "as it stands now": what its refresh and a stale click answer with.</summary>
public interface IApprovalCards
{
    /// <summary>The approval card as it stands now (decided or not), or the case card when there is nothing to approve.</summary>
    Task<JsonObject> CurrentAsync(Case @case, StaffMember viewer, CancellationToken cancellationToken);
}
