namespace ComplaintsBot.Cases.Policies.Compliance;

/// <summary>
/// `policy check`: compares a policy with the Housing Ombudsman's Complaint Handling Code (2024) and lists each
/// point where it falls short, with the Code provision it breaches. Fields are named with the policy file's keys.
/// It judges the rules the landlord's own document declares, before anything is inherited from the Code: where
/// the document is silent on something the Code requires it to set (an acknowledgement, a response time, a cap
/// on extensions, the Ombudsman's details with an extension, who reviews at Stage 2), that gap is a breach even
/// though the bot fills it from the Code. A policy built in code, with no rule book, declares all its rules.
/// </summary>
public static class CodeComplianceCheck
{
    public static IReadOnlyList<ComplianceFinding> Check(Policy policy)
    {
        ArgumentNullException.ThrowIfNull(policy);
        var findings = new List<ComplianceFinding>();
        CheckStageCount(policy, findings);
        CheckDefinitions(policy, findings);
        foreach (var code in ComplaintHandlingCode2024.Stages)
        {
            var stage = policy.Stages.FirstOrDefault(s => s.Number == code.Number);
            if (stage is null) continue; // a missing stage is reported by the stage count
            CheckAcknowledgement(policy, stage, code, findings);
            CheckResponse(policy, stage, code, findings);
            CheckExtension(policy, stage, code, findings);
            CheckOmbudsmanDetailsOnExtension(policy, stage, code, findings);
        }
        CheckStage2Reviewer(policy, findings);
        CheckReasonsForEscalating(policy, findings);
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

    private static void CheckAcknowledgement(Policy policy, StageRules stage, ComplaintHandlingCode2024.StageProvisions code, List<ComplianceFinding> findings)
    {
        var field = $"stages.stage{stage.Number}.acknowledge";
        var requires = $"acknowledging, defining and logging the complaint at Stage {stage.Number} within {Describe(code.Acknowledge)}";
        if (stage.Acknowledge is null || !Declares(policy, field))
            findings.Add(new(FindingSeverity.Breach, code.AcknowledgeSection, field, $"no acknowledgement at Stage {stage.Number}", requires));
        else if (CanEndLater(stage.Acknowledge, code.Acknowledge))
            findings.Add(new(FindingSeverity.Breach, code.AcknowledgeSection, field, $"acknowledge within {Describe(stage.Acknowledge)}", requires));
    }

    private static void CheckResponse(Policy policy, StageRules stage, ComplaintHandlingCode2024.StageProvisions code, List<ComplianceFinding> findings)
    {
        var field = $"stages.stage{stage.Number}.respond";
        var requires = $"a {(stage.Number == 1 ? "full" : "final")} response at Stage {stage.Number} within {Describe(code.Respond)}";
        if (!Declares(policy, field))
            findings.Add(new(FindingSeverity.Breach, code.RespondSection, field, $"no response time at Stage {stage.Number}", requires));
        else if (CanEndLater(stage.Respond, code.Respond))
            findings.Add(new(FindingSeverity.Breach, code.RespondSection, field, $"respond within {Describe(stage.Respond)}", requires));
    }

    private static void CheckExtension(Policy policy, StageRules stage, ComplaintHandlingCode2024.StageProvisions code, List<ComplianceFinding> findings)
    {
        var extension = stage.Extension;
        var prefix = $"stages.stage{stage.Number}.extension";
        string says;
        if (Declares(policy, $"{prefix}.max") && extension.Max is { } max)
        {
            if (!TimescaleBounds.CanEndLater(max, code.MaxExtension)) return;
            says = $"extensions of up to {max}";
        }
        else if (extension.ByAgreement && Declares(policy, $"{prefix}.by-agreement"))
            says = "extensions of any length agreed with the customer, with no upper limit";
        else if (Declares(policy, $"{prefix}.max"))
            return; // no extension at all is stricter than the Code
        else
            says = $"no limit on extending a response at Stage {stage.Number}";
        findings.Add(new(FindingSeverity.Breach, code.ExtensionSection, $"stages.stage{stage.Number}.extension.max", says,
            $"an extension of no more than {code.MaxExtension} without good reason, explained to the resident"));
    }

    private static void CheckOmbudsmanDetailsOnExtension(
        Policy policy, StageRules stage, ComplaintHandlingCode2024.StageProvisions code, List<ComplianceFinding> findings)
    {
        var field = $"stages.stage{stage.Number}.extension.ombudsman-details";
        var says = !Declares(policy, field)
            ? $"nothing about giving the Ombudsman's contact details when a Stage {stage.Number} response is extended"
            : stage.Extension.OmbudsmanDetails switch
            {
                OmbudsmanDetailsOnExtension.WithEveryExtension => null,
                OmbudsmanDetailsOnExtension.WhenNotAgreed => "the Ombudsman's contact details only when the customer does not agree to an extension",
                _ => "no Ombudsman's contact details with an extension",
            };
        if (says is null) return;
        findings.Add(new(FindingSeverity.Breach, code.Number == 1 ? "Code 6.5" : "Code 6.16", field, says,
            "the Ombudsman's contact details given to the resident whenever they are told of an extension"));
    }

    private static void CheckStage2Reviewer(Policy policy, List<ComplianceFinding> findings)
    {
        var stage2 = policy.Stages.FirstOrDefault(s => s.Number == 2);
        if (stage2 is null) return;
        // A reviewer who must be more senior than the Stage 1 owner cannot be the same person.
        var declared = (Declares(policy, "stages.stage2.reviewer-must-differ") && stage2.ReviewerMustDifferFromPreviousStage)
                       || (Declares(policy, "stages.stage2.reviewer-more-senior") && stage2.ReviewerMustBeMoreSenior);
        if (declared) return;
        findings.Add(new(FindingSeverity.Breach, "Code 6.13", "stages.stage2.reviewer-must-differ",
            "the person who considered the complaint at Stage 1 may also consider it at Stage 2",
            "the person considering the complaint at Stage 2 must not be the person who considered it at Stage 1"));
    }

    private static void CheckReasonsForEscalating(Policy policy, List<ComplianceFinding> findings)
    {
        foreach (var stage in policy.Stages.Where(s => s.Number > 1 && s.RequiresReasons))
        {
            var field = $"stages.stage{stage.Number}.requires-reasons";
            var says = policy.RuleBook.Find(field)?.Citation is { Says: { } words } citation
                ? $"Stage {stage.Number} waits on the customer's reasons for escalating: \"{words}\" ({citation.Clause})"
                : $"Stage {stage.Number} waits on the customer's reasons for escalating";
            findings.Add(new(FindingSeverity.Breach, "Code 6.12", field, says,
                "residents must not be required to explain their reasons for requesting a stage 2 consideration"));
        }
    }

    private static void CheckDefinitions(Policy policy, List<ComplianceFinding> findings)
    {
        foreach (var category in policy.Categories)
        {
            if (category.Kind == ContactKind.Complaint)
            {
                var missing = ComplaintHandlingCode2024.ComplaintDefinitionElements
                    .Where(e => !category.Definition.Contains(e.Words, StringComparison.OrdinalIgnoreCase))
                    .Select(e => e.Meaning)
                    .ToList();
                if (missing.Count > 0)
                    findings.Add(new(FindingSeverity.Breach, "Code 1.2", $"categories.{category.Id}.definition",
                        $"a complaint is \"{category.Definition}\", which leaves out {string.Join("; ", missing)}",
                        "the Code's definition of a complaint: " + ComplaintHandlingCode2024.ComplaintDefinition));
            }
            else if (category.PutsThingsRight)
                findings.Add(new(FindingSeverity.Breach, "Code 1.2", $"categories.{category.Id}.puts-things-right",
                    $"dissatisfaction the customer wants put right is handled as '{category.Name}', outside the complaints process",
                    "an expression of dissatisfaction about the standard of service, actions or lack of action is a complaint, "
                    + "and the resident is given the choice to make one (Code 1.3); a service request is a request, not dissatisfaction (Code 1.4)"));
        }
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
            for (var i = 0; i < stage.Grounds.Count; i++)
            {
                // A ground resting on a Code exclusion is a valid reason; one resting on the escalation window is
                // as justifiable as the window (a warning); one with no basis in section 2 is a breach.
                var basis = stage.Grounds[i].CodeBasis;
                if (basis is not null && basis != RefusalGround.EscalationWindow) continue;
                findings.Add(new(basis is null ? FindingSeverity.Breach : FindingSeverity.Warning, "Code 5.11",
                    $"stages.stage{stage.Number}.refusal-grounds[{i}]",
                    $"Stage {stage.Number} may be refused when: {stage.Grounds[i].Text}",
                    "no refusal to escalate a complaint through all stages without a valid reason that complies with section 2 "
                    + "of the Code (Code 2.2); residents must not be required to explain why they ask for Stage 2 (Code 6.12)"));
            }
    }

    private static void CheckAgeLimit(Policy policy, List<ComplianceFinding> findings)
    {
        if (policy.AgeLimit.Limit is not { } limit) return; // no limit accepts everything the Code does
        if (TimescaleBounds.CanBeShorter(limit, ComplaintHandlingCode2024.AgeLimit))
            findings.Add(new(FindingSeverity.Breach, "Code 2.3", "age-limit.limit",
                $"complaints are accepted within {limit} of the issue",
                $"accepting complaints raised within {ComplaintHandlingCode2024.AgeLimit} of the issue occurring or the resident becoming aware of it"));
        if (policy.AgeLimit.CountsFrom == AgeLimitBasis.Issue)
            findings.Add(new(FindingSeverity.Breach, "Code 2.3", "age-limit.counts-from",
                $"the {limit} are counted from when the issue occurred, whenever the customer learned of it",
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
            else if (exclusion.WiderThanCodeBasis is { } wider)
                findings.Add(new(FindingSeverity.Breach, "Code 2.2", $"exclusions.{exclusion.Id}.wider-than-code-basis",
                    $"a complaint is not accepted when the answer is yes to: {exclusion.Question} The document's wording also takes in {wider}",
                    $"only the exclusions the Code accepts, as the Code draws them: {CodeExclusionWording(basis)}"));
            if (basis == CodeExclusions.IssueTooOld && !exclusion.Discretionary)
                findings.Add(new(FindingSeverity.Breach, "Code 2.3", $"exclusions.{exclusion.Id}.discretionary",
                    "a complaint about an old issue is refused without a manager's discretion",
                    "considering whether to use discretion to accept an older complaint where there are good reasons"));
        }
    }

    private static string CodeExclusionWording(string basis) => basis switch
    {
        CodeExclusions.LegalProceedings => "legal proceedings have started, meaning a claim form and particulars of claim have been filed at court",
        CodeExclusions.AlreadyConsidered => "matters that have already been considered under the complaints policy",
        _ => "the issue giving rise to the complaint occurred over twelve months ago",
    };

    // A policy with no rule book was built in code, not read from a file: all its rules are its own.
    private static bool Declares(Policy policy, string path) =>
        policy.RuleBook.Rules.Count == 0 || policy.Declares(path);

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
