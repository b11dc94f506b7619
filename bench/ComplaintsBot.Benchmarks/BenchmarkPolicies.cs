using ComplaintsBot.Cases.Policies;
using ComplaintsBot.Cases.Time;

namespace ComplaintsBot.Benchmarks;

/// <summary>Policies with the timescales of the Code and four landlords, built in code so the benchmark needs no files.</summary>
internal static class BenchmarkPolicies
{
    private static Timescale Wd(int n) => Timescale.WorkingDays(n);

    private static Deadline Within(Timescale within, CaseEvent from) => new() { Within = within, From = from };

    private static StageRules Stage(int number, Deadline? acknowledge, Deadline respond, Deadline? contact = null) => new()
    {
        Number = number,
        Name = $"Stage {number}",
        Acknowledge = acknowledge,
        Respond = respond,
        ContactCustomer = contact,
        Extension = new ExtensionRules { Max = Wd(10), Approver = "line-manager", CustomerMustAgree = true },
    };

    private static Policy Make(string id, IReadOnlyList<StageRules> stages, EscalationWindow? window, Timescale? quick) => new()
    {
        Id = id,
        Name = id,
        Landlord = id,
        Source = "benchmark",
        ReferencePrefix = id.ToUpperInvariant(),
        Categories = [new ContactCategory { Id = "complaint", Kind = ContactKind.Complaint, Name = "Complaint", Definition = "Complaint" }],
        Exclusions = [],
        AgeLimit = new AgeLimit { Limit = Timescale.Months(12), Discretionary = true, Explanation = "12 months" },
        QuickResolution = quick is null ? null : new QuickResolution { CategoryId = "grumble", RespondWithin = quick },
        Stages = stages,
        EscalationWindow = window,
        Compensation = [],
        Reminders = new Reminders { WarningWindow = Wd(2) },
        Signposting = new Signposting { Ombudsman = "Housing Ombudsman Service" },
    };

    public static readonly Policy[] All =
    [
        Make("hoc-2024",
            [Stage(1, Within(Wd(5), CaseEvent.Received), Within(Wd(10), CaseEvent.Stage1Acknowledged)),
             Stage(2, Within(Wd(5), CaseEvent.EscalationRequested), Within(Wd(20), CaseEvent.Stage2Acknowledged))],
            null, null),
        Make("wch",
            [Stage(1, Within(Wd(1), CaseEvent.Received), Within(Wd(10), CaseEvent.Stage1Acknowledged)),
             Stage(2, null, Within(Wd(15), CaseEvent.Stage2Acknowledged))],
            new EscalationWindow { Within = Wd(10), ExtensionOnRequest = Wd(10) }, Wd(3)),
        Make("whg",
            [Stage(1, Within(Wd(5), CaseEvent.Received), Within(Wd(10), CaseEvent.Stage1Acknowledged)),
             Stage(2, Within(Wd(5), CaseEvent.EscalationRequested), Within(Wd(20), CaseEvent.EscalationRequested))],
            new EscalationWindow { Within = Timescale.CalendarDays(28) }, null),
        Make("cfp-2018",
            [Stage(1, null, Within(Wd(5), CaseEvent.Received)),
             Stage(2, null, Within(Timescale.CalendarDays(7), CaseEvent.EscalationRequested))],
            null, Timescale.Hours(24)),
        Make("tch-rosebery",
            [Stage(1, Within(Wd(2), CaseEvent.Received), Within(Wd(10), CaseEvent.Stage1Acknowledged), Within(Wd(3), CaseEvent.Stage1Acknowledged)),
             Stage(2, Within(Wd(2), CaseEvent.EscalationRequested), Within(Wd(10), CaseEvent.Stage2Acknowledged))],
            new EscalationWindow { Within = Timescale.CalendarDays(20) }, Wd(3)),
        Make("his",
            [Stage(1, Within(Wd(2), CaseEvent.Received), Within(Wd(10), CaseEvent.Stage1Acknowledged)),
             Stage(2, Within(Wd(5), CaseEvent.EscalationRequested), Within(Wd(20), CaseEvent.Stage2Acknowledged))],
            null, null),
    ];
}
