using System.Text.Json;
using ComplaintsBot.Cases.Domain;
using ComplaintsBot.Cases.Rules;
using ComplaintsBot.Cases.Store;
using Microsoft.EntityFrameworkCore;

namespace ComplaintsBot.Workflows.Erasure;

/// <summary>An erasure refused: who may not, a customer not found or not told apart, or cases that must be kept; the message says why.</summary>
public sealed class ErasureRefusedException(string message) : Exception(message);

/// <summary>The cases whose customer was anonymised, and the requests whose record of them was.</summary>
/// <param name="UnfinishedDrafts">Work not yet saved in the bot that mentions the customer, left as it is (<see cref="Erasure.UnfinishedDrafts"/>).</param>
public sealed record ErasureResult(IReadOnlyList<CaseReference> Cases, int SubjectAccessRequests, IReadOnlyList<UnfinishedDraft> UnfinishedDrafts);

/// <summary>
/// Erasure on request (UK GDPR Article 17): one customer's personal data anonymised on every case about them, as the
/// retention job anonymises a case. Refused, with each reason, while any of their cases is open (the data is still
/// needed to handle it) or under legal hold (it is needed for a claim: Article 17(3)(e)). Managers and administrators
/// only. The audit trail keeps every entry as it was (snapshots hold no personal data) and gains one per case, under
/// the person's Teams id, plus one for the request that names the case references only. Drafts staff are still typing
/// in the bot that mention the customer are not changed, and the person erasing is told whose they are.
/// </summary>
public sealed class CustomerErasure(IDbContextFactory<CasesDbContext> contexts, CustomerCases customers, CaseAnonymiser anonymiser, UnfinishedDrafts drafts, TimeProvider clock)
{
    public async Task<ErasureResult> EraseAsync(string customer, string? tenancyReference, StaffMember by, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(by);
        if (!ManagerRoles.SeesOrganisationFigures(by))
            throw new ErasureRefusedException($"{by.DisplayName} may not erase a customer's data: managers and administrators do.");
        List<Case> cases;
        try
        {
            cases = await customers.FindAsync(customer, tenancyReference, cancellationToken);
        }
        catch (CustomerNotUniqueException ambiguous)
        {
            throw new ErasureRefusedException(ambiguous.Message);
        }
        if (cases.Count == 0)
            throw new ErasureRefusedException($"No case names {customer.Trim()}: there is nothing to erase (cases anonymised before are not found by name).");
        var reasons = cases.Where(c => c.Status == CaseStatus.Open || c.LegalHold)
            .Select(c => c.LegalHold ? $"{c.Reference} is under legal hold ({c.LegalHoldReason})" : $"{c.Reference} is open")
            .ToList();
        if (reasons.Count > 0)
            throw new ErasureRefusedException($"Nothing was erased: {string.Join("; ", reasons)}. Erase once every case is closed and no hold remains.");

        // Looked for while the cases still say who the customer is.
        var mentions = cases.SelectMany(c => new[] { c.Customer.Name, c.Customer.TenancyReference }).Append(customer).OfType<string>().ToList();
        var unfinished = await drafts.MentioningAsync(mentions, cancellationToken);
        var now = clock.GetUtcNow();
        foreach (var @case in cases)
        {
            try
            {
                await anonymiser.AnonymiseAsync(@case.Id, @case.Version, now, by.AadObjectId, CaseAuditActions.ErasedOnRequest, cancellationToken);
            }
            catch (Exception e) when (e is CaseChangedElsewhereException or CaseStateException)
            {
                // The cases erased so far stay erased; asking again finds the rest by name.
                throw new ErasureRefusedException($"{e.Message} Ask again to erase the rest.");
            }
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var requests = await ForgetRequestsAsync(db, customer, cases, cancellationToken);
        // How many drafts were left, not what they say nor whose: the trail outlives the erasure.
        var what = JsonSerializer.Serialize(new { cases = cases.Select(c => c.Reference.ToString()), subjectAccessRequests = requests, unfinishedDraftsLeft = unfinished.Count });
        db.AuditEntries.Add(new AuditEntry(null, now, by.AadObjectId, CaseAuditActions.ErasedOnRequest, null, what));
        await db.SaveChangesAsync(cancellationToken);
        return new ErasureResult([.. cases.Select(c => c.Reference)], requests, unfinished);
    }

    // The record of their subject access requests stays (what was asked, when, when due, which cases), without whose.
    private static async Task<int> ForgetRequestsAsync(CasesDbContext db, string asked, List<Case> cases, CancellationToken cancellationToken)
    {
        var names = cases.Select(c => c.Customer.Name).Append(asked.Trim()).Concat(cases.Select(c => c.Customer.TenancyReference))
            .OfType<string>().Select(n => n.ToLowerInvariant()).Distinct().ToList();
        return await db.SubjectAccessRequests
            .Where(r => names.Contains(r.Customer.ToLower()))
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.Customer, Case.Anonymised).SetProperty(r => r.RequestedBy, Case.Anonymised)
                // An extension's reason may say whose records they were; that it was extended, and to when, stays.
                .SetProperty(r => r.ExtensionReason, r => r.ExtensionReason == null ? null : Case.Anonymised), cancellationToken);
    }
}
