using System.Text.Json;

namespace ComplaintsBot.Tests.Cli;

public sealed class DeadlinesCommandTests
{
    private static List<(string Name, string Due, bool Provisional)> Json(CliRun run)
    {
        Assert.Equal((0, ""), (run.ExitCode, run.Error));
        using var document = JsonDocument.Parse(run.Output);
        var root = document.RootElement;
        Assert.Equal(["policy", "deadlines"], root.EnumerateObject().Select(p => p.Name));
        return root.GetProperty("deadlines").EnumerateArray().Select(d =>
        {
            Assert.Equal(["name", "due", "provisional"], d.EnumerateObject().Select(p => p.Name));
            return (d.GetProperty("name").GetString()!, d.GetProperty("due").GetString()!, d.GetProperty("provisional").GetBoolean());
        }).ToList();
    }

    [Fact]
    public void Json_is_exactly_the_policy_id_and_the_deadlines_with_name_due_and_provisional()
    {
        var run = CliRun.Of("deadlines", "--policy", "hoc-2024", "--received", "2026-12-18T10:30", "--json");

        using var document = JsonDocument.Parse(run.Output);
        Assert.Equal("hoc-2024", document.RootElement.GetProperty("policy").GetString());
        Assert.Equal(2, Json(run).Count);
    }

    [Fact]
    public void Hoc_complaint_received_friday_18_december_2026_is_acknowledged_by_tuesday_29_december()
    {
        // Not working days: Fri 25 (Christmas), Sat 26, Sun 27, Mon 28 (Boxing Day substitute). Counting from Fri 18:
        // Mon 21, Tue 22, Wed 23, Thu 24, Tue 29. The response is provisional: 10 working days from the 29th,
        // skipping Fri 1 January: 30, 31, 4, 5, 6, 7, 8, 11, 12, 13 January.
        var deadlines = Json(CliRun.Of("deadlines", "--policy", "hoc-2024", "--received", "2026-12-18T10:30", "--json"));

        Assert.Equal([("stage1-acknowledge", "2026-12-29", false), ("stage1-response", "2027-01-13", true)], deadlines);
    }

    [Fact]
    public void Text_output_shows_each_deadline_with_its_due_date_weekday_and_provisional_mark()
    {
        var run = CliRun.Of("deadlines", "--policy", "hoc-2024", "--received", "2026-12-18T10:30");

        var lines = run.OutputLines.Select(l => l.Trim()).ToList();
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("stage1-acknowledge  2026-12-29 Tuesday", lines);
        Assert.Contains("stage1-response     2027-01-13 Wednesday  provisional", lines);
    }

    [Fact]
    public void A_time_with_an_offset_counts_from_its_london_date_23_30_utc_on_18_june_is_19_june_in_london()
    {
        // 00:30 BST on Friday 19 June: day 1 is Monday 22, day 5 Friday 26 June (from Thursday 18 it would be Thursday 25).
        var deadlines = Json(CliRun.Of("deadlines", "--policy", "hoc-2024", "--received", "2026-06-18T23:30Z", "--json"));

        Assert.Equal(("stage1-acknowledge", "2026-06-26", false), deadlines[0]);
    }

    [Fact]
    public void Actual_events_replace_provisional_ones_and_stage2_starts_with_the_escalation_request()
    {
        // whg: Code acknowledgement and response at Stage 1; 28 days to escalate; Stage 2 response 20 working days from the request.
        var deadlines = Json(CliRun.Of("deadlines", "--policy", "whg", "--received", "2026-11-02T09:00", "--acknowledged", "2026-11-03T10:00",
            "--stage1-response", "2026-11-12T16:00", "--escalation-requested", "2026-11-16T11:00", "--json"));

        Assert.Equal(
        [
            ("stage1-acknowledge", "2026-11-09", false),
            ("stage1-response", "2026-11-17", false),
            ("escalation-window", "2026-12-10", false),
            ("stage2-acknowledge", "2026-11-23", false),
            ("stage2-response", "2026-12-14", false),
        ], deadlines);
    }

    [Fact]
    public void Extension_days_extend_the_stage1_response_before_escalation()
    {
        // 10 working days after the acknowledgement on Tue 3 November is Tue 17 November; 10 more is Tue 1 December.
        var deadlines = Json(CliRun.Of("deadlines", "--policy", "hoc-2024", "--received", "2026-11-02T09:00", "--acknowledged", "2026-11-03T10:00",
            "--extension-days", "10", "--json"));

        Assert.Equal(("stage1-response", "2026-12-01", false), deadlines.Single(d => d.Name == "stage1-response"));
    }

    [Fact]
    public void Extension_days_extend_the_stage2_response_once_escalation_is_requested()
    {
        var withoutExtension = Json(CliRun.Of("deadlines", "--policy", "hoc-2024", "--received", "2026-11-02T09:00", "--acknowledged", "2026-11-03T10:00",
            "--stage1-response", "2026-11-12T16:00", "--escalation-requested", "2026-11-16T11:00", "--stage2-acknowledged", "2026-11-17T09:00", "--json"));
        var withExtension = Json(CliRun.Of("deadlines", "--policy", "hoc-2024", "--received", "2026-11-02T09:00", "--acknowledged", "2026-11-03T10:00",
            "--stage1-response", "2026-11-12T16:00", "--escalation-requested", "2026-11-16T11:00", "--stage2-acknowledged", "2026-11-17T09:00",
            "--extension-days", "5", "--json"));

        // 20 working days after Tue 17 November is Tue 15 December; 5 more is Tue 22 December. Stage 1 is unchanged.
        Assert.Equal(("stage2-response", "2026-12-15", false), withoutExtension.Single(d => d.Name == "stage2-response"));
        Assert.Equal(("stage2-response", "2026-12-22", false), withExtension.Single(d => d.Name == "stage2-response"));
        Assert.Equal(withoutExtension.Single(d => d.Name == "stage1-response"), withExtension.Single(d => d.Name == "stage1-response"));
    }

    [Fact]
    public void A_quick_resolution_category_has_only_the_quick_response()
    {
        var deadlines = Json(CliRun.Of("deadlines", "--policy", "tch-rosebery", "--received", "2026-12-24T16:00", "--category", "quick-resolution", "--json"));

        // TCH 7.2.2: three working days, skipping Christmas Day, Boxing Day (moved to Monday 28th) and the weekend.
        Assert.Equal([("quick-response", "2026-12-31", false)], deadlines);
    }

    [Fact]
    public void Cfp_5_stage_1_the_service_improvement_teams_24_hour_attempt_runs_in_clock_hours_over_christmas_and_the_concern_itself_has_no_timer()
    {
        var complaint = Json(CliRun.Of("deadlines", "--policy", "cfp-2018", "--received", "2026-12-24T16:00", "--json"));
        var concern = Json(CliRun.Of("deadlines", "--policy", "cfp-2018", "--received", "2026-12-24T16:00", "--category", "first-contact-resolution", "--json"));

        Assert.Contains(("stage1-contact-customer", "2026-12-25", false), complaint);
        Assert.Empty(concern);
    }

    [Fact]
    public void A_service_request_creates_no_deadlines() =>
        Assert.Empty(Json(CliRun.Of("deadlines", "--policy", "hoc-2024", "--received", "2026-12-18T10:30", "--category", "service-request", "--json")));
}
