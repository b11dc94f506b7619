using System.Globalization;
using System.Text.Json;
using ComplaintsBot.Cases.Domain;
using ComplaintsBot.Cases.Store;
using ComplaintsBot.Cases.Time;
using ComplaintsBot.Workflows.Erasure;
using ComplaintsBot.Workflows.Retention;
using ComplaintsBot.Workflows.SubjectAccess;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ComplaintsBot.Tests.Workflows.SubjectAccess;

/// <summary>
/// `privacy extend-request`: UK GDPR Article 12(3) lets the answer to a complex request, or to numerous requests, take
/// up to two further months, provided the person is told, with the reasons, within the first month. The new date is
/// counted from the day of receipt by the same calendar-month rule as the first (docs/records.md quotes the ICO).
/// </summary>
public sealed class SubjectAccessExtensionTests : IAsyncLifetime
{
    private CustomerRecords _records = null!;

    public async Task InitializeAsync() => _records = await CustomerRecords.CreateAsync();

    public async Task DisposeAsync() => await _records.DisposeAsync();

    private SubjectAccessExtension Extension() => new(_records.Contexts, CustomerRecords.Access, _records.Clock);

    private static DateOnly Day(string text) => DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    private async Task<SubjectAccessRequest> ReceivedAsync(string received, string today)
    {
        _records.Clock.SetUtcNow(LondonTime.AtLondon(Day(today), new TimeOnly(9, 0)));
        return (await new SubjectAccessExport(_records.Contexts, _records.Services.GetRequiredService<CustomerCases>(), CustomerRecords.Access, _records.Clock)
            .ExportAsync(new SubjectAccessAsk("T-100", ReceivedOn: Day(received)), _records.Manager)).Request;
    }

    [Theory]
    // The ICO's own example date: 3 September, due 3 October (in 2027 a Sunday: Mon 4 October); two more months: Fri 3 December.
    [InlineData("2027-09-03", 2, "2027-10-04", "2027-12-03")]
    // 30 November: first due Wed 30 December; three months on there is no 30 February, so Sun 28 February 2027: Mon 1 March.
    [InlineData("2026-11-30", 2, "2026-12-30", "2027-03-01")]
    // 31 January 2027: three months on, no 31 April: Fri 30 April.
    [InlineData("2027-01-31", 2, "2027-03-01", "2027-04-30")]
    // 28 January 2027: the first month ends on Sun 28 February (due Mon 1 March), but the extension counts from receipt: Wed 28 April.
    [InlineData("2027-01-28", 2, "2027-03-01", "2027-04-28")]
    // 29 January 2027, one further month: Mon 29 March 2027 is Easter Monday: Tue 30 March.
    [InlineData("2027-01-29", 1, "2027-03-01", "2027-03-30")]
    // 27 September 2027: Mon 27 and Tue 28 December 2027 are the substitute Christmas and Boxing Day: Wed 29 December.
    [InlineData("2027-09-27", 2, "2027-10-27", "2027-12-29")]
    public async Task The_extended_answer_is_due_the_further_months_from_receipt_by_the_calendar_month_rule(string received, int months, string toldOn, string due)
    {
        Assert.Equal(Day(due), CalendarMonth.DueAfter(Day(received), 1 + months));
        var request = await ReceivedAsync(received, toldOn);
        Assert.True(Day(toldOn) <= request.DueOn);

        var extended = await Extension().ExtendAsync(new SubjectAccessExtensionAsk(request.Id, months, "Twelve years of repairs records across three homes.", Day(toldOn)), _records.Manager);

        Assert.Equal((months, Day(due), Day(due)), (extended.ExtendedByMonths, extended.ExtendedDueOn, extended.CurrentDueOn));
    }

    [Fact]
    public async Task An_extension_records_the_reason_who_and_when_the_person_was_told_and_is_audited_without_the_reason()
    {
        var request = await ReceivedAsync("2026-11-30", "2026-12-10");

        await Extension().ExtendAsync(new SubjectAccessExtensionAsk(request.Id, 2, "Ann Able asked for twelve years of records and three homes.", Day("2026-12-09")), _records.Admin);

        await using var db = await _records.Contexts.CreateDbContextAsync();
        var saved = await db.SubjectAccessRequests.SingleAsync();
        Assert.Equal((2, Day("2027-03-01"), "Ann Able asked for twelve years of records and three homes.", Day("2026-12-09"), CustomerRecords.AdminId, _records.Clock.GetUtcNow()),
            (saved.ExtendedByMonths, saved.ExtendedDueOn, saved.ExtensionReason, saved.ExtensionToldOn, saved.ExtendedBy, saved.ExtendedAt));
        Assert.Equal(Day("2026-12-30"), saved.DueOn); // the first month's date is kept
        var entry = await db.AuditEntries.SingleAsync(e => e.Action == CaseAuditActions.SubjectAccessExtended);
        Assert.Equal((null, CustomerRecords.AdminId), (entry.CaseId, entry.Actor));
        using var what = JsonDocument.Parse(entry.After!);
        Assert.Equal((request.Id, "2027-03-01", "2026-12-09", 2),
            (what.RootElement.GetProperty("request").GetInt32(), what.RootElement.GetProperty("dueOn").GetString(), what.RootElement.GetProperty("toldOn").GetString(),
             what.RootElement.GetProperty("furtherMonths").GetInt32()));
        Assert.DoesNotContain("Ann", entry.After!, StringComparison.Ordinal);
        Assert.DoesNotContain("twelve years", entry.After!, StringComparison.Ordinal);
    }

