using System.Globalization;
using System.Text.Json.Nodes;
using ComplaintsBot.Cases.Domain;
using ComplaintsBot.Tests.CardActions;

namespace ComplaintsBot.Tests.Workflows.Escalation;

/// <summary>
/// TCH 9.1 ("We ask customers to request a review within 20 days") and WCH 5.3.2 ("We reserve the right not to accept
/// an Appeal where ... the customer has surpassed the ten day deadline and an additional ten day extension"): a late
/// request is a warning, not a bar. Recorded by the case owner (or a manager) who is not the decider the policy names,
/// it waits for that decider with everything entered and goes to them on a card; accepted, the case is escalated dated
/// when the customer asked; declined, the reason is kept and the owner tells the customer, with the Ombudsman's details.
/// Only the roles the policy names decide, the fallback only when nobody holds the first role.
/// </summary>
public sealed class LateEscalationDecisionTests : IAsyncLifetime
{
    // Monday 7 December 2026, 10:00 in London (GMT). TCH's 20 days end Sun 27 Dec 2026; WCH's ten working days
    // end Mon 21 Dec 2026 and the further ten Thu 7 Jan 2027.
    private static readonly DateTimeOffset Start = new(2026, 12, 7, 10, 0, 0, TimeSpan.Zero);
    private readonly LifecycleHost _host = new(Start);

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task Tch_9_1_a_late_review_request_goes_to_the_Customer_Experience_Manager_who_accepts_it_from_a_card()
    {
        var experienceManager = await _host.StaffAsync("Sam Patel", ["customer-experience-manager"]);
        var lineManager = await _host.StaffAsync("Tom Reed", [StaffRoles.Manager]);
        var reviewer = await _host.StaffAsync("Ann Lowe", [StaffRoles.Manager]);
        var officer = await _host.StaffAsync("Priya Shah", ["senior-customer-experience-officer"], lineManager);
        var @case = await Responded("tch-rosebery", "TCH", officer);
        _host.Clock.Advance(TimeSpan.FromDays(25)); // Fri 1 Jan 2027
        var askedAt = _host.Clock.GetUtcNow();

        var card = InvokeAssert.Card(await _host.ClickAsync(officer, "escalate", @case.Id, @case.Version,
            Inputs(reviewer, new JsonObject { ["customerReason"] = "The damp came back within a week." })));

        Assert.Equal("The customer asked for Stage 2 - Manager review on Fri 1 Jan 2027, after the window closed on Sun 27 Dec 2026. Under Customer Complaints Policy (Legacy Rosebery) (TCH 9.1) " +
                     "the Customer Experience Manager decides whether to accept it: recorded for them; sent to Sam Patel (Customer Experience Manager) to accept or decline. " +
                     "The case stays at Stage 1 - Formal investigation and resolution until it is decided; what you entered is kept.", InvokeAssert.Notice(card));
        Assert.Contains("the customer's late request for Stage 2 - Manager review awaits the Customer Experience Manager's decision", InvokeAssert.AllText(card));
        Assert.DoesNotContain("escalate", InvokeAssert.Verbs(card));
        var held = (await _host.Cases.FindAsync(@case.Id))!;
        Assert.Equal(1, held.CurrentStage);
        var waiting = held.Stage(1)!.PendingLateEscalation!;
        Assert.Equal(("customer-experience-manager", reviewer.Id, "The damp came back within a week."), (waiting.DeciderRole, waiting.NextOwnerId, waiting.CustomerReason));
        var sent = Assert.Single(_host.Connector.Sends, s => s.Path == $"/v3/conversations/{LifecycleHost.PersonalChat(experienceManager)}/activities" && s.Card is not null);
        Assert.Equal(["acceptLateEscalation", "declineLateEscalation"], InvokeAssert.Verbs(sent.Card));
        Assert.Contains("The damp came back within a week.", InvokeAssert.AllText(sent.Card));
        Assert.Contains("Decided by the Customer Experience Manager (TCH 9.1).", InvokeAssert.AllText(sent.Card));

        _host.Clock.Advance(TimeSpan.FromDays(3)); // Mon 4 Jan 2027
        var accepted = InvokeAssert.Card(await _host.ClickAsync(experienceManager, "acceptLateEscalation", held.Id, held.Version));

        Assert.Contains("Accepted by Sam Patel on Mon 4 Jan 2027: escalated to Stage 2 - Manager review, dated Fri 1 Jan 2027 when the customer asked; Ann Lowe owns it.", InvokeAssert.AllText(accepted));
        var saved = (await _host.Cases.FindAsync(@case.Id))!;
        Assert.Equal(2, saved.CurrentStage);
        // The next stage's deadlines run from the customer's request, not from the decision.
        Assert.Equal(askedAt, saved.Stage(1)!.EscalationRequestedAt);
        Assert.Equal(askedAt, saved.Stage(2)!.OpenedAt);
        Assert.Equal(reviewer.Id, saved.Stage(2)!.OwnerId);
        Assert.Equal(LateEscalationDecision.Accepted, saved.Stage(1)!.LateEscalations.Single().Decision);
        var trail = (await _host.Cases.AuditTrailAsync(@case.Id)).Select(a => a.Action).ToList();
        Assert.Contains(CaseAuditActions.LateEscalationRequested, trail);
        Assert.Equal([CaseAuditActions.LateEscalationAccepted, CaseAuditActions.Escalated], trail.TakeLast(2));
        Assert.Contains(_host.Connector.Sends, s => s.Path == $"/v3/conversations/{LifecycleHost.PersonalChat(officer)}/activities"
            && s.Text?.StartsWith($"Sam Patel accepted the late request for Stage 2 - Manager review on {@case.Reference}: it is escalated, dated Fri 1 Jan 2027", StringComparison.Ordinal) == true);

        // A second click on the same card changes nothing.
        var again = InvokeAssert.Card(await _host.ClickAsync(experienceManager, "acceptLateEscalation", held.Id, held.Version));
        Assert.Equal("Nothing was changed: this late request was already decided. This is the decision.", InvokeAssert.Notice(again));
        Assert.Equal(2, (await _host.Cases.FindAsync(@case.Id))!.Stages.Count);
    }

