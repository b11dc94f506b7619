using System.Text.Json;
using ComplaintsBot.Cases.Domain;
using ComplaintsBot.Cases.Store;
using ComplaintsBot.Tests.Workflows.SubjectAccess;
using ComplaintsBot.Workflows.CaseCard;
using ComplaintsBot.Workflows.Erasure;
using ComplaintsBot.Workflows.Retention;
using ComplaintsBot.Workflows.SubjectAccess;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ComplaintsBot.Tests.Workflows.Erasure;

/// <summary>
/// Erasure on request (UK GDPR Article 17): refused with the reason while a case is open or held; otherwise the
/// customer's data goes from every case, and the audit trail stays whole and readable without it.
/// </summary>
public sealed class CustomerErasureTests : IAsyncLifetime
{
    private CustomerRecords _records = null!;

    public async Task InitializeAsync() => _records = await CustomerRecords.CreateAsync();

    public async Task DisposeAsync() => await _records.DisposeAsync();

    private CustomerErasure Erasure() => new(_records.Contexts, _records.Services.GetRequiredService<CustomerCases>(),
        _records.Services.GetRequiredService<CaseAnonymiser>(), new UnfinishedDrafts(_records.Contexts), _records.Clock);

    private async Task CloseAnnsOpenCasesAsync()
    {
        await _records.ChangeAsync(_records.AnnServiceRequest, c => c.Close(_records.Clock.GetUtcNow()), CaseAuditActions.Closed);
        var wch = await _records.ChangeAsync(_records.AnnWchComplaint, c => c.Acknowledge(CustomerRecords.At(1)), CaseAuditActions.Acknowledged);
        await _records.ChangeAsync(wch, c => c.RecordResponse(new StageResponse(CustomerRecords.At(3), StageOutcome.NotUpheld, "The gutter was finished on 5 November.", null, null, null)), CaseAuditActions.Responded);
        await _records.ChangeAsync(wch, c => c.Close(CustomerRecords.At(4)), CaseAuditActions.Closed);
    }

    [Fact]
    public async Task Erasure_is_refused_with_the_reason_while_a_case_is_open_or_under_legal_hold_and_nothing_is_changed()
    {
        var open = await Assert.ThrowsAsync<ErasureRefusedException>(() => Erasure().EraseAsync("Ann Able", null, _records.Manager));
        Assert.Equal($"Nothing was erased: {_records.AnnServiceRequest.Reference} is open; {_records.AnnWchComplaint.Reference} is open. Erase once every case is closed and no hold remains.", open.Message);

        await CloseAnnsOpenCasesAsync();
        await new LegalHolds(_records.Cases).PlaceAsync(_records.AnnComplaint.Reference, "Disrepair claim", _records.Manager);
        var held = await Assert.ThrowsAsync<ErasureRefusedException>(() => Erasure().EraseAsync("T-100", null, _records.Admin));
        Assert.Equal($"Nothing was erased: {_records.AnnComplaint.Reference} is under legal hold (Disrepair claim). Erase once every case is closed and no hold remains.", held.Message);

        var officer = await Assert.ThrowsAsync<ErasureRefusedException>(() => Erasure().EraseAsync("T-100", null, _records.Officer));
        Assert.Equal("Olive Officer may not erase a customer's data: managers and administrators do.", officer.Message);
        foreach (var @case in new[] { _records.AnnComplaint, _records.AnnServiceRequest, _records.AnnWchComplaint })
            Assert.Null((await _records.Cases.FindAsync(@case.Id))!.AnonymisedAt);
    }

    [Fact]
    public async Task Erasure_anonymises_every_case_of_the_customer_and_leaves_the_audit_trail_intact_and_readable()
    {
        await CloseAnnsOpenCasesAsync();
        // A subject access request first: its record stays, without whose it was.
        await new SubjectAccessExport(_records.Contexts, _records.Services.GetRequiredService<CustomerCases>(), CustomerRecords.Access, _records.Clock)
            .ExportAsync(new SubjectAccessAsk("Ann Able"), _records.Manager);
        var anns = new[] { _records.AnnComplaint, _records.AnnServiceRequest, _records.AnnWchComplaint };
        await using var db = await _records.Contexts.CreateDbContextAsync();
        var before = await db.AuditEntries.AsNoTracking().OrderBy(e => e.Id).ToListAsync();

        var result = await Erasure().EraseAsync("ann able", null, _records.Manager);

        Assert.Equal(anns.Select(c => c.Reference), result.Cases);
        Assert.Equal(1, result.SubjectAccessRequests);
        foreach (var @case in anns)
        {
            var erased = (await _records.Cases.FindAsync(@case.Id))!;
            Assert.Matches("^Anonymised customer [0-9A-F]{8}$", erased.Customer.Name);
            Assert.Equal(Case.Anonymised, erased.Description);
            Assert.NotNull(erased.AnonymisedAt);
        }
        Assert.Equal(Case.Anonymised, (await _records.Cases.FindAsync(_records.AnnComplaint.Id))!.Representative!.Name);
        Assert.Equal("Bob Brown", (await _records.Cases.FindAsync(_records.BobComplaint.Id))!.Customer.Name);
        var request = await db.SubjectAccessRequests.AsNoTracking().SingleAsync();
        Assert.Equal((Case.Anonymised, Case.Anonymised), (request.Customer, request.RequestedBy));

        // Every entry written before is still there, unchanged; one more per case and one for the request.
        var after = await db.AuditEntries.AsNoTracking().OrderBy(e => e.Id).ToListAsync();
        Assert.Equal(before.Select(Row), after.Take(before.Count).Select(Row));
        var added = after.Skip(before.Count).ToList();
        Assert.Equal(anns.Select(c => (int?)c.Id).Append(null), added.Select(e => e.CaseId));
        Assert.All(added, e => Assert.Equal((CustomerRecords.ManagerId, CaseAuditActions.ErasedOnRequest), (e.Actor, e.Action)));
        // Readable: every snapshot parses, the history card words each entry, and none holds what was erased.
        Assert.All(after, e =>
        {
            foreach (var json in new[] { e.Before, e.After }.OfType<string>()) JsonDocument.Parse(json).Dispose();
            if (e.CaseId is not null && e.Action != "test") Assert.NotEqual(e.Action, HistoryAction.Describe(e.Action));
            foreach (var erased in new[] { "Ann", "Able", "T-100", "bedroom", "gutter", "Rita", "survey" })
                Assert.DoesNotContain(erased, $"{e.Before} {e.After}", StringComparison.OrdinalIgnoreCase);
        });
        Assert.Equal("Customer's details erased at their request", HistoryAction.Describe(CaseAuditActions.ErasedOnRequest));
    }

    private static (long, int?, DateTimeOffset, string, string, string?, string?) Row(AuditEntry e) => (e.Id, e.CaseId, e.At, e.Actor, e.Action, e.Before, e.After);
}
