using System.Text.Json;
using ComplaintsBot.Cases.Domain;
using ComplaintsBot.Cases.Store;
using ComplaintsBot.Cli;
using ComplaintsBot.Tests.CardActions;
using ComplaintsBot.Workflows.Erasure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ComplaintsBot.Tests.Workflows.Erasure;

/// <summary>
/// Erasure (UK GDPR Article 17) and a contact an officer is still logging in the bot that names the customer: the
/// draft is their unfinished work and is left exactly as it is, theirs and every other officer's, and the person
/// erasing is told whose drafts mention the customer (docs/records.md).
/// </summary>
public sealed class UnfinishedDraftErasureTests : IAsyncLifetime
{
    // Monday 7 December 2026, 10:00 in London (GMT).
    private readonly LifecycleHost _host = new(new DateTimeOffset(2026, 12, 7, 10, 0, 0, TimeSpan.Zero));

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _host.DisposeAsync();

    private async Task<Dictionary<string, string>> StateAsync()
    {
        await using var db = await _host.Services.GetRequiredService<IDbContextFactory<CasesDbContext>>().CreateDbContextAsync();
        return await db.BotState.AsNoTracking().ToDictionaryAsync(r => r.Key, r => r.Json);
    }

    [Fact]
    public async Task Erasing_a_customer_leaves_drafts_being_typed_unchanged_and_says_whose_mention_the_customer()
    {
        var olive = await _host.StaffAsync("Olive Hart", [StaffRoles.Officer]);
        var tom = await _host.StaffAsync("Tom Reed", [StaffRoles.Officer]);
        var max = await _host.StaffAsync("Max Lowe", [StaffRoles.Manager]);
        var now = _host.Clock.GetUtcNow();
        var closed = await _host.ChangeAsync(await _host.ComplaintAsync("hoc-2024", "HOC", olive), c =>
        {
            c.Acknowledge(now);
            c.RecordResponse(new StageResponse(now, StageOutcome.Upheld, "The mould was treated.", null, null, null));
            c.Close(now);
        });
        // Olive is logging a new contact from the same customer; Tom one from someone else. Neither has saved.
        await _host.SayAsync(olive, "log");
        await _host.SayAsync(olive, "Mrs Jo O'Neill");
        await _host.SayAsync(tom, "log");
        await _host.SayAsync(tom, "Mr Sam Okafor");
        Assert.Contains("tenancy or account reference", _host.Connector.Sends.Last().Text);
        var before = await StateAsync();

        var result = await _host.Services.GetRequiredService<CustomerErasure>().EraseAsync("Mrs Jo O'Neill", null, max);

        Assert.Equal([closed.Reference], result.Cases);
        var draft = Assert.Single(result.UnfinishedDrafts);
        Assert.Equal("Olive Hart", draft.TypedBy);
        Assert.Equal(before, await StateAsync()); // every draft exactly as typed, Olive's and Tom's
        Assert.StartsWith("Not changed: 1 unfinished draft in the bot mentions the customer, being typed by Olive Hart (last changed 2026-12-07 10:00 UTC). ",
            PrivacyEraseCommand.UnfinishedDraftsNotice(result.UnfinishedDrafts), StringComparison.Ordinal);
        await using (var db = await _host.Services.GetRequiredService<IDbContextFactory<CasesDbContext>>().CreateDbContextAsync())
        {
            var entry = await db.AuditEntries.SingleAsync(e => e.Action == CaseAuditActions.ErasedOnRequest && e.CaseId == null);
            using var what = JsonDocument.Parse(entry.After!);
            Assert.Equal(1, what.RootElement.GetProperty("unfinishedDraftsLeft").GetInt32());
            Assert.DoesNotContain("Neill", entry.After!, StringComparison.Ordinal);
            Assert.DoesNotContain("Olive", entry.After!, StringComparison.Ordinal);
        }

        // Olive carries on where she was, with the customer's name as she typed it.
        await _host.SayAsync(olive, "T-555");
        Assert.Contains((await StateAsync()).Values, json => json.Contains("T-555", StringComparison.Ordinal) && json.Contains("Mrs Jo O", StringComparison.Ordinal));
        Assert.Equal("[anonymised]", (await _host.Cases.FindAsync(closed.Id))!.Description);
    }
}
