using ComplaintsBot.CardActions;
using ComplaintsBot.Workflows.Responses;

namespace ComplaintsBot.Workflows.Extensions;

/// <summary>approveExtension: the response deadline moves by the working days asked.</summary>
public sealed class ApproveExtensionAction(CaseActionKit kit, ExtensionCards approvalCards, ResponseDeadlines responses)
    : ExtensionDecisionAction(kit, approvalCards, responses)
{
    public override string Verb => "approveExtension";

    protected override bool Approve => true;
}
