using ComplaintsBot.BotFramework.Schema;
using ComplaintsBot.CardActions;
using ComplaintsBot.Cards;
using ComplaintsBot.Cases.Domain;
using ComplaintsBot.Cases.Store;
using ComplaintsBot.Cases.Time;

namespace ComplaintsBot.Workflows.ContactRestrictions;

/// <summary>
/// reviewContactRestriction: without inputs shows the restriction in force and the review form; with them keeps it to a
/// new review date or lifts it, with what the review found. Decided by the role the policy names, as the restriction was.
/// </summary>
public sealed class ReviewContactRestrictionAction(CaseActionServices services, ContactRestrictionNotices notices) : CaseCardAction(services)
{
    public override string Verb => "reviewContactRestriction";

    protected override async Task<AdaptiveCardInvokeResponse> RunAsync(CaseActionContext context, CancellationToken cancellationToken)
    {
        var @case = context.Case;
        await ContactRestrictionForms.RequireDeciderAsync(Services, context, cancellationToken);
        Require(context.Permissions.ReviewContactRestriction, $"{@case.Reference} has no contact restriction in force to review.");
        var restriction = @case.ActiveContactRestriction!;
        if (context.Request.Input("review") is not { } review)
        {
            var current = await notices.DescribeAsync(context.Policy, new CustomerContactRestriction(@case.Id, @case.Reference, restriction), @case.Id, cancellationToken);
            return AdaptiveCardInvokeResponse.Card(ContactRestrictionForms.Form(context, Verb, reviewing: true, current, Now));
        }
        var keep = review switch
        {
            "keep" => true,
            "lift" => false,
            _ => throw CardActionRefusedException.BadRequest("BadRequest", $"'{FormValues.Echo(review)}' is not keep or lift."),
        };
        var note = FormValues.Required(context.Request.Input("note"), "What the review found");
        DateOnly? reviewBy = keep ? ContactRestrictionForms.Date(context.Request.Input("reviewBy"), "The next review date") : null;
        var changed = await Services.Cases.ChangeAsync(@case.Id, context.Request.Version, context.Clicker.AadObjectId, CaseAuditActions.ContactRestrictionReviewed,
            c => c.ReviewContactRestriction(keep, reviewBy, note, LondonTime.DateOf(Now), context.Clicker.Id, Now), cancellationToken);
        return await ChangedAsync(context, changed, keep
            ? $"Restriction kept by {context.Clicker.DisplayName}, to be reviewed again by {CardDates.Day(reviewBy!.Value)}."
            : $"Restriction lifted by {context.Clicker.DisplayName}: tell the customer they may contact you as before.", cancellationToken);
    }
}
