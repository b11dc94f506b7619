using ComplaintsBot.CardActions;

namespace ComplaintsBot.Workflows.Extensions;

/// <summary>refreshExtension (the extension approval card's refresh): the request as it stands now, decided or not.</summary>
public sealed class RefreshExtensionAction(CaseActionServices services, ExtensionCards approvalCards) : RefreshApprovalCardAction(services, approvalCards)
{
    public override string Verb => "refreshExtension";
}
