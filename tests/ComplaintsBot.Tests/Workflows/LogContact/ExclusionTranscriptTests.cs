using ComplaintsBot.Cases.Deadlines;
using ComplaintsBot.Cases.Domain;
using ComplaintsBot.Tests.Dialogs;

namespace ComplaintsBot.Tests.Workflows.LogContact;

/// <summary>The policy's exclusions for complaints: absolute ones keep the complaint out, discretionary ones go to the decider the policy names, the age limit comes from the dates.</summary>
public sealed class ExclusionTranscriptTests
{
    private const string OmbudsmanAddress = "Housing Ombudsman Service, PO Box 152, Liverpool L33 7WQ";

    [Fact]
    public async Task An_absolute_exclusion_logs_the_complaint_as_not_accepted_with_the_explanation_and_the_ombudsmans_details()
    {
        await using var bot = await LoggingBot.StartAsync("hoc-2024");
        await bot.Chat()
            .TenantOnThePhone().WantsItInvestigated()
            .Says("Complaint").Asks("When did the issue happen?")
            .Says("01/12/2026").Asks("Has a claim about this issue been filed at court")
            .Says("yes")
            // Nothing after an exclusion that applies is asked: straight on to routing.
            .Tells("This cannot be accepted as a complaint under Complaint Handling Code (2024).",
                "Tell the customer: Legal proceedings about this matter have started", OmbudsmanAddress)
            .Routed()
            .ShowsCard("Complaint not accepted, under Complaint Handling Code (2024)")
            .PressesSave()
            .Tells("Saved as **HOC-2026-00001**", "Not accepted. Tell the customer: Legal proceedings", OmbudsmanAddress)
            .ShowsCard("HOC-2026-00001", "Not accepted as a complaint")
            .RunAsync();

        var saved = await bot.OnlyCaseAsync();
        Assert.Equal(CaseStatus.NotAccepted, saved.Status);
        var decision = Assert.Single(saved.ExclusionDecisions, d => d.Applies);
        Assert.Equal(("legal-proceedings", ExclusionOutcome.NotAccepted), (decision.ExclusionId, decision.Outcome));
        Assert.Contains(OmbudsmanAddress, decision.ExplanationGiven);
        Assert.DoesNotContain(saved.ExclusionDecisions, d => d.ExclusionId == "already-considered");
    }

    [Fact]
    public async Task A_discretionary_exclusion_is_sent_for_the_named_deciders_decision_and_the_deadlines_run()
    {
        await using var bot = await LoggingBot.StartAsync("his");
        await bot.Chat()
            .TenantOnThePhone().WantsItInvestigated()
            .Says("Complaint").Asks("When did the issue happen?")
            .Says("01/12/2026").Asks("Have legal proceedings already been started")
            .Says("no").Asks("already been considered")
            .Says("no").Asks("outside the remit or responsibility of HiS")
            .Says("yes").Asks("recompense out of proportion")
            .Says("no").Asks("persistent or unreasonable")
            .Says("no")
            // HiS "Initial contact": the Customer Focus Manager evaluates it, the Team Leader in their absence.
            .Tells("The Customer Focus Manager (CFM) or Customer Services Team Leader (deputises for the CFM) must decide whether to accept it, because the answer to \"Is the resolution the customer asks for outside the remit or responsibility of HiS")
            .Routed()
            .ShowsCard("waiting for a decision on an exclusion by the Customer Focus Manager (CFM) or Customer Services Team Leader (deputises for the CFM)", "Stage 1 acknowledgement: Tue 22 Dec 2026")
            .PressesSave()
            .Tells("Saved as **HIS-2026-00001**", "The Customer Focus Manager (CFM) or Customer Services Team Leader (deputises for the CFM) must decide on the exclusion")
            .ShowsCard("HIS-2026-00001")
            .RunAsync();

        var saved = await bot.OnlyCaseAsync();
        Assert.Equal(CaseStatus.Open, saved.Status);
        Assert.Equal(ExclusionOutcome.AwaitingManager, Assert.Single(saved.ExclusionDecisions, d => d.Applies).Outcome);
        Assert.Equal(new DateOnly(2026, 12, 22), bot.DeadlinesOf(saved).Get(DeadlineKind.Stage1Acknowledge).DueDate);
    }

