using ComplaintsBot.CardActions;
using ComplaintsBot.Workflows.Responses;

namespace ComplaintsBot.Workflows.Extensions;

/// <summary>declineExtension: the deadline stays; the requester is told why (the comment).</summary>
public sealed class DeclineExtensionAction(CaseActionKit kit, ExtensionCards approvalCards, ResponseDeadlines responses)
    : ExtensionDecisionAction(kit, approvalCards, responses)
{
    public override string Verb => "declineExtension";

    protected override bool Approve => false;
}
