using ComplaintsBot.Cases.Domain;
using ComplaintsBot.Cases.Store;
using Microsoft.EntityFrameworkCore;

namespace ComplaintsBot.Cases.Tests.Store;

public sealed class ConcurrencyTests
{
    private static readonly DateTimeOffset Received = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);

    private static async Task<int> SaveComplaintAsync(TempSqliteStore store)
    {
        await using var db = store.NewContext();
        var @case = Case.Open(new CaseReference("WCH", 2026, 7), TempSqliteStore.ComplaintIntake(Received));
        db.Cases.Add(@case);
        await db.SaveChangesAsync();
        return @case.Id;
    }

    [Fact]
    public async Task When_two_people_change_the_same_case_at_once_the_second_save_is_refused()
    {
        await using var store = await TempSqliteStore.CreateAsync();
        var id = await SaveComplaintAsync(store);
        await using var first = store.NewContext();
        await using var second = store.NewContext();
        var mine = await first.Cases.AsTracking().Include(c => c.Stages).SingleAsync(c => c.Id == id);
        var theirs = await second.Cases.AsTracking().Include(c => c.Stages).SingleAsync(c => c.Id == id);

        mine.Acknowledge(Received.AddHours(1));
        theirs.Acknowledge(Received.AddHours(2));
        await first.SaveChangesAsync();

        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => second.SaveChangesAsync());
        await using var check = store.NewContext();
        var saved = await check.Cases.Include(c => c.Stages).SingleAsync(c => c.Id == id);
        Assert.Equal((2, Received.AddHours(1)), (saved.Version, saved.Stage(1)!.AcknowledgedAt!.Value));
    }

    [Fact]
    public async Task Adding_only_child_rows_still_checks_the_case_version()
    {
        await using var store = await TempSqliteStore.CreateAsync();
        var id = await SaveComplaintAsync(store);
        await using var first = store.NewContext();
        await using var second = store.NewContext();
        var mine = await first.Cases.AsTracking().Include(c => c.Contacts).SingleAsync(c => c.Id == id);
        var theirs = await second.Cases.AsTracking().Include(c => c.Contacts).SingleAsync(c => c.Id == id);

        mine.RecordContact(Received.AddHours(1), ContactChannel.Phone, null, "First call back.");
        theirs.RecordContact(Received.AddHours(1), ContactChannel.Phone, null, "The same call, logged twice.");
        await first.SaveChangesAsync();

        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => second.SaveChangesAsync());
        await using var check = store.NewContext();
        Assert.Equal(2, await check.CaseContacts.CountAsync(c => c.CaseId == id));
    }

    [Fact]
    public async Task A_change_made_outside_the_domain_still_moves_the_version_on()
    {
        await using var store = await TempSqliteStore.CreateAsync();
        var id = await SaveComplaintAsync(store);
        await using var db = store.NewContext();
        var @case = await db.Cases.AsTracking().SingleAsync(c => c.Id == id);

        db.Entry(@case).Property(c => c.Theme).CurrentValue = "Damp and mould";
        await db.SaveChangesAsync();

        await using var check = store.NewContext();
        Assert.Equal(2, await check.Cases.Where(c => c.Id == id).Select(c => c.Version).SingleAsync());
    }

    [Fact]
    public async Task A_stale_card_changes_nothing()
    {
        await using var store = await TempSqliteStore.CreateAsync();
        var service = store.NewService();
        var @case = await service.OpenAsync(TempSqliteStore.ComplaintIntake(Received), "WCH", "aad-officer");
        await service.ChangeAsync(@case.Id, 1, "aad-officer", "stage.acknowledged", c => c.Acknowledge(Received.AddHours(1)));

        // The same card clicked again still carries version 1.
        var stale = await Assert.ThrowsAsync<CaseChangedElsewhereException>(() =>
            service.ChangeAsync(@case.Id, 1, "aad-officer", "stage.acknowledged", c => c.Acknowledge(Received.AddHours(2))));

        Assert.Contains("WCH-2026-00001", stale.Message, StringComparison.Ordinal);
        Assert.Equal(2, (await service.AuditTrailAsync(@case.Id)).Count);
    }

    [Fact]
    public async Task Two_simultaneous_clicks_on_the_same_card_change_the_case_once()
    {
        await using var store = await TempSqliteStore.CreateAsync();
        var service = store.NewService();
        var id = (await service.OpenAsync(TempSqliteStore.ComplaintIntake(Received), "WCH", "aad-officer")).Id;

        async Task<bool> ClickAsync(int minutes)
        {
            try
            {
                await service.ChangeAsync(id, 1, "aad-officer", "stage.acknowledged", c => c.Acknowledge(Received.AddMinutes(minutes)));
                return true;
            }
            catch (CaseChangedElsewhereException)
            {
                return false;
            }
        }

        var results = await Task.WhenAll(Enumerable.Range(1, 4).Select(i => Task.Run(() => ClickAsync(i))));

        Assert.Single(results, succeeded => succeeded);
        await using var check = store.NewContext();
        Assert.Equal(2, await check.AuditEntries.CountAsync(e => e.CaseId == id));
        Assert.Equal(2, await check.Cases.Where(c => c.Id == id).Select(c => c.Version).SingleAsync());
    }
}
