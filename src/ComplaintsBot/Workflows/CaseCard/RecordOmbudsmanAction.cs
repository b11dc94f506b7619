using System.Globalization;
using System.Text.Json.Nodes;
using ComplaintsBot.BotFramework.Schema;
using ComplaintsBot.CardActions;
using ComplaintsBot.Cards;
using ComplaintsBot.Cases.Domain;
using ComplaintsBot.Cases.Time;

namespace ComplaintsBot.Workflows.CaseCard;

/// <summary>
/// recordOmbudsman (managers): on a closed complaint, records the Housing Ombudsman's determination and its orders,
/// which the annual report counts (Code 8.1).
/// </summary>
public sealed class RecordOmbudsmanAction(CaseActionServices services) : CaseCardAction(services)
{
    private static readonly AdaptiveCardTemplate Form = AdaptiveCardTemplate.Load("ombudsman-determination");

    public override string Verb => "recordOmbudsman";

    protected override async Task<AdaptiveCardInvokeResponse> RunAsync(CaseActionContext context, CancellationToken cancellationToken)
    {
        Require(context.Permissions.RecordOmbudsman, "Only a manager can record the Housing Ombudsman's determination, on a closed complaint.");
        var @case = context.Case;
        if (context.Request.Input("finding") is not { } findingText)
        {
            return AdaptiveCardInvokeResponse.Card(Form.Expand(new JsonObject
            {
                ["caseId"] = CaseIds.Text(@case), ["version"] = @case.Version, ["reference"] = @case.Reference.ToString(),
                ["intro"] = "What the Housing Ombudsman decided after our final response; the annual complaints report counts it (Code 8.1).",
                ["today"] = LondonTime.DateOf(Now).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            }));
        }
        if (!Enum.TryParse<OmbudsmanFinding>(findingText, ignoreCase: false, out var finding) || !Enum.IsDefined(finding))
            throw CardActionRefusedException.BadRequest("BadRequest", $"'{FormValues.Echo(findingText)}' is not a finding the Housing Ombudsman makes.");
        var dateText = FormValues.Required(context.Request.Input("determinedOn"), "The date of the determination");
        if (!DateOnly.TryParseExact(dateText, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var determinedOn))
            throw CardActionRefusedException.BadRequest("BadRequest", $"The date of the determination must be a date such as 2026-11-30; '{FormValues.Echo(dateText)}' is not.");
        var determination = new OmbudsmanDetermination(finding, determinedOn, context.Request.Input("orders"), context.Clicker.Id, Now);
        var changed = await Services.Cases.ChangeAsync(@case.Id, context.Request.Version, context.Clicker.AadObjectId, CaseAuditActions.OmbudsmanDetermined,
            c => c.RecordOmbudsmanDetermination(determination), cancellationToken);
        return await ChangedAsync(context, changed, $"Ombudsman's determination ({finding.Describe()}) recorded by {context.Clicker.DisplayName}.", cancellationToken);
    }
}
