using ComplaintsBot.CardActions;
using ComplaintsBot.Workflows.Responses;

namespace ComplaintsBot.Workflows.Compensation;

/// <summary>declineCompensation: no response is recorded; the owner is told why (the comment) and records it again.</summary>
public sealed class DeclineCompensationAction(CaseActionKit kit, CompensationCards approvalCards, ResponseDeadlines responses)
    : CompensationDecisionAction(kit, approvalCards, responses)
{
    public override string Verb => "declineCompensation";

    protected override bool Approve => false;
}
