using ComplaintsBot.CardActions;

namespace ComplaintsBot.Workflows.Compensation;

/// <summary>refreshCompensation (the compensation approval card's refresh): the request as it stands now, decided or not.</summary>
public sealed class RefreshCompensationAction(CaseActionServices services, CompensationCards approvalCards) : RefreshApprovalCardAction(services, approvalCards)
{
    public override string Verb => "refreshCompensation";
}
