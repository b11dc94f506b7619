using ComplaintsBot.Cases.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace ComplaintsBot.Cases.Store;

/// <summary>
/// Hands out case references, unique and without gaps for each prefix and year, from a counter row per
/// prefix and year. The counter is moved on with a single UPDATE inside a transaction, so concurrent
/// allocations queue on that row (a write lock on SQLite, a row lock on PostgreSQL) until the allocating
/// transaction ends; a rolled-back transaction gives its number back.
/// </summary>
public sealed class CaseReferenceAllocator(ILogger<CaseReferenceAllocator>? logger = null)
{
    private readonly ILogger _logger = logger ?? NullLogger<CaseReferenceAllocator>.Instance;

    /// <summary>
    /// The next reference for <paramref name="prefix"/> in <paramref name="year"/>. Inside the context's
    /// current transaction when there is one (so the number is only used if the case is saved with it),
    /// otherwise in a transaction of its own.
    /// </summary>
    public async Task<CaseReference> AllocateAsync(CasesDbContext db, string prefix, int year, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        _ = new CaseReference(prefix, year, 1); // checks the prefix and year before touching the database
        if (db.Database.CurrentTransaction is not null)
            return await NextAsync(db, prefix, year, cancellationToken);

        var strategy = db.Database.CreateExecutionStrategy();
        return await strategy.ExecuteAsync(async ct =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            var reference = await NextAsync(db, prefix, year, ct);
            await transaction.CommitAsync(ct);
            return reference;
        }, cancellationToken);
    }

    private async Task<CaseReference> NextAsync(CasesDbContext db, string prefix, int year, CancellationToken ct)
    {
        if (await IncrementAsync(db, prefix, year, ct) == 0)
            await StartYearAsync(db, prefix, year, ct);

        var last = await db.ReferenceCounters.AsNoTracking()
            .Where(c => c.Prefix == prefix && c.Year == year)
            .Select(c => c.LastSequence)
            .SingleAsync(ct);
        if (last > CaseReference.MaxSequence)
            throw new InvalidOperationException($"All {CaseReference.MaxSequence} references for {prefix} in {year} are used.");
        return new CaseReference(prefix, year, last);
    }

    private static Task<int> IncrementAsync(CasesDbContext db, string prefix, int year, CancellationToken ct) =>
        db.ReferenceCounters
            .Where(c => c.Prefix == prefix && c.Year == year)
            .ExecuteUpdateAsync(set => set.SetProperty(c => c.LastSequence, c => c.LastSequence + 1), ct);

    // The first reference of a year creates the counter row. Two instances may race to create it: the insert does
    // nothing when the row exists (on PostgreSQL it waits for the winner's transaction first), and the loser then
    // increments the winner's row. A handled race, so it is logged once as what it is, not as a failed command
    // with a stack trace (which is what a primary-key violation caught here used to write).
    private async Task StartYearAsync(CasesDbContext db, string prefix, int year, CancellationToken ct)
    {
        if (await db.Database.ExecuteSqlRawAsync(InsertFirstSql(db), [prefix, year], ct) == 1) return;
        _logger.LogInformation("The {Prefix} reference counter for {Year} was created by another instance at the same moment; this case takes the next number.", prefix, year);
        if (await IncrementAsync(db, prefix, year, ct) == 0)
            throw new InvalidOperationException($"The {prefix} reference counter for {year} was neither created nor found.");
    }

    // Plain INSERT with the names the model gives the table and columns, quoted for the provider in use. ON CONFLICT
    // DO NOTHING is the same in SQLite (3.24 and later) and PostgreSQL.
    private static string InsertFirstSql(CasesDbContext db)
    {
        var sql = db.GetService<ISqlGenerationHelper>();
        var entity = db.Model.FindEntityType(typeof(ReferenceCounter))!;
        var table = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
        string Column(string property) => sql.DelimitIdentifier(entity.FindProperty(property)!.GetColumnName(table)!);
        return $"INSERT INTO {sql.DelimitIdentifier(table.Name, table.Schema)} " +
               $"({Column(nameof(ReferenceCounter.Prefix))}, {Column(nameof(ReferenceCounter.Year))}, {Column(nameof(ReferenceCounter.LastSequence))}) " +
               "VALUES ({0}, {1}, 1) ON CONFLICT DO NOTHING";
    }
}
