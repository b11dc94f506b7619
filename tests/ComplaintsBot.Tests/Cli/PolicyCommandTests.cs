using ComplaintsBot.Cases.Policies;
using Microsoft.Extensions.Configuration;

namespace ComplaintsBot.Tests.Cli;

public sealed class PolicyCommandTests
{
    [Fact]
    public void Policy_list_shows_every_seed_policy_with_the_code_marked_as_default()
    {
        var run = CliRun.Of("policy", "list");

        Assert.Equal(0, run.ExitCode);
        Assert.Matches(@"(?m)^hoc-2024 \*\s+Complaint Handling Code \(2024\)\s+Housing Ombudsman Service$", run.Output);
        Assert.Matches(@"(?m)^wch\s+Customer Feedback Policy & Procedure\s+Watford Community Housing$", run.Output);
        foreach (var id in new[] { "cfp-2018", "his", "tch-rosebery", "whg" })
            Assert.Matches($@"(?m)^{id}\s", run.Output);
    }

    [Fact]
    public void Policy_show_summarises_stages_timescales_escalation_window_age_limit_and_notes()
    {
        var run = CliRun.Of("policy", "show", "wch");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("acknowledge: within 1 working day of receipt of the complaint", run.Output);
        Assert.Contains("acknowledge: within 5 working days of the escalation request", run.Output); // Stage 2, from the Code
        Assert.Contains("respond: within 15 working days of the Stage 2 acknowledgement", run.Output);
        Assert.Contains("Escalation window: ask for Stage 2 within 10 working days of the Stage 1 response; 10 working days more on request", run.Output);
        Assert.Contains("Age limit: 6 months from the issue, older complaints accepted at a manager's discretion", run.Output);
        Assert.Contains("grumble (feedback)", run.Output);
        Assert.Contains("Notes", run.Output);
    }

    [Fact]
    public void Policy_show_his_names_who_agrees_compensation_and_how_unreasonable_behaviour_is_handled()
    {
        var run = CliRun.Of("policy", "show", "his");

        Assert.Contains("up to 999.99 pounds: customer-focus-manager, service-lead, director-of-communities, or anyone more senior", run.Output);
        Assert.Contains("any amount: executive-team", run.Output);
        Assert.Contains("Unreasonable behaviour: handled under Unacceptable Behaviour policy; decided by customer-focus-manager", run.Output);
        Assert.Contains("may: restrict-contact, refuse-complaint", run.Output);
    }

    [Fact]
    public void Policy_show_names_the_other_reading_of_a_contradictory_document()
    {
        var run = CliRun.Of("policy", "show", "his");

        Assert.Contains("acknowledge: within 2 working days of receipt of the complaint [the document also says 5 working days; the stricter reading is used]", run.Output);
    }

    [Fact]
    public void Policy_check_of_the_code_finds_nothing_and_exits_0()
    {
        var run = CliRun.Of("policy", "check", "hoc-2024");

        Assert.Equal((0, "hoc-2024 (Complaint Handling Code (2024)) against the Complaint Handling Code (2024): no findings."),
            (run.ExitCode, run.Output.Trim()));
    }

    [Fact]
    public void Policy_check_of_whg_lists_its_findings_as_errors_and_warnings_with_code_sections_and_sources_and_exits_1()
    {
        var run = CliRun.Of("policy", "check", "whg");

        Assert.Equal(1, run.ExitCode);
        Assert.StartsWith("whg (Customer Complaints Policy) against the Complaint Handling Code (2024): 14 findings (8 errors, 6 warnings)", run.Output);
        Assert.Contains("error    Code 2.3   age-limit.limit", run.Output);
        Assert.Contains("  policy: complaints are accepted within 6 months of the issue", run.Output);
        Assert.Contains("  source: whg 2.11: \"more than 6 months after the incident or issue occurred\"", run.Output);
        Assert.Contains("warning  Code 5.11  escalation-window", run.Output);
        Assert.Contains("  policy: Stage 2 must be asked for within 28 days of the Stage 1 response", run.Output);
        Assert.Contains("error    Code 6.5   stages.stage1.extension.ombudsman-details", run.Output);
        Assert.Empty(run.Error);
    }

