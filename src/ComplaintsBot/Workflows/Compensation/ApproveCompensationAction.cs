using ComplaintsBot.CardActions;
using ComplaintsBot.Cases.Deadlines;
using ComplaintsBot.Workflows.Responses;

namespace ComplaintsBot.Workflows.Compensation;

/// <summary>approveCompensation: the held response is recorded with the amount agreed (at most the amount asked).</summary>
public sealed class ApproveCompensationAction(CaseActionKit kit, CompensationCards approvalCards, CaseDeadlines deadlines)
    : CompensationDecisionAction(kit, approvalCards, deadlines)
{
    public override string Verb => "approveCompensation";

    protected override bool Approve => true;
}
