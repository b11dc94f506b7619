using System.Text.Json;
using ComplaintsBot.Cases.Domain;
using ComplaintsBot.Cases.Policies;
using ComplaintsBot.Cases.Rules;
using ComplaintsBot.Cases.Store;
using ComplaintsBot.Cases.Time;
using ComplaintsBot.Tests.Workflows.Letters;
using ComplaintsBot.Workflows.SubjectAccess;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ComplaintsBot.Tests.Workflows.SubjectAccess;

/// <summary>
/// `privacy export`: what a customer asking for their records (UK GDPR Article 15) is sent, what staff must review
/// first (Article 15(4)), and the request as recorded with its one-month due date.
/// </summary>
public sealed class SubjectAccessExportTests : IAsyncLifetime
{
    private CustomerRecords _records = null!;

    public async Task InitializeAsync() => _records = await CustomerRecords.CreateAsync();

    public async Task DisposeAsync() => await _records.DisposeAsync();

    private SubjectAccessExport Export() => new(_records.Contexts, _records.Services.GetRequiredService<CustomerCases>(), CustomerRecords.Access, _records.Clock);

    [Theory]
    [InlineData("t-100")]
    [InlineData("ANN ABLE")]
    public async Task A_customer_with_three_cases_under_two_policies_gets_all_three_and_nothing_of_another_customer(string asked)
    {
        var result = await Export().ExportAsync(new SubjectAccessAsk(asked), _records.Manager);

        var references = new[] { _records.AnnComplaint, _records.AnnServiceRequest, _records.AnnWchComplaint }.Select(c => c.Reference.ToString()).ToList();
        Assert.Equal(references, result.Cases.Select(c => c.Reference.ToString()));
        Assert.Equal(["hoc-2024", "wch"], result.Cases.Select(c => c.PolicyId).Distinct().Order());

        var (paragraphs, errors, title) = LetterDocxTests.Read(result.Docx);
        Assert.Empty(errors);
        Assert.Equal("Subject access request: Ann Able", title);
        var text = string.Join("\n", paragraphs);
        foreach (var reference in references) Assert.Contains(reference, text, StringComparison.Ordinal);
        Assert.Contains("Damp in the bedroom since the summer", text, StringComparison.Ordinal);
        Assert.Contains("The repair to the gutter was left unfinished.", text, StringComparison.Ordinal);
        Assert.Contains("Asked for a new bin.", text, StringComparison.Ordinal);
        // Bob's case, his home and his words are not in Ann's document; Cara's neither.
        Assert.DoesNotContain(_records.BobComplaint.Reference.ToString(), text, StringComparison.Ordinal);
        Assert.DoesNotContain("T-200", text, StringComparison.Ordinal);
        Assert.DoesNotContain("mould on the kitchen wall", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Cara", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Other_peoples_names_the_representative_and_staff_are_marked_for_review_and_the_customers_own_facts_are_not()
    {
        var result = await Export().ExportAsync(new SubjectAccessAsk("T-100"), _records.Manager);

        SubjectAccessBlock Line(string starts) => result.Blocks.First(b => b.Text.StartsWith(starts, StringComparison.Ordinal));
        // Her neighbour, named in her own words, is found and named; the words are still hers, so they stay in, marked.
        Assert.Equal($"{SubjectAccessDocument.FreeTextReview}; it names another customer: Bob Brown", Line("What the customer told us: Damp in the bedroom").Review);
        Assert.Equal(SubjectAccessDocument.RepresentativeReview, Line("Represented by: Rita Rep MP").Review);
        var contact = Assert.Single(result.Blocks, b => b.Text.Contains("booked the damp survey", StringComparison.Ordinal));
        Assert.Equal($"{SubjectAccessDocument.FreeTextReview}; it names staff: Olive Officer", contact.Review);
        var staffLines = result.Blocks.Where(b => b.Text.Contains("Recorded by: Olive Officer", StringComparison.Ordinal) || b.Text.StartsWith("Case owner", StringComparison.Ordinal)).ToList();
        Assert.Equal(3 + 4, staffLines.Count); // an owner for each case; the contacts: three that opened the cases, one later
        Assert.All(staffLines, b => Assert.Equal(SubjectAccessDocument.StaffReview, b.Review));
        // Free text that names nobody known is still marked: a relative the store never recorded can be named in it.
        Assert.Equal(SubjectAccessDocument.FreeTextReview, Line("What the customer told us: Asked for a new bin.").Review);
        Assert.All(result.Blocks.Where(b => b.Text.StartsWith("Tenancy reference:", StringComparison.Ordinal)), b => Assert.Null(b.Review));
        Assert.Null(result.Blocks.First(b => b.Text.StartsWith("Status: closed", StringComparison.Ordinal)).Review);

        // In the document, each marked line starts with the highlighted REVIEW and its reason.
        var (paragraphs, _, _) = LetterDocxTests.Read(result.Docx);
        Assert.Contains($"{SubjectAccessDocx.ReviewPrefix} ({SubjectAccessDocument.RepresentativeReview}) Represented by: Rita Rep MP (member of parliament; consent recorded)", paragraphs);
        Assert.Equal(result.LinesToReview, paragraphs.Count(p => p.StartsWith(SubjectAccessDocx.ReviewPrefix + " (", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task The_request_is_recorded_with_who_asked_when_it_came_and_its_due_date_and_each_case_is_audited_without_the_customers_details()
    {
        // Received Monday 30 November 2026: due Wednesday 30 December (no bank holiday that day).
        _records.Clock.SetUtcNow(new DateTimeOffset(2026, 12, 1, 9, 0, 0, TimeSpan.Zero));
        var result = await Export().ExportAsync(new SubjectAccessAsk("Ann Able", RequestedBy: "Sam Solicitor (for Ann Able)", ReceivedOn: new DateOnly(2026, 11, 30)), _records.Admin);

        await using var db = await _records.Contexts.CreateDbContextAsync();
        var request = await db.SubjectAccessRequests.SingleAsync();
        Assert.Equal(("Ann Able", "Sam Solicitor (for Ann Able)", new DateOnly(2026, 11, 30), new DateOnly(2026, 12, 30), CustomerRecords.AdminId),
            (request.Customer, request.RequestedBy, request.ReceivedOn, request.DueOn, request.RecordedBy));
        Assert.Equal(string.Join(' ', result.Cases.Select(c => c.Reference)), request.CaseReferences);

        var entries = await db.AuditEntries.Where(e => e.Action == CaseAuditActions.SubjectAccessExported).ToListAsync();
        Assert.Equal(result.Cases.Select(c => (int?)c.Id).Append(null).Order(), entries.Select(e => e.CaseId).Order());
        Assert.All(entries, e =>
        {
            Assert.Equal(CustomerRecords.AdminId, e.Actor);
            Assert.DoesNotContain("Ann", e.After!, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("T-100", e.After!, StringComparison.OrdinalIgnoreCase);
            using var json = JsonDocument.Parse(e.After!);
            Assert.Equal(request.Id, json.RootElement.GetProperty("request").GetInt32());
            Assert.Equal("2026-12-30", json.RootElement.GetProperty("dueOn").GetString());
        });
    }

    [Theory]
    // The fake clock's instant, and the London day it is: a request that came at 00:30 BST on 1 June was received on 1 June.
    [InlineData("2027-05-31T23:30:00Z", "2027-06-01", "2027-07-01")]
    // 31 January 2027: no 31 February, Sun 28 February, so Mon 1 March.
    [InlineData("2027-01-31T12:00:00Z", "2027-01-31", "2027-03-01")]
    // 27 November 2027: Mon 27 and Tue 28 December are the substitute Christmas and Boxing Day holidays.
    [InlineData("2027-11-27T12:00:00Z", "2027-11-27", "2027-12-29")]
    public async Task Without_a_date_the_request_was_received_today_in_London_and_is_due_a_calendar_month_later(string now, string received, string due)
    {
        _records.Clock.SetUtcNow(DateTimeOffset.Parse(now, System.Globalization.CultureInfo.InvariantCulture));

        var result = await Export().ExportAsync(new SubjectAccessAsk("T-100"), _records.Manager);

        Assert.Equal(DateOnly.Parse(received, System.Globalization.CultureInfo.InvariantCulture), result.Request.ReceivedOn);
        Assert.Equal(DateOnly.Parse(due, System.Globalization.CultureInfo.InvariantCulture), result.Request.DueOn);
        Assert.Equal(CalendarMonth.DueAfter(result.Request.ReceivedOn), result.Request.DueOn);
    }

    [Fact]
    public async Task Staff_who_do_not_see_every_case_may_not_prepare_one_and_nothing_is_recorded()
    {
        var refused = await Assert.ThrowsAsync<SubjectAccessRefusedException>(() => Export().ExportAsync(new SubjectAccessAsk("T-100"), _records.Officer));

        Assert.Contains("Olive Officer may not prepare a subject access document", refused.Message, StringComparison.Ordinal);
        Assert.Contains(string.Join(", ", CaseAccessOptions.DefaultSeeAllCases), refused.Message, StringComparison.Ordinal);
        await using var db = await _records.Contexts.CreateDbContextAsync();
        Assert.Empty(await db.SubjectAccessRequests.ToListAsync());
        Assert.False(await db.AuditEntries.AnyAsync(e => e.Action == CaseAuditActions.SubjectAccessExported));
    }

    [Fact]
    public async Task A_name_two_people_share_is_refused_until_the_tenancy_reference_says_which()
    {
        var refused = await Assert.ThrowsAsync<SubjectAccessRefusedException>(() => Export().ExportAsync(new SubjectAccessAsk("Cara Cole"), _records.Manager));
        Assert.Equal("2 cases name Cara Cole at 2 different tenancy references; give the one meant with --tenancy <reference>.", refused.Message);

        var result = await Export().ExportAsync(new SubjectAccessAsk("Cara Cole", TenancyReference: "T-301"), _records.Manager);
        var only = Assert.Single(result.Cases);
        Assert.Equal("T-301", only.Customer.TenancyReference);
    }

    [Fact]
    public async Task A_request_for_someone_the_store_does_not_hold_is_still_recorded_and_answered_with_an_empty_record()
    {
        var result = await Export().ExportAsync(new SubjectAccessAsk("Zed Zero"), _records.Manager);

        Assert.Empty(result.Cases);
        var (paragraphs, errors, _) = LetterDocxTests.Read(result.Docx);
        Assert.Empty(errors);
        Assert.Contains("Cases: none: the complaints records hold nothing about this customer", paragraphs);
        await using var db = await _records.Contexts.CreateDbContextAsync();
        Assert.Equal("Zed Zero", (await db.SubjectAccessRequests.SingleAsync()).Customer);
    }

    [Fact]
    public async Task A_person_who_acted_for_another_customer_gets_those_cases_too_marked_as_representative_with_the_other_customers_data_marked_for_review()
    {
        // Bob Brown has his own complaint and spoke for his neighbour Dee Dean on hers.
        var dee = await _records.OpenAsync("hoc-2024", "complaint", ContactKind.Complaint, "Dee Dean", "T-400",
            "Bob Brown rang for Dee Dean: the stairwell light has been out for a month.", new Representative("Bob Brown", RepresentativeKind.Relative, consentRecorded: true));
        await _records.ChangeAsync(dee, c => c.RecordContact(CustomerRecords.At(1), ContactChannel.Phone, _records.Officer.Id, "Bob called again: Dee fell on the stairs in the dark."));

        var result = await Export().ExportAsync(new SubjectAccessAsk("T-200"), _records.Manager);

        Assert.Equal([_records.BobComplaint.Reference], result.Cases.Select(c => c.Reference));
        Assert.Equal([dee.Reference], result.AsRepresentative.Select(c => c.Reference));
        Assert.Equal($"{_records.BobComplaint.Reference} {dee.Reference}", result.Request.CaseReferences);
        SubjectAccessBlock Line(string starts) => result.Blocks.First(b => b.Text.StartsWith(starts, StringComparison.Ordinal));
        Assert.Contains(result.Blocks, b => b.Kind == SubjectAccessBlockKind.Heading && b.Text == $"{dee.Reference}: complaint (complaint, policy hoc-2024), as representative");
        // His own part is his: not marked. Dee's facts are hers; the words, and the staff, marked as in his own cases.
        Assert.Null(Line("Acted for the customer as: Bob Brown (relative; consent recorded)").Review);
        Assert.Equal(SubjectAccessDocument.RepresentedCustomerReview, Line("Customer: Dee Dean").Review);
        Assert.Equal(SubjectAccessDocument.RepresentedCustomerReview, Line("Tenancy reference: T-400").Review);
        Assert.Equal($"{SubjectAccessDocument.FreeTextReview}; it names another customer: Dee Dean", Line("What the customer told us: Bob Brown rang for Dee").Review);
        Assert.Contains(result.Blocks, b => b.Text.EndsWith("Bob called again: Dee fell on the stairs in the dark.", StringComparison.Ordinal) && b.Review == SubjectAccessDocument.FreeTextReview);
        Assert.DoesNotContain(result.Blocks, b => b.Text.StartsWith("Represented by: Bob Brown", StringComparison.Ordinal));
        // His own case is as before: his facts unmarked, and his name is never "another person" in anyone's words.
        Assert.Null(Line("Tenancy reference: T-200").Review);
        Assert.DoesNotContain(result.Blocks, b => b.Review?.Contains("representative: Bob Brown", StringComparison.Ordinal) == true);
        Assert.Contains("As representative of another customer: 1: " + dee.Reference, string.Join("\n", result.Blocks.Select(b => b.Text)), StringComparison.Ordinal);

        var (paragraphs, errors, _) = LetterDocxTests.Read(result.Docx);
        Assert.Empty(errors);
        Assert.Contains($"{SubjectAccessDocx.ReviewPrefix} ({SubjectAccessDocument.RepresentedCustomerReview}) Customer: Dee Dean, tenant", paragraphs);
        await using var db = await _records.Contexts.CreateDbContextAsync();
        var audited = await db.AuditEntries.Where(e => e.Action == CaseAuditActions.SubjectAccessExported && e.CaseId != null).Select(e => e.CaseId).ToListAsync();
        Assert.Equal(new int?[] { _records.BobComplaint.Id, dee.Id }.Order(), audited.Order());
    }

    [Fact]
    public async Task Someone_who_only_ever_acted_for_customers_is_found_by_their_name_and_gets_those_cases()
    {
        var result = await Export().ExportAsync(new SubjectAccessAsk("rita rep mp"), _records.Manager);

        Assert.Empty(result.Cases);
        Assert.Equal([_records.AnnComplaint.Reference], result.AsRepresentative.Select(c => c.Reference));
        Assert.Equal(SubjectAccessDocument.RepresentedCustomerReview, result.Blocks.First(b => b.Text.StartsWith("Customer: Ann Able", StringComparison.Ordinal)).Review);
        Assert.Null(result.Blocks.First(b => b.Text.StartsWith("Acted for the customer as: Rita Rep MP (member of parliament", StringComparison.Ordinal)).Review);
    }
}