    [Fact]
    public void Policy_check_reports_a_gap_in_the_landlords_document_with_the_rule_the_bot_applies_instead()
    {
        var run = CliRun.Of("policy", "check", "cfp-2018");

        Assert.Contains("error    Code 6.2   stages.stage1.acknowledge", run.Output);
        Assert.Contains("  policy: no acknowledgement at Stage 1", run.Output);
        Assert.Contains("  source: the document is silent; the bot applies hoc-2024's rule (Code 6.2)", run.Output);
    }

    [Fact]
    public void Policy_show_prints_the_rule_book_with_each_rule_its_value_clause_and_readings()
    {
        var run = CliRun.Of("policy", "show", "wch");

        Assert.Contains("Rule book (each rule, its value, and the clause it comes from)", run.Output);
        Assert.Contains("""
              stages.stage1.acknowledge  [WCH 5.2.1]
                within: 1 working day
                from: received
                the document says: "We will acknowledge and log the complaint within one working day of its receipt"
            """.ReplaceLineEndings(), run.Output.ReplaceLineEndings());
        Assert.Contains("  stages.stage2.acknowledge  [Code 6.11; inherited from hoc-2024: wch's document is silent]", run.Output);
        Assert.Contains("    reading 2 (applied): ten working days from the investigation being concluded (WCH 5.3.3)", run.Output);
        Assert.Contains("    why: The longer window never refuses an appeal", run.Output);
    }

    [Fact]
    public void Policy_check_accepts_a_policy_file_path()
    {
        var run = CliRun.Of("policy", "check", Path.Combine(PolicyCatalog.DefaultFolder, "his.yaml"));

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("error    Code 2.3   age-limit.discretionary", run.Output);
    }

    [Fact]
    public void Policy_check_of_a_draft_kept_outside_the_policy_folder_reads_the_policy_it_extends_from_the_folder()
    {
        var folder = Directory.CreateTempSubdirectory("cli-draft-").FullName;
        try
        {
            // A file's id must match its name, so the draft of whg's next policy is whg.yaml, with a shorter window.
            var draft = Path.Combine(folder, "whg.yaml");
            var text = File.ReadAllText(Path.Combine(PolicyCatalog.DefaultFolder, "whg.yaml"));
            File.WriteAllText(draft, text.Replace("within: 28 days", "within: 14 days", StringComparison.Ordinal));

            var run = CliRun.Of("policy", "check", draft);

            Assert.Equal((1, ""), (run.ExitCode, run.Error));
            Assert.Contains("  policy: Stage 2 must be asked for within 14 days of the Stage 1 response", run.Output);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void Policies_folder_comes_from_the_hosts_own_setting_when_not_given_on_the_command_line()
    {
        var folder = Directory.CreateTempSubdirectory("cli-policies-").FullName;
        try
        {
            File.Copy(Path.Combine(PolicyCatalog.DefaultFolder, "hoc-2024.yaml"), Path.Combine(folder, "hoc-2024.yaml"));
            var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["ComplaintsBot:PoliciesFolder"] = folder }).Build();

            var run = CliRun.With(configuration, "policy", "list");

            Assert.Equal(0, run.ExitCode);
            Assert.Contains("hoc-2024 *", run.Output);
            Assert.DoesNotContain("wch", run.Output);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void Policies_option_overrides_configuration()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["ComplaintsBot:PoliciesFolder"] = "/no/such/folder" }).Build();

        var run = CliRun.With(configuration, "policy", "list", "--policies", PolicyCatalog.DefaultFolder);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("wch", run.Output);
    }

    [Fact]
    public void The_old_policies_setting_and_a_misspelt_one_are_reported_not_silently_ignored()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Policies:Folder"] = "/no/such/folder",
            ["ComplaintsBot:ActivPolicy"] = "wch",
            ["ComplaintsBot:Access:SeeAllCase:0"] = "manager",
        }).Build();

        var run = CliRun.With(configuration, "policy", "list");

        Assert.Equal(0, run.ExitCode); // the default folder: the old key is not read
        Assert.Contains("warning: The setting Policies:Folder is not read; the bot and its commands read ComplaintsBot:PoliciesFolder.", run.Error);
        Assert.Contains("warning: The setting ComplaintsBot:ActivPolicy is not one ComplaintsBot reads; under ComplaintsBot it reads ActivePolicy, PoliciesFolder, Access, Directory.", run.Error);
        Assert.Contains("warning: The setting ComplaintsBot:Access:SeeAllCase is not one ComplaintsBot reads; under ComplaintsBot:Access it reads SeeAllCases, UnknownPeopleMayLog.", run.Error);
    }
}
