using ComplaintsBot.Cases.Domain;
using ComplaintsBot.Cases.Policies;
using ComplaintsBot.Cases.Staff;
using ComplaintsBot.Cases.Store;
using ComplaintsBot.Cases.Time;
using Microsoft.EntityFrameworkCore;

namespace ComplaintsBot.Demo;

/// <summary>
/// Writes a realistic year into an empty store, so a newcomer's first look at the dashboard and the reports shows
/// what the product does: staff in teams with line managers, contacts of every kind under several policies, complaints
/// acknowledged and answered mostly in time and sometimes late, extensions approved and declined, compensation,
/// escalations to stage 2, closed cases, and cases still open or overdue today. Deadlines are counted in England and
/// Wales working days, so cases received before Christmas, Easter and the May bank holidays cross them.
/// Every case goes through <see cref="CaseService"/> as staff would move it, each event stored at the instant it is
/// said to have happened (<see cref="DemoClock"/>); nothing after the injected clock's now is written. The same seed
/// and the same day give the same database.
/// </summary>
public sealed class DemoYear(CaseService cases, StaffAdministration staff, PolicyCatalog policies, DemoClock clock, IDbContextFactory<CasesDbContext> contexts)
{
    private CaseService Cases { get; } = cases;
    private StaffAdministration Staff { get; } = staff;
    private DemoClock Clock { get; } = clock;

    public const string Actor = "demo seed";
    public const string EmailDomain = "riverside-homes.example";

    private static readonly WorkingDayCalendar Calendar = WorkingDayCalendar.EnglandAndWales;

    // Service areas with their themes, and the team that owns their cases.
    private static readonly (string Area, string Team, string[] Themes)[] Areas =
    [
        ("Repairs", "Repairs", ["Damp and mould", "Heating", "Leaks", "Repair delay", "Missed appointment"]),
        ("Housing Management", "Housing Management", ["Anti-social behaviour", "Noise", "Tenancy"]),
        ("Income", "Housing Management", ["Rent account", "Service charges"]),
        ("Estates", "Estates", ["Cleaning", "Grounds maintenance", "Bins"]),
        ("Customer Service", "Customer Experience", ["Staff conduct", "Communication"]),
    ];

    // Name, team, line manager (index here, -1 for none) and the bot's roles.
    private static readonly (string Name, string Team, int Manager, string[] Roles)[] People =
    [
        ("Priya Shah", "Customer Experience", -1, [StaffRoles.Admin, StaffRoles.ComplaintsManager, StaffRoles.SeniorManager]),
        ("Tom Okafor", "Repairs", 0, [StaffRoles.Manager]),
        ("Olive Hart", "Repairs", 1, [StaffRoles.Officer]),
        ("Sam Patel", "Repairs", 1, [StaffRoles.Officer]),
        ("Grace Lee", "Repairs", 1, [StaffRoles.TeamLeader]),
        ("Hannah Moss", "Housing Management", 0, [StaffRoles.Manager]),
        ("Ravi Kumar", "Housing Management", 5, [StaffRoles.Officer]),
        ("Ella Brooks", "Housing Management", 5, [StaffRoles.Officer]),
        ("Marcus Reid", "Customer Experience", 0, [StaffRoles.ComplaintsManager]),
        ("Aisha Begum", "Customer Experience", 8, [StaffRoles.Officer]),
        ("Dan Evans", "Estates", 0, [StaffRoles.Manager]),
        ("Zoë Clarke", "Estates", 10, [StaffRoles.Officer]),
    ];

    private static readonly string[] FirstNames =
        ["Ada", "Ben", "Chloe", "David", "Efua", "Fatima", "George", "Hollie", "Imran", "Jade", "Kwame", "Laura", "Mohammed",
         "Niamh", "Owen", "Paula", "Rhys", "Sophie", "Tariq", "Una", "Victor", "Wendy", "Yusuf", "Zainab", "Renée", "José"];

    private static readonly string[] LastNames =
        ["Jones", "Smith", "Williams", "Brown", "Taylor", "Davies", "Evans", "Thomas", "Johnson", "Roberts", "Walker",
         "Wright", "Robinson", "Thompson", "White", "Hughes", "Edwards", "Green", "Hall", "Wood", "Ahmed", "Nowak", "O'Brien"];

