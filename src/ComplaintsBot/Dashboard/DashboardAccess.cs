using ComplaintsBot.Cases;
using ComplaintsBot.Cases.Rules;
using ComplaintsBot.Cases.Store;
using ComplaintsBot.Entra;
using Microsoft.Extensions.Options;

namespace ComplaintsBot.Dashboard;

/// <summary>
/// Decides who may see the dashboard: the bearer token's user (by oid) must be in the staff directory with a
/// manager role, with roles read again from Entra ID when the cached reading has expired (as in chat). With no app id configured, in Development only, everyone is the clearly marked local user.
/// One case's page is the exception: it is for whoever may see that case (<see cref="CaseVisibility"/>), manager or
/// not, as its card is in chat. A Customer Focus Manager asked to decide on a case opens its page from the card; the
/// organisation's figures stay for managers.
/// </summary>
public sealed class DashboardAccess(
    IOptions<DashboardOptions> options,
    DashboardTokenValidator tokens,
    StaffDirectory staff,
    EntraRoleSync directoryRoles,
    IHostEnvironment environment)
{
    /// <param name="oneCase">
    /// The request is for one case's page: any member of staff passes here, and the case's own visibility rule then
    /// decides (a case they may not see is answered as one that does not exist).
    /// </param>
    public async Task<DashboardAccessResult> CheckAsync(HttpContext http, CancellationToken cancellationToken, bool oneCase = false)
    {
        ArgumentNullException.ThrowIfNull(http);
        if (options.Value.IsLocal)
        {
            return environment.IsDevelopment()
                ? DashboardAccessResult.Allowed(DashboardViewer.LocalDevelopmentUser)
                : DashboardAccessResult.Unauthenticated("The dashboard needs Dashboard:AppId or MicrosoftAppId outside Development.");
        }
        if (DashboardTokenValidator.BearerToken(http.Request) is not { } token)
            return DashboardAccessResult.Unauthenticated("Sign in through Teams: the request has no bearer token.");
        var (objectId, problem) = await tokens.ValidateAsync(token, http.Request.Host.Host, cancellationToken);
        if (objectId is null) return DashboardAccessResult.Unauthenticated(problem!);
        var member = await staff.FindAsync(objectId, cancellationToken);
        if (member is null)
            return DashboardAccessResult.Forbidden("You are not in the ComplaintsBot staff directory; message the bot once, then ask an administrator for the manager role.");
        // The same refresh-on-expiry as a chat turn: a role given or taken in Entra ID counts here too.
        member = await directoryRoles.CurrentAsync(member, cancellationToken: cancellationToken);
        return oneCase || ManagerRoles.SeesOrganisationFigures(member)
            ? DashboardAccessResult.Allowed(new DashboardViewer(member.DisplayName, false) { Member = member })
            : DashboardAccessResult.Forbidden($"{member.DisplayName} does not have a manager role; the dashboard is for managers.");
    }
}
