using ComplaintsBot.BotFramework.Schema;
using ComplaintsBot.CardActions;
using ComplaintsBot.Cards;
using ComplaintsBot.Cases.Domain;
using ComplaintsBot.Cases.Rules;
using ComplaintsBot.Cases.Time;

namespace ComplaintsBot.Workflows.ContactRestrictions;

/// <summary>
/// restrictContact: without inputs shows the form (cards/contact-restriction.json); with them restricts how the
/// customer's contact is taken, decided by the role the policy's provision for unacceptable behaviour names (WCH 7.1-7.2,
/// cfp 10, HiS, Code 5.14), with how their needs were considered (Code 5.15) and a review date.
/// </summary>
public sealed class RestrictContactAction(CaseActionServices services, ContactRestrictionNotices notices) : CaseCardAction(services)
{
    public override string Verb => "restrictContact";

    protected override async Task<AdaptiveCardInvokeResponse> RunAsync(CaseActionContext context, CancellationToken cancellationToken)
    {
        var @case = context.Case;
        var deciders = await ContactRestrictionForms.RequireDeciderAsync(Services, context, cancellationToken);
        Require(context.Permissions.RestrictContact, @case.Customer.IsAnonymous
            ? "An anonymous customer's contact cannot be restricted: there is nobody to tell."
            : "This customer's contact is already restricted from this case: review that restriction instead.");
        if ((await notices.OnAsync(@case.Customer, cancellationToken)).FirstOrDefault() is { } elsewhere)
            throw CardActionRefusedException.BadRequest("AlreadyRestricted",
                $"This customer's contact is already restricted from {elsewhere.Reference}: review that restriction instead.");
        if (context.Request.Input("terms") is not { } terms)
            return AdaptiveCardInvokeResponse.Card(ContactRestrictionForms.Form(context, Verb, reviewing: false, current: "", Now));

        var reason = FormValues.Required(context.Request.Input("reason"), "The behaviour that led to it");
        var needs = FormValues.Required(context.Request.Input("needsConsidered"), "How the customer's needs were considered");
        var reviewBy = ContactRestrictionForms.Date(context.Request.Input("reviewBy"), "The review date");
        var role = deciders.AdministratorsAsFallback ? StaffRoles.Admin : ContactRestrictionRules.DeciderRole(context.Policy)!;
        var changed = await Services.Cases.ChangeAsync(@case.Id, context.Request.Version, context.Clicker.AadObjectId, CaseAuditActions.ContactRestricted,
            c => c.RestrictContact(terms, reason, needs, reviewBy, LondonTime.DateOf(Now), context.Clicker.Id, role, Now), cancellationToken);
        return await ChangedAsync(context, changed,
            $"Contact restricted by {context.Clicker.DisplayName}, to be reviewed by {CardDates.Day(reviewBy)}. Tell the customer in writing how to " +
            "contact you from now on; their contacts are still logged and answered.", cancellationToken);
    }
}
