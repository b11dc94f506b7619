using System.Collections.Concurrent;
using ComplaintsBot.Cases.Domain;
using ComplaintsBot.Cases.Store;
using Microsoft.EntityFrameworkCore;

namespace ComplaintsBot.Cases.Tests.Store;

public sealed class CaseReferenceAllocatorTests
{
    private readonly CaseReferenceAllocator _allocator = new();

    [Fact]
    public async Task The_first_reference_of_a_year_is_number_1_and_the_next_is_number_2()
    {
        await using var store = await TempSqliteStore.CreateAsync();
        await using var db = store.NewContext();

        Assert.Equal("WCH-2026-00001", (await _allocator.AllocateAsync(db, "WCH", 2026)).ToString());
        Assert.Equal("WCH-2026-00002", (await _allocator.AllocateAsync(db, "WCH", 2026)).ToString());
    }

    [Fact]
    public async Task References_restart_each_year_and_run_separately_for_each_prefix()
    {
        await using var store = await TempSqliteStore.CreateAsync();
        await using var db = store.NewContext();

        var allocated = new List<string>();
        foreach (var (prefix, year) in new[] { ("WCH", 2026), ("WCH", 2026), ("WHG", 2026), ("WCH", 2027), ("WHG", 2026), ("WCH", 2027), ("WCH", 2026) })
            allocated.Add((await _allocator.AllocateAsync(db, prefix, year)).ToString());

        Assert.Equal(["WCH-2026-00001", "WCH-2026-00002", "WHG-2026-00001", "WCH-2027-00001", "WHG-2026-00002", "WCH-2027-00002", "WCH-2026-00003"], allocated);
    }

    [Fact]
    public async Task Two_hundred_allocations_from_eight_contexts_at_once_are_unique_and_without_gaps()
    {
        await using var store = await TempSqliteStore.CreateAsync();
        var allocated = new ConcurrentBag<CaseReference>();

        await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(async () =>
        {
            await using var db = store.NewContext();
            for (var i = 0; i < 25; i++)
                allocated.Add(await _allocator.AllocateAsync(db, "WCH", 2026));
        })));

        Assert.Equal(Enumerable.Range(1, 200), allocated.Select(r => r.Sequence).Order());
        Assert.All(allocated, r => Assert.Equal(("WCH", 2026), (r.Prefix, r.Year)));
    }

    [Fact]
    public async Task Concurrent_allocations_for_two_prefixes_keep_each_prefix_gapless()
    {
        await using var store = await TempSqliteStore.CreateAsync();
        var allocated = new ConcurrentBag<CaseReference>();

        await Task.WhenAll(Enumerable.Range(0, 8).Select(task => Task.Run(async () =>
        {
            await using var db = store.NewContext();
            for (var i = 0; i < 10; i++)
                allocated.Add(await _allocator.AllocateAsync(db, task % 2 == 0 ? "WCH" : "WHG", 2026));
        })));

        Assert.Equal(Enumerable.Range(1, 40), allocated.Where(r => r.Prefix == "WCH").Select(r => r.Sequence).Order());
        Assert.Equal(Enumerable.Range(1, 40), allocated.Where(r => r.Prefix == "WHG").Select(r => r.Sequence).Order());
    }

    [Fact]
    public async Task A_number_taken_in_a_transaction_that_rolls_back_is_handed_out_again()
    {
        await using var store = await TempSqliteStore.CreateAsync();
        await using var db = store.NewContext();
        await _allocator.AllocateAsync(db, "WCH", 2026);

        await using (var transaction = await db.Database.BeginTransactionAsync())
        {
            Assert.Equal(2, (await _allocator.AllocateAsync(db, "WCH", 2026)).Sequence);
            await transaction.RollbackAsync();
        }

        Assert.Equal(2, (await _allocator.AllocateAsync(db, "WCH", 2026)).Sequence);
    }

    [Fact]
    public async Task The_first_reference_of_a_year_rolled_back_leaves_no_counter_behind()
    {
        await using var store = await TempSqliteStore.CreateAsync();
        await using var db = store.NewContext();

        await using (var transaction = await db.Database.BeginTransactionAsync())
        {
            await _allocator.AllocateAsync(db, "WCH", 2026);
            await transaction.RollbackAsync();
        }

        Assert.Equal(0, await db.ReferenceCounters.CountAsync());
        Assert.Equal(1, (await _allocator.AllocateAsync(db, "WCH", 2026)).Sequence);
    }

    [Fact]
    public async Task Cases_opened_at_once_from_eight_contexts_get_consecutive_references()
    {
        await using var store = await TempSqliteStore.CreateAsync();
        var received = new DateTimeOffset(2026, 5, 11, 10, 0, 0, TimeSpan.FromHours(1));

        await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(async () =>
        {
            var service = store.NewService();
            for (var i = 0; i < 5; i++)
                await service.OpenAsync(TempSqliteStore.ComplaintIntake(received), "WCH", "aad-officer");
        })));

        await using var check = store.NewContext();
        var references = await check.Cases.Select(c => c.Reference).ToListAsync();
        Assert.Equal(Enumerable.Range(1, 40), references.Select(r => r.Sequence).Order());
        Assert.Equal(40, await check.AuditEntries.CountAsync(e => e.Action == CaseAuditActions.Opened));
    }

    [Fact]
    public async Task A_case_takes_the_year_it_was_received_in_London()
    {
        await using var store = await TempSqliteStore.CreateAsync();
        var service = store.NewService();

        var newYearsEve = await service.OpenAsync(TempSqliteStore.ComplaintIntake(new DateTimeOffset(2026, 12, 31, 23, 59, 59, TimeSpan.Zero)), "WCH", "aad-officer");
        // 23:30 on 31 December in New York is already 1 January in London.
        var newYearsDay = await service.OpenAsync(TempSqliteStore.ComplaintIntake(new DateTimeOffset(2026, 12, 31, 23, 30, 0, TimeSpan.FromHours(-5))), "WCH", "aad-officer");

        Assert.Equal("WCH-2026-00001", newYearsEve.Reference.ToString());
        Assert.Equal("WCH-2027-00001", newYearsDay.Reference.ToString());
    }

    [Fact]
    public async Task A_badly_formed_prefix_is_refused_before_the_database_is_touched()
    {
        await using var store = await TempSqliteStore.CreateAsync();
        await using var db = store.NewContext();

        var refused = await Assert.ThrowsAsync<ArgumentException>(() => _allocator.AllocateAsync(db, "wch-", 2026));

        Assert.Contains("'wch-' is not a reference prefix", refused.Message, StringComparison.Ordinal);
        Assert.Equal(0, await db.ReferenceCounters.CountAsync());
    }

    [Fact]
    public async Task A_case_that_fails_to_open_gives_its_reference_back()
    {
        await using var store = await TempSqliteStore.CreateAsync();
        var service = store.NewService();
        var received = new DateTimeOffset(2026, 5, 11, 10, 0, 0, TimeSpan.Zero);

        await Assert.ThrowsAsync<ArgumentException>(() =>
            service.OpenAsync(TempSqliteStore.ComplaintIntake(received) with { Description = " " }, "WCH", "aad-officer"));
        var opened = await service.OpenAsync(TempSqliteStore.ComplaintIntake(received), "WCH", "aad-officer");

        Assert.Equal("WCH-2026-00001", opened.Reference.ToString());
    }
}
