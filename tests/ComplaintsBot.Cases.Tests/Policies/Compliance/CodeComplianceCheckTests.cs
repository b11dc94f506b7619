using ComplaintsBot.Cases.Policies;
using ComplaintsBot.Cases.Policies.Compliance;
using ComplaintsBot.Cases.Time;
using static ComplaintsBot.Cases.Tests.Policies.Compliance.CodeCompliantPolicy;

namespace ComplaintsBot.Cases.Tests.Policies.Compliance;

public sealed class CodeComplianceCheckTests
{
    private static Policy WithStage(StageRules stage) =>
        Build() with { Stages = Build().Stages.Select(s => s.Number == stage.Number ? stage : s).ToList() };

    private static ComplianceFinding Single(Policy policy) => Assert.Single(CodeComplianceCheck.Check(policy));

    [Fact]
    public void A_policy_that_matches_the_code_has_no_findings() =>
        Assert.Empty(CodeComplianceCheck.Check(Build()));

    [Fact]
    public void Stage1_acknowledgement_longer_than_5_working_days_breaches_code_6_2()
    {
        var finding = Single(WithStage(Stage1() with { Acknowledge = Within(Timescale.WorkingDays(10), CaseEvent.Received) }));

        Assert.Equal(new ComplianceFinding(FindingSeverity.Breach, "Code 6.2", "stages.stage1.acknowledge",
            "acknowledge within 10 working days of receipt of the complaint",
            "acknowledging, defining and logging the complaint at Stage 1 within 5 working days of receipt of the complaint"), finding);
    }

    [Fact]
    public void Stage1_acknowledgement_in_hours_shorter_than_5_working_days_complies() =>
        Assert.Empty(CodeComplianceCheck.Check(WithStage(Stage1() with { Acknowledge = Within(Timescale.Hours(48), CaseEvent.Received) })));

    [Fact]
    public void Five_calendar_days_never_end_after_5_working_days() =>
        Assert.Empty(CodeComplianceCheck.Check(WithStage(Stage1() with { Acknowledge = Within(Timescale.CalendarDays(5), CaseEvent.Received) })));

    [Fact]
    public void Seven_calendar_days_can_end_after_5_working_days_when_the_complaint_arrives_on_a_sunday()
    {
        var finding = Single(WithStage(Stage1() with { Acknowledge = Within(Timescale.CalendarDays(7), CaseEvent.Received) }));

        Assert.Equal(("Code 6.2", "stages.stage1.acknowledge"), (finding.Section, finding.Field));
    }

    [Fact]
    public void Fourteen_calendar_days_can_end_after_10_working_days_so_a_stage1_response_in_14_days_breaches_code_6_3()
    {
        var finding = Single(WithStage(Stage1() with { Respond = Within(Timescale.CalendarDays(14), CaseEvent.Stage1Acknowledged) }));

        Assert.Equal((FindingSeverity.Breach, "Code 6.3", "stages.stage1.respond", "respond within 14 days of the Stage 1 acknowledgement"),
            (finding.Severity, finding.Section, finding.Field, finding.PolicySays));
    }

    [Fact]
    public void Stage1_response_in_10_working_days_of_receipt_is_stricter_than_10_of_acknowledgement() =>
        Assert.Empty(CodeComplianceCheck.Check(WithStage(Stage1() with { Respond = Within(Timescale.WorkingDays(10), CaseEvent.Received) })));

    [Fact]
    public void Stage1_response_in_15_working_days_of_receipt_can_end_after_the_code_when_acknowledged_the_same_day()
    {
        var finding = Single(WithStage(Stage1() with { Respond = Within(Timescale.WorkingDays(15), CaseEvent.Received) }));

        Assert.Equal(("Code 6.3", "respond within 15 working days of receipt of the complaint"), (finding.Section, finding.PolicySays));
    }

    [Fact]
    public void Stage2_response_counted_from_a_later_event_than_the_code_breaches_code_6_14()
    {
        var finding = Single(WithStage(Stage2() with { Respond = Within(Timescale.WorkingDays(20), CaseEvent.Stage2Response) }));

        Assert.Equal(("Code 6.14", "stages.stage2.respond"), (finding.Section, finding.Field));
    }

