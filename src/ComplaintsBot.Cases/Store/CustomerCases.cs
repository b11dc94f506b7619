using ComplaintsBot.Cases.Domain;
using Microsoft.EntityFrameworkCore;

namespace ComplaintsBot.Cases.Store;

/// <summary>
/// A customer's cases, found as a subject access request or an erasure request names them: by tenancy reference or by
/// name (any case), narrowed by the other where one alone names more than one person. Anonymous contacts are nobody's:
/// they are never returned. A name or reference that fits several people is refused rather than guessed, so nobody is
/// given, or loses, another person's records.
/// </summary>
public sealed class CustomerCases(IDbContextFactory<CasesDbContext> contexts)
{
    /// <summary>The cases, oldest first, with their contacts, stages and decisions; empty if none.</summary>
    /// <param name="customer">The customer's tenancy reference or name, as the request gives it.</param>
    /// <param name="tenancyReference">Narrows a name to one home, where the name alone fits people at several.</param>
    /// <exception cref="CustomerNotUniqueException">More than one person fits; the message says what to add.</exception>
    public async Task<List<Case>> FindAsync(string customer, string? tenancyReference = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(customer);
        var wanted = customer.Trim().ToLowerInvariant();
        var home = string.IsNullOrWhiteSpace(tenancyReference) ? null : tenancyReference.Trim().ToLowerInvariant();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var named = CaseService.WithChildren(db).Where(c => !c.Customer.IsAnonymous);

        var byReference = await named.Where(c => c.Customer.TenancyReference != null && c.Customer.TenancyReference.ToLower() == wanted).ToListAsync(cancellationToken);
        if (byReference.Count > 0)
        {
            var names = byReference.Select(c => c.Customer.Name!).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
            if (names.Count > 1)
                throw new CustomerNotUniqueException(
                    $"Tenancy reference {customer.Trim()} has cases of {names.Count} people; give the customer's name with --customer and the reference with --tenancy.");
            return Ordered(byReference);
        }

        var byName = await named.Where(c => c.Customer.Name != null && c.Customer.Name.ToLower() == wanted).ToListAsync(cancellationToken);
        if (home is not null)
            byName = byName.Where(c => string.Equals(c.Customer.TenancyReference, home, StringComparison.OrdinalIgnoreCase)).ToList();
        var homes = byName.Select(c => c.Customer.TenancyReference).OfType<string>().Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        if (homes.Count > 1)
            throw new CustomerNotUniqueException(
                $"{byName.Count} cases name {customer.Trim()} at {homes.Count} different tenancy references; give the one meant with --tenancy <reference>.");
        return Ordered(byName);
    }

    /// <summary>
    /// The cases where someone of this name acted for the customer (an MP, a relative, an advocate), oldest first, leaving
    /// out <paramref name="own"/> (their own cases). A representative is recorded by name only, so the match is by name:
    /// the subject access document asks for it to be checked as the same person.
    /// </summary>
    public async Task<List<Case>> RepresentedByAsync(string name, IEnumerable<Case> own, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(own);
        var wanted = name.Trim().ToLowerInvariant();
        var ownIds = own.Select(c => c.Id).ToHashSet();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var acted = await CaseService.WithChildren(db)
            .Where(c => c.Representative != null && c.Representative.Name.ToLower() == wanted)
            .ToListAsync(cancellationToken);
        return Ordered(acted.Where(c => !ownIds.Contains(c.Id)));
    }

    private static List<Case> Ordered(IEnumerable<Case> cases) => [.. cases.OrderBy(c => c.ReceivedAt).ThenBy(c => c.Id)];
}

/// <summary>A name or reference that fits more than one person.</summary>
public sealed class CustomerNotUniqueException(string message) : Exception(message);
