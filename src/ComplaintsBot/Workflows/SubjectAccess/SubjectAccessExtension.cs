using System.Text.Json;
using ComplaintsBot.Cases.Domain;
using ComplaintsBot.Cases.Rules;
using ComplaintsBot.Cases.Store;
using ComplaintsBot.Cases.Time;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace ComplaintsBot.Workflows.SubjectAccess;

/// <summary>What an extension asks for, as staff record it.</summary>
/// <param name="RequestId">The request's number (what `privacy export` printed).</param>
/// <param name="FurtherMonths">1 or 2: further calendar months in all, after the first.</param>
/// <param name="Reason">Why the request is complex, or the requests numerous.</param>
/// <param name="ToldOn">The day the person was told of the extension and why.</param>
public sealed record SubjectAccessExtensionAsk(int RequestId, int FurtherMonths, string Reason, DateOnly ToldOn);

/// <summary>
/// Extends the time to answer a subject access request (UK GDPR Article 12(3)): by up to two further months where the
/// request is complex or the person has made a number of requests, provided they are told, with the reasons, within
/// the first month. The new due date counts the months from the day of receipt by the same calendar-month rule
/// (<see cref="CalendarMonth"/>). Only those who may prepare the document may extend it. The audit entry holds the
/// request's number and dates only, not the reason (which may say whose records they are).
/// </summary>
public sealed class SubjectAccessExtension(IDbContextFactory<CasesDbContext> contexts, IOptions<CaseAccessOptions> access, TimeProvider clock)
{
    /// <exception cref="SubjectAccessRefusedException">Who may not, a request not found, or an extension the ICO does not allow; the message says why.</exception>
    public async Task<SubjectAccessRequest> ExtendAsync(SubjectAccessExtensionAsk ask, StaffMember by, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(ask);
        ArgumentNullException.ThrowIfNull(by);
        var seeAll = access.Value.SeeAllCasesRoles;
        if (!seeAll.Any(by.HasRole))
            throw new SubjectAccessRefusedException(
                $"{by.DisplayName} may not extend a subject access request: it needs a role that sees every case ({string.Join(", ", seeAll)}), as preparing it does.");
        if (string.IsNullOrWhiteSpace(ask.Reason))
            throw new SubjectAccessRefusedException("Give the reason for the extension (why the request is complex, or the requests numerous): the person must be told it.");
        if (ask.FurtherMonths is < 1 or > 2)
            throw new SubjectAccessRefusedException($"An answer can be extended by one or two further months, not {ask.FurtherMonths} (UK GDPR Article 12(3)).");

        var now = clock.GetUtcNow();
        var today = LondonTime.DateOf(now);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var request = await db.SubjectAccessRequests.AsTracking().SingleOrDefaultAsync(r => r.Id == ask.RequestId, cancellationToken)
            ?? throw new SubjectAccessRefusedException($"There is no subject access request {ask.RequestId}.");
        if (ask.FurtherMonths <= request.ExtendedByMonths)
            throw new SubjectAccessRefusedException(
                $"Request {request.Id} is already extended by {request.ExtendedByMonths} month{(request.ExtendedByMonths == 1 ? "" : "s")}, to {request.ExtendedDueOn:yyyy-MM-dd}.");
        if (ask.ToldOn > today)
            throw new SubjectAccessRefusedException($"The person cannot have been told on {ask.ToldOn:yyyy-MM-dd}, after today ({today:yyyy-MM-dd}).");
        if (ask.ToldOn < request.ReceivedOn || ask.ToldOn > request.DueOn)
            throw new SubjectAccessRefusedException(
                $"Request {request.Id} was received on {request.ReceivedOn:yyyy-MM-dd}: an extension needs the person told within the first month, by {request.DueOn:yyyy-MM-dd} " +
                $"(told on {ask.ToldOn:yyyy-MM-dd}). Answer by {request.CurrentDueOn:yyyy-MM-dd}.");

        var due = CalendarMonth.DueAfter(request.ReceivedOn, 1 + ask.FurtherMonths);
        request.Extend(ask.FurtherMonths, due, ask.Reason, ask.ToldOn, by.AadObjectId, now);
        var what = JsonSerializer.Serialize(new { request = request.Id, receivedOn = request.ReceivedOn, furtherMonths = ask.FurtherMonths, dueOn = due, toldOn = ask.ToldOn });
        db.AuditEntries.Add(new AuditEntry(null, now, by.AadObjectId, CaseAuditActions.SubjectAccessExtended, null, what));
        await db.SaveChangesAsync(cancellationToken);
        return request;
    }
}