    [Fact]
    public void Stage2_response_longer_than_20_working_days_breaches_code_6_14()
    {
        var finding = Single(WithStage(Stage2() with { Respond = Within(Timescale.WorkingDays(25), CaseEvent.Stage2Acknowledged) }));

        Assert.Equal(new ComplianceFinding(FindingSeverity.Breach, "Code 6.14", "stages.stage2.respond",
            "respond within 25 working days of the Stage 2 acknowledgement",
            "a final response at Stage 2 within 20 working days of the Stage 2 acknowledgement"), finding);
    }

    [Fact]
    public void Stage2_response_in_20_working_days_of_the_escalation_request_is_stricter_than_the_code() =>
        Assert.Empty(CodeComplianceCheck.Check(WithStage(Stage2() with { Respond = Within(Timescale.WorkingDays(20), CaseEvent.EscalationRequested) })));

    [Fact]
    public void Missing_stage2_acknowledgement_breaches_code_6_11()
    {
        var finding = Single(WithStage(Stage2() with { Acknowledge = null }));

        Assert.Equal(new ComplianceFinding(FindingSeverity.Breach, "Code 6.11", "stages.stage2.acknowledge",
            "no acknowledgement at Stage 2",
            "acknowledging, defining and logging the complaint at Stage 2 within 5 working days of the escalation request"), finding);
    }

    [Fact]
    public void Missing_stage1_acknowledgement_breaches_code_6_2() =>
        Assert.Equal("Code 6.2", Single(WithStage(Stage1() with { Acknowledge = null })).Section);

    [Fact]
    public void Stage1_extension_beyond_10_working_days_breaches_code_6_4()
    {
        var finding = Single(WithStage(Stage1() with { Extension = Stage1().Extension with { Max = Timescale.WorkingDays(15) } }));

        Assert.Equal(new ComplianceFinding(FindingSeverity.Breach, "Code 6.4", "stages.stage1.extension.max",
            "extensions of up to 15 working days",
            "an extension of no more than 10 working days without good reason, explained to the resident"), finding);
    }

    [Fact]
    public void Stage2_extension_of_20_calendar_days_never_ends_after_20_working_days() =>
        Assert.Empty(CodeComplianceCheck.Check(WithStage(Stage2() with { Extension = Stage2().Extension with { Max = Timescale.CalendarDays(20) } })));

    [Fact]
    public void Stage2_extension_of_30_calendar_days_can_end_after_20_working_days_and_breaches_code_6_15() =>
        Assert.Equal("Code 6.15", Single(WithStage(Stage2() with { Extension = Stage2().Extension with { Max = Timescale.CalendarDays(30) } })).Section);

    [Fact]
    public void Extensions_by_agreement_with_no_limit_breach_code_6_4()
    {
        var finding = Single(WithStage(Stage1() with { Extension = Stage1().Extension with { Max = null, ByAgreement = true } }));

        Assert.Equal(("Code 6.4", "extensions of any length agreed with the customer, with no upper limit"), (finding.Section, finding.PolicySays));
    }

    [Fact]
    public void No_extension_at_all_is_stricter_than_the_code() =>
        Assert.Empty(CodeComplianceCheck.Check(WithStage(Stage1() with { Extension = Stage1().Extension with { Max = null } })));

    [Fact]
    public void Age_limit_of_6_months_breaches_code_2_3()
    {
        var finding = Single(Build() with { AgeLimit = Build().AgeLimit with { Limit = Timescale.Months(6) } });

        Assert.Equal(new ComplianceFinding(FindingSeverity.Breach, "Code 2.3", "age-limit.limit",
            "complaints are accepted within 6 months of the issue",
            "accepting complaints raised within 12 months of the issue occurring or the resident becoming aware of it"), finding);
    }

    [Fact]
    public void Age_limit_of_365_days_falls_short_of_12_months_across_a_29_february() =>
        Assert.Equal("age-limit.limit", Single(Build() with { AgeLimit = Build().AgeLimit with { Limit = Timescale.CalendarDays(365) } }).Field);

    [Fact]
    public void Age_limit_of_366_days_is_never_shorter_than_12_months() =>
        Assert.Empty(CodeComplianceCheck.Check(Build() with { AgeLimit = Build().AgeLimit with { Limit = Timescale.CalendarDays(366) } }));

    [Fact]
    public void No_age_limit_accepts_everything_the_code_does() =>
        Assert.Empty(CodeComplianceCheck.Check(Build() with { AgeLimit = Build().AgeLimit with { Limit = null, Discretionary = false } }));

