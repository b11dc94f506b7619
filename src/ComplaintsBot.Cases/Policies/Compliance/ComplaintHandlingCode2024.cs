using ComplaintsBot.Cases.Time;

namespace ComplaintsBot.Cases.Policies.Compliance;

/// <summary>
/// The provisions of the Housing Ombudsman's Complaint Handling Code (2024) that a policy file can be checked
/// against, with their section numbers. Kept here as well as in policies/hoc-2024.yaml so that an edit to the
/// Code's file cannot silently move the yardstick; a test checks the file against these.
/// </summary>
public static class ComplaintHandlingCode2024
{
    public const string PolicyId = "hoc-2024";

    /// <summary>Code 2.3: complaints raised within 12 months of the issue (or of learning of it) must be accepted.</summary>
    public static readonly Timescale AgeLimit = Timescale.Months(12);

    public static readonly StageProvisions Stage1 = new(
        Number: 1,
        Acknowledge: new Deadline { Within = Timescale.WorkingDays(5), From = CaseEvent.Received },
        AcknowledgeSection: "Code 6.2",
        Respond: new Deadline { Within = Timescale.WorkingDays(10), From = CaseEvent.Stage1Acknowledged },
        RespondSection: "Code 6.3",
        MaxExtension: Timescale.WorkingDays(10),
        ExtensionSection: "Code 6.4");

    public static readonly StageProvisions Stage2 = new(
        Number: 2,
        Acknowledge: new Deadline { Within = Timescale.WorkingDays(5), From = CaseEvent.EscalationRequested },
        AcknowledgeSection: "Code 6.11",
        Respond: new Deadline { Within = Timescale.WorkingDays(20), From = CaseEvent.Stage2Acknowledged },
        RespondSection: "Code 6.14",
        MaxExtension: Timescale.WorkingDays(20),
        ExtensionSection: "Code 6.15");

    public static IReadOnlyList<StageProvisions> Stages { get; } = [Stage1, Stage2];

    /// <summary>Code 1.2.</summary>
    public const string ComplaintDefinition =
        "an expression of dissatisfaction, however made, about the standard of service, actions or lack of action by the organisation, "
        + "its own staff, or those acting on its behalf, affecting an individual resident or group of residents";

    /// <summary>
    /// The parts of the Code 1.2 definition a landlord's definition must keep, as words it must contain (a landlord
    /// may say "our colleagues" for "its own staff" or "customers" for "residents") and what leaving them out loses.
    /// </summary>
    public static IReadOnlyList<(string Words, string Meaning)> ComplaintDefinitionElements { get; } =
    [
        ("dissatisfaction", "that any expression of dissatisfaction is a complaint"),
        ("however made", "\"however made\""),
        ("standard of service", "the standard of service"),
        ("lack of action", "actions or lack of action"),
        ("behalf", "those acting on the landlord's behalf"),
        ("group", "a group of residents"),
    ];

    /// <summary>The timescales the Code sets for one stage, and where it sets them.</summary>
    public sealed record StageProvisions(
        int Number,
        Deadline Acknowledge,
        string AcknowledgeSection,
        Deadline Respond,
        string RespondSection,
        Timescale MaxExtension,
        string ExtensionSection);
}
