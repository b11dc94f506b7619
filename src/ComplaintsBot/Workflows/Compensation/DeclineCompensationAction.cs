using ComplaintsBot.CardActions;
using ComplaintsBot.Cases.Deadlines;
using ComplaintsBot.Workflows.Responses;

namespace ComplaintsBot.Workflows.Compensation;

/// <summary>declineCompensation: no response is recorded; the owner is told why (the comment) and records it again.</summary>
public sealed class DeclineCompensationAction(CaseActionKit kit, CompensationCards approvalCards, CaseDeadlines deadlines)
    : CompensationDecisionAction(kit, approvalCards, deadlines)
{
    public override string Verb => "declineCompensation";

    protected override bool Approve => false;
}
