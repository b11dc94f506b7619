namespace ComplaintsBot.Cases.Policies.Compliance;

/// <summary>
/// `policy check`: compares a policy with the Housing Ombudsman's Complaint Handling Code (2024) and lists each
/// point where it falls short, with the Code provision it breaches. Fields are named with the policy file's keys.
/// The policy is checked as loaded, with what its file leaves unsaid taken from the Code (it extends hoc-2024),
/// so a timescale the landlord's document is silent on is the Code's and is not reported.
/// </summary>
public static class CodeComplianceCheck
{
    public static IReadOnlyList<ComplianceFinding> Check(Policy policy)
    {
        ArgumentNullException.ThrowIfNull(policy);
        var findings = new List<ComplianceFinding>();
        CheckStageCount(policy, findings);
        foreach (var code in ComplaintHandlingCode2024.Stages)
        {
            var stage = policy.Stages.FirstOrDefault(s => s.Number == code.Number);
            if (stage is null) continue; // a missing stage is reported by the stage count
            CheckAcknowledgement(stage, code, findings);
            CheckResponse(stage, code, findings);
            CheckExtension(stage, code, findings);
        }
        CheckStage2Reviewer(policy, findings);
        CheckEscalationWindow(policy, findings);
        CheckRefusalGrounds(policy, findings);
        CheckAgeLimit(policy, findings);
        CheckExclusions(policy, findings);
        // Breaches first, then in the Code's order; within a section, in the order of the policy file.
        return findings
            .OrderBy(f => f.Severity)
            .ThenBy(f => SectionOrder(f.Section))
            .ToList();
    }

    /// <summary>"Code 6.14" sorts as (6, 14), after "Code 6.4".</summary>
    private static (int, int) SectionOrder(string section)
    {
        var numbers = section["Code ".Length..].Split('.');
        return (int.Parse(numbers[0], System.Globalization.CultureInfo.InvariantCulture),
                int.Parse(numbers[1], System.Globalization.CultureInfo.InvariantCulture));
    }

    private static void CheckStageCount(Policy policy, List<ComplianceFinding> findings)
    {
        var count = policy.Stages.Count;
        if (count == 2) return;
        var says = $"{count} stage{(count == 1 ? "" : "s")}";
        findings.Add(count > 2
            ? new(FindingSeverity.Breach, "Code 5.3", "stages", says,
                "two stages only: a process with more than two stages is not acceptable in any circumstances")
            : new(FindingSeverity.Breach, "Code 6.10", "stages", says,
                "two stages: a complaint not resolved at Stage 1 must be progressed to Stage 2, the landlord's final response"));
    }

    private static void CheckAcknowledgement(StageRules stage, ComplaintHandlingCode2024.StageProvisions code, List<ComplianceFinding> findings)
    {
        var field = $"stages.stage{stage.Number}.acknowledge";
        var requires = $"acknowledging, defining and logging the complaint at Stage {stage.Number} within {Describe(code.Acknowledge)}";
        if (stage.Acknowledge is null)
            findings.Add(new(FindingSeverity.Breach, code.AcknowledgeSection, field, $"no acknowledgement at Stage {stage.Number}", requires));
        else if (CanEndLater(stage.Acknowledge, code.Acknowledge))
            findings.Add(new(FindingSeverity.Breach, code.AcknowledgeSection, field, $"acknowledge within {Describe(stage.Acknowledge)}", requires));
    }

    private static void CheckResponse(StageRules stage, ComplaintHandlingCode2024.StageProvisions code, List<ComplianceFinding> findings)
    {
        if (!CanEndLater(stage.Respond, code.Respond)) return;
        findings.Add(new(FindingSeverity.Breach, code.RespondSection, $"stages.stage{stage.Number}.respond",
            $"respond within {Describe(stage.Respond)}",
            $"a {(stage.Number == 1 ? "full" : "final")} response at Stage {stage.Number} within {Describe(code.Respond)}"));
    }

    private static void CheckExtension(StageRules stage, ComplaintHandlingCode2024.StageProvisions code, List<ComplianceFinding> findings)
    {
        var extension = stage.Extension;
        string says;
        if (extension.Max is { } max)
        {
            if (!TimescaleBounds.CanEndLater(max, code.MaxExtension)) return;
            says = $"extensions of up to {max}";
        }
        else if (extension.ByAgreement)
            says = "extensions of any length agreed with the customer, with no upper limit";
        else
            return; // no extension at all is stricter than the Code
        findings.Add(new(FindingSeverity.Breach, code.ExtensionSection, $"stages.stage{stage.Number}.extension.max", says,
            $"an extension of no more than {code.MaxExtension} without good reason, explained to the resident"));
    }

