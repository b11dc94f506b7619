using ComplaintsBot.CardActions;
using ComplaintsBot.Cases.Deadlines;
using ComplaintsBot.Workflows.Responses;

namespace ComplaintsBot.Workflows.Extensions;

/// <summary>declineExtension: the deadline stays; the requester is told why (the comment).</summary>
public sealed class DeclineExtensionAction(CaseActionKit kit, ExtensionCards approvalCards, CaseDeadlines deadlines)
    : ExtensionDecisionAction(kit, approvalCards, deadlines)
{
    public override string Verb => "declineExtension";

    protected override bool Approve => false;
}
