using System.Text.Json.Nodes;
using ComplaintsBot.BotFramework.Schema;
using ComplaintsBot.CardActions;
using ComplaintsBot.Cards;
using ComplaintsBot.Cases.Domain;
using ComplaintsBot.Cases.Policies;
using ComplaintsBot.Cases.Rules;
using ComplaintsBot.Cases.Store;

namespace ComplaintsBot.Workflows.UnreasonableBehaviour;

/// <summary>
/// endComplaint: without inputs shows the form (cards/end-complaint.json); with them ends the complaints process under the
/// policy's provision for unreasonable behaviour (TCH 10.2, whg 2.27), decided only by the role it names (administrators
/// while nobody holds it). The case ends there: its deadlines stop and reminders cease; the final letter is then ready
/// from Letter on the case card. A refusal of what was typed, or a form older than the case, gives the form back as typed.
/// </summary>
public sealed class EndComplaintAction(CaseActionServices services) : CaseCardAction(services)
{
    private static readonly AdaptiveCardTemplate Template = AdaptiveCardTemplate.Load("end-complaint");

    /// <summary>The form's inputs, filled again with what was typed when it is given back.</summary>
    public static readonly string[] InputIds = ["response", "reasons", "needsConsidered"];

    private const UnreasonableBehaviourMeasure Measure = UnreasonableBehaviourMeasure.EndComplaint;

    public override string Verb => "endComplaint";

    protected override async Task<AdaptiveCardInvokeResponse> RunAsync(CaseActionContext context, CancellationToken cancellationToken)
    {
        var deciders = await RequireDeciderAsync(context, cancellationToken);
        Require(context.Permissions.EndComplaint, $"{context.Case.Reference} is not an open complaint, so its complaints process cannot be ended.");
        if (!Typed(context.Request).Any())
            return AdaptiveCardInvokeResponse.Card(Form(context.Case, context.Policy, typed: null));
        try
        {
            var response = FormValues.Required(context.Request.Input("response"), "What we have done and our response");
            var reasons = FormValues.Required(context.Request.Input("reasons"), "Why the complaints process is ended");
            var needs = FormValues.Required(context.Request.Input("needsConsidered"), "How the customer's needs were considered");
            var role = deciders.AdministratorsAsFallback ? StaffRoles.Admin : UnreasonableBehaviourRules.DeciderRole(context.Policy, Measure)!;
            var changed = await Services.Cases.ChangeAsync(context.Case.Id, context.Request.Version, context.Clicker.AadObjectId, CaseAuditActions.ComplaintEnded,
                c => c.EndComplaint(reasons, response, needs, context.Clicker.Id, role, Now), cancellationToken);
            return await ChangedAsync(context, changed,
                $"Complaints process ended by {context.Clicker.DisplayName} under {Provision(context.Policy)}. Its deadlines have stopped and no reminders " +
                "will be sent. Send the customer the final letter: use Letter on the case card.", cancellationToken);
        }
        catch (Exception refused) when (refused is CardActionRefusedException { StatusCode: 400 } or CaseStateException or CaseChangedElsewhereException)
        {
            return await TypedAgainAsync(context, refused.Message, cancellationToken);
        }
    }

    /// <summary>A filled-in form that arrives after the case changed comes back with what was typed.</summary>
    protected override async Task<AdaptiveCardInvokeResponse?> StaleAsync(CaseActionContext context, CancellationToken cancellationToken)
    {
        if (!Typed(context.Request).Any()) return null;
        await RequireDeciderAsync(context, cancellationToken);
        return await TypedAgainAsync(context, $"{context.Case.Reference} changed since this form was opened.", cancellationToken);
    }

