using ComplaintsBot.CardActions;
using ComplaintsBot.Cases.Deadlines;
using ComplaintsBot.Workflows.Responses;

namespace ComplaintsBot.Workflows.Extensions;

/// <summary>approveExtension: the response deadline moves by the working days asked.</summary>
public sealed class ApproveExtensionAction(CaseActionKit kit, ExtensionCards approvalCards, CaseDeadlines deadlines)
    : ExtensionDecisionAction(kit, approvalCards, deadlines)
{
    public override string Verb => "approveExtension";

    protected override bool Approve => true;
}
