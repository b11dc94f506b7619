using ComplaintsBot.Cases.Policies;
using ComplaintsBot.Cases.Policies.Compliance;
using ComplaintsBot.Cases.Time;

namespace ComplaintsBot.Cases.Tests.Policies.Compliance;

/// <summary>A policy built in code that meets the Code exactly; tests change one rule at a time with `with`.</summary>
internal static class CodeCompliantPolicy
{
    public static Policy Build() => new()
    {
        Id = "test-compliant",
        Name = "Compliant test policy",
        Landlord = "Test landlord",
        Extends = "hoc-2024",
        Source = "built in code",
        ReferencePrefix = "TST",
        Categories =
        [
            new ContactCategory { Id = "complaint", Kind = ContactKind.Complaint, Name = "Complaint", Definition = ComplaintHandlingCode2024.ComplaintDefinition },
        ],
        Exclusions =
        [
            Exclusion("issue-too-old", discretionary: true, codeBasis: "issue-too-old"),
            Exclusion("legal-proceedings", discretionary: false, codeBasis: "legal-proceedings"),
            Exclusion("already-considered", discretionary: false, codeBasis: "already-considered"),
        ],
        AgeLimit = new AgeLimit { Limit = Timescale.Months(12), Discretionary = true, Explanation = "12 months." },
        Stages = [Stage1(), Stage2()],
        Compensation = [],
        Reminders = new Reminders { WarningWindow = Timescale.WorkingDays(2) },
        Signposting = new Signposting { Ombudsman = "Housing Ombudsman Service" },
    };

    public static StageRules Stage1() => new()
    {
        Number = 1,
        Name = "Stage 1",
        Acknowledge = Within(Timescale.WorkingDays(5), CaseEvent.Received),
        Respond = Within(Timescale.WorkingDays(10), CaseEvent.Stage1Acknowledged),
        Extension = new ExtensionRules { Max = Timescale.WorkingDays(10), Approver = "manager", CustomerMustAgree = false },
    };

    public static StageRules Stage2() => new()
    {
        Number = 2,
        Name = "Stage 2",
        Acknowledge = Within(Timescale.WorkingDays(5), CaseEvent.EscalationRequested),
        Respond = Within(Timescale.WorkingDays(20), CaseEvent.Stage2Acknowledged),
        Extension = new ExtensionRules { Max = Timescale.WorkingDays(20), Approver = "manager", CustomerMustAgree = false },
        ReviewerMustDifferFromPreviousStage = true,
    };

    public static Deadline Within(Timescale within, CaseEvent from) => new() { Within = within, From = from };

    public static Exclusion Exclusion(string id, bool discretionary, string? codeBasis) => new()
    {
        Id = id,
        Question = $"Does {id} apply?",
        Explanation = $"{id} applies.",
        Discretionary = discretionary,
        CodeBasis = codeBasis,
    };
}