    private static void CheckStage2Reviewer(Policy policy, List<ComplianceFinding> findings)
    {
        var stage2 = policy.Stages.FirstOrDefault(s => s.Number == 2);
        // A reviewer who must be more senior than the Stage 1 owner cannot be the same person.
        if (stage2 is null || stage2.ReviewerMustDifferFromPreviousStage || stage2.ReviewerMustBeMoreSenior) return;
        findings.Add(new(FindingSeverity.Breach, "Code 6.13", "stages.stage2.reviewer-must-differ",
            "the person who considered the complaint at Stage 1 may also consider it at Stage 2",
            "the person considering the complaint at Stage 2 must not be the person who considered it at Stage 1"));
    }

    private static void CheckEscalationWindow(Policy policy, List<ComplianceFinding> findings)
    {
        if (policy.EscalationWindow is not { } window) return;
        var says = $"Stage 2 must be asked for within {window.Within} of {EventWording(window.From)}"
                   + (window.ExtensionOnRequest is { } more ? $", or {more} more if the customer asks" : "");
        // The Code sets no time limit for asking for Stage 2. It does not forbid one outright, but a late request
        // may only be refused for a valid reason within section 2, so the window is a rule to justify: a warning.
        findings.Add(new(FindingSeverity.Warning, "Code 5.11", "escalation-window", says,
            "no refusal to escalate a complaint through all stages without a valid reason that complies with section 2 "
            + "of the Code (Code 2.2); the Code sets no time limit for asking for Stage 2"));
    }

    private static void CheckRefusalGrounds(Policy policy, List<ComplianceFinding> findings)
    {
        // Refusing to open a later stage is refusing to escalate. The grounds are the policy's own words, so like
        // an exclusion without a Code basis each is a rule to justify against section 2: a warning.
        foreach (var stage in policy.Stages.Where(s => s.Number > 1))
            for (var i = 0; i < stage.RefusalGrounds.Count; i++)
                findings.Add(new(FindingSeverity.Warning, "Code 5.11", $"stages.stage{stage.Number}.refusal-grounds[{i}]",
                    $"Stage {stage.Number} may be refused when: {stage.RefusalGrounds[i]}",
                    "no refusal to escalate a complaint through all stages without a valid reason that complies with section 2 "
                    + "of the Code (Code 2.2); residents must not be required to explain why they ask for Stage 2 (Code 6.12)"));
    }

    private static void CheckAgeLimit(Policy policy, List<ComplianceFinding> findings)
    {
        if (policy.AgeLimit.Limit is not { } limit) return; // no limit accepts everything the Code does
        if (TimescaleBounds.CanBeShorter(limit, ComplaintHandlingCode2024.AgeLimit))
            findings.Add(new(FindingSeverity.Breach, "Code 2.3", "age-limit.limit",
                $"complaints are accepted within {limit} of the issue",
                $"accepting complaints raised within {ComplaintHandlingCode2024.AgeLimit} of the issue occurring or the resident becoming aware of it"));
        if (!policy.AgeLimit.Discretionary)
            findings.Add(new(FindingSeverity.Breach, "Code 2.3", "age-limit.discretionary",
                $"complaints older than {limit} are never accepted",
                "considering whether to use discretion to accept an older complaint where there are good reasons"));
    }

    private static void CheckExclusions(Policy policy, List<ComplianceFinding> findings)
    {
        foreach (var exclusion in policy.Exclusions)
        {
            var basis = exclusion.CodeBasis;
            if (basis is null || !CodeExclusions.All.Contains(basis))
                findings.Add(new(FindingSeverity.Warning, "Code 2.2", $"exclusions.{exclusion.Id}",
                    $"a complaint is not accepted when the answer is yes to: {exclusion.Question}",
                    "exclusions that are fair and reasonable to residents; the ones the Code accepts are an issue that occurred "
                    + "over 12 months ago, legal proceedings filed at court, and matters already considered under the complaints policy"));
            else if (basis == CodeExclusions.IssueTooOld && !exclusion.Discretionary)
                findings.Add(new(FindingSeverity.Breach, "Code 2.3", $"exclusions.{exclusion.Id}.discretionary",
                    "a complaint about an old issue is refused without a manager's discretion",
                    "considering whether to use discretion to accept an older complaint where there are good reasons"));
        }
    }

    /// <summary>
    /// Whether a policy deadline can fall after the Code's, whatever happens in the case. Counting from an earlier
    /// event (receipt rather than acknowledgement) is stricter for the same amount, since the Code's event may come
    /// the same day; counting from a later event can always end later.
    /// </summary>
    private static bool CanEndLater(Deadline policy, Deadline code) =>
        IsLater(policy.From, code.From) || TimescaleBounds.CanEndLater(policy.Within, code.Within);

    // CaseEvent is declared in the order the events happen in a case.
    private static bool IsLater(CaseEvent @event, CaseEvent than) => @event > than;

    private static string Describe(Deadline deadline) => CaseEventWording.Describe(deadline);

    private static string EventWording(CaseEvent @event) => CaseEventWording.Describe(@event);
}