    [Fact]
    public void Age_limit_without_discretion_breaches_code_2_3()
    {
        var finding = Single(Build() with { AgeLimit = Build().AgeLimit with { Discretionary = false } });

        Assert.Equal((FindingSeverity.Breach, "Code 2.3", "age-limit.discretionary"), (finding.Severity, finding.Section, finding.Field));
    }

    [Fact]
    public void Exclusion_the_code_does_not_list_is_a_code_2_2_warning()
    {
        var policy = Build() with { Exclusions = [.. Build().Exclusions, Exclusion("insurance-claim", discretionary: false, codeBasis: null)] };

        Assert.Equal(new ComplianceFinding(FindingSeverity.Warning, "Code 2.2", "exclusions.insurance-claim",
            "a complaint is not accepted when the answer is yes to: Does insurance-claim apply?",
            "exclusions that are fair and reasonable to residents; the ones the Code accepts are an issue that occurred over 12 months ago, "
            + "legal proceedings filed at court, and matters already considered under the complaints policy"), Single(policy));
    }

    [Fact]
    public void Exclusion_with_a_code_basis_the_code_does_not_know_is_a_code_2_2_warning()
    {
        var policy = Build() with { Exclusions = [Exclusion("threatened-legal-action", discretionary: false, codeBasis: "legal-threat")] };

        Assert.Equal(("Code 2.2", "exclusions.threatened-legal-action"), (Single(policy).Section, Single(policy).Field));
    }

    [Fact]
    public void Old_issue_exclusion_applied_without_discretion_breaches_code_2_3()
    {
        var policy = Build() with { Exclusions = [Exclusion("too-old", discretionary: false, codeBasis: "issue-too-old")] };

        Assert.Equal(("Code 2.3", "exclusions.too-old.discretionary"), (Single(policy).Section, Single(policy).Field));
    }

    [Fact]
    public void Three_stages_breach_code_5_3()
    {
        var stage3 = Stage2() with { Number = 3, Name = "Stage 3", Acknowledge = null, ReviewerMustDifferFromPreviousStage = true };
        var finding = Single(Build() with { Stages = [Stage1(), Stage2(), stage3] });

        Assert.Equal(new ComplianceFinding(FindingSeverity.Breach, "Code 5.3", "stages", "3 stages",
            "two stages only: a process with more than two stages is not acceptable in any circumstances"), finding);
    }

    [Fact]
    public void One_stage_breaches_code_6_10()
    {
        var finding = Single(Build() with { Stages = [Stage1()] });

        Assert.Equal(("Code 6.10", "stages", "1 stage"), (finding.Section, finding.Field, finding.PolicySays));
    }

    [Fact]
    public void Stage2_reviewer_who_may_be_the_stage1_handler_breaches_code_6_13()
    {
        var finding = Single(WithStage(Stage2() with { ReviewerMustDifferFromPreviousStage = false }));

        Assert.Equal(new ComplianceFinding(FindingSeverity.Breach, "Code 6.13", "stages.stage2.reviewer-must-differ",
            "the person who considered the complaint at Stage 1 may also consider it at Stage 2",
            "the person considering the complaint at Stage 2 must not be the person who considered it at Stage 1"), finding);
    }

    [Fact]
    public void Stage2_reviewer_who_must_be_more_senior_than_the_stage1_owner_is_a_different_person() =>
        Assert.Empty(CodeComplianceCheck.Check(WithStage(Stage2() with { ReviewerMustDifferFromPreviousStage = false, ReviewerMustBeMoreSenior = true })));

    [Fact]
    public void Escalation_window_is_a_code_5_11_warning_because_escalation_may_only_be_refused_for_a_valid_reason()
    {
        var policy = Build() with
        {
            EscalationWindow = new EscalationWindow { Within = Timescale.WorkingDays(10), ExtensionOnRequest = Timescale.WorkingDays(10) },
        };

        Assert.Equal(new ComplianceFinding(FindingSeverity.Warning, "Code 5.11", "escalation-window",
            "Stage 2 must be asked for within 10 working days of the Stage 1 response, or 10 working days more if the customer asks",
            "no refusal to escalate a complaint through all stages without a valid reason that complies with section 2 of the Code (Code 2.2); "
            + "the Code sets no time limit for asking for Stage 2"), Single(policy));
    }