    /// <summary>
    /// The deciders now: the role the policy names, else the administrators as fallback deciders. Anyone else is refused,
    /// naming the clause; so is everyone where the policy does not provide for ending the complaints process.
    /// </summary>
    private async Task<Deciders> RequireDeciderAsync(CaseActionContext context, CancellationToken cancellationToken)
    {
        var policy = context.Policy;
        var role = UnreasonableBehaviourRules.DeciderRole(policy, Measure)
            ?? throw CardActionRefusedException.Forbidden($"{policy.Name} makes no provision for ending the complaints process for unreasonable behaviour.");
        var deciders = UnreasonableBehaviourRules.Deciders(policy, Measure, await Services.Staff.AllAsync(cancellationToken));
        if (deciders.Include(context.Clicker)) return deciders;
        var clause = UnreasonableBehaviourRules.Clause(policy) is { } c ? $" ({c})" : "";
        throw CardActionRefusedException.Forbidden(deciders.AdministratorsAsFallback
            ? $"Only the {ApprovalRules.RoleName(policy, role)} ends the complaints process for unreasonable behaviour{clause}; nobody holds that role, so the administrators decide meanwhile."
            : $"Only the {ApprovalRules.RoleName(policy, role)} ends the complaints process for unreasonable behaviour{clause}.");
    }

    /// <summary>The form again with what was typed and why it was not done; the case card if the complaint can no longer be ended.</summary>
    private async Task<AdaptiveCardInvokeResponse> TypedAgainAsync(CaseActionContext context, string why, CancellationToken cancellationToken)
    {
        var current = await Services.Cases.FindAsync(context.Case.Id, cancellationToken) ?? context.Case;
        var typed = Typed(context.Request);
        if (CasePermissions.For(current, context.Policy, context.Clicker).EndComplaint)
            return AdaptiveCardInvokeResponse.Card(CardNotice.Add(Form(current, context.Policy, typed),
                $"Not ended yet: {why} What you typed is kept below.", problem: true));
        var caseCard = await Services.CaseCards.ForAsync(current, context.Clicker, cancellationToken);
        return AdaptiveCardInvokeResponse.Card(CardNotice.Add(caseCard, $"Nothing was changed: {why}", problem: true));
    }

    private static Dictionary<string, string> Typed(CaseActionRequest request) =>
        InputIds.Select(id => (id, value: request.Input(id))).Where(p => p.value is not null).ToDictionary(p => p.id, p => p.value!, StringComparer.Ordinal);

    private static string Provision(Policy policy)
    {
        var clause = UnreasonableBehaviourRules.Clause(policy) is { } c ? $" ({c})" : "";
        return $"{policy.UnreasonableBehaviour!.HandledUnder}{clause}";
    }

    private static JsonObject Form(Case @case, Policy policy, IReadOnlyDictionary<string, string>? typed)
    {
        var provision = policy.UnreasonableBehaviour!;
        var clause = UnreasonableBehaviourRules.Clause(policy) is { } c ? $"{c}: " : "";
        var card = Template.Expand(new JsonObject
        {
            ["caseId"] = CaseIds.Text(@case), ["version"] = @case.Version, ["reference"] = @case.Reference.ToString(),
            ["customer"] = @case.Customer.IsAnonymous ? null : @case.Customer.Name,
            ["provision"] = $"{clause}handled under {provision.HandledUnder}; decided by the {ApprovalRules.RoleName(policy, provision.Decider)}.",
            ["guidance"] = provision.Guidance ?? "",
            // whg 2.27: a vulnerable customer's case is reviewed before the process is ended; what the case records is in view.
            ["needsOnRecord"] = "Recorded on this case: vulnerability: " + (@case.Vulnerability ?? "none recorded") + "; reasonable adjustments: "
                + (@case.ReasonableAdjustments ?? "none recorded") + ".",
        });
        // Set as JSON values on the inputs, never spliced into the template text.
        foreach (var input in (card["body"] as JsonArray ?? []).OfType<JsonObject>())
            if ((string?)input["id"] is { } id && typed is not null && typed.TryGetValue(id, out var value))
                input["value"] = value;
        return card;
    }
}
