using ComplaintsBot.Cases.Policies;
using ComplaintsBot.Cases.Time;

namespace ComplaintsBot.Cases.Tests.Deadlines;

/// <summary>
/// The timescales of the Code and the landlords, built in code (the policy files are written in parallel),
/// mirroring the team's table of each document's timescales.
/// </summary>
internal static class TestPolicies
{
    private static Timescale Wd(int n) => Timescale.WorkingDays(n);

    private static Deadline Within(Timescale within, CaseEvent from) => new() { Within = within, From = from };

    private static ExtensionRules Extension(Timescale? max) => new() { Max = max, Approver = "line-manager", CustomerMustAgree = true };

    private static Policy Make(string id, IReadOnlyList<StageRules> stages, EscalationWindow? window = null, QuickResolution? quick = null, AgeLimit? ageLimit = null) => new()
    {
        Id = id,
        Name = id,
        Landlord = id,
        Extends = id == "hoc-2024" ? null : "hoc-2024",
        Source = "test",
        ReferencePrefix = id.ToUpperInvariant(),
        Categories =
        [
            new ContactCategory { Id = "complaint", Kind = ContactKind.Complaint, Name = "Complaint", Definition = "An expression of dissatisfaction." },
            new ContactCategory { Id = "grumble", Kind = ContactKind.Feedback, Name = "Grumble", Definition = "Quick resolution." },
            new ContactCategory { Id = "service-request", Kind = ContactKind.ServiceRequest, Name = "Service request", Definition = "A request for a service." },
        ],
        Exclusions = [],
        AgeLimit = ageLimit ?? new AgeLimit { Limit = Timescale.Months(12), Discretionary = true, Explanation = "More than 12 months ago." },
        QuickResolution = quick,
        Stages = stages,
        EscalationWindow = window,
        Compensation = [],
        Reminders = new Reminders { WarningWindow = Wd(2) },
        Signposting = new Signposting { Ombudsman = "Housing Ombudsman Service" },
    };

    private static StageRules Stage(int number, Deadline? acknowledge, Deadline respond, Timescale? extension = null, Deadline? contact = null) => new()
    {
        Number = number,
        Name = $"Stage {number}",
        Acknowledge = acknowledge,
        Respond = respond,
        ContactCustomer = contact,
        Extension = Extension(extension),
    };

    private static QuickResolution Quick(Timescale? within) => new() { CategoryId = "grumble", RespondWithin = within };

    /// <summary>The Code: S1 ack 5 wd from receipt, response 10 wd from ack (+10); S2 ack 5 wd from request, response 20 wd from ack (+20).</summary>
    public static readonly Policy Hoc = Make("hoc-2024",
    [
        Stage(1, Within(Wd(5), CaseEvent.Received), Within(Wd(10), CaseEvent.Stage1Acknowledged), Wd(10)),
        Stage(2, Within(Wd(5), CaseEvent.EscalationRequested), Within(Wd(20), CaseEvent.Stage2Acknowledged), Wd(20)),
    ]);

    /// <summary>Grumble 3 wd; S1 ack 1 wd, response 10 wd from ack; escalation 10 wd (10 more on request); S2 response 15 wd from ack.</summary>
    public static readonly Policy Wch = Make("wch",
    [
        Stage(1, Within(Wd(1), CaseEvent.Received), Within(Wd(10), CaseEvent.Stage1Acknowledged), Wd(10)),
        Stage(2, null, Within(Wd(15), CaseEvent.Stage2Acknowledged)),
    ],
    window: new EscalationWindow { Within = Wd(10), ExtensionOnRequest = Wd(10) },
    quick: Quick(Wd(3)),
    ageLimit: new AgeLimit { Limit = Timescale.Months(6), Discretionary = true, Explanation = "More than six months ago." });

    /// <summary>S1 ack 5 wd, response 10 wd from ack; escalation 28 days; S2 ack 5 wd, response 20 wd from the request.</summary>
    public static readonly Policy Whg = Make("whg",
    [
        Stage(1, Within(Wd(5), CaseEvent.Received), Within(Wd(10), CaseEvent.Stage1Acknowledged)),
        Stage(2, Within(Wd(5), CaseEvent.EscalationRequested), Within(Wd(20), CaseEvent.EscalationRequested)),
    ],
    window: new EscalationWindow { Within = Timescale.CalendarDays(28) },
    ageLimit: new AgeLimit
    {
        Limit = Timescale.Months(6),
        Discretionary = false,
        Exceptions = ["safeguarding", "health-and-safety"],
        Explanation = "More than 6 months after the issue occurred.",
    });

    /// <summary>Quick resolution 24 hours; S1 response 5 wd from receipt; S2 response 7 days from the request.</summary>
    public static readonly Policy Cfp = Make("cfp-2018",
    [
        Stage(1, null, Within(Wd(5), CaseEvent.Received)),
        Stage(2, null, Within(Timescale.CalendarDays(7), CaseEvent.EscalationRequested)),
    ],
    quick: Quick(Timescale.Hours(24)));

    /// <summary>Quick 3 wd; S1 ack 2 wd, contact within 3 wd of ack, response 10 wd from ack; escalation 20 days; S2 ack 2 wd, response 10 wd from ack.</summary>
    public static readonly Policy TchRosebery = Make("tch-rosebery",
    [
        Stage(1, Within(Wd(2), CaseEvent.Received), Within(Wd(10), CaseEvent.Stage1Acknowledged), contact: Within(Wd(3), CaseEvent.Stage1Acknowledged)),
        Stage(2, Within(Wd(2), CaseEvent.EscalationRequested), Within(Wd(10), CaseEvent.Stage2Acknowledged)),
    ],
    window: new EscalationWindow { Within = Timescale.CalendarDays(20) },
    quick: Quick(Wd(3)));

    /// <summary>S1 ack 2 wd, response 10 wd from ack; S2 ack 5 wd, response 20 wd from ack.</summary>
    public static readonly Policy His = Make("his",
    [
        Stage(1, Within(Wd(2), CaseEvent.Received), Within(Wd(10), CaseEvent.Stage1Acknowledged)),
        Stage(2, Within(Wd(5), CaseEvent.EscalationRequested), Within(Wd(20), CaseEvent.Stage2Acknowledged)),
    ],
    ageLimit: new AgeLimit { Limit = Timescale.Months(12), Discretionary = false, Explanation = "Over 12 months ago." });
}
