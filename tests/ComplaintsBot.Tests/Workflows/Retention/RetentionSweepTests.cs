using ComplaintsBot.Cases.Domain;
using ComplaintsBot.Cases.Policies;
using ComplaintsBot.Cases.Store;
using ComplaintsBot.Reports;
using ComplaintsBot.Tests.Reports;
using ComplaintsBot.Tests.Workflows.SubjectAccess;
using ComplaintsBot.Workflows.Retention;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace ComplaintsBot.Tests.Workflows.Retention;

/// <summary>
/// The retention schedule with a fake clock: what crosses its date is anonymised in one run, what the reports count is
/// not changed by it, a held case is kept, and a second run finds nothing more.
/// </summary>
public sealed class RetentionSweepTests
{
    private static RetentionSweep Sweep(IServiceProvider services, RetentionPeriods? periods = null) =>
        new(services.GetRequiredService<IDbContextFactory<CasesDbContext>>(), services.GetRequiredService<CaseAnonymiser>(),
            Options.Create(new RetentionOptions { YearsAfterClosure = periods ?? new RetentionPeriods() }), services.GetRequiredService<TimeProvider>());

    // The December 2026 report's cases that can close (answered, or with no stages), closed on Friday 8 January 2027.
    private static readonly string[] Closable =
        ["HOC-2026-00001", "HOC-2026-00002", "HOC-2026-00003", "HOC-2026-00004", "HOC-2026-00006", "HOC-2026-00008", "HOC-2026-00009", "WCH-2026-00003", "WCH-2026-00004"];

    [Fact]
    public async Task Records_past_six_years_from_closure_are_anonymised_in_one_run_the_report_figures_stay_and_a_second_run_does_nothing()
    {
        await using var seeded = await SeededCases.CreateAsync();
        var service = seeded.Services.GetRequiredService<CaseService>();
        foreach (var reference in Closable)
        {
            var @case = (await service.FindAsync(CaseReference.Parse(reference)))!;
            await service.ChangeAsync(@case.Id, @case.Version, SeededCases.OfficerAadObjectId, CaseAuditActions.Closed, c => c.Close(SeededCases.Now));
        }
        var clock = (FakeTimeProvider)seeded.Services.GetRequiredService<TimeProvider>();
        var sweep = Sweep(seeded.Services);

        // Thursday 7 January 2033: one day short of six years; nothing is due.
        clock.SetUtcNow(new DateTimeOffset(2033, 1, 7, 12, 0, 0, TimeSpan.Zero));
        Assert.Empty(await sweep.DueAsync());
        // Saturday 8 January 2033: every case closed on 8 January 2027 is due, and the report is built as it stands.
        clock.SetUtcNow(new DateTimeOffset(2033, 1, 8, 12, 0, 0, TimeSpan.Zero));
        Assert.Equal(Closable.Order(), (await sweep.DueAsync()).Select(i => i.Reference.ToString()).Order());
        var before = await seeded.Builder.BuildAsync(SeededCases.December2026, SeededCases.HomesByTenure, ReportFilter.None);

        var run = await sweep.RunOnceAsync();

        Assert.Equal(new RetentionResult(Closable.Length, 0, 0), run);
        var after = await seeded.Builder.BuildAsync(SeededCases.December2026, SeededCases.HomesByTenure, ReportFilter.None);
        // Every figure and table is the same; the repeat themes count the same cases, under aliases instead of names.
        Assert.Equal(ReportWriter.ToJson(before with { RepeatThemes = [] }), ReportWriter.ToJson(after with { RepeatThemes = [] }));
        Assert.Equal(before.RepeatThemes.Select(r => (r.Theme, r.Basis, r.Count, r.References)), after.RepeatThemes.Select(r => (r.Theme, r.Basis, r.Count, r.References)));
        Assert.Contains(before.RepeatThemes, r => r.Subject == "Ann Able");
        Assert.All(after.RepeatThemes, r => Assert.Matches("^Anonymised (customer|home) [0-9A-F]{8}$", r.Subject));

        // Ann Able's three December complaints: no name, no reference, no words; one alias across the three.
        var ann = new List<Case>();
        foreach (var reference in Closable.Take(3)) ann.Add((await service.FindAsync(CaseReference.Parse(reference)))!);
        Assert.Single(ann.Select(c => c.Customer.Name).Distinct());
        Assert.All(ann, c =>
        {
            Assert.Matches("^Anonymised customer [0-9A-F]{8}$", c.Customer.Name);
            Assert.Matches("^Anonymised home [0-9A-F]{8}$", c.Customer.TenancyReference);
            Assert.Equal(Case.Anonymised, c.Description);
            Assert.All(c.Contacts, contact => Assert.Equal(Case.Anonymised, contact.Summary));
            Assert.All(c.Stages.Where(s => s.Response is not null), s => Assert.Equal(Case.Anonymised, s.Response!.Reasons));
            Assert.Equal(new DateTimeOffset(2033, 1, 8, 12, 0, 0, TimeSpan.Zero), c.AnonymisedAt);
        });
        // Her January 2027 complaint is open: kept as it is, with the alias waiting for the day it goes.
        var open = (await service.FindAsync(CaseReference.Parse("HOC-2027-00001")))!;
        Assert.Equal(("Ann Able", "T-100", ann[0].Customer.Name), (open.Customer.Name, open.Customer.TenancyReference, open.CustomerAlias));

        // A second run, and one a day later, find nothing more.
        Assert.Equal(new RetentionResult(0, 0, 0), await sweep.RunOnceAsync());
        clock.Advance(TimeSpan.FromDays(1));
        Assert.Equal(new RetentionResult(0, 0, 0), await sweep.RunOnceAsync());
        await using var db = await seeded.Services.GetRequiredService<IDbContextFactory<CasesDbContext>>().CreateDbContextAsync();
        Assert.Equal(Closable.Length, await db.AuditEntries.CountAsync(e => e.Action == CaseAuditActions.AnonymisedByRetention && e.Actor == RetentionSweep.Actor));
    }

