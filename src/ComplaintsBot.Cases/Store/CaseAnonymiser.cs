using System.Security.Cryptography;
using ComplaintsBot.Cases.Domain;
using Microsoft.EntityFrameworkCore;

namespace ComplaintsBot.Cases.Store;

/// <summary>
/// Anonymises one case (<see cref="Case.Anonymise"/>) for the retention job and for erasure on request. First it gives
/// the customer's alias (and their home's) to every case of theirs not yet anonymised that has none, so the cases
/// anonymised later, in another run, stand under the same alias and a report still counts the customer's repeat
/// complaints together. The alias is random: nothing derives it from the name. Then the case changes through
/// <see cref="CaseService"/>, so the change is checked against the version read and audited (snapshots hold no
/// personal data, so the trail stays as it was).
/// </summary>
public sealed class CaseAnonymiser(IDbContextFactory<CasesDbContext> contexts, CaseService cases)
{
    /// <exception cref="CaseChangedElsewhereException">The case moved on since <paramref name="expectedVersion"/>; nothing changed on it.</exception>
    /// <exception cref="CaseStateException">It is open, held or already anonymised; nothing changed on it.</exception>
    public async Task<Case> AnonymiseAsync(int caseId, int expectedVersion, DateTimeOffset at, string actor, string action, CancellationToken cancellationToken = default)
    {
        await using (var db = await contexts.CreateDbContextAsync(cancellationToken))
        {
            var customer = await db.Cases.AsNoTracking().Where(c => c.Id == caseId && c.AnonymisedAt == null)
                .Select(c => new { c.Customer.Name, c.Customer.TenancyReference })
                .FirstOrDefaultAsync(cancellationToken);
            if (customer?.Name is { } name) await GiveCustomerAliasAsync(db, name.ToLowerInvariant(), cancellationToken);
            if (customer?.TenancyReference is { } home) await GiveHomeAliasAsync(db, home.ToLowerInvariant(), cancellationToken);
        }
        // The aliases were given above; these stand in only if the case lost its name meanwhile (anonymous all along).
        return await cases.ChangeAsync(caseId, expectedVersion, actor, action,
            c => c.Anonymise(at, c.CustomerAlias ?? NewAlias("customer"), c.HomeAlias ?? NewAlias("home")), cancellationToken);
    }

    // Reuses the alias a case of the customer already has (the update below gave it in an earlier run), else a new one.
    // The "alias is null" guard makes two instances racing agree: the second updates nothing and both read the first's.
    private static async Task GiveCustomerAliasAsync(CasesDbContext db, string name, CancellationToken cancellationToken)
    {
        var theirs = db.Cases.Where(c => c.AnonymisedAt == null && !c.Customer.IsAnonymous && c.Customer.Name != null && c.Customer.Name.ToLower() == name);
        var alias = await theirs.Where(c => c.CustomerAlias != null).Select(c => c.CustomerAlias).FirstOrDefaultAsync(cancellationToken) ?? NewAlias("customer");
        await theirs.Where(c => c.CustomerAlias == null).ExecuteUpdateAsync(s => s.SetProperty(c => c.CustomerAlias, alias), cancellationToken);
    }

    private static async Task GiveHomeAliasAsync(CasesDbContext db, string home, CancellationToken cancellationToken)
    {
        var theirs = db.Cases.Where(c => c.AnonymisedAt == null && c.Customer.TenancyReference != null && c.Customer.TenancyReference.ToLower() == home);
        var alias = await theirs.Where(c => c.HomeAlias != null).Select(c => c.HomeAlias).FirstOrDefaultAsync(cancellationToken) ?? NewAlias("home");
        await theirs.Where(c => c.HomeAlias == null).ExecuteUpdateAsync(s => s.SetProperty(c => c.HomeAlias, alias), cancellationToken);
    }

    private static string NewAlias(string what) => $"Anonymised {what} {Convert.ToHexString(RandomNumberGenerator.GetBytes(4))}";
}