    [Fact]
    public async Task Wch_3_1_3_an_applicants_complaint_goes_to_the_team_manager_without_asking_whether_they_are_a_tenant()
    {
        await using var bot = await LoggingBot.StartAsync("wch");
        var questions = bot.Policy.Exclusions.Where(e => e.Id is not ("issue-too-old" or "not-a-tenant-or-leaseholder")).Select(e => e.Question);
        await bot.Chat()
            .Says("log").Asks("name")
            .Says("Cara Lee").Asks("reference")
            .Says("none").Asks("tenant, leaseholder")
            .Says("applicant").Asks("acting for them")
            .Says("no one").Asks("vulnerability")
            .Says("none").Asks("How did they contact us?")
            .Says("web").Asks("received")
            .Says("now").Asks("What does the customer say?")
            .Says("My housing application was lost twice.").Asks("What do they want")
            .Says("An apology").Asks("unhappy")
            .WantsItInvestigated()
            .Says("Complaint").Asks("When did the issue happen?")
            .Says("10/11/2026")
            .NoExclusionApplies(questions)
            .Tells("The WCH Team Manager or Customer Experience Manager (policy owner) must decide whether to accept it, because the answer to \"Is the complaint from someone other than one of our tenants or leaseholders")
            .Routed("Lettings", "Applications")
            .ShowsCard("waiting for a decision on an exclusion by the WCH Team Manager or Customer Experience Manager (policy owner)")
            .PressesSave()
            .Tells("Saved as **WCH-2026-00001**")
            .ShowsCard("WCH-2026-00001")
            .RunAsync();

        var saved = await bot.OnlyCaseAsync();
        var decision = Assert.Single(saved.ExclusionDecisions, d => d.Applies);
        Assert.Equal(("not-a-tenant-or-leaseholder", ExclusionOutcome.AwaitingManager), (decision.ExclusionId, decision.Outcome));
    }

    [Fact]
    public async Task Code_2_3_an_issue_outside_the_age_limit_asks_when_the_customer_became_aware_and_a_late_awareness_brings_it_in_time()
    {
        await using var bot = await LoggingBot.StartAsync("hoc-2024");
        await bot.Chat()
            .TenantOnThePhone().WantsItInvestigated()
            .Says("Complaint").Asks("When did the issue happen?")
            .Says("01/03/2025")
            .Asks("Sat 1 Mar 2025 is more than 12 months before it was received, outside the policy's time limit. When did the customer become aware of the issue?")
            .Says("28/02/2025").Tells("Fri 28 Feb 2025 is before the date the issue happened (Sat 1 Mar 2025)").Asks("When did the customer become aware")
            .Says("01/11/2026").Asks("Has a claim about this issue been filed at court")
            .RunAsync();
    }

