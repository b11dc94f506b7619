using System.Text.Json.Nodes;
using ComplaintsBot.Cases.Domain;
using ComplaintsBot.Cases.Policies;
using ComplaintsBot.Cases.Time;

namespace ComplaintsBot.Tests.Demo;

/// <summary>
/// `demo seed` on a new database: a year a manager would recognise, the same from the same seed and day, and never
/// written into a store that already holds something.
/// </summary>
public sealed class DemoSeedTests
{
    [Fact]
    public async Task A_new_database_gets_a_year_of_every_kind_of_contact_under_several_policies_and_teams()
    {
        await using var demo = DemoDatabase.Seed();

        Assert.Equal(0, demo.Seeded.ExitCode);
        Assert.Contains("Demo year 2025-12-08 to 2026-12-07 written", demo.Seeded.Output, StringComparison.Ordinal);
        var (cases, staff) = await demo.ReadAsync();
        Assert.True(cases.Count > 300, $"{cases.Count} contacts");
        Assert.All(cases, c => Assert.InRange(LondonTime.DateOf(c.ReceivedAt), new DateOnly(2025, 12, 8), new DateOnly(2026, 12, 7)));
        Assert.Equal(3, cases.Select(c => c.PolicyId).Distinct().Count());
        Assert.Equal(Enum.GetValues<ContactKind>().Order(), cases.Select(c => c.Kind).Distinct().Order());
        Assert.True(staff.Select(s => s.Team).Distinct().Count() >= 4);
        Assert.All(staff.Where(s => !s.Roles.Contains(StaffRoles.Admin)), s => Assert.NotNull(s.LineManagerId));

        var complaints = cases.Where(c => c.Kind == ContactKind.Complaint).ToList();
        Assert.Contains(complaints, c => c.Stage(2) is { Response: not null });
        Assert.Contains(complaints, c => c.Status == CaseStatus.Closed);
        Assert.Contains(complaints, c => c.Stages.Any(s => s.Extensions.Any(e => e.Decision == ExtensionDecision.Approved)));
        Assert.Contains(complaints, c => c.Stages.Any(s => s.Extensions.Any(e => e.Decision == ExtensionDecision.Declined)));
        Assert.Contains(complaints, c => c.Stages.Any(s => s.Response?.Compensation > 0));
        Assert.Contains(complaints, c => c.Customer.Tenure == CustomerTenure.LowCostHomeOwnership);
        // Deadlines cross bank holidays: stages open before one and answered after it.
        var holidays = new[] { 2025, 2026 }.SelectMany(EnglandAndWalesBankHolidays.ForYear).Select(h => h.Date).ToList();
        Assert.Contains(complaints, c => c.Stages.Any(s => s.Response is { } r
            && holidays.Any(h => LondonTime.DateOf(s.OpenedAt) < h && h < LondonTime.DateOf(r.RespondedAt))));
    }

    [Fact]
    public async Task The_year_reads_as_a_report_would_show_it_with_cases_overdue_today()
    {
        await using var demo = DemoDatabase.Seed();

        var run = demo.Run("report", "--from", "2025-12-08", "--to", "2026-12-07", "--format", "json", "--homes", "2500");

        Assert.Equal(0, run.ExitCode);
        var report = JsonNode.Parse(run.Output)!;
        int Sum(string table, string field) => report[table]!.AsArray().Sum(r => (int)r![field]!);
        Assert.True(Sum("timeliness", "overdueAtEnd") > 0);
        Assert.True((int)report["complaintsByStage"]![1]!["received"]! > 0);
        Assert.True(Sum("extensions", "approved") > 0 && Sum("extensions", "declined") > 0);
        Assert.True(Sum("compensation", "responses") > 0);
        Assert.True(Sum("repeatThemes", "count") > 0);
        // Most responses in time, but not all: something for the targets to show.
        var ch02 = (decimal)report["tenantSatisfactionMeasures"]!.AsArray().Single(m => (string)m!["measure"]! == "CH02" && (int)m["stage"]! == 1)!["value"]!;
        Assert.InRange(ch02, 60m, 99.9m);
    }

