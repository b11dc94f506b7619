using ComplaintsBot.Cases.Deadlines;
using ComplaintsBot.Cases.Domain;
using ComplaintsBot.Cases.Policies;
using ComplaintsBot.Cases.Rules;
using ComplaintsBot.Cases.Store;
using ComplaintsBot.Hosting;

namespace ComplaintsBot.Workflows.Letters;

/// <summary>
/// GET /cases/{reference}/letters/{stage}.html, .txt or .docx: the stage response letter as a download, for a staff member
/// allowed to have it (<see cref="LetterAccess"/>): with the link the Letter button issues, or a Teams SSO token.
/// In Development with the bot in local mode the caller is the marked local user.
/// </summary>
public static class LetterEndpoints
{
    public const string LocalUserHeader = "X-ComplaintsBot-User";
    public const string LocalUser = "local development user (no sign-in)";

    public static IEndpointRouteBuilder MapCaseLetters(this IEndpointRouteBuilder app)
    {
        app.MapGet("/cases/{reference}/letters/{file}", async (string reference, string file, HttpContext http, LetterAccess access, CaseService cases,
            CaseDeadlines deadlines, StageResponseLetters letters, CaseAccess caseAccess, CancellationToken cancellationToken) =>
        {
            // A letter carries the customer's personal data: never kept by a browser or proxy.
            http.Response.Headers.CacheControl = "no-store";
            var requester = await access.AuthenticateAsync(http.Request, cancellationToken);
            if (!requester.IsKnown) return Results.Problem(requester.Problem, statusCode: requester.StatusCode);
            if (requester.IsLocalUser) http.Response.Headers[LocalUserHeader] = LocalUser;

            var extension = Path.GetExtension(file);
            // ended.*: the final letter of a complaint ended for unreasonable behaviour (TCH 10.2, whg 2.26).
            var ending = Path.GetFileNameWithoutExtension(file) == ComplaintEndingLetters.FileStem;
            var stage = ComplaintEndingLetters.LinkStage;
            if (extension is not (".html" or ".txt" or ".docx") || (!ending && !int.TryParse(Path.GetFileNameWithoutExtension(file), out stage)))
                return Results.Problem($"'{file}' is not a letter: ask for <stage>.html, <stage>.txt or <stage>.docx, such as 1.html.", statusCode: 400);
            if (!CaseReference.TryParse(reference, out var parsed))
                return Results.Problem($"'{reference}' is not a case reference such as HOC-2026-00042.", statusCode: 400);
            var found = await cases.FindAsync(parsed, cancellationToken);
            // A case the requester may not see is answered exactly as one that does not exist (CaseVisibility).
            if (found is not { } @case || (requester.Staff is { } viewer && !await caseAccess.MaySeeAsync(@case, deadlines.PolicyOf(@case), viewer, cancellationToken)))
                return Results.Problem($"There is no case {parsed}.", statusCode: 404);
            if (ending ? @case.Ending is null : @case.Stage(stage)?.Response is null)
                return Results.Problem(ending ? $"{reference} was not ended for unreasonable behaviour, so there is no final letter."
                    : $"Stage {stage} of {reference} has no response yet, so there is no letter.", statusCode: 404);

            var policy = deadlines.PolicyOf(@case);
            if (LetterAccess.RefusalFor(requester, @case, policy, stage) is { } refusal)
                return Results.Problem(refusal, statusCode: 403);
            if (requester.Staff is { } reader) await caseAccess.RecordViewAsync(@case, reader, $"letter {file}", cancellationToken);
            var letter = ending ? ComplaintEndingLetters.Compose(@case, policy) : letters.Compose(@case, policy, stage);
            return extension switch
            {
                ".html" => Results.File(System.Text.Encoding.UTF8.GetBytes(letter.Html), "text/html; charset=utf-8", letter.FileName + ".html"),
                ".docx" => Results.File(LetterDocx.Write(letter), LetterDocx.ContentType, letter.FileName + ".docx"),
                _ => Results.File(System.Text.Encoding.UTF8.GetBytes(letter.Text), "text/plain; charset=utf-8", letter.FileName + ".txt"),
            };
        });
        return app;
    }
}