    [Fact]
    public async Task Whg_2_11_the_6_months_run_from_the_incident_so_awareness_is_not_asked_and_staff_are_told_why()
    {
        await using var bot = await LoggingBot.StartAsync("whg");
        await bot.Chat()
            .TenantOnThePhone().WantsItInvestigated()
            .Says("Complaint").Asks("When did the issue happen?")
            .Says("01/03/2026")
            .Tells("Sun 1 Mar 2026 is more than 6 months before it was received, outside the policy's time limit. Customer Complaints Policy counts that limit from when the issue happened, not from when the customer became aware of it (whg 2.11).")
            .Tells("This cannot be accepted as a complaint")
            .RunAsync();
        Assert.DoesNotContain(bot.Transcript.Lines, line => line.Contains("When did the customer become aware", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Wch_4_6_3_an_issue_outside_the_discretionary_age_limit_goes_to_the_team_manager_without_the_age_question_being_asked()
    {
        // WCH 4.6.3: something arising more than six months ago is dealt with at WCH's discretion.
        await using var bot = await LoggingBot.StartAsync("wch");
        var questions = bot.Policy.Exclusions.Where(e => e.Id is not ("issue-too-old" or "not-a-tenant-or-leaseholder")).Select(e => e.Question).ToList();
        await bot.Chat()
            .TenantOnThePhone().WantsItInvestigated()
            .Says("Complaint").Asks("When did the issue happen?")
            .Says("01/03/2026").Tells("counts that limit from when the issue happened, not from when the customer became aware of it (WCH 4.6.3)")
            .NoExclusionApplies(questions)
            .Tells("The WCH Team Manager or Customer Experience Manager (policy owner) must decide whether to accept it, because it is outside the 6 months time limit")
            .Routed()
            .ShowsCard("waiting for a decision on an exclusion by the WCH Team Manager or Customer Experience Manager (policy owner)")
            .PressesSave()
            .Tells("Saved as **WCH-2026-00001**")
            .ShowsCard("WCH-2026-00001")
            .RunAsync();

        var saved = await bot.OnlyCaseAsync();
        Assert.Equal((new DateOnly(2026, 3, 1), (DateOnly?)null), (saved.IssueOccurredOn!.Value, saved.CustomerAwareOn));
        var decision = Assert.Single(saved.ExclusionDecisions, d => d.Applies);
        Assert.Equal(("issue-too-old", ExclusionOutcome.AwaitingManager), (decision.ExclusionId, decision.Outcome));
        Assert.DoesNotContain(bot.Transcript.Lines, line => line.Contains("Did the matter arise more than six months ago", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Whg_2_11_staff_are_told_a_legal_claim_not_yet_filed_at_court_does_not_keep_the_complaint_out()
    {
        // whg 2.11 names "a legal claim made"; the bot applies Code 2.2's narrower reading and says so where it is asked.
        await using var bot = await LoggingBot.StartAsync("whg");
        var before = bot.Policy.Exclusions.TakeWhile(e => e.Id != "legal-proceedings").Select(e => e.Question);
        await bot.Chat()
            .TenantOnThePhone().WantsItInvestigated()
            .Says("Complaint").Asks("When did the issue happen?")
            .Says("01/12/2026")
            .NoExclusionApplies(before)
            .Asks("filed at court against whg", "A claim made but not yet filed at court does not keep the complaint out: whg 2.11 names it, but Code 2.2 allows the exclusion only once a claim is filed.")
            .Says("no").Asks("insurance claim")
            .RunAsync();
    }

    [Fact]
    public async Task Whg_2_11_a_complaint_reported_more_than_6_months_after_the_issue_is_not_considered_with_no_managers_discretion()
    {
        await using var bot = await LoggingBot.StartAsync("whg");
        await bot.Chat()
            .TenantOnThePhone().WantsItInvestigated()
            .Says("Complaint").Asks("When did the issue happen?")
            .Says("01/03/2026").Tells("counts that limit from when the issue happened")
            .Tells("This cannot be accepted as a complaint",
                "We do not consider complaints reported more than 6 months after the issue occurred, apart from exceptional cases such as safeguarding or health and safety concerns.",
                OmbudsmanAddress)
            .Routed()
            .ShowsCard("Complaint not accepted")
            .PressesSave()
            .Tells("Saved as **WHG-2026-00001**")
            .ShowsCard("WHG-2026-00001")
            .RunAsync();

        var decision = Assert.Single((await bot.OnlyCaseAsync()).ExclusionDecisions, d => d.Applies);
        Assert.NotEqual(ExclusionOutcome.AwaitingManager, decision.Outcome);
        Assert.DoesNotContain(bot.Transcript.Lines, line => line.Contains("must decide", StringComparison.Ordinal));
    }

    [Fact]
    public async Task His_a_13_month_old_issue_is_not_accepted_whenever_the_customer_became_aware_and_staff_are_told_the_policy_counts_from_the_issue()
    {
        await using var bot = await LoggingBot.StartAsync("his");
        await bot.Chat()
            .TenantOnThePhone().WantsItInvestigated()
            .Says("Complaint").Asks("When did the issue happen?")
            .Says("01/10/2025")
            .Tells("more than 12 months before it was received", "counts that limit from when the issue happened, not from when the customer became aware of it (HiS, What will be evaluated as a complaint?)")
            .Tells("This cannot be accepted as a complaint", "Complaints must be received within 12 months of the issue causing your dissatisfaction.", OmbudsmanAddress)
            .Routed()
            .ShowsCard("Complaint not accepted")
            .PressesSave()
            .Tells("Saved as **HIS-2026-00001**")
            .ShowsCard("HIS-2026-00001")
            .RunAsync();

        var saved = await bot.OnlyCaseAsync();
        Assert.Equal(CaseStatus.NotAccepted, saved.Status);
        Assert.Equal(("issue-too-old", ExclusionOutcome.NotAccepted), (Assert.Single(saved.ExclusionDecisions).ExclusionId, saved.ExclusionDecisions[0].Outcome));
    }

    [Fact]
    public async Task Cfp_3_a_complaint_about_an_issue_13_months_old_is_not_considered_though_the_customer_learnt_of_it_recently_and_the_officer_is_told_it_counts_from_the_issue()
    {
        // Received Fri 18 Dec 2026 about a repair botched in November 2025, which the customer found out about last week.
        await using var bot = await LoggingBot.StartAsync("cfp-2018");
        await bot.Chat()
            .TenantOnThePhone("The loft insulation fitted in November 2025 was never finished; I only found out last week.", "Finish the job")
            .WantsItInvestigated()
            .Says("Complaint").Asks("When did the issue happen?")
            .Says("10/11/2025")
            .Tells("more than 12 months before it was received",
                "Customer Compliments, Complaints & Feedback Policy counts that limit from when the issue happened, not from when the customer became aware of it (cfp 3)")
            .Asks("It forms part of an on-going issue", "None of these")
            .Says("None of these")
            .Tells("This cannot be accepted as a complaint",
                "Tell the customer: We cannot consider issues from more than 12 months ago unless they form part of an ongoing issue.", OmbudsmanAddress)
            .Routed()
            .ShowsCard("Complaint not accepted")
            .PressesSave()
            .Tells("Saved as **CFP-2026-00001**")
            .ShowsCard("CFP-2026-00001")
            .RunAsync();

        var saved = await bot.OnlyCaseAsync();
        Assert.Equal(CaseStatus.NotAccepted, saved.Status);
        Assert.Null(saved.CustomerAwareOn); // never asked: the policy does not count from awareness
        var decision = Assert.Single(saved.ExclusionDecisions);
        Assert.Equal(("issue-too-old", ExclusionOutcome.NotAccepted), (decision.ExclusionId, decision.Outcome));
    }

    [Fact]
    public async Task Tch_2_a_good_reason_for_an_issue_over_6_months_old_goes_to_the_customer_experience_manager_and_does_not_accept_it()
    {
        await using var bot = await LoggingBot.StartAsync("tch-rosebery");
        var questions = bot.Policy.Exclusions.Where(e => e.Id is not ("issue-too-old" or "first-time-enquiry")).Select(e => e.Question);
        await bot.Chat()
            .TenantOnThePhone().WantsItInvestigated()
            .Says("Complaint").Asks("When did the issue happen?")
            .Says("01/01/2026").Tells("not from when the customer became aware of it (TCH 2)")
            // The good reasons in TCH 2's own words, never their ids ("Mp or ombudsman request"); the decider is named.
            .Asks("Is there a good reason to accept it? The Customer Experience Manager or Leadership team member decides either way.",
                "The complaint was not recorded when it should have been", "The issue is ongoing", "An MP or the Ombudsman has asked for a review", "None of these")
            .Says("The issue is ongoing")
            .NoExclusionApplies(questions)
            .Tells("The Customer Experience Manager or Leadership team member must decide whether to accept it, because it is outside the 6 months time limit (the good reason given goes with it: The issue is ongoing)")
            .Routed()
            .ShowsCard("waiting for a decision on an exclusion by the Customer Experience Manager or Leadership team member")
            .PressesSave()
            .Tells("Saved as **TCH-2026-00001**")
            .ShowsCard("TCH-2026-00001")
            .RunAsync();

        var saved = await bot.OnlyCaseAsync();
        Assert.Equal(CaseStatus.Open, saved.Status);
        var referral = saved.ExclusionDecisions.Single(d => d.ExclusionId == "issue-too-old");
        Assert.Equal(ExclusionOutcome.AwaitingManager, referral.Outcome);
        Assert.Equal("The issue is ongoing", ComplaintsBot.Cases.Rules.PendingExclusion.Of(saved, bot.Policy)!.GoodReason);
        Assert.DoesNotContain(bot.Transcript.Lines, l => l.Contains("Mp or ombudsman", StringComparison.OrdinalIgnoreCase) || l.Contains("ongoing-issue", StringComparison.Ordinal));
    }
}
