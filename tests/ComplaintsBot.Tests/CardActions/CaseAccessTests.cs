using System.Text.Json;
using ComplaintsBot.Cases;
using ComplaintsBot.Cases.Domain;
using ComplaintsBot.Cases.Rules;

namespace ComplaintsBot.Tests.CardActions;

/// <summary>
/// Least privilege for case data (UK GDPR Article 5(1)(f), 25; see <see cref="CaseVisibility"/>): a case is seen by
/// the people on it, the owner's line managers up the chain and the roles configured to see every case. Anyone else
/// gets, by reference, card action or "my cases", exactly what they would get for a case that does not exist; and
/// every showing of a case is in its audit trail.
/// </summary>
public sealed class CaseAccessTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Now = new(2026, 12, 7, 10, 0, 0, TimeSpan.Zero);

    private LifecycleHost _host = null!;
    private StaffMember _head = null!;      // Lee: Tom's line manager (team leader), two up from the owner
    private StaffMember _lead = null!;      // Tom: the owner's line manager (team leader)
    private StaffMember _owner = null!;     // Olive: officer, owns the case
    private StaffMember _colleague = null!; // Ann: officer in another team
    private StaffMember _otherLead = null!; // Kim: a team leader of another team
    private StaffMember _complaints = null!; // Priya: complaints manager, sees every case

    private Task Start(IDictionary<string, string?>? settings = null)
    {
        _host = new LifecycleHost(Now, settings);
        return Task.CompletedTask;
    }

    public async Task InitializeAsync()
    {
        await Start();
        await People();
    }

    private async Task People()
    {
        _head = await _host.StaffAsync("Lee Grant", [StaffRoles.TeamLeader]);
        _lead = await _host.StaffAsync("Tom Okafor", [StaffRoles.TeamLeader], lineManager: _head);
        _owner = await _host.StaffAsync("Olive Hart", [StaffRoles.Officer], lineManager: _lead);
        _colleague = await _host.StaffAsync("Ann Cole", [StaffRoles.Officer]);
        _otherLead = await _host.StaffAsync("Kim Lowe", [StaffRoles.TeamLeader]);
        _complaints = await _host.StaffAsync("Priya Shah", [StaffRoles.ComplaintsManager]);
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    private string? LastReplyTo(StaffMember who) =>
        _host.Connector.Sends.LastOrDefault(s => s.Path.StartsWith($"/v3/conversations/{LifecycleHost.PersonalChat(who)}/", StringComparison.Ordinal)) is { } call
            ? call.Text ?? $"card: {InvokeAssert.AllText(call.Card!)}"
            : null;

    [Fact]
    public async Task By_reference_an_officer_outside_the_case_is_told_it_does_not_exist_word_for_word()
    {
        var @case = await _host.ComplaintAsync("hoc-2024", "HOC", _owner);

        await _host.SayAsync(_colleague, $"case {@case.Reference}");
        var unseen = LastReplyTo(_colleague);
        await _host.SayAsync(_colleague, "case HOC-2026-09999");
        var missing = LastReplyTo(_colleague);

        Assert.Equal(missing!.Replace("HOC-2026-09999", @case.Reference.ToString(), StringComparison.Ordinal), unseen);
        Assert.StartsWith("There is no case", unseen, StringComparison.Ordinal);
        foreach (var outsider in new[] { _otherLead })
        {
            await _host.SayAsync(outsider, $"case {@case.Reference}");
            Assert.Equal(unseen, LastReplyTo(outsider)); // a team leader of another team, too
        }
    }

    [Fact]
    public async Task By_reference_the_owner_their_line_managers_up_the_chain_and_the_complaints_team_see_the_case_card()
    {
        var @case = await _host.ComplaintAsync("hoc-2024", "HOC", _owner);

        foreach (var who in new[] { _owner, _lead, _head, _complaints })
        {
            await _host.SayAsync(who, $"case {@case.Reference}");
            var reply = LastReplyTo(who);
            Assert.True(reply?.StartsWith("card: ", StringComparison.Ordinal) == true, $"{who.DisplayName}: {reply}");
            Assert.Contains(@case.Reference.ToString(), reply);
        }
    }

    [Fact]
    public async Task By_card_action_an_outsider_cannot_open_or_act_and_the_answer_is_that_of_a_missing_case()
    {
        var @case = await _host.ComplaintAsync("hoc-2024", "HOC", _owner);

        foreach (var verb in new[] { "openCase", "refreshCase", "history", "acknowledge", "requestExtension", "letter" })
        {
            var unseen = await _host.ClickAsync(_colleague, verb, @case.Id, @case.Version);
            var missing = await _host.ClickAsync(_colleague, verb, @case.Id + 500, @case.Version);
            Assert.Equal(missing.ToJsonString(), unseen.ToJsonString());
            Assert.Equal("This case is no longer there.", InvokeAssert.Error(unseen, 404, "NotFound"));
        }
        var saved = (await _host.Cases.FindAsync(@case.Id))!;
        Assert.Equal(@case.Version, saved.Version);
        Assert.Null(saved.Stage(1)!.AcknowledgedAt);

        // The owner's line manager sees it and, as a team leader, may act on it.
        var card = InvokeAssert.Card(await _host.ClickAsync(_lead, "openCase", @case.Id, @case.Version));
        Assert.Contains("acknowledge", InvokeAssert.Verbs(card));
    }

    [Fact]
    public async Task My_cases_lists_only_the_persons_own_cases()
    {
        var olives = await _host.ComplaintAsync("hoc-2024", "HOC", _owner);
        var anns = await _host.ComplaintAsync("hoc-2024", "HOC", _colleague);

        await _host.SayAsync(_colleague, "my cases");
        var list = LastReplyTo(_colleague)!;

        Assert.Contains(anns.Reference.ToString(), list);
        Assert.DoesNotContain(olives.Reference.ToString(), list);
    }

    [Fact]
    public async Task Every_showing_of_a_case_is_audited_with_who_and_how_and_a_refusal_shows_nothing_to_audit()
    {
        var @case = await _host.ComplaintAsync("hoc-2024", "HOC", _owner);

        await _host.SayAsync(_lead, $"case {@case.Reference}");
        InvokeAssert.Card(await _host.ClickAsync(_complaints, "openCase", @case.Id, @case.Version));
        InvokeAssert.Card(await _host.ClickAsync(_owner, "history", @case.Id, @case.Version));
        await _host.SayAsync(_colleague, $"case {@case.Reference}");
        await _host.ClickAsync(_colleague, "openCase", @case.Id, @case.Version);

        var views = (await _host.Cases.AuditTrailAsync(@case.Id)).Where(a => a.Action == CaseAccess.ViewedAction).ToList();
        Assert.Equal(
            [(_lead.AadObjectId, "case card"), (_complaints.AadObjectId, "card: openCase"), (_owner.AadObjectId, "card: history")],
            views.Select(v => (v.Actor, JsonDocument.Parse(v.After!).RootElement.GetProperty("via").GetString()!)));
        Assert.All(views, v => Assert.Equal(Now, v.At));
        Assert.Equal(@case.Version, (await _host.Cases.FindAsync(@case.Id))!.Version); // a view changes nothing on the case
    }

    [Fact]
    public async Task The_roles_that_see_every_case_come_from_configuration()
    {
        await _host.DisposeAsync();
        await Start(new Dictionary<string, string?> { ["ComplaintsBot:Access:SeeAllCases:0"] = StaffRoles.SeniorManager });
        await People();
        var senior = await _host.StaffAsync("Sue Bell", [StaffRoles.SeniorManager]);
        var @case = await _host.ComplaintAsync("hoc-2024", "HOC", _owner);

        InvokeAssert.Card(await _host.ClickAsync(senior, "openCase", @case.Id, @case.Version));
        InvokeAssert.Error(await _host.ClickAsync(_complaints, "openCase", @case.Id, @case.Version), 404, "NotFound");
    }

    [Fact]
    public async Task Unknown_people_may_be_kept_from_logging_contacts_by_configuration()
    {
        await _host.DisposeAsync();
        await Start(new Dictionary<string, string?> { ["ComplaintsBot:Access:UnknownPeopleMayLog"] = "false" });
        var stranger = new StaffMember("aad-stranger", "Sid Stranger");

        await _host.SayAsync(stranger, "log");

        Assert.Equal(ComplaintsBot.Workflows.CaseCard.CaseReplies.NotOnStaffList, LastReplyTo(stranger));
    }

    [Fact]
    public async Task A_cards_automatic_refresh_is_recorded_once_per_person_a_half_hour_while_opening_is_recorded_every_time()
    {
        var @case = await _host.ComplaintAsync("hoc-2024", "HOC", _owner);
        List<(string Actor, string Via)> Views() => [.. _host.Cases.AuditTrailAsync(@case.Id).GetAwaiter().GetResult()
            .Where(a => a.Action == CaseAccess.ViewedAction)
            .Select(v => (v.Actor, JsonDocument.Parse(v.After!).RootElement.GetProperty("via").GetString()!))];

        // Teams refreshes the card each time it is displayed: three refreshes in ten minutes are one view.
        for (var i = 0; i < 3; i++)
        {
            InvokeAssert.Card(await _host.ClickAsync(_owner, "refreshCase", @case.Id, @case.Version));
            _host.Clock.Advance(TimeSpan.FromMinutes(5));
        }
        Assert.Equal([(_owner.AadObjectId, "card: refreshCase")], Views());
        // Another person's refresh is their own view; asking for the case is recorded at once, whatever came before.
        InvokeAssert.Card(await _host.ClickAsync(_lead, "refreshCase", @case.Id, @case.Version));
        InvokeAssert.Card(await _host.ClickAsync(_owner, "openCase", @case.Id, @case.Version));
        Assert.Equal(3, Views().Count);

        // Past the window after the owner's last view, the next refresh is recorded again.
        _host.Clock.Advance(CaseAccess.RefreshViewWindow);
        InvokeAssert.Card(await _host.ClickAsync(_owner, "refreshCase", @case.Id, @case.Version));
        Assert.Equal(
            [(_owner.AadObjectId, "card: refreshCase"), (_lead.AadObjectId, "card: refreshCase"), (_owner.AadObjectId, "card: openCase"), (_owner.AadObjectId, "card: refreshCase")],
            Views());
    }

    [Fact]
    public async Task The_history_card_says_a_view_in_plain_words_with_who_and_when()
    {
        var @case = await _host.ComplaintAsync("hoc-2024", "HOC", _owner);
        InvokeAssert.Card(await _host.ClickAsync(_lead, "openCase", @case.Id, @case.Version));

        var text = InvokeAssert.AllText(InvokeAssert.Card(await _host.ClickAsync(_complaints, "history", @case.Id, @case.Version)));

        Assert.DoesNotContain(CaseAccess.ViewedAction, text);
        Assert.Contains($"{ComplaintsBot.Cards.CardDates.DayAndTime(Now)}: Viewed (case card opened)", text);
        Assert.Contains(_lead.DisplayName, text);
        Assert.Contains("Viewed (history shown)", text);
    }
}
