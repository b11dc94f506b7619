using ComplaintsBot.BotFramework.Integration.AspNetCore;
using ComplaintsBot.Cases;
using ComplaintsBot.Cases.Domain;
using ComplaintsBot.Cases.Policies;
using ComplaintsBot.Cases.Rules;
using ComplaintsBot.Cases.Store;
using ComplaintsBot.Dashboard;
using ComplaintsBot.Entra;
using Microsoft.Extensions.Options;

namespace ComplaintsBot.Workflows.Letters;

/// <summary>
/// Who may download a case's letter. The requester is a staff member found by Entra ID object id, either from a
/// Teams single sign-on token (validated as the dashboard's: tenant keys, issuer, audience) or from a download link
/// the bot issued after the Letter button, with roles read again from Entra ID when the cached reading has expired (as in
/// chat); then the case's own permission rule (<see cref="CasePermissions"/>, the
/// same that shows the Letter button) must allow them the letter now. In Development with no app id anywhere, the
/// caller is the marked local user, as before.
/// </summary>
public sealed class LetterAccess(
    LetterLinks links,
    DashboardTokenValidator tokens,
    StaffDirectory staff,
    EntraRoleSync directoryRoles,
    IOptions<DashboardOptions> dashboard,
    IOptions<BotFrameworkOptions> bot,
    IHostEnvironment environment)
{
    public bool IsLocalMode => environment.IsDevelopment() && bot.Value.IsLocalMode && dashboard.Value.IsLocal;

    public async Task<LetterRequester> AuthenticateAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (IsLocalMode) return LetterRequester.LocalUser;

        if (request.Query[LetterLinks.QueryKey].ToString() is { Length: > 0 } token)
        {
            var (link, problem) = links.Read(token);
            if (link is null) return LetterRequester.Unauthenticated(problem!);
            return await staff.FindAsync(link.StaffAadObjectId, cancellationToken) is { } holder
                ? LetterRequester.Signed(await directoryRoles.CurrentAsync(holder, cancellationToken: cancellationToken), link)
                : LetterRequester.Forbidden("You are no longer on this bot's staff list.");
        }

        if (DashboardTokenValidator.BearerToken(request) is not { } bearer)
            return LetterRequester.Unauthenticated("Sign in through Teams, or use the download link from the Letter button on the case card.");
        if (dashboard.Value.IsLocal)
            return LetterRequester.Unauthenticated("This bot has no app id (Dashboard:AppId or MicrosoftAppId), so it accepts no sign-in tokens.");
        var (objectId, tokenProblem) = await tokens.ValidateAsync(bearer, request.Host.Host, cancellationToken);
        if (objectId is null) return LetterRequester.Unauthenticated(tokenProblem!);
        return await staff.FindAsync(objectId, cancellationToken) is { } member
            ? LetterRequester.Signed(await directoryRoles.CurrentAsync(member, cancellationToken: cancellationToken), null)
            : LetterRequester.Forbidden("You are not in the ComplaintsBot staff directory; message the bot once, then ask an administrator for your role.");
    }

    /// <summary>Null when the requester may have the letter of this stage now, else why not.</summary>
    public static string? RefusalFor(LetterRequester requester, Case @case, Policy policy, int stage)
    {
        ArgumentNullException.ThrowIfNull(requester);
        ArgumentNullException.ThrowIfNull(@case);
        if (requester.IsLocalUser) return null;
        if (requester.Link is { } link && (link.CaseId != @case.Id || link.Stage != stage))
            return "This download link is for another letter.";
        return CasePermissions.For(@case, policy, requester.Staff).Letter
            ? null
            : $"{requester.Staff!.DisplayName} is not on {@case.Reference}: only its owner, the stage owner and managers may have its letters.";
    }
}
