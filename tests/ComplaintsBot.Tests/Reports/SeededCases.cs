using ComplaintsBot.Cases.Deadlines;
using ComplaintsBot.Cases.Domain;
using ComplaintsBot.Cases.Policies;
using ComplaintsBot.Cases.Store;
using ComplaintsBot.Cases.Time;
using ComplaintsBot.Reports;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace ComplaintsBot.Tests.Reports;

/// <summary>
/// The report tests' data set: a SQLite file of cases opened and moved on through <see cref="CaseService"/>, under
/// hoc-2024 and wch, around December 2026 (bank holidays Fri 25 and Mon 28 December 2026 and Fri 1 January 2027).
/// December 2026 starts on a Tuesday. The figures each test expects are worked out by hand from the comments here.
/// Tenures: A D H low-cost home ownership (LCHO); B C F G I low-cost rental (LCRA); E, N and the other contacts other.
/// </summary>
public sealed class SeededCases : IAsyncDisposable
{
    public const int Homes = 2500;
    /// <summary>Of the 2,500 homes, 2,000 let at low-cost rent (LCRA) and 400 in low-cost home ownership (LCHO).</summary>
    public static readonly ReportHomes HomesByTenure = new(Homes, 2000, 400);
    public const string ManagerAadObjectId = "aad-manager";
    public const string OfficerAadObjectId = "aad-officer";
    public static readonly ReportPeriod December2026 = new(new DateOnly(2026, 12, 1), new DateOnly(2026, 12, 31));

    private readonly ServiceProvider _services;

    private SeededCases(string folder, ServiceProvider services)
    {
        Folder = folder;
        DatabasePath = Path.Combine(folder, "cases.db");
        _services = services;
    }

    public string Folder { get; }
    public string DatabasePath { get; }
    /// <summary>After every seeded event: Friday 8 January 2027, 12:00.</summary>
    public static readonly DateTimeOffset Now = new(2027, 1, 8, 12, 0, 0, TimeSpan.Zero);
    public IServiceProvider Services => _services;
    public ComplaintsReportBuilder Builder => _services.GetRequiredService<ComplaintsReportBuilder>();

