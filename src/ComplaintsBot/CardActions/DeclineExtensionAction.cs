using ComplaintsBot.Cards.Views;

namespace ComplaintsBot.CardActions;

/// <summary>declineExtension: the deadline stays; the requester is told why (the comment).</summary>
public sealed class DeclineExtensionAction(CaseActionKit kit, ExtensionCards approvalCards, ResponseDeadlines responses)
    : ExtensionDecisionAction(kit, approvalCards, responses)
{
    public override string Verb => "declineExtension";

    protected override bool Approve => false;
}