    [Fact]
    public async Task Wch_5_3_2_a_late_appeal_goes_to_the_Assistant_Director_who_declines_it_with_reasons_and_nothing_entered_is_lost()
    {
        var director = await _host.StaffAsync("Ann Lowe", ["assistant-director"]);
        var lineManager = await _host.StaffAsync("Mo Khan", [StaffRoles.Manager]);
        var owner = await _host.StaffAsync("Tom Hart", ["team-manager"], lineManager);
        var @case = await Responded("wch", "WCH", owner);
        _host.Clock.Advance(TimeSpan.FromDays(40)); // Sat 16 Jan 2027, past the further ten working days

        var inputs = Inputs(director, new JsonObject
        {
            ["customerReason"] = "Nobody explained the decision.", ["requestedOn"] = "2027-01-14", ["backdateReason"] = "The letter sat in the post room.",
        });
        var card = InvokeAssert.Card(await _host.ClickAsync(owner, "escalate", @case.Id, @case.Version, inputs));
        Assert.Contains("the Assistant Director or above decides whether to accept it", InvokeAssert.Notice(card));
        var held = (await _host.Cases.FindAsync(@case.Id))!;

        var noReason = await _host.ClickAsync(director, "declineLateEscalation", held.Id, held.Version);
        Assert.Equal("Say why in the comment: Tom Hart tells the customer.", InvokeAssert.Error(noReason, 400, "CommentRequired"));
        var declined = InvokeAssert.Card(await _host.ClickAsync(director, "declineLateEscalation", held.Id, held.Version,
            new JsonObject { ["comment"] = "The appeal came over three weeks late with no reason for the delay." }));

        Assert.Contains("Declined by Ann Lowe on Sat 16 Jan 2027: the case stays at", InvokeAssert.AllText(declined));
        var saved = (await _host.Cases.FindAsync(@case.Id))!;
        Assert.Equal(1, saved.CurrentStage);
        Assert.Null(saved.Stage(1)!.EscalationRequestedAt);
        var request = Assert.Single(saved.Stage(1)!.LateEscalations);
        Assert.Equal(LateEscalationDecision.Declined, request.Decision);
        Assert.Equal("The appeal came over three weeks late with no reason for the delay.", request.Comment);
        Assert.Equal(("Nobody explained the decision.", "The letter sat in the post room.", director.Id), (request.CustomerReason, request.LateReason, request.NextOwnerId));
        Assert.Equal(new DateOnly(2027, 1, 14), Cases.Time.LondonTime.DateOf(request.AskedAt));
        Assert.Equal(CaseAuditActions.LateEscalationDeclined, (await _host.Cases.AuditTrailAsync(@case.Id)).Last().Action);
        var told = Assert.Single(_host.Connector.Sends, s => s.Path == $"/v3/conversations/{LifecycleHost.PersonalChat(owner)}/activities"
            && s.Text?.StartsWith("Ann Lowe declined the late request", StringComparison.Ordinal) == true);
        Assert.Contains("Their reason: The appeal came over three weeks late with no reason for the delay. Explain it to the customer and give them the Ombudsman's details:", told.Text);
    }