    [Fact]
    public async Task The_same_seed_on_the_same_day_writes_the_same_year_and_another_seed_another()
    {
        await using var first = DemoDatabase.Seed(7);
        await using var again = DemoDatabase.Seed(7);
        await using var other = DemoDatabase.Seed(8);

        static async Task<List<string>> Dump(DemoDatabase demo)
        {
            var (cases, staff) = await demo.ReadAsync();
            return
            [
                .. staff.Select(s => $"{s.AadObjectId} {s.DisplayName} {s.Team} {s.LineManagerId} {string.Join(",", s.Roles)}"),
                .. cases.Select(c => $"{c.Reference} {c.PolicyId} {c.CategoryId} {c.ReceivedAt:O} {c.Customer.Name} {c.Customer.Tenure} {c.Status} {c.ClosedAt:O} " +
                    string.Join(";", c.Stages.Select(s => $"{s.Number} {s.AcknowledgedAt:O} {s.Response?.RespondedAt:O} {s.Response?.Outcome} {s.Response?.Compensation} {s.Extensions.Count}"))),
            ];
        }

        Assert.Equal(await Dump(first), await Dump(again));
        Assert.NotEqual(await Dump(first), await Dump(other));
    }

    [Theory]
    [InlineData(42)] // the seed `demo seed` uses by default
    [InlineData(7)]
    public async Task Every_seeded_case_happens_in_the_order_a_case_lives_its_life(int seed)
    {
        await using var demo = DemoDatabase.Seed(seed);
        var (cases, _) = await demo.ReadAsync();
        var trail = await demo.AuditAsync();

        var wrong = new List<string>();
        void InOrder(Case c, params (string What, DateTimeOffset? At)[] steps)
        {
            var known = steps.Where(s => s.At is not null).ToList();
            for (var i = 1; i < known.Count; i++)
            {
                if (known[i].At < known[i - 1].At)
                    wrong.Add($"{c.Reference}: {known[i].What} {known[i].At:O} before {known[i - 1].What} {known[i - 1].At:O}");
            }
        }
        foreach (var c in cases)
        {
            var steps = new List<(string, DateTimeOffset?)> { ("received", c.ReceivedAt) };
            foreach (var stage in c.Stages.OrderBy(s => s.Number))
            {
                steps.Add(($"stage {stage.Number} opened", stage.OpenedAt));
                steps.Add(($"stage {stage.Number} acknowledged", stage.AcknowledgedAt));
                foreach (var extension in stage.Extensions)
                {
                    // An extension is asked, then decided, and then (it is what it was for) the stage is answered.
                    InOrder(c, ($"stage {stage.Number} opened", stage.OpenedAt), ($"stage {stage.Number} extension asked", extension.RequestedAt),
                        ($"stage {stage.Number} extension decided", extension.DecidedAt), ($"stage {stage.Number} response", stage.Response?.RespondedAt), ("closed", c.ClosedAt));
                }
                steps.Add(($"stage {stage.Number} response", stage.Response?.RespondedAt));
                steps.Add(($"stage {stage.Number} escalation asked", stage.EscalationRequestedAt));
            }
            steps.Add(("closed", c.ClosedAt));
            if (c.OmbudsmanDetermination is { } d) steps.Add(("Ombudsman's determination", LondonTime.StartOfDay(d.DeterminedOn)));
            InOrder(c, [.. steps]);
        }
        // And the audit trail of each case runs forward: nothing was recorded before what came earlier in its life.
        foreach (var group in trail.Where(e => e.CaseId is not null).GroupBy(e => e.CaseId))
        {
            var entries = group.ToList();
            for (var i = 1; i < entries.Count; i++)
            {
                if (entries[i].At < entries[i - 1].At)
                    wrong.Add($"case {group.Key}: {entries[i].Action} at {entries[i].At:O} after {entries[i - 1].Action} at {entries[i - 1].At:O}");
            }
        }
        Assert.True(wrong.Count == 0, $"{wrong.Count} out of order:\n{string.Join("\n", wrong)}");
        Assert.Contains(cases, c => c.Stages.Any(s => s.Extensions.Count > 0)); // the check has extensions to look at
    }

    [Fact]
    public async Task A_database_that_holds_anything_is_refused_and_left_as_it_was()
    {
        await using var demo = DemoDatabase.Empty();
        Assert.Equal(0, demo.Run("staff", "bootstrap-admin", "00000000-0000-0000-0000-00000000000a", "--name", "Priya Shah").ExitCode);

        var run = demo.Run("demo", "seed");

        Assert.Equal(2, run.ExitCode);
        Assert.Equal("error: The store already holds cases or staff: the demo writes only into a new, empty database.", run.Error.Trim());
        var (cases, staff) = await demo.ReadAsync();
        Assert.Empty(cases);
        Assert.Single(staff);
    }
}
