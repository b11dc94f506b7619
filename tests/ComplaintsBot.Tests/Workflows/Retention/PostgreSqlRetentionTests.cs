using ComplaintsBot.Cases.Deadlines;
using ComplaintsBot.Cases.Domain;
using ComplaintsBot.Cases.Policies;
using ComplaintsBot.Cases.Store;
using ComplaintsBot.Tests.Workflows.Reminders;
using ComplaintsBot.Workflows.Retention;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace ComplaintsBot.Tests.Workflows.Retention;

/// <summary>
/// The retention job on PostgreSQL, where several instances share the store: a run waits for nobody, skips while
/// another instance holds the retention lock, and the aliases the anonymiser gives are the same on this provider.
/// </summary>
public sealed class PostgreSqlRetentionTests(PostgreSqlServer server) : IClassFixture<PostgreSqlServer>
{
    private static readonly DateTimeOffset Received = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task While_another_instance_holds_the_retention_lock_a_run_is_skipped_and_the_next_one_anonymises_what_is_due()
    {
        var connection = await server.CreateDatabaseAsync();
        var clock = new FakeTimeProvider(Received);
        var collection = new ServiceCollection();
        collection.AddSingleton<TimeProvider>(clock);
        collection.AddSingleton(PolicyCatalog.Load());
        collection.AddSingleton<DeadlineCalculator>();
        collection.AddSingleton(provider => new ActivePolicy(provider.GetRequiredService<PolicyCatalog>().Default));
        collection.AddSingleton<CaseDeadlines>();
        collection.AddCaseStorePostgreSql(connection);
        await using var services = collection.BuildServiceProvider();
        await services.MigrateCaseStoreAsync();
        var cases = services.GetRequiredService<CaseService>();
        var opened = new List<Case>();
        foreach (var kind in new[] { ContactKind.ServiceRequest, ContactKind.Compliment })
        {
            var @case = await cases.OpenAsync(new CaseIntake
            {
                PolicyId = "hoc-2024",
                CategoryId = kind == ContactKind.Compliment ? "compliment" : "service-request",
                Kind = kind,
                Customer = Customer.Named("Ada Jones", CustomerRelationship.Tenant, "T-9"),
                Channel = ContactChannel.Email,
                ReceivedAt = Received,
                Description = "Ada's words",
            }, "HOC", "aad-officer");
            opened.Add(await cases.ChangeAsync(@case.Id, @case.Version, "aad-officer", CaseAuditActions.Closed, c => c.Close(Received)));
        }
        clock.SetUtcNow(Received.AddYears(6));
        RetentionSweep Sweep() => new(services.GetRequiredService<IDbContextFactory<CasesDbContext>>(), services.GetRequiredService<CaseAnonymiser>(),
            Options.Create(new RetentionOptions()), clock, new PostgreSqlRetentionLock(connection));

        await using (var otherInstance = await new PostgreSqlRetentionLock(connection).TryAcquireAsync(CancellationToken.None))
        {
            Assert.NotNull(otherInstance);
            Assert.Equal(new RetentionResult(0, 0, 0, RanElsewhere: true), await Sweep().RunOnceAsync());
        }
        Assert.Equal("Ada Jones", (await cases.FindAsync(opened[0].Id))!.Customer.Name);

        var runs = await Task.WhenAll(Sweep().RunOnceAsync(), Sweep().RunOnceAsync());

        Assert.Equal(2, runs.Sum(r => r.Anonymised));
        var after = new[] { (await cases.FindAsync(opened[0].Id))!, (await cases.FindAsync(opened[1].Id))! };
        Assert.All(after, c => Assert.Equal(Case.Anonymised, c.Description));
        Assert.Single(after.Select(c => c.Customer.Name).Distinct());
        Assert.Matches("^Anonymised customer [0-9A-F]{8}$", after[0].Customer.Name);
        Assert.Matches("^Anonymised home [0-9A-F]{8}$", after[0].Customer.TenancyReference);
        await using var db = await services.GetRequiredService<IDbContextFactory<CasesDbContext>>().CreateDbContextAsync();
        Assert.Equal(2, await db.AuditEntries.CountAsync(e => e.Action == CaseAuditActions.AnonymisedByRetention));
    }
}
