using ComplaintsBot.BotFramework.Builder;
using ComplaintsBot.Cases;
using ComplaintsBot.Cases.Domain;
using ComplaintsBot.Cases.Policies;
using ComplaintsBot.Cases.Rules;

namespace ComplaintsBot.CardActions;

/// <summary>One click, resolved on the server: the case as stored now, its policy, and the staff member who clicked.</summary>
public sealed record CaseActionContext(ITurnContext Turn, CaseActionRequest Request, StaffMember Clicker, Case Case, Policy Policy)
{
    public CasePermissions Permissions => CasePermissions.For(Case, Policy, Clicker);

    public int RunningStageNumber => Case.CurrentStage ?? throw new CardActionRefusedException(409, "Conflict", $"{Case.Reference} has no running stage.");
}
