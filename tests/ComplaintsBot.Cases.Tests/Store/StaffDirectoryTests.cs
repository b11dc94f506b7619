using ComplaintsBot.Cases.Store;
using Microsoft.EntityFrameworkCore;

namespace ComplaintsBot.Cases.Tests.Store;

public sealed class StaffDirectoryTests
{
    [Fact]
    public async Task A_member_of_staff_is_added_on_first_sight_and_refreshed_afterwards()
    {
        await using var store = await TempSqliteStore.CreateAsync();
        var directory = new StaffDirectory(store);

        var first = await directory.EnsureAsync("aad-officer", "Olu Officer", "olu@landlord.example");
        var again = await directory.EnsureAsync("aad-officer", "Olu Okafor", null);

        Assert.Equal(first.Id, again.Id);
        Assert.Equal(("Olu Okafor", "olu@landlord.example"), (again.DisplayName, again.Email));
        Assert.Equal("Olu Okafor", (await directory.FindAsync("aad-officer"))!.DisplayName);
        Assert.Null(await directory.FindAsync("aad-stranger"));
    }

    [Fact]
    public async Task Simultaneous_first_messages_from_one_person_add_one_member()
    {
        await using var store = await TempSqliteStore.CreateAsync();
        var directory = new StaffDirectory(store);

        var members = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => Task.Run(() => directory.EnsureAsync("aad-officer", "Olu Officer", null))));

        Assert.Single(members.Select(m => m.Id).Distinct());
        await using var db = store.NewContext();
        Assert.Equal(1, await db.Staff.CountAsync());
    }

    [Fact]
    public async Task A_member_without_a_Teams_user_id_is_refused()
    {
        await using var store = await TempSqliteStore.CreateAsync();

        var refused = await Assert.ThrowsAsync<ArgumentException>(() => new StaffDirectory(store).EnsureAsync(" ", "Olu Officer", null));
        Assert.Contains("aadObjectId", refused.Message, StringComparison.Ordinal);
    }
}