    [Fact]
    public void A_stage2_refusal_ground_with_no_basis_in_section_2_breaches_code_5_11()
    {
        var finding = Single(WithStage(Stage2() with { Grounds = [new RefusalGround("No new evidence is submitted", null)] }));

        Assert.Equal(new ComplianceFinding(FindingSeverity.Breach, "Code 5.11", "stages.stage2.refusal-grounds[0]",
            "Stage 2 may be refused when: No new evidence is submitted",
            "no refusal to escalate a complaint through all stages without a valid reason that complies with section 2 of the Code (Code 2.2); "
            + "residents must not be required to explain why they ask for Stage 2 (Code 6.12)"), finding);
    }

    [Fact]
    public void A_refusal_ground_resting_on_the_escalation_window_is_a_warning_and_one_resting_on_a_code_exclusion_is_none()
    {
        var policy = WithStage(Stage2() with
        {
            Grounds =
            [
                new RefusalGround("Asked after the window", RefusalGround.EscalationWindow),
                new RefusalGround("Already considered under this policy", CodeExclusions.AlreadyConsidered),
            ],
        });
        Assert.Equal(FindingSeverity.Warning, Single(policy).Severity);
    }

    [Theory]
    [InlineData(OmbudsmanDetailsOnExtension.WhenNotAgreed, 1, "Code 6.5")]
    [InlineData(OmbudsmanDetailsOnExtension.NotGiven, 2, "Code 6.16")]
    public void Ombudsman_details_not_given_with_every_extension_breach_code_6_5_and_6_16(OmbudsmanDetailsOnExtension details, int stage, string section)
    {
        var rules = stage == 1 ? Stage1() : Stage2();
        var finding = Single(WithStage(rules with { Extension = rules.Extension with { OmbudsmanDetails = details } }));
        Assert.Equal((FindingSeverity.Breach, section, $"stages.stage{stage}.extension.ombudsman-details"), (finding.Severity, finding.Section, finding.Field));
    }

    [Fact]
    public void A_stage2_that_waits_on_the_customers_reasons_breaches_code_6_12()
    {
        var finding = Single(WithStage(Stage2() with { RequiresReasons = true }));
        Assert.Equal((FindingSeverity.Breach, "Code 6.12", "stages.stage2.requires-reasons"), (finding.Severity, finding.Section, finding.Field));
    }

    [Fact]
    public void An_age_limit_counted_from_the_issue_only_breaches_code_2_3_which_also_counts_from_awareness()
    {
        var finding = Single(Build() with { AgeLimit = Build().AgeLimit with { CountsFrom = AgeLimitBasis.Issue } });
        Assert.Equal((FindingSeverity.Breach, "Code 2.3", "age-limit.counts-from"), (finding.Severity, finding.Section, finding.Field));
    }

    [Fact]
    public void An_exclusion_wider_than_the_code_exclusion_it_rests_on_breaches_code_2_2()
    {
        var wider = Exclusion("legal-proceedings", discretionary: false, codeBasis: "legal-proceedings") with { WiderThanCodeBasis = "enforcement action" };
        var finding = Single(Build() with { Exclusions = [.. Build().Exclusions.Where(e => e.Id != wider.Id), wider] });
        Assert.Equal((FindingSeverity.Breach, "Code 2.2", "exclusions.legal-proceedings.wider-than-code-basis"), (finding.Severity, finding.Section, finding.Field));
        Assert.Contains("enforcement action", finding.PolicySays);
    }

    [Fact]
    public void A_complaint_definition_that_leaves_out_parts_of_the_codes_breaches_code_1_2()
    {
        var narrow = new ContactCategory { Id = "complaint", Kind = ContactKind.Complaint, Name = "Complaint", Definition = "When a customer tells us they are unhappy with a decision or the action or lack of action taken by us." };
        var finding = Single(Build() with { Categories = [narrow] });
        Assert.Equal((FindingSeverity.Breach, "Code 1.2", "categories.complaint.definition"), (finding.Severity, finding.Section, finding.Field));
        Assert.Contains("\"however made\"", finding.PolicySays);
        Assert.DoesNotContain("actions or lack of action;", finding.PolicySays);
    }

    [Fact]
    public void Dissatisfaction_put_right_outside_the_complaints_process_breaches_code_1_2()
    {
        var informal = new ContactCategory { Id = "escalated", Kind = ContactKind.Feedback, Name = "Escalated request", Definition = "Unhappy, wants it put right.", PutsThingsRight = true };
        var finding = Single(Build() with { Categories = [.. Build().Categories, informal] });
        Assert.Equal((FindingSeverity.Breach, "Code 1.2", "categories.escalated.puts-things-right"), (finding.Severity, finding.Section, finding.Field));
    }
}