    public static async Task<SeededCases> CreateAsync()
    {
        var folder = Path.Combine(Path.GetTempPath(), "complaintsbot-report-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var collection = new ServiceCollection();
        collection.AddSingleton<TimeProvider>(new FakeTimeProvider(Now));
        collection.AddSingleton(PolicyCatalog.Load());
        collection.AddSingleton<DeadlineCalculator>();
        collection.AddSingleton(provider => new ActivePolicy(provider.GetRequiredService<PolicyCatalog>().Default));
        collection.AddSingleton<CaseDeadlines>();
        collection.AddCaseStore(Path.Combine(folder, "cases.db"));
        collection.AddSingleton<ReportCases>();
        collection.AddSingleton<ComplaintsReportBuilder>();
        var seeded = new SeededCases(folder, collection.BuildServiceProvider());
        await seeded._services.MigrateCaseStoreAsync();
        await seeded.SeedAsync();
        return seeded;
    }

    private static DateTimeOffset L(int year, int month, int day, int hour, int minute = 0) =>
        LondonTime.AtLondon(new DateOnly(year, month, day), new TimeOnly(hour, minute));

    private static DateTimeOffset Dec(int day, int hour, int minute = 0) => L(2026, 12, day, hour, minute);

    private async Task SeedAsync()
    {
        var staff = _services.GetRequiredService<StaffDirectory>();
        var officer = await staff.EnsureAsync(OfficerAadObjectId, "Olive Officer", "olive@landlord.example");
        var manager = await staff.EnsureAsync(ManagerAadObjectId, "Max Manager", "max@landlord.example");
        await using (var db = await _services.GetRequiredService<IDbContextFactory<CasesDbContext>>().CreateDbContextAsync())
        {
            var m = await db.Staff.AsTracking().SingleAsync(s => s.Id == manager.Id);
            m.Roles = [StaffRoles.Manager];
            await db.SaveChangesAsync();
        }
        var service = _services.GetRequiredService<CaseService>();
        var o = officer.Id;
        var mgr = manager.Id;

        // A HOC-2026-00001, received Mon 16 Nov (before the period). Ack Wed 18 Nov (due Mon 23 Nov).
        // Stage 1 response due 10 wd after 18 Nov = Wed 2 Dec; answered Tue 1 Dec, upheld, £50: in time.
        // Escalated Fri 4 Dec; stage 2 ack Mon 7 Dec (due Fri 11 Dec). Stage 2 response due 20 wd after 7 Dec
        // = Thu 7 Jan 2027 (skipping 25, 28 Dec and 1 Jan); answered Wed 6 Jan, after the period: open at its end.
        var a = await Open(service, "hoc-2024", "complaint", ContactKind.Complaint, L(2026, 11, 16, 10), ContactChannel.Phone, "Repairs", "Damp", "T-100", "Ann Able", o, tenure: CustomerTenure.LowCostHomeOwnership);
        await Change(service, a, c => c.Acknowledge(L(2026, 11, 18, 10)));
        await Change(service, a, c => c.RecordResponse(Response(Dec(1, 10), StageOutcome.Upheld, 50m)));
        await Change(service, a, c => c.Escalate(Dec(4, 9), 2, mgr));
        await Change(service, a, c => c.Acknowledge(Dec(7, 10)));
        await Change(service, a, c => c.RecordResponse(Response(L(2027, 1, 6, 15), StageOutcome.NotUpheld, null)));

        // B HOC-2026-00002, Thu 3 Dec. Ack Wed 9 Dec (due Thu 10 Dec). Response due 10 wd after 9 Dec = Wed 23 Dec;
        // answered Wed 23 Dec 16:00, partly upheld, £25.50: in time.
        var b = await Open(service, "hoc-2024", "complaint", ContactKind.Complaint, Dec(3, 14), ContactChannel.Email, "Repairs", "Damp", "T-100", "Ann Able", o, tenure: CustomerTenure.LowCostRental);
        await Change(service, b, c => c.Acknowledge(Dec(9, 11)));
        await Change(service, b, c => c.RecordResponse(Response(Dec(23, 16), StageOutcome.PartlyUpheld, 25.50m)));

        // C HOC-2026-00003, Fri 11 Dec. Ack Fri 18 Dec (due that day). Response due 10 wd after 18 Dec = Wed 6 Jan
        // (Fri 1 Jan without the bank holidays); answered Tue 5 Jan: open, not overdue, at the period's end.
        var cc = await Open(service, "hoc-2024", "complaint", ContactKind.Complaint, Dec(11, 9, 30), ContactChannel.Phone, "Repairs", "Damp", "T-100", "Ann Able", o, tenure: CustomerTenure.LowCostRental);
        await Change(service, cc, c => c.Acknowledge(Dec(18, 17)));
        await Change(service, cc, c => c.RecordResponse(Response(L(2027, 1, 5, 10), StageOutcome.Upheld, 10m)));

        // D HOC-2026-00004, Mon 14 Dec, acknowledged the same day. Response due 10 wd after 14 Dec = Wed 30 Dec
        // (Mon 28 Dec without the bank holidays); answered Wed 30 Dec, not upheld: in time only because of them.
        var d = await Open(service, "hoc-2024", "complaint", ContactKind.Complaint, Dec(14, 11), ContactChannel.InPerson, "Housing Management", "ASB", "T-200", "Bob Brown", o, tenure: CustomerTenure.LowCostHomeOwnership);
        await Change(service, d, c => c.Acknowledge(Dec(14, 15)));
        await Change(service, d, c => c.RecordResponse(Response(Dec(30, 12), StageOutcome.NotUpheld, null)));

        // E HOC-2026-00005, Tue 1 Dec. Ack Tue 8 Dec (due that day). Response due Tue 22 Dec; 10 wd extension asked
        // Fri 18 Dec, approved Mon 21 Dec: due Fri 8 Jan 2027. Unanswered: open, not overdue, at the end.
        var e = await Open(service, "hoc-2024", "complaint", ContactKind.Complaint, Dec(1, 9), ContactChannel.Web, "Repairs", "Heating", "T-300", "Cara Cole", o);
        await Change(service, e, c => c.Acknowledge(Dec(8, 9)));
        await Change(service, e, c => c.RequestExtension(o, Dec(18, 10), 10, "Contractor report awaited", customerAgreed: true));
        await Change(service, e, c => c.DecideExtension(c.Stage(1)!.Extensions[0].Id, approve: true, mgr, Dec(21, 10), null));

        // F HOC-2026-00006, Wed 2 Dec. Ack due Wed 9 Dec, made Thu 10 Dec: late. Response due 10 wd after 10 Dec
        // = Thu 24 Dec; 5 wd extension asked Mon 21 Dec, declined Tue 22 Dec; answered Tue 29 Dec: late. Upheld, £100.
        var f = await Open(service, "hoc-2024", "complaint", ContactKind.Complaint, Dec(2, 10), ContactChannel.Phone, "Repairs", "Heating", "T-300", "Cara Cole", o, tenure: CustomerTenure.LowCostRental);
        await Change(service, f, c => c.Acknowledge(Dec(10, 10)));
        await Change(service, f, c => c.RequestExtension(o, Dec(21, 10), 5, "Staff absence", customerAgreed: false));
        await Change(service, f, c => c.DecideExtension(c.Stage(1)!.Extensions[0].Id, approve: false, mgr, Dec(22, 10), "Not a good reason"));
        await Change(service, f, c => c.RecordResponse(Response(Dec(29, 11), StageOutcome.Upheld, 100m)));

        // G HOC-2026-00007, Mon 7 Dec, never acknowledged: ack due Mon 14 Dec, overdue at the end; the response,
        // due provisionally 10 wd after 14 Dec = Wed 30 Dec, is overdue too.
        await Open(service, "hoc-2024", "complaint", ContactKind.Complaint, Dec(7, 10), ContactChannel.Email, "Estates", "Cleaning", "T-400", "Dan Dee", o, tenure: CustomerTenure.LowCostRental);

        // K HOC-2026-00008, a compliment, Thu 17 Dec. M HOC-2026-00009, a service request, Tue 15 Dec, anonymous.
        await Open(service, "hoc-2024", "compliment", ContactKind.Compliment, Dec(17, 12), ContactChannel.Email, "Repairs", null, null, "Gail Green", o, staffPraised: "Olive");
        await Open(service, "hoc-2024", "service-request", ContactKind.ServiceRequest, Dec(15, 12), ContactChannel.Phone, "Repairs", "Heating", "T-300", null, o);

        // H WCH-2026-00001, Thu 24 Dec 15:00. wch acknowledges within 1 wd: due Tue 29 Dec (25, 28 Dec are bank
        // holidays); acknowledged Tue 29 Dec: in time. Response due 10 wd after 29 Dec = Wed 13 Jan. Extension asked
        // Thu 31 Dec, approved Mon 4 Jan: pending at the end of the period. Open at the end.
        var h = await Open(service, "wch", "complaint", ContactKind.Complaint, Dec(24, 15), ContactChannel.Phone, "Repairs", "Damp", "T-500", "Eve East", o, tenure: CustomerTenure.LowCostHomeOwnership);
        await Change(service, h, c => c.Acknowledge(Dec(29, 10)));
        await Change(service, h, c => c.RequestExtension(o, Dec(31, 10), 5, "Specialist survey", customerAgreed: true));
        await Change(service, h, c => c.DecideExtension(c.Stage(1)!.Extensions[0].Id, approve: true, mgr, L(2027, 1, 4, 10), null));

        // I WCH-2026-00002, Fri 4 Dec 16:00. Ack Tue 8 Dec: late by wch (due Mon 7 Dec), in time by the Code (Fri 11
        // Dec). Response due 10 wd after 8 Dec = Tue 22 Dec; answered Mon 21 Dec, not upheld. Escalated Tue 22 Dec;
        // stage 2 ack due 5 wd later = Thu 31 Dec (Tue 29 Dec without the bank holidays); made Thu 31 Dec 17:00.
        // Stage 2 response due 15 wd after 31 Dec = Fri 22 Jan: open at the end.
        var i = await Open(service, "wch", "complaint", ContactKind.Complaint, Dec(4, 16), ContactChannel.Letter, "Housing Management", "Noise", "T-600", "Fay Ford", o, tenure: CustomerTenure.LowCostRental);
        await Change(service, i, c => c.Acknowledge(Dec(8, 9)));
        await Change(service, i, c => c.RecordResponse(Response(Dec(21, 14), StageOutcome.NotUpheld, null)));
        await Change(service, i, c => c.Escalate(Dec(22, 10), 2, mgr));
        await Change(service, i, c => c.Acknowledge(Dec(31, 17)));

        // J WCH-2026-00003, a compliment, Wed 9 Dec. L WCH-2026-00004, a grumble, Mon 21 Dec (same theme and
        // property as G).
        await Open(service, "wch", "compliment", ContactKind.Compliment, Dec(9, 12), ContactChannel.Phone, "Repairs", null, null, "Hal Hill", o, staffPraised: "Olive");
        await Open(service, "wch", "grumble", ContactKind.Feedback, Dec(21, 12), ContactChannel.Web, "Estates", "Cleaning", "T-400", "Dan Dee", o);

        // N HOC-2027-00001, received Mon 4 Jan 2027: after the period, in no December figure.
        await Open(service, "hoc-2024", "complaint", ContactKind.Complaint, L(2027, 1, 4, 9), ContactChannel.Phone, "Repairs", "Damp", "T-100", "Ann Able", o);
    }

    private static StageResponse Response(DateTimeOffset at, StageOutcome outcome, decimal? compensation) =>
        new(at, outcome, "Findings explained to the customer.", compensation is null ? null : "Compensation offered", compensation, null);

    private static async Task<Case> Open(
        CaseService service, string policyId, string category, ContactKind kind, DateTimeOffset receivedAt, ContactChannel channel,
        string serviceArea, string? theme, string? tenancy, string? customerName, int recordedBy, string? staffPraised = null,
        CustomerTenure tenure = CustomerTenure.Other)
    {
        var customer = (customerName is null
            ? Customer.Anonymous(CustomerRelationship.Tenant, tenancy)
            : Customer.Named(customerName, CustomerRelationship.Tenant, tenancy)) with { Tenure = tenure };
        var prefix = policyId == "wch" ? "WCH" : "HOC";
        return await service.OpenAsync(new CaseIntake
        {
            PolicyId = policyId,
            CategoryId = category,
            Kind = kind,
            Customer = customer,
            Channel = channel,
            ReceivedAt = receivedAt,
            Description = $"{theme ?? category} reported",
            ServiceArea = serviceArea,
            Theme = theme,
            RecordedById = recordedBy,
            StaffPraised = staffPraised,
        }, prefix, OfficerAadObjectId);
    }

    private static async Task Change(CaseService service, Case @case, Action<Case> change)
    {
        var current = await service.FindAsync(@case.Id) ?? throw new InvalidOperationException($"case {@case.Id} vanished");
        await service.ChangeAsync(current.Id, current.Version, OfficerAadObjectId, "seed", change);
    }

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try { Directory.Delete(Folder, recursive: true); } catch (IOException) { }
    }
}
