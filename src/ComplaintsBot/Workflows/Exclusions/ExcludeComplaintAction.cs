using ComplaintsBot.CardActions;

namespace ComplaintsBot.Workflows.Exclusions;

/// <summary>excludeComplaint: a manager decides the discretionary exclusion applies; the complaint is not accepted.</summary>
public sealed class ExcludeComplaintAction(CaseActionKit kit, ExclusionDecisionView view) : ExclusionDecisionAction(kit, view)
{
    public override string Verb => "excludeComplaint";

    protected override bool Exclude => true;
}
