using ComplaintsBot.Cases.Deadlines;
using ComplaintsBot.Cases.Domain;
using ComplaintsBot.Cases.Rules;
using ComplaintsBot.Cases.Store;
using ComplaintsBot.Dashboard;
using ComplaintsBot.Reports;
using ComplaintsBot.Workflows.Letters;

namespace ComplaintsBot.Workflows.EvidencePack;

/// <summary>
/// GET /cases/{reference}/evidence-pack.zip or .docx: the case's evidence pack, for a staff member the case lets have
/// it (<see cref="CasePermissions.EvidencePack"/>, the rule that shows the button), with the link the Evidence pack
/// button issues or a Teams SSO token (<see cref="LetterAccess"/>, as letters). Each download is an export: it is
/// written to the case's audit trail before the pack is built. In Development with the bot in local mode the caller is
/// the marked local user.
/// </summary>
public static class EvidencePackEndpoints
{
    public const string ZipFile = "evidence-pack.zip";
    public const string DocxFile = "evidence-pack.docx";

    public static IEndpointRouteBuilder MapCaseEvidencePack(this IEndpointRouteBuilder app)
    {
        app.MapGet("/cases/{reference}/evidence-pack.{extension}", async (string reference, string extension, HttpContext http, LetterAccess access,
            CaseService cases, CaseDeadlines deadlines, CaseAccess caseAccess, EvidencePacks packs, CancellationToken cancellationToken) =>
        {
            // The pack carries the customer's personal data: never kept by a browser or proxy.
            http.Response.Headers.CacheControl = "no-store";
            var requester = await access.AuthenticateAsync(http.Request, cancellationToken);
            if (!requester.IsKnown) return Results.Problem(requester.Problem, statusCode: requester.StatusCode);
            if (requester.IsLocalUser) http.Response.Headers[LetterEndpoints.LocalUserHeader] = LetterEndpoints.LocalUser;
            if (extension is not ("zip" or "docx"))
                return Results.Problem($"'evidence-pack.{extension}' is not a file of the pack: ask for {ZipFile} or {DocxFile}.", statusCode: 400);
            if (!CaseReference.TryParse(reference, out var parsed))
                return Results.Problem($"'{reference}' is not a case reference such as HOC-2026-00042.", statusCode: 400);
            var found = await cases.FindAsync(parsed, cancellationToken);
            // A case the requester may not see is answered exactly as one that does not exist (CaseVisibility).
            if (found is not { } @case || (requester.Staff is { } viewer && !await caseAccess.MaySeeAsync(@case, deadlines.PolicyOf(@case), viewer, cancellationToken)))
                return Results.Problem($"There is no case {parsed}.", statusCode: 404);
            if (requester.Link is { } link && (link.CaseId != @case.Id || link.Stage != EvidencePackAction.LinkStage))
                return Results.Problem("This download link is for another file.", statusCode: 403);
            if (requester.Staff is { } member && !CasePermissions.For(@case, deadlines.PolicyOf(@case), member).EvidencePack)
                return Results.Problem($"{member.DisplayName} may not take the evidence pack of {@case.Reference}: only whoever holds it and managers may.", statusCode: 403);

            var (actor, name) = requester.Staff is { } staff ? (staff.AadObjectId, staff.DisplayName) : (DashboardViewer.LocalActor, DashboardViewer.LocalName);
            var (pack, docx, zip) = await packs.ExportAsync(@case, actor, name, "case card", cancellationToken);
            return extension == "zip"
                ? Results.File(zip, EvidencePackZip.ContentType, pack.FileStem + ".zip")
                : Results.File(docx, ReportDocumentDocx.ContentType, pack.FileStem + ".docx");
        });
        return app;
    }
}
