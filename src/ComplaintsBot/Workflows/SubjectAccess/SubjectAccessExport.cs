using System.Text.Json;
using ComplaintsBot.Cases.Domain;
using ComplaintsBot.Cases.Rules;
using ComplaintsBot.Cases.Store;
using ComplaintsBot.Cases.Time;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace ComplaintsBot.Workflows.SubjectAccess;

/// <summary>What a subject access request asks for, as staff record it.</summary>
/// <param name="Customer">The customer's tenancy reference or name.</param>
/// <param name="TenancyReference">Narrows a name several people share to one home.</param>
/// <param name="RequestedBy">Who made the request; null when the customer made it themselves.</param>
/// <param name="ReceivedOn">The day it was received; null for today (London).</param>
public sealed record SubjectAccessAsk(string Customer, string? TenancyReference = null, string? RequestedBy = null, DateOnly? ReceivedOn = null);

/// <summary>The document prepared for a request, and the request as recorded.</summary>
/// <param name="Cases">The customer's own cases.</param>
/// <param name="AsRepresentative">The cases where they acted for another customer: their name and words are there too.</param>
public sealed record SubjectAccessResult(SubjectAccessRequest Request, IReadOnlyList<Case> Cases, IReadOnlyList<SubjectAccessBlock> Blocks, byte[] Docx)
{
    public IReadOnlyList<Case> AsRepresentative { get; init; } = [];


    public int LinesToReview => Blocks.Count(b => b.Review is not null);
}

/// <summary>A request staff may not prepare, or one that cannot be answered as asked; the message says why.</summary>
public sealed class SubjectAccessRefusedException(string message) : Exception(message);

/// <summary>
/// Prepares the answer to a subject access request (UK GDPR Article 15): every case about the customer in one document,
/// with the lines that may hold other people's data marked for review, and records the request with its due date
/// (<see cref="CalendarMonth"/>). Only those who see every case may prepare one (ComplaintsBot:Access:SeeAllCases): the
/// document is the customer's whole record, whoever handled each case. Each case included gets an audit entry naming
/// the request, without its contents.
/// </summary>
public sealed class SubjectAccessExport(IDbContextFactory<CasesDbContext> contexts, CustomerCases customers, IOptions<CaseAccessOptions> access, TimeProvider clock)
{
    /// <exception cref="SubjectAccessRefusedException">The preparer may not, or the customer cannot be told apart.</exception>
    public async Task<SubjectAccessResult> ExportAsync(SubjectAccessAsk ask, StaffMember preparer, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(ask);
        ArgumentNullException.ThrowIfNull(preparer);
        var seeAll = access.Value.SeeAllCasesRoles;
        if (!seeAll.Any(preparer.HasRole))
            throw new SubjectAccessRefusedException(
                $"{preparer.DisplayName} may not prepare a subject access document: it holds every case about the customer, so it needs a role that sees every case ({string.Join(", ", seeAll)}).");
        var now = clock.GetUtcNow();
        var today = LondonTime.DateOf(now);
        var received = ask.ReceivedOn ?? today;
        if (received > today)
            throw new SubjectAccessRefusedException($"The request cannot have been received on {received:yyyy-MM-dd}, after today ({today:yyyy-MM-dd}).");

        List<Case> cases;
        try
        {
            cases = await customers.FindAsync(ask.Customer, ask.TenancyReference, cancellationToken);
        }
        catch (CustomerNotUniqueException ambiguous)
        {
            throw new SubjectAccessRefusedException(ambiguous.Message);
        }
        // The name as first recorded, for the title; the request keeps what it asked for.
        var customer = cases.Count > 0 ? cases[0].Customer.Name! : ask.Customer.Trim();
        // Where they acted for someone else (an MP, a relative, an advocate) their name and words are in that case too
        // (UK GDPR Article 15: all personal data about them, not only the cases about their own home).
        var represented = await customers.RepresentedByAsync(customer, cases, cancellationToken);
        var request = new SubjectAccessRequest(ask.Customer, ask.RequestedBy ?? $"{customer} (the customer)", received,
            CalendarMonth.DueAfter(received), preparer.AadObjectId, now, cases.Concat(represented).Select(c => c.Reference));

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var staff = await db.Staff.AsNoTracking().Select(s => new { s.Id, s.DisplayName }).ToListAsync(cancellationToken);
        var blocks = SubjectAccessDocument.Compose(request, customer, cases, staff.ToDictionary(s => s.Id, s => s.DisplayName),
            await OthersAsync(db, customer, cases, staff.Select(s => s.DisplayName), cancellationToken), represented);
        var docx = SubjectAccessDocx.Write($"Subject access request: {customer}", blocks);

        var strategy = db.Database.CreateExecutionStrategy();
        await strategy.ExecuteAsync(async ct =>
        {
            db.ChangeTracker.Clear();
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            db.SubjectAccessRequests.Add(request);
            await db.SaveChangesAsync(ct);
            // The request's number and dates only: the trail outlives an erasure, so it never holds whose records these were.
            var what = JsonSerializer.Serialize(new { request = request.Id, receivedOn = received, dueOn = request.DueOn, cases = cases.Count });
            db.AuditEntries.Add(new AuditEntry(null, now, preparer.AadObjectId, CaseAuditActions.SubjectAccessExported, null, what));
            foreach (var @case in cases.Concat(represented))
                db.AuditEntries.Add(new AuditEntry(@case.Id, now, preparer.AadObjectId, CaseAuditActions.SubjectAccessExported, null, what));
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
        }, cancellationToken);
        return new SubjectAccessResult(request, cases, blocks, docx) { AsRepresentative = represented };
    }

    // Everyone the store names who is not this customer: staff, the customers of other cases, representatives.
    // The customer's own name is never "another person", also where it is recorded as someone's representative.
    private static async Task<ThirdPartyNames> OthersAsync(CasesDbContext db, string customer, List<Case> cases, IEnumerable<string> staff, CancellationToken cancellationToken)
    {
        var own = cases.Select(c => c.Customer.Name!).Append(customer).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var customers = await db.Cases.AsNoTracking().Where(c => c.Customer.Name != null).Select(c => c.Customer.Name!).Distinct().ToListAsync(cancellationToken);
        var representatives = await db.Cases.AsNoTracking().Where(c => c.Representative != null).Select(c => c.Representative!.Name).Distinct().ToListAsync(cancellationToken);
        return new ThirdPartyNames(
            staff.Select(s => (s, "staff"))
                .Concat(representatives.Where(r => !own.Contains(r)).Select(r => (r, "representative")))
                .Concat(customers.Where(c => !own.Contains(c)).Select(c => (c, "another customer"))));
    }
}
