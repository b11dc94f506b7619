using System.Text.Json.Nodes;
using ComplaintsBot.Bot.Proactive;
using ComplaintsBot.Cases.Domain;
using ComplaintsBot.Cases.Store;
using ComplaintsBot.Tests.CardActions;
using ComplaintsBot.Workflows.Exclusions;
using Microsoft.Extensions.DependencyInjection;

namespace ComplaintsBot.Tests.Workflows.Exclusions;

/// <summary>
/// A discretionary exclusion waits for the decider the policy names: under HiS the Customer Focus Manager, or in their
/// absence the Customer Services Team Leader ("Initial contact"), accepts the complaint or excludes it from the
/// exclusion-decision card; anyone else, any other manager included, is refused; a card showing an old version changes nothing.
/// </summary>
public sealed class ExclusionDecisionTests : IAsyncLifetime
{
    // Monday 7 December 2026, 10:00 in London (GMT).
    private readonly LifecycleHost _host = new(new DateTimeOffset(2026, 12, 7, 10, 0, 0, TimeSpan.Zero));
    private StaffMember _manager = null!;
    private StaffMember _officer = null!;
    private StaffMember _colleague = null!;

    public async Task InitializeAsync()
    {
        // HiS "Initial contact": the Customer Focus Manager evaluates a query outside HiS's remit.
        _manager = await _host.StaffAsync("Mo Khan", ["customer-focus-manager"]);
        _officer = await _host.StaffAsync("Priya Shah", [StaffRoles.Officer], _manager);
        _colleague = await _host.StaffAsync("Olu Ade", [StaffRoles.Officer]);
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task A_manager_accepting_the_complaint_keeps_it_open_replaces_the_card_with_the_decision_and_tells_the_officer()
    {
        var @case = await SentForDecision();

        var card = InvokeAssert.Card(await _host.ClickAsync(_manager, "acceptComplaint", @case.Id, @case.Version,
            new JsonObject { ["comment"] = "Within our remit after all." }, replyToId: "exclusion-card-1"));

        Assert.Contains("Accepted as a complaint by Mo Khan on Mon 7 Dec 2026", InvokeAssert.AllText(card));
        Assert.Empty(InvokeAssert.Verbs(card));
        var saved = (await _host.Cases.FindAsync(@case.Id))!;
        Assert.Equal(CaseStatus.Open, saved.Status);
        var decision = saved.ExclusionDecisions.Last();
        Assert.Equal(("outside-remit", ExclusionOutcome.Overridden, _manager.Id), (decision.ExclusionId, decision.Outcome, decision.DecidedById));
        var audit = (await _host.Cases.AuditTrailAsync(@case.Id)).Last();
        Assert.Equal(("exclusion.decided-by-manager", _manager.AadObjectId), (audit.Action, audit.Actor));
        Assert.Contains(_host.Connector.Sends, s => s.Path.StartsWith($"/v3/conversations/{LifecycleHost.PersonalChat(_officer)}/", StringComparison.Ordinal)
            && s.Text == $"Mo Khan accepted {@case.Reference} as a complaint: carry on with it; the deadlines have been running since it was received. Comment: Within our remit after all.");
    }

    [Fact]
    public async Task A_manager_excluding_the_complaint_records_it_as_not_accepted_with_the_explanation_and_the_ombudsmans_details()
    {
        var @case = await SentForDecision();

        var card = InvokeAssert.Card(await _host.ClickAsync(_manager, "excludeComplaint", @case.Id, @case.Version, replyToId: "exclusion-card-1"));

        Assert.Contains("Excluded: not accepted by Mo Khan on Mon 7 Dec 2026", InvokeAssert.AllText(card));
        var saved = (await _host.Cases.FindAsync(@case.Id))!;
        Assert.Equal(CaseStatus.NotAccepted, saved.Status);
        var decision = saved.ExclusionDecisions.Last();
        Assert.Equal(ExclusionOutcome.NotAccepted, decision.Outcome);
        Assert.StartsWith("The resolution you have asked for is outside what HiS is responsible for.", decision.ExplanationGiven);
        Assert.Contains("Housing Ombudsman", decision.ExplanationGiven);
        var told = Assert.Single(_host.Connector.Sends, s => s.Path.StartsWith($"/v3/conversations/{LifecycleHost.PersonalChat(_officer)}/", StringComparison.Ordinal));
        Assert.StartsWith($"Mo Khan excluded {@case.Reference}: it is not accepted as a complaint. Tell the customer: The resolution you have asked for", told.Text);
    }

    [Fact]
    public async Task A_decision_replaces_every_other_managers_copy_of_the_exclusion_card()
    {
        var @case = await SentForDecision();
        var other = await _host.StaffAsync("Ann Lowe", ["customer-focus-manager"]);
        var annsChat = (await _host.Services.GetRequiredService<ConversationReferenceStore>().FindPersonalAsync(other.AadObjectId, CancellationToken.None))!;
        await _host.Services.GetRequiredService<CardMessenger>().RememberAsync(@case.Id, SentCardMessage.ExclusionDecisionCard, null, new SentMessage(annsChat, "exclusion-card-ann"), CancellationToken.None);

        InvokeAssert.Card(await _host.ClickAsync(_manager, "excludeComplaint", @case.Id, @case.Version, replyToId: "exclusion-card-1"));

        var update = Assert.Single(_host.Connector.Updates, u => u.Path == $"/v3/conversations/{LifecycleHost.PersonalChat(other)}/activities/exclusion-card-ann");
        Assert.Contains("Excluded: not accepted by Mo Khan", InvokeAssert.AllText(update.Card));
        Assert.Empty(InvokeAssert.Verbs(update.Card));
    }

    [Fact]
    public async Task Someone_without_a_manager_role_cannot_decide_an_exclusion_even_the_officer_who_logged_it()
    {
        var @case = await SentForDecision();

        // A colleague not on the case learns nothing of it; the officer on it is told why not.
        var outsider = InvokeAssert.Error(await _host.ClickAsync(_colleague, "excludeComplaint", @case.Id, @case.Version, replyToId: "exclusion-card-1"), 404, "NotFound");
        Assert.Equal("This case is no longer there.", outsider);
        var message = InvokeAssert.Error(await _host.ClickAsync(_officer, "excludeComplaint", @case.Id, @case.Version, replyToId: "exclusion-card-1"), 403, "Forbidden");
        Assert.Equal(OnlyTheNamedDecider, message);

        var saved = (await _host.Cases.FindAsync(@case.Id))!;
        Assert.Equal((CaseStatus.Open, @case.Version), (saved.Status, saved.Version));
        Assert.Empty(_host.Connector.Sends);
    }

    [Fact]
    public async Task A_stale_exclusion_card_changes_nothing_and_shows_the_decision_already_made()
    {
        var @case = await SentForDecision();
        InvokeAssert.Card(await _host.ClickAsync(_manager, "acceptComplaint", @case.Id, @case.Version, replyToId: "exclusion-card-1"));
        var other = await _host.StaffAsync("Ann Lowe", ["customer-services-team-leader"]);
        var auditBefore = (await _host.Cases.AuditTrailAsync(@case.Id)).Count;

        var card = InvokeAssert.Card(await _host.ClickAsync(other, "excludeComplaint", @case.Id, @case.Version, replyToId: "exclusion-card-2"));

        Assert.Equal("Nothing was changed: this exclusion was already decided. This is the decision.", InvokeAssert.Notice(card));
        Assert.Contains("Accepted as a complaint by Mo Khan", InvokeAssert.AllText(card));
        var saved = (await _host.Cases.FindAsync(@case.Id))!;
        Assert.Equal(CaseStatus.Open, saved.Status);
        Assert.Equal(auditBefore, (await _host.Cases.AuditTrailAsync(@case.Id)).Count);
    }

    private const string OnlyTheNamedDecider =
        "Under Customer Complaints & Feedback Policy 2022-2025 only the Customer Focus Manager (CFM) or Customer Services Team Leader (deputises for the CFM) decides whether this complaint is excluded (HiS, Initial contact).";

    [Fact]
    public async Task HiS_initial_contact_a_manager_who_is_not_the_named_decider_is_refused_server_side()
    {
        var @case = await SentForDecision();
        // A complaints manager sees every case, but HiS names the Customer Focus Manager, not any manager.
        var complaintsManager = await _host.StaffAsync("Ann Lowe", [StaffRoles.ComplaintsManager, StaffRoles.Manager]);

        var message = InvokeAssert.Error(await _host.ClickAsync(complaintsManager, "acceptComplaint", @case.Id, @case.Version, replyToId: "exclusion-card-1"), 403, "Forbidden");

        Assert.Equal(OnlyTheNamedDecider, message);
        var saved = (await _host.Cases.FindAsync(@case.Id))!;
        Assert.Equal((CaseStatus.Open, @case.Version), (saved.Status, saved.Version));
        Assert.Single(saved.ExclusionDecisions);
    }

    [Fact]
    public async Task HiS_initial_contact_the_customer_services_team_leader_decides_in_the_customer_focus_managers_absence()
    {
        var @case = await SentForDecision();
        var teamLeader = await _host.StaffAsync("Lee Ward", ["customer-services-team-leader"]);

        var card = InvokeAssert.Card(await _host.ClickAsync(teamLeader, "excludeComplaint", @case.Id, @case.Version, replyToId: "exclusion-card-1"));

        Assert.Contains("Excluded: not accepted by Lee Ward", InvokeAssert.AllText(card));
        Assert.Equal(CaseStatus.NotAccepted, (await _host.Cases.FindAsync(@case.Id))!.Status);
    }

    // As logging saves it: the officer answered yes to HiS's discretionary outside-remit exclusion.
    private async Task<Case> SentForDecision()
    {
        var @case = await _host.ComplaintAsync("his", "HIS", _officer);
        return await _host.ChangeAsync(@case, c => c.DecideExclusion("outside-remit", true, _officer.Id, _host.Clock.GetUtcNow(),
            ExclusionOutcome.AwaitingManager, "The resolution you have asked for is outside what HiS is responsible for."));
    }
}