    /// <summary>Whether the store holds no case and no person: the only store the demo writes into.</summary>
    public async Task<bool> IsEmptyAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return !await db.Cases.AnyAsync(cancellationToken) && !await db.Staff.AnyAsync(cancellationToken);
    }

    /// <summary>The policies the demo files cases under: the Code and up to two landlord policies of the catalog.</summary>
    public IReadOnlyList<Policy> Policies() =>
        [policies.Default, .. policies.Policies.Where(p => p.Id != policies.Default.Id).OrderBy(p => p.Id, StringComparer.Ordinal).Take(2)];

    /// <summary>Fills the empty store with the year of 365 London days ending today; refuses a store holding anything.</summary>
    public async Task<DemoSummary> SeedAsync(int seed, CancellationToken cancellationToken = default)
    {
        if (!await IsEmptyAsync(cancellationToken))
            throw new DemoRefusedException("The store already holds cases or staff: the demo writes only into a new, empty database.");
        var now = Clock.RealNow;
        var today = LondonTime.DateOf(now);
        var from = today.AddDays(-364);
        var random = new Random(seed);
        var run = new Run(this, random, now, Policies());

        Clock.Set(LondonTime.AtLondon(from, new TimeOnly(8, 0)));
        await run.StaffAsync(cancellationToken);
        for (var day = from; day <= today; day = day.AddDays(1))
        {
            // About two contacts a working day; the odd web form or email at the weekend or on a bank holiday.
            var count = Calendar.IsWorkingDay(day) ? random.Next(0, 5) : random.Next(0, 4) == 0 ? 1 : 0;
            for (var i = 0; i < count; i++) await run.ContactAsync(day, cancellationToken);
        }
        return run.Summary(from, today);
    }

    /// <summary>One seeding: the random source, the people, and the counts for the summary.</summary>
    private sealed class Run(DemoYear demo, Random random, DateTimeOffset now, IReadOnlyList<Policy> policies)
    {
        private readonly List<StaffMember> _people = [];
        private readonly List<(string Reference, string Name, CustomerRelationship Relationship, CustomerTenure Tenure)> _homes = [];
        private int _contacts, _complaints, _stage2, _extensions, _compensated, _open, _determinations;

        public DemoSummary Summary(DateOnly from, DateOnly to) =>
            new(from, to, _people.Count, _contacts, _complaints, _stage2, _extensions, _compensated, _open, policies.Select(p => p.Id).ToList(), _determinations);

        private StaffMember Person(string name) => _people.Single(p => p.DisplayName == name);

        public async Task StaffAsync(CancellationToken cancellationToken)
        {
            var rows = People.Select((p, i) => new StaffImportRow(
                i + 1, ObjectId(), p.Name, Email(p.Name), p.Team, p.Manager < 0 ? null : Email(People[p.Manager].Name), p.Roles)).ToList();
            await demo.Staff.ImportAsync(rows, Actor, cancellationToken);
            var everyone = await demo.Staff.ListAsync(cancellationToken);
            _people.AddRange(rows.Select(r => everyone.Single(s => s.AadObjectId == r.AadObjectId)));

            // Homes the contacts come from: few enough that some customers and properties come back with the same theme.
            for (var i = 0; i < 160; i++)
            {
                var tenure = Pick((CustomerTenure.LowCostRental, 84), (CustomerTenure.LowCostHomeOwnership, 11), (CustomerTenure.Other, 5));
                var relationship = tenure == CustomerTenure.LowCostRental ? CustomerRelationship.Tenant : CustomerRelationship.Leaseholder;
                var name = $"{FirstNames[random.Next(FirstNames.Length)]} {LastNames[random.Next(LastNames.Length)]}";
                _homes.Add(($"T-{10000 + random.Next(90000)}", name, relationship, tenure));
            }
        }

        // A deterministic Entra object id (a GUID from the seeded random source).
        private string ObjectId()
        {
            var bytes = new byte[16];
            random.NextBytes(bytes);
            return new Guid(bytes).ToString();
        }

        private static string Email(string name) =>
            $"{name.ToLowerInvariant().Replace('ë', 'e').Replace(' ', '.')}@{EmailDomain}";

        private T Pick<T>(params (T Value, int Weight)[] choices)
        {
            var roll = random.Next(choices.Sum(c => c.Weight));
            foreach (var (value, weight) in choices)
            {
                if (roll < weight) return value;
                roll -= weight;
            }
            return choices[^1].Value;
        }

        private bool Chance(int percent) => random.Next(100) < percent;

        // A time in office hours on the day, London time.
        private DateTimeOffset During(DateOnly day) => LondonTime.AtLondon(day, new TimeOnly(9 + random.Next(8), random.Next(60)));

        // Some working days after an instant, in office hours and never before it.
        private DateTimeOffset WorkingDaysAfter(DateTimeOffset at, int days)
        {
            var day = LondonTime.DateOf(at);
            if (!Calendar.IsWorkingDay(day)) day = Calendar.AddWorkingDays(day, 1);
            var target = days == 0 ? day : Calendar.AddWorkingDays(day, days);
            var time = During(target);
            return time > at ? time : at.AddMinutes(30 + random.Next(120));
        }

        public async Task ContactAsync(DateOnly day, CancellationToken cancellationToken)
        {
            var policy = policies[Pick((0, 50), (1, 25), (2, 25)) % policies.Count];
            var kind = Pick((ContactKind.Complaint, 30), (ContactKind.ServiceRequest, 40), (ContactKind.Feedback, 15), (ContactKind.Compliment, 15));
            var category = policy.Categories.FirstOrDefault(c => c.Kind == kind) ?? policy.Categories.First(c => c.Kind == ContactKind.ServiceRequest);
            var (area, team, themes) = Areas[Pick((0, 45), (1, 20), (2, 10), (3, 15), (4, 10))];
            var theme = themes[random.Next(themes.Length)];
            var home = _homes[random.Next(_homes.Count)];
            var anonymous = category.Kind != ContactKind.Complaint && Chance(5);
            var customer = anonymous
                ? Customer.Anonymous(home.Relationship) with { Tenure = home.Tenure }
                : Customer.Named(home.Name, home.Relationship, home.Reference) with { Tenure = home.Tenure };
            var officers = _people.Where(p => p.Team == team && p.Roles.Contains(StaffRoles.Officer)).ToList();
            var owner = officers.Count > 0 ? officers[random.Next(officers.Count)] : Person("Aisha Begum");
            var received = Calendar.IsWorkingDay(day) ? During(day) : LondonTime.AtLondon(day, new TimeOnly(7 + random.Next(14), random.Next(60)));
            if (received > now) return;
            var channel = Calendar.IsWorkingDay(day)
                ? Pick((ContactChannel.Phone, 45), (ContactChannel.Email, 25), (ContactChannel.Web, 15), (ContactChannel.InPerson, 8), (ContactChannel.Letter, 4), (ContactChannel.SocialMedia, 3))
                : Pick((ContactChannel.Web, 60), (ContactChannel.Email, 40));

            demo.Clock.Set(received);
            var @case = await demo.Cases.OpenAsync(new CaseIntake
            {
                PolicyId = policy.Id,
                CategoryId = category.Id,
                Kind = category.Kind,
                Customer = customer,
                Channel = channel,
                ReceivedAt = received,
                IssueOccurredOn = category.Kind == ContactKind.Complaint ? LondonTime.DateOf(received).AddDays(-random.Next(1, 60)) : null,
                Description = Description(category.Kind, theme),
                DesiredOutcome = category.Kind == ContactKind.Complaint ? "Put it right and explain what went wrong" : null,
                ServiceArea = area,
                Theme = category.Kind == ContactKind.Compliment ? null : theme,
                RecordedById = owner.Id,
                OwnerId = owner.Id,
                StaffPraised = category.Kind == ContactKind.Compliment ? owner.DisplayName : null,
                HealthAndSafetyConcern = category.Kind == ContactKind.Complaint && theme == "Damp and mould" && Chance(30),
            }, policy.ReferencePrefix, owner.AadObjectId, cancellationToken);
            _contacts++;

            if (category.Kind == ContactKind.Complaint)
            {
                _complaints++;
                await ComplaintAsync(@case, policy, owner, cancellationToken);
            }
            else if (category.Kind == ContactKind.Feedback)
            {
                // Feedback is put right or passed on within a few days, and the case closed.
                var closed = WorkingDaysAfter(received, random.Next(0, 4));
                if (closed <= now) await ChangeAsync(@case, owner, CaseAuditActions.Closed, closed, c => c.Close(closed), cancellationToken);
                else _open++;
            }
        }

        private static (string? Learning, string? Improvement) Learning(string? theme, StageOutcome outcome) =>
            outcome == StageOutcome.NotUpheld || theme is null
                ? (null, null)
                : ($"Reports about {theme.ToLowerInvariant()} were passed between teams without anyone owning the follow-up.",
                   $"{theme}: one named officer now owns each report until the follow-up visit is done, checked weekly by the team leader.");

        private static string Description(ContactKind kind, string theme) => kind switch
        {
            ContactKind.Complaint => $"Unhappy with how we handled {theme.ToLowerInvariant()}: reported before and still not resolved.",
            ContactKind.Compliment => "Thanked the officer for sorting things out quickly and keeping them informed.",
            ContactKind.Feedback => $"A comment about {theme.ToLowerInvariant()}; does not want it handled as a complaint.",
            _ => $"Asked us to deal with {theme.ToLowerInvariant()}.",
        };

        private async Task<Case> ChangeAsync(Case @case, StaffMember by, string action, DateTimeOffset at, Action<Case> change, CancellationToken cancellationToken)
        {
            demo.Clock.Set(at);
            return await demo.Cases.ChangeAsync(@case.Id, @case.Version, by.AadObjectId, action, change, cancellationToken);
        }

        // An event drawn for a stage, moved where it would come before what already happened on it: to the next working
        // day at the hour of that earlier event. No draw, so the rest of the year is drawn as before.
        private static DateTimeOffset NotBefore(DateTimeOffset earlier, DateTimeOffset at) =>
            at > earlier ? at : LondonTime.AtLondon(Calendar.AddWorkingDays(LondonTime.DateOf(earlier), 1), TimeOnly.FromTimeSpan(LondonTime.ToLondon(earlier).TimeOfDay));

        // Working days the policy allows for a step (the Code's where it sets none in working days).
        private static int Allowed(Deadline? deadline, int otherwise) =>
            deadline is { Within.Unit: TimeUnit.WorkingDays } d ? d.Within.Amount : otherwise;

        private async Task ComplaintAsync(Case @case, Policy policy, StaffMember owner, CancellationToken cancellationToken)
        {
            var stage = 1;
            var handler = owner;
            var lastStage = policy.Stages.Max(s => s.Number);
            while (true)
            {
                var rules = policy.Stage(stage);
                var opened = @case.Stage(stage)!.OpenedAt;

                // Acknowledged mostly in time; now and then late, or, lately, not yet at all (overdue today).
                if (now - opened < TimeSpan.FromDays(45) && Chance(8)) { _open++; return; }
                var ackAllowed = Allowed(rules.Acknowledge, 5);
                var acknowledged = WorkingDaysAfter(opened, Chance(9) ? ackAllowed + random.Next(1, 4) : random.Next(0, ackAllowed + 1));
                if (acknowledged > now) { _open++; return; }
                @case = await ChangeAsync(@case, handler, CaseAuditActions.Acknowledged, acknowledged, c => c.Acknowledge(acknowledged), cancellationToken);
                // The latest thing that happened on the stage so far: what comes next in its life comes after it.
                var latest = acknowledged;
                if (rules.ContactCustomer is { } promised)
                {
                    // The contact some policies promise after the acknowledgement, mostly within the days they allow.
                    var contacted = WorkingDaysAfter(acknowledged, Chance(90) ? random.Next(0, Allowed(promised, 3) + 1) : Allowed(promised, 3) + 2);
                    if (contacted > now) { _open++; return; }
                    @case = await ChangeAsync(@case, handler, CaseAuditActions.ContactRecorded, contacted,
                        c => c.RecordContact(contacted, ContactChannel.Phone, handler.Id, "Called the customer to talk through the complaint and agree how we will look into it."), cancellationToken);
                    latest = contacted;
                }

                var allowed = Allowed(rules.Respond, stage == 1 ? 10 : 20);
                var from = rules.Respond.From is CaseEvent.Received or CaseEvent.EscalationRequested ? opened : acknowledged;
                var extended = 0;
                if (rules.Extension.Max is { Unit: TimeUnit.WorkingDays } max && Chance(16))
                {
                    // Asked a few days before the response is due; the line manager decides the next working day.
                    var days = Math.Min(max.Amount, Pick((5, 1), (10, 1)));
                    var asked = NotBefore(latest, WorkingDaysAfter(from, Math.Max(1, allowed - 2)));
                    if (asked > now) { _open++; return; }
                    @case = await ChangeAsync(@case, handler, CaseAuditActions.ExtensionRequested, asked,
                        c => c.RequestExtension(handler.Id, asked, days, "Waiting for a contractor's survey report", customerAgreed: true), cancellationToken);
                    _extensions++;
                    var decider = _people.Single(p => p.Id == (handler.LineManagerId ?? Person("Priya Shah").Id));
                    if (decider.Id == handler.Id) decider = Person("Marcus Reid");
                    var decided = WorkingDaysAfter(asked, 1);
                    if (decided > now) { _open++; return; }
                    var approve = Chance(80);
                    var extensionId = @case.Stage(stage)!.Extensions[^1].Id;
                    @case = await ChangeAsync(@case, decider, approve ? CaseAuditActions.ExtensionApproved : CaseAuditActions.ExtensionDeclined, decided,
                        c => c.DecideExtension(extensionId, approve, decider.Id, decided, approve ? null : "Not a good enough reason: answer on time"), cancellationToken);
                    if (approve) extended = days;
                    latest = decided;
                }

                var respondAfter = Chance(12) ? allowed + extended + random.Next(1, 7) : random.Next(Math.Max(1, allowed / 3), allowed + extended + 1);
                var responded = WorkingDaysAfter(from, respondAfter);
                if (responded <= @case.Stage(stage)!.AcknowledgedAt) responded = acknowledged.AddHours(2);
                // The response comes after the promised call and after any extension's decision (an extension is asked for
                // because the response is not ready).
                responded = NotBefore(latest, responded);
                if (responded > now) { _open++; return; }
                var outcome = Pick((StageOutcome.Upheld, 35), (StageOutcome.PartlyUpheld, 25), (StageOutcome.NotUpheld, 40));
                decimal? compensation = outcome != StageOutcome.NotUpheld && Chance(55) ? Pick((25m, 3), (50m, 4), (75m, 2), (100m, 3), (150m, 2), (250m, 1), (400m, 1)) : null;
                if (compensation is not null) _compensated++;
                var response = new StageResponse(responded, outcome,
                    outcome == StageOutcome.NotUpheld ? "We looked at the records and the visits: the service met our standards." : "We did not meet our standards; we have explained what went wrong and how we will put it right.",
                    outcome == StageOutcome.NotUpheld ? null : "Apology and the outstanding work booked",
                    compensation, outcome == StageOutcome.NotUpheld ? null : "Follow-up visit within 10 working days");
                @case = await ChangeAsync(@case, handler, CaseAuditActions.Responded, responded, c => c.RecordResponse(response), cancellationToken);

                // Some customers take it to the next stage, reviewed by a complaints manager who did not handle it.
                if (stage < lastStage && Chance(stage == 1 ? 22 : 0))
                {
                    var escalated = WorkingDaysAfter(responded, random.Next(2, 15));
                    if (escalated > now) { _open++; return; }
                    var reviewer = handler.DisplayName == "Marcus Reid" ? Person("Priya Shah") : Person("Marcus Reid");
                    var last = lastStage;
                    @case = await ChangeAsync(@case, handler, CaseAuditActions.Escalated, escalated, c => c.Escalate(escalated, last, reviewer.Id), cancellationToken);
                    _stage2++;
                    handler = reviewer;
                    stage++;
                    continue;
                }

                var closed = WorkingDaysAfter(responded, random.Next(1, 8));
                if (closed > now) { _open++; return; }
                // What an upheld complaint taught us (Code 9.1), worked out from the case, not drawn: the year's draws stay as they were.
                var (learning, improvement) = Learning(@case.Theme, outcome);
                @case = await ChangeAsync(@case, handler, CaseAuditActions.Closed, closed, c => c.Close(closed, learning, improvement), cancellationToken);
                // Now and then a customer takes the final response to the Housing Ombudsman, which decides some months later.
                var determinedOn = LondonTime.DateOf(closed).AddDays(120);
                if (stage == lastStage && stage > 1 && @case.Id % 3 == 0 && LondonTime.StartOfDay(determinedOn).AddHours(10) <= now)
                {
                    var recordedAt = LondonTime.StartOfDay(determinedOn).AddHours(10);
                    var finding = outcome == StageOutcome.NotUpheld ? OmbudsmanFinding.NoMaladministration
                        : compensation is not null ? OmbudsmanFinding.ReasonableRedress : OmbudsmanFinding.ServiceFailure;
                    var recorder = Person("Marcus Reid");
                    await ChangeAsync(@case, recorder, CaseAuditActions.OmbudsmanDetermined, recordedAt,
                        c => c.RecordOmbudsmanDetermination(new OmbudsmanDetermination(finding, determinedOn,
                            finding == OmbudsmanFinding.ServiceFailure ? "Apologise in writing and pay £150 within four weeks." : null, recorder.Id, recordedAt)), cancellationToken);
                    _determinations++;
                }
                return;
            }
        }
    }
}