    [Fact]
    public async Task Tch_9_1_someone_without_the_decider_role_cannot_accept_a_late_review_request()
    {
        await _host.StaffAsync("Sam Patel", ["customer-experience-manager"]);
        // Both see every case (the complaints team), so a refusal is about deciding, not seeing.
        var leadership = await _host.StaffAsync("Kim Ross", ["leadership-team", StaffRoles.ComplaintsManager]);
        var lineManager = await _host.StaffAsync("Tom Reed", [StaffRoles.Manager, StaffRoles.ComplaintsManager]);
        var reviewer = await _host.StaffAsync("Ann Lowe", [StaffRoles.Manager]);
        var officer = await _host.StaffAsync("Priya Shah", ["senior-customer-experience-officer"], lineManager);
        var @case = await Responded("tch-rosebery", "TCH", officer);
        _host.Clock.Advance(TimeSpan.FromDays(25));
        await _host.ClickAsync(officer, "escalate", @case.Id, @case.Version, Inputs(reviewer));
        var held = (await _host.Cases.FindAsync(@case.Id))!;

        Assert.Equal("You recorded this request, so the decider the policy names decides it.",
            InvokeAssert.Error(await _host.ClickAsync(officer, "acceptLateEscalation", held.Id, held.Version), 403, "Forbidden"));
        // The owner's manager is not the decider; nor is the fallback while someone holds the first role.
        foreach (var forger in new[] { lineManager, leadership })
            Assert.StartsWith("Under Customer Complaints Policy (Legacy Rosebery) only the Customer Experience Manager decides whether to accept a late request for Stage 2 - Manager review (TCH 9.1).",
                InvokeAssert.Error(await _host.ClickAsync(forger, "acceptLateEscalation", held.Id, held.Version), 403, "Forbidden"));
        // Nor can the manager go round it from the escalation form.
        var inputs = Inputs(reviewer);
        inputs["acceptLate"] = "true";
        Assert.Contains("waits for the Customer Experience Manager to accept or decline it",
            InvokeAssert.Error(await _host.ClickAsync(lineManager, "escalate", held.Id, held.Version, inputs), 400, "LateEscalationWaiting"));

        var saved = (await _host.Cases.FindAsync(@case.Id))!;
        Assert.Equal(1, saved.CurrentStage);
        Assert.Equal(LateEscalationDecision.Pending, saved.Stage(1)!.LateEscalations.Single().Decision);
    }

    [Fact]
    public async Task Tch_9_1_with_nobody_in_the_Customer_Experience_Manager_role_a_leadership_team_member_decides()
    {
        var leadership = await _host.StaffAsync("Kim Ross", ["leadership-team"]);
        var reviewer = await _host.StaffAsync("Ann Lowe", [StaffRoles.Manager]);
        var officer = await _host.StaffAsync("Priya Shah", ["senior-customer-experience-officer"]);
        var @case = await Responded("tch-rosebery", "TCH", officer);
        _host.Clock.Advance(TimeSpan.FromDays(25));

        var card = InvokeAssert.Card(await _host.ClickAsync(officer, "escalate", @case.Id, @case.Version, Inputs(reviewer)));

        Assert.Contains("the Leadership team member decides whether to accept it: recorded for them; sent to Kim Ross", InvokeAssert.Notice(card));
        var held = (await _host.Cases.FindAsync(@case.Id))!;
        InvokeAssert.Card(await _host.ClickAsync(leadership, "acceptLateEscalation", held.Id, held.Version));
        Assert.Equal(2, (await _host.Cases.FindAsync(@case.Id))!.CurrentStage);
    }

