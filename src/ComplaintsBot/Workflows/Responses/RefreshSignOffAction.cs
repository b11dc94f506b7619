using ComplaintsBot.CardActions;

namespace ComplaintsBot.Workflows.Responses;

/// <summary>refreshSignOff (the sign-off card's refresh): the response as it stands now, signed off or not.</summary>
public sealed class RefreshSignOffAction(CaseActionServices services, SignOffCards cards) : RefreshApprovalCardAction(services, cards)
{
    public override string Verb => "refreshSignOff";
}