    [Fact]
    public async Task One_further_month_may_later_become_two_while_the_first_month_runs_and_never_three()
    {
        var request = await ReceivedAsync("2026-11-30", "2026-12-07");
        // Two months from 30 November are Sat 30 January 2027: Mon 1 February.
        Assert.Equal(Day("2027-02-01"), (await Extension().ExtendAsync(new SubjectAccessExtensionAsk(request.Id, 1, "Numerous requests: the third this year.", Day("2026-12-07")), _records.Manager)).ExtendedDueOn);

        var again = await Assert.ThrowsAsync<SubjectAccessRefusedException>(() =>
            Extension().ExtendAsync(new SubjectAccessExtensionAsk(request.Id, 1, "Still numerous.", Day("2026-12-07")), _records.Manager));
        Assert.Equal($"Request {request.Id} is already extended by 1 month, to 2027-02-01.", again.Message);
        var three = await Assert.ThrowsAsync<SubjectAccessRefusedException>(() =>
            Extension().ExtendAsync(new SubjectAccessExtensionAsk(request.Id, 3, "Very complex.", Day("2026-12-07")), _records.Manager));
        Assert.Equal("An answer can be extended by one or two further months, not 3 (UK GDPR Article 12(3)).", three.Message);

        Assert.Equal(Day("2027-03-01"), (await Extension().ExtendAsync(new SubjectAccessExtensionAsk(request.Id, 2, "Complex as well: three homes.", Day("2026-12-07")), _records.Manager)).ExtendedDueOn);
    }

    [Fact]
    public async Task An_extension_is_refused_where_the_person_was_told_after_the_first_month_or_by_someone_who_may_not_prepare_it_and_nothing_changes()
    {
        var request = await ReceivedAsync("2026-11-30", "2027-01-04");

        var late = await Assert.ThrowsAsync<SubjectAccessRefusedException>(() =>
            Extension().ExtendAsync(new SubjectAccessExtensionAsk(request.Id, 2, "Complex.", Day("2026-12-31")), _records.Manager));
        Assert.Equal($"Request {request.Id} was received on 2026-11-30: an extension needs the person told within the first month, by 2026-12-30 (told on 2026-12-31). Answer by 2026-12-30.", late.Message);
        var officer = await Assert.ThrowsAsync<SubjectAccessRefusedException>(() =>
            Extension().ExtendAsync(new SubjectAccessExtensionAsk(request.Id, 2, "Complex.", Day("2026-12-01")), _records.Officer));
        Assert.StartsWith("Olive Officer may not extend a subject access request", officer.Message, StringComparison.Ordinal);
        var missing = await Assert.ThrowsAsync<SubjectAccessRefusedException>(() =>
            Extension().ExtendAsync(new SubjectAccessExtensionAsk(request.Id + 1, 2, "Complex.", Day("2026-12-01")), _records.Manager));
        Assert.Equal($"There is no subject access request {request.Id + 1}.", missing.Message);

        await using var db = await _records.Contexts.CreateDbContextAsync();
        Assert.Equal(0, (await db.SubjectAccessRequests.SingleAsync()).ExtendedByMonths);
        Assert.False(await db.AuditEntries.AnyAsync(e => e.Action == CaseAuditActions.SubjectAccessExtended));
    }

    [Fact]
    public async Task Erasing_the_customer_keeps_the_extension_and_its_dates_without_its_reason()
    {
        var request = await ReceivedAsync("2026-11-30", "2026-12-07");
        await Extension().ExtendAsync(new SubjectAccessExtensionAsk(request.Id, 2, "Ann Able's records span three homes.", Day("2026-12-07")), _records.Manager);
        await _records.ChangeAsync(_records.AnnServiceRequest, c => c.Close(_records.Clock.GetUtcNow()), CaseAuditActions.Closed);
        var wch = await _records.ChangeAsync(_records.AnnWchComplaint, c => c.Acknowledge(CustomerRecords.At(1)), CaseAuditActions.Acknowledged);
        await _records.ChangeAsync(wch, c => c.RecordResponse(new StageResponse(CustomerRecords.At(3), StageOutcome.NotUpheld, "Finished.", null, null, null)), CaseAuditActions.Responded);
        await _records.ChangeAsync(wch, c => c.Close(CustomerRecords.At(4)), CaseAuditActions.Closed);

        await new CustomerErasure(_records.Contexts, _records.Services.GetRequiredService<CustomerCases>(), _records.Services.GetRequiredService<CaseAnonymiser>(),
            new UnfinishedDrafts(_records.Contexts), _records.Clock).EraseAsync("T-100", null, _records.Manager);

        await using var db = await _records.Contexts.CreateDbContextAsync();
        var saved = await db.SubjectAccessRequests.SingleAsync();
        Assert.Equal((Case.Anonymised, Case.Anonymised, 2, Day("2027-03-01")), (saved.Customer, saved.ExtensionReason, saved.ExtendedByMonths, saved.ExtendedDueOn));
    }
}
