using ComplaintsBot.Cases.Deadlines;
using ComplaintsBot.Cases.Domain;
using ComplaintsBot.Cases.Policies;
using ComplaintsBot.Cases.Store;
using ComplaintsBot.Reports;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace ComplaintsBot.Tests.Reports;

/// <summary>
/// A case opened under a policy whose file was later removed is reported under the active policy (CaseDeadlines' one
/// fallback, as its card shows it), not skipped and not a failed report.
/// </summary>
public sealed class UnknownPolicyReportTests : IAsyncLifetime
{
    // Monday 2 November 2026, 09:00 in London (GMT).
    private static readonly DateTimeOffset Received = new(2026, 11, 2, 9, 0, 0, TimeSpan.Zero);

    private readonly string _folder = Directory.CreateTempSubdirectory("complaintsbot-unknown-policy-").FullName;
    private readonly FakeTimeProvider _clock = new(Received);
    private ServiceProvider _services = null!;
    private PolicyCatalog _codeOnly = null!;

    public async Task InitializeAsync()
    {
        // This deployment keeps the Code only: "wch", the policy the case was opened under, is gone from policies/.
        var policies = Path.Combine(_folder, "policies");
        Directory.CreateDirectory(policies);
        File.Copy(Path.Combine(PolicyCatalog.DefaultFolder, "hoc-2024.yaml"), Path.Combine(policies, "hoc-2024.yaml"));
        _codeOnly = PolicyCatalog.Load(policies);
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(_clock);
        services.AddSingleton(_codeOnly);
        services.AddSingleton<DeadlineCalculator>();
        services.AddCaseStore(Path.Combine(_folder, "cases.db"));
        services.AddReports();
        _services = services.BuildServiceProvider();
        await _services.MigrateCaseStoreAsync();
    }

    public async Task DisposeAsync()
    {
        await _services.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try { Directory.Delete(_folder, recursive: true); } catch (IOException) { }
    }

    [Fact]
    public async Task An_overdue_case_whose_policy_is_gone_is_listed_under_the_active_policy_and_counted_in_the_period()
    {
        var owner = await _services.GetRequiredService<StaffDirectory>().EnsureAsync("aad-owner", "Olive Hart", null);
        var cases = _services.GetRequiredService<CaseService>();
        var opened = await cases.OpenAsync(new CaseIntake
        {
            PolicyId = "wch",
            CategoryId = "complaint",
            Kind = ContactKind.Complaint,
            Customer = Customer.Named("Mrs Jo O'Neill", CustomerRelationship.Tenant),
            Channel = ContactChannel.Phone,
            ReceivedAt = Received,
            Description = "Damp in the back bedroom, reported three times.",
            RecordedById = owner.Id,
            OwnerId = owner.Id,
        }, "WCH", owner.AadObjectId);
        Assert.False(_codeOnly.TryGet(opened.PolicyId, out _));
        _clock.Advance(TimeSpan.FromDays(40)); // past every stage 1 deadline of the Code, nothing done

        var overdue = await _services.GetRequiredService<OverdueCases>().ListAsync();
        var report = await _services.GetRequiredService<ComplaintsReportBuilder>().BuildAsync(new ReportPeriod(new DateOnly(2026, 11, 1), new DateOnly(2026, 11, 30)), homes: null);

        var code = _codeOnly.Default;
        var expected = new DeadlineCalculator().For(opened, code, _clock.GetUtcNow())
            .Where(d => d.Status == DeadlineStatus.Overdue && d.Kind != DeadlineKind.EscalationWindow).Select(d => d.Name).ToList();
        Assert.NotEmpty(expected);
        Assert.Equal(expected.Order(), overdue.Where(r => r.Reference == opened.Reference.ToString()).Select(r => r.Deadline).Order());
        Assert.Equal(1, report.ComplaintsByStage.Single(s => s.Stage == 1).Received);
    }
}
