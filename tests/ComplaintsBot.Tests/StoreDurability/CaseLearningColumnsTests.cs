using ComplaintsBot.Cases.Domain;
using ComplaintsBot.Cases.Policies;
using ComplaintsBot.Cases.Store;
using ComplaintsBot.Tests.Workflows.Reminders;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace ComplaintsBot.Tests.StoreDurability;

/// <summary>
/// What was learnt, the service improvement and the Housing Ombudsman's determination are kept on both stores: the
/// SQLite and the PostgreSQL migrations each add their columns, and a case read back has them as written.
/// </summary>
public sealed class CaseLearningColumnsTests(PostgreSqlServer server) : IClassFixture<PostgreSqlServer>
{
    private static readonly DateTimeOffset Received = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Learning_and_the_Ombudsman_determination_survive_a_round_trip_on_SQLite()
    {
        var folder = Path.Combine(Path.GetTempPath(), "cb-learning-" + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(folder);
        try
        {
            var path = Path.Combine(folder, "cases.db");
            await RoundTripAsync(() => Open(b => b.UseCaseStoreSqlite(path)));
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task Learning_and_the_Ombudsman_determination_survive_a_round_trip_on_PostgreSQL()
    {
        var connection = await server.CreateDatabaseAsync();
        await RoundTripAsync(() => Open(b => b.UseCaseStorePostgreSql(connection)));
    }

    private static CasesDbContext Open(Action<DbContextOptionsBuilder<CasesDbContext>> provider)
    {
        var options = new DbContextOptionsBuilder<CasesDbContext>();
        provider(options);
        return new CasesDbContext(options.Options);
    }

    private static async Task RoundTripAsync(Func<CasesDbContext> open)
    {
        await using (var db = open()) await db.MigrateCaseStoreAsync();
        var @case = Case.Open(new CaseReference("CMP", 2026, 7), new CaseIntake
        {
            PolicyId = "hoc-2024", CategoryId = "complaint", Kind = ContactKind.Complaint,
            Customer = Customer.Named("Ada Jones", CustomerRelationship.Tenant, "T-10042"),
            Channel = ContactChannel.Phone, ReceivedAt = Received, Description = "The boiler has failed three times since October.",
        });
        @case.Acknowledge(Received.AddHours(2));
        @case.RecordResponse(new StageResponse(Received.AddDays(5), StageOutcome.Upheld, "The repair was late.", "Boiler replaced", 150m, null));
        @case.Close(Received.AddDays(6), "Repeat boiler failures were booked as new jobs, never as one problem.", "Three failures in six months now trigger a replacement survey.");
        @case.RecordOmbudsmanDetermination(new OmbudsmanDetermination(OmbudsmanFinding.ServiceFailure, new DateOnly(2026, 9, 14), "Pay £200 within four weeks.", 3, new DateTimeOffset(2026, 9, 15, 10, 0, 0, TimeSpan.Zero)));
        await using (var db = open())
        {
            db.Cases.Add(@case);
            await db.SaveChangesAsync();
        }

        await using (var db = open())
        {
            var saved = await db.Cases.SingleAsync();
            Assert.Equal("Repeat boiler failures were booked as new jobs, never as one problem.", saved.Learning);
            Assert.Equal("Three failures in six months now trigger a replacement survey.", saved.ServiceImprovement);
            Assert.Equal(new OmbudsmanDetermination(OmbudsmanFinding.ServiceFailure, new DateOnly(2026, 9, 14), "Pay £200 within four weeks.", 3, new DateTimeOffset(2026, 9, 15, 10, 0, 0, TimeSpan.Zero)),
                saved.OmbudsmanDetermination);
        }
    }
}
