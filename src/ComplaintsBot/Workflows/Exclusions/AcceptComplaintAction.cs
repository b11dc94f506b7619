using ComplaintsBot.CardActions;

namespace ComplaintsBot.Workflows.Exclusions;

/// <summary>acceptComplaint: a manager accepts a complaint a discretionary exclusion could have kept out.</summary>
public sealed class AcceptComplaintAction(CaseActionKit kit, ExclusionDecisionView view) : ExclusionDecisionAction(kit, view)
{
    public override string Verb => "acceptComplaint";

    protected override bool Exclude => false;
}