    [Fact]
    public async Task A_case_under_legal_hold_is_kept_until_a_manager_lifts_the_hold_and_officers_may_not_place_one()
    {
        await using var records = await CustomerRecords.CreateAsync();
        var holds = new LegalHolds(records.Cases);
        var reference = records.AnnComplaint.Reference;

        var refused = await Assert.ThrowsAsync<LegalHoldRefusedException>(() => holds.PlaceAsync(reference, "Disrepair claim", records.Officer));
        Assert.Equal("Olive Officer may not place a legal hold: managers and administrators do.", refused.Message);
        await holds.PlaceAsync(reference, "Disrepair claim issued by Ann's solicitor", records.Manager);

        // Closed Tuesday 10 November 2026: due Wednesday 10 November 2032.
        records.Clock.SetUtcNow(new DateTimeOffset(2032, 11, 10, 12, 0, 0, TimeSpan.Zero));
        var sweep = Sweep(records.Services);
        var due = Assert.Single(await sweep.DueAsync());
        Assert.Equal((reference, true, "Disrepair claim issued by Ann's solicitor", new DateOnly(2026, 11, 10), new DateOnly(2032, 11, 10)),
            (due.Reference, due.Held, due.HoldReason, due.EndedOn, due.DueOn));
        Assert.Equal(new RetentionResult(0, 1, 0), await sweep.RunOnceAsync());
        Assert.Equal("Ann Able", (await records.Cases.FindAsync(reference))!.Customer.Name);

        await holds.LiftAsync(reference, records.Admin);
        Assert.Equal(new RetentionResult(1, 0, 0), await sweep.RunOnceAsync());
        Assert.Equal(Case.Anonymised, (await records.Cases.FindAsync(reference))!.Description);

        // Placing and lifting are in the trail, under who did it, with that the case was held and not why.
        var trail = await records.Cases.AuditTrailAsync(records.AnnComplaint.Id);
        var placed = Assert.Single(trail, e => e.Action == CaseAuditActions.LegalHoldPlaced);
        Assert.Equal(CustomerRecords.ManagerId, placed.Actor);
        Assert.Contains("\"legalHold\":true", placed.After, StringComparison.Ordinal);
        Assert.DoesNotContain("solicitor", placed.After, StringComparison.Ordinal);
        Assert.Equal(CustomerRecords.AdminId, Assert.Single(trail, e => e.Action == CaseAuditActions.LegalHoldLifted).Actor);
    }

    [Fact]
    public async Task Each_kind_of_record_has_its_own_period_from_configuration()
    {
        await using var records = await CustomerRecords.CreateAsync();
        // Ann's service request closes on Monday 2 November 2026 (the clock's day); her complaint closed on 10 November.
        await records.ChangeAsync(records.AnnServiceRequest, c => c.Close(records.Clock.GetUtcNow()));
        var sweep = Sweep(records.Services, new RetentionPeriods { ServiceRequest = 2 });

        records.Clock.SetUtcNow(new DateTimeOffset(2028, 11, 2, 12, 0, 0, TimeSpan.Zero));
        Assert.Equal(new RetentionResult(1, 0, 0), await sweep.RunOnceAsync());
        Assert.Equal(Case.Anonymised, (await records.Cases.FindAsync(records.AnnServiceRequest.Id))!.Description);
        Assert.Equal("Damp in the bedroom since the summer; my neighbour Bob Brown has the same.", (await records.Cases.FindAsync(records.AnnComplaint.Id))!.Description);
    }

    [Fact]
    public async Task Two_runs_at_once_anonymise_each_case_once()
    {
        await using var records = await CustomerRecords.CreateAsync();
        // Ann's complaint closed on 10 November 2026; her service request closes now, on 2 November.
        await records.ChangeAsync(records.AnnServiceRequest, c => c.Close(records.Clock.GetUtcNow()));
        records.Clock.SetUtcNow(new DateTimeOffset(2033, 1, 1, 12, 0, 0, TimeSpan.Zero));

        var runs = await Task.WhenAll(Sweep(records.Services).RunOnceAsync(), Sweep(records.Services).RunOnceAsync());

        // Each case went once; where both runs read the same case, the second found it changed and left it.
        Assert.Equal(2, runs.Sum(r => r.Anonymised));
        await using var db = await records.Contexts.CreateDbContextAsync();
        var entries = await db.AuditEntries.Where(e => e.Action == CaseAuditActions.AnonymisedByRetention).Select(e => e.CaseId).ToListAsync();
        Assert.Equal([records.AnnComplaint.Id, records.AnnServiceRequest.Id], entries.Select(id => id!.Value).Order());
    }
}
