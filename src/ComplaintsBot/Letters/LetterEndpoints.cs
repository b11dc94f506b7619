using ComplaintsBot.BotFramework.Integration.AspNetCore;
using ComplaintsBot.Cases.Domain;
using ComplaintsBot.Cases.Policies;
using ComplaintsBot.Cases.Store;
using ComplaintsBot.Hosting;
using Microsoft.Extensions.Options;

namespace ComplaintsBot.Letters;

/// <summary>
/// GET /cases/{reference}/letters/{stage}.html or .txt: the stage response letter as a download.
/// Only in Development with the bot in local mode (no app id), where the caller is the marked local user;
/// a deployed bot has no way yet to check a Teams SSO token here, so it answers 403 and staff use the
/// Letter button on the case card, which posts the letter into their chat.
/// </summary>
public static class LetterEndpoints
{
    public const string LocalUserHeader = "X-ComplaintsBot-User";
    public const string LocalUser = "local development user (no sign-in)";

    public static IEndpointRouteBuilder MapCaseLetters(this IEndpointRouteBuilder app)
    {
        app.MapGet("/cases/{reference}/letters/{file}", async (string reference, string file, HttpContext http, CaseService cases,
            PolicyCatalog policies, ActivePolicy active, StageResponseLetters letters, IOptions<BotFrameworkOptions> bot, IWebHostEnvironment environment, CancellationToken cancellationToken) =>
        {
            if (!environment.IsDevelopment() || !bot.Value.IsLocalMode)
                return Results.Problem("Letters are downloaded from the case card in Teams (Letter button); this address works only for local development.", statusCode: 403);
            http.Response.Headers[LocalUserHeader] = LocalUser;

            var extension = Path.GetExtension(file);
            if (extension is not (".html" or ".txt") || !int.TryParse(Path.GetFileNameWithoutExtension(file), out var stage))
                return Results.Problem($"'{file}' is not a letter: ask for <stage>.html or <stage>.txt, such as 1.html.", statusCode: 400);
            if (!CaseReference.TryParse(reference, out var parsed))
                return Results.Problem($"'{reference}' is not a case reference such as HOC-2026-00042.", statusCode: 400);
            if (await cases.FindAsync(parsed, cancellationToken) is not { } @case)
                return Results.Problem($"There is no case {reference}.", statusCode: 404);
            if (@case.Stage(stage)?.Response is null)
                return Results.Problem($"Stage {stage} of {reference} has no response yet, so there is no letter.", statusCode: 404);

            var policy = policies.TryGet(@case.PolicyId, out var own) ? own : active.Policy;
            var letter = letters.Compose(@case, policy, stage);
            return extension == ".html"
                ? Results.File(System.Text.Encoding.UTF8.GetBytes(letter.Html), "text/html; charset=utf-8", letter.FileName + ".html")
                : Results.File(System.Text.Encoding.UTF8.GetBytes(letter.Text), "text/plain; charset=utf-8", letter.FileName + ".txt");
        });
        return app;
    }
}