    [Fact]
    public async Task Tch_9_1_a_Customer_Experience_Manager_who_opens_the_case_accepts_a_late_request_directly()
    {
        var experienceManager = await _host.StaffAsync("Sam Patel", ["customer-experience-manager"]);
        var reviewer = await _host.StaffAsync("Ann Lowe", [StaffRoles.Manager]);
        var officer = await _host.StaffAsync("Priya Shah", ["senior-customer-experience-officer"]);
        var @case = await Responded("tch-rosebery", "TCH", officer);
        _host.Clock.Advance(TimeSpan.FromDays(25));

        // Neither the owner nor a manager: the decider still may, and is told to tick the box.
        var unticked = InvokeAssert.Error(await _host.ClickAsync(experienceManager, "escalate", @case.Id, @case.Version, Inputs(reviewer)), 400, "OutsideEscalationWindow");
        Assert.Contains("as the Customer Experience Manager you decide it: tick \"Accept the late request\"", unticked);
        var inputs = Inputs(reviewer);
        inputs["acceptLate"] = "true";
        var card = InvokeAssert.Card(await _host.ClickAsync(experienceManager, "escalate", @case.Id, @case.Version, inputs));

        Assert.StartsWith("Escalated to", InvokeAssert.Notice(card));
        var saved = (await _host.Cases.FindAsync(@case.Id))!;
        Assert.Equal(2, saved.CurrentStage);
        Assert.Contains(saved.Contacts, c => c.Summary.Contains("accepted late by Sam Patel (Customer Experience Manager)", StringComparison.Ordinal));
        Assert.Empty(saved.Stage(1)!.LateEscalations);
    }

    [Fact]
    public async Task Tch_9_1_the_decider_opening_the_escalation_of_a_waiting_request_gets_its_card()
    {
        var experienceManager = await _host.StaffAsync("Sam Patel", ["customer-experience-manager"]);
        var reviewer = await _host.StaffAsync("Ann Lowe", [StaffRoles.Manager]);
        var officer = await _host.StaffAsync("Priya Shah", ["senior-customer-experience-officer"]);
        var @case = await Responded("tch-rosebery", "TCH", officer);
        _host.Clock.Advance(TimeSpan.FromDays(25));
        await _host.ClickAsync(officer, "escalate", @case.Id, @case.Version, Inputs(reviewer));
        var held = (await _host.Cases.FindAsync(@case.Id))!;

        var caseCard = InvokeAssert.Card(await _host.ClickAsync(experienceManager, "refreshCase", held.Id, held.Version));
        Assert.Contains("escalate", InvokeAssert.Verbs(caseCard));
        Assert.Contains("Accept or decline the customer's late request for Stage 2 - Manager review from its card", InvokeAssert.AllText(caseCard));
        var card = InvokeAssert.Card(await _host.ClickAsync(experienceManager, "escalate", held.Id, held.Version));

        Assert.Equal(["acceptLateEscalation", "declineLateEscalation"], InvokeAssert.Verbs(card));
    }

    [Fact]
    public async Task Tch_9_1_a_request_inside_the_20_days_is_not_the_deciders_to_make_unless_they_hold_the_case()
    {
        var experienceManager = await _host.StaffAsync("Sam Patel", ["customer-experience-manager"]);
        var reviewer = await _host.StaffAsync("Ann Lowe", [StaffRoles.Manager]);
        var officer = await _host.StaffAsync("Priya Shah", ["senior-customer-experience-officer"]);
        var @case = await Responded("tch-rosebery", "TCH", officer);
        _host.Clock.Advance(TimeSpan.FromDays(5));

        InvokeAssert.Error(await _host.ClickAsync(experienceManager, "escalate", @case.Id, @case.Version, Inputs(reviewer)), 403, "Forbidden");
        Assert.Equal(1, (await _host.Cases.FindAsync(@case.Id))!.CurrentStage);
    }

    private static JsonObject Inputs(StaffMember nextOwner, JsonObject? more = null)
    {
        var inputs = new JsonObject { ["channel"] = "Phone", ["stage2Owner"] = nextOwner.Id.ToString(CultureInfo.InvariantCulture) };
        foreach (var (key, value) in more ?? []) inputs[key] = value?.DeepClone();
        return inputs;
    }

    private async Task<Case> Responded(string policy, string prefix, StaffMember owner)
    {
        var @case = await _host.ComplaintAsync(policy, prefix, owner);
        @case = await _host.ChangeAsync(@case, c => c.Acknowledge(Start));
        return await _host.ChangeAsync(@case, c => c.RecordResponse(new StageResponse(Start, StageOutcome.NotUpheld, "The repair was on time.", null, null, null)));
    }
}
