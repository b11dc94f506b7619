using System.Text.Json.Nodes;
using ComplaintsBot.Cases.Domain;
using ComplaintsBot.Tests.CardActions;

namespace ComplaintsBot.Tests.Workflows.CaseCard;

/// <summary>Each verb of the case card, clicked as Teams clicks it, checked in the answer, the store, the audit trail and the Connector.</summary>
public sealed class CaseVerbTests : IAsyncLifetime
{
    // Monday 7 December 2026, 10:00 in London (GMT).
    private readonly LifecycleHost _host = new(new DateTimeOffset(2026, 12, 7, 10, 0, 0, TimeSpan.Zero));
    private StaffMember _owner = null!;
    private StaffMember _manager = null!;

    public async Task InitializeAsync()
    {
        _manager = await _host.StaffAsync("Sam Patel", ["complaint-lead", "complaints-manager"]);
        _owner = await _host.StaffAsync("Priya Shah", ["complaint-handler"], _manager);
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task Acknowledge_by_the_owner_is_saved_audited_and_every_copy_of_the_case_card_is_updated()
    {
        var @case = await _host.ComplaintAsync("hoc-2024", "HOC", _owner);

        var card = InvokeAssert.Card(await _host.ClickAsync(_owner, "acknowledge", @case.Id, @case.Version));

        Assert.Equal("Acknowledged by Priya Shah.", InvokeAssert.Notice(card));
        Assert.DoesNotContain("acknowledge", InvokeAssert.Verbs(card));
        var saved = await _host.Cases.FindAsync(@case.Id);
        Assert.Equal(_host.Clock.GetUtcNow(), saved!.Stage(1)!.AcknowledgedAt);
        var audit = (await _host.Cases.AuditTrailAsync(@case.Id)).Last();
        Assert.Equal(("stage.acknowledged", _owner.AadObjectId), (audit.Action, audit.Actor));
        Assert.Contains("\"deadlines\"", audit.Before);
        var update = Assert.Single(_host.Connector.Updates);
        Assert.Equal($"/v3/conversations/{LifecycleHost.PersonalChat(_owner)}/activities/case-card-1", update.Path);
        Assert.Equal(saved.Version, (int?)update.Card!["actions"]?[0]?["data"]?["version"] ?? (int?)FindVersion(update.Card));
    }

    [Fact]
    public async Task A_met_deadline_shows_the_day_it_was_met_not_zero_days_left()
    {
        var @case = await _host.ComplaintAsync("hoc-2024", "HOC", _owner);

        var card = InvokeAssert.Card(await _host.ClickAsync(_owner, "acknowledge", @case.Id, @case.Version));

        var text = InvokeAssert.AllText(card);
        Assert.Contains("Met Mon 7 Dec 2026", text);
        Assert.DoesNotContain("0 left", text.Replace("10 left", "", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Record_contact_shows_its_form_first_then_records_what_was_said()
    {
        var @case = await _host.ComplaintAsync("hoc-2024", "HOC", _owner);

        var form = InvokeAssert.Card(await _host.ClickAsync(_owner, "recordContact", @case.Id, @case.Version));
        Assert.Contains("Record contact: case " + @case.Reference, InvokeAssert.AllText(form));
        var card = InvokeAssert.Card(await _host.ClickAsync(_owner, "recordContact", @case.Id, @case.Version,
            new JsonObject { ["channel"] = "Email", ["summary"] = "Customer sent photos of the mould {${x}}." }));

        Assert.Equal("Contact recorded by Priya Shah.", InvokeAssert.Notice(card));
        var saved = await _host.Cases.FindAsync(@case.Id);
        var contact = saved!.Contacts.Last();
        Assert.Equal((ContactChannel.Email, "Customer sent photos of the mould {${x}}."), (contact.Channel, contact.Summary));
        Assert.Equal("contact.recorded", (await _host.Cases.AuditTrailAsync(@case.Id)).Last().Action);
    }

    [Fact]
    public async Task Record_response_shows_the_form_then_records_the_outcome_reasons_remedy_compensation_and_actions()
    {
        var @case = await _host.ChangeAsync(await _host.ComplaintAsync("hoc-2024", "HOC", _owner), c => c.Acknowledge(_host.Clock.GetUtcNow()));

        var form = InvokeAssert.Card(await _host.ClickAsync(_owner, "recordResponse", @case.Id, @case.Version));
        Assert.Contains("outcome", form.ToJsonString());
        Assert.DoesNotContain("Payments over", InvokeAssert.AllText(form)); // the Code sets no compensation limit
        var card = InvokeAssert.Card(await _host.ClickAsync(_owner, "recordResponse", @case.Id, @case.Version, new JsonObject
        {
            ["outcome"] = "partlyUpheld", ["reasons"] = "The repair was booked late.", ["remedy"] = "Mould wash and repaint",
            ["compensation"] = "150", ["outstandingActions"] = "Replace the extractor fan by Fri 18 Dec 2026",
        }));

        Assert.StartsWith("Stage 1 response recorded.", InvokeAssert.Notice(card));
        Assert.Contains("letter", InvokeAssert.Verbs(card));
        var response = (await _host.Cases.FindAsync(@case.Id))!.Stage(1)!.Response!;
        Assert.Equal((StageOutcome.PartlyUpheld, 150m, "Replace the extractor fan by Fri 18 Dec 2026"), (response.Outcome, response.Compensation!.Value, response.OutstandingActions));
        Assert.Equal("stage.responded", (await _host.Cases.AuditTrailAsync(@case.Id)).Last().Action);
    }

    [Fact]
    public async Task Close_after_the_response_asks_what_was_learnt_then_closes_the_case_with_it()
    {
        var @case = await Responded();

        var form = InvokeAssert.Card(await _host.ClickAsync(_owner, "close", @case.Id, @case.Version));
        Assert.Contains("What we learnt (Code 9.1)", form.ToJsonString());
        Assert.Equal(CaseStatus.Open, (await _host.Cases.FindAsync(@case.Id))!.Status);
        var card = InvokeAssert.Card(await _host.ClickAsync(_owner, "close", @case.Id, @case.Version, new JsonObject
        {
            ["confirm"] = "yes", ["learning"] = "Mould reports were closed after the wash, without a check visit.",
            ["serviceImprovement"] = "Every mould job now gets a check visit six weeks later.",
        }));

        Assert.Equal("Closed by Priya Shah.", InvokeAssert.Notice(card));
        var saved = (await _host.Cases.FindAsync(@case.Id))!;
        Assert.Equal((CaseStatus.Closed, "Mould reports were closed after the wash, without a check visit.", "Every mould job now gets a check visit six weeks later."),
            (saved.Status, saved.Learning, saved.ServiceImprovement));
        var audit = (await _host.Cases.AuditTrailAsync(@case.Id)).Last();
        Assert.Equal("case.closed", audit.Action);
        // The audit trail says learning was recorded, never its words (free text may name the customer).
        Assert.Contains("\"learningRecorded\":true", audit.After, StringComparison.Ordinal);
        Assert.DoesNotContain("check visit", audit.After, StringComparison.Ordinal);
        Assert.Contains("recordLearning", InvokeAssert.Verbs(card));
    }

    [Fact]
    public async Task On_a_closed_complaint_the_owner_adds_learning_later_and_only_a_manager_records_the_Ombudsman_determination()
    {
        var @case = await Responded();
        @case = await _host.ChangeAsync(@case, c => c.Close(_host.Clock.GetUtcNow()));

        var learnt = InvokeAssert.Card(await _host.ClickAsync(_owner, "recordLearning", @case.Id, @case.Version, new JsonObject
        {
            ["confirm"] = "yes", ["serviceImprovement"] = "Extractor fans are checked at every damp inspection.",
        }));
        Assert.Equal("Learning recorded by Priya Shah.", InvokeAssert.Notice(learnt));
        @case = (await _host.Cases.FindAsync(@case.Id))!;
        Assert.Equal("Extractor fans are checked at every damp inspection.", @case.ServiceImprovement);
        Assert.DoesNotContain("recordOmbudsman", InvokeAssert.Verbs(learnt));

        Assert.Contains("Only a manager", InvokeAssert.Error(await _host.ClickAsync(_owner, "recordOmbudsman", @case.Id, @case.Version), 403, "Forbidden"), StringComparison.Ordinal);
        _host.Clock.Advance(TimeSpan.FromDays(120)); // the Ombudsman decides months after the final response: Mon 6 Apr 2027
        var form = InvokeAssert.Card(await _host.ClickAsync(_manager, "recordOmbudsman", @case.Id, @case.Version));
        Assert.Contains("Severe maladministration", form.ToJsonString());
        var card = InvokeAssert.Card(await _host.ClickAsync(_manager, "recordOmbudsman", @case.Id, @case.Version, new JsonObject
        {
            ["finding"] = "ServiceFailure", ["determinedOn"] = "2027-04-01", ["orders"] = "Apologise and pay £150 within four weeks.",
        }));

        Assert.Equal("Ombudsman's determination (service failure) recorded by Sam Patel.", InvokeAssert.Notice(card));
        var determination = (await _host.Cases.FindAsync(@case.Id))!.OmbudsmanDetermination!;
        Assert.Equal((OmbudsmanFinding.ServiceFailure, new DateOnly(2027, 4, 1), "Apologise and pay £150 within four weeks.", _manager.Id),
            (determination.Finding, determination.DeterminedOn, determination.Orders, determination.RecordedById));
        Assert.Equal("case.ombudsman-determination", (await _host.Cases.AuditTrailAsync(@case.Id)).Last().Action);
    }

    [Theory]
    [InlineData("Maladministrated", "2026-12-07", "not a finding the Housing Ombudsman makes")]
    [InlineData("ServiceFailure", "07/12/2026", "must be a date such as")]
    [InlineData("ServiceFailure", "2026-12-04", "cannot be dated before the complaint was received")]
    [InlineData("ServiceFailure", "2026-12-08", "cannot be dated after the day it is recorded")]
    public async Task A_determination_with_a_finding_or_date_that_cannot_be_right_is_refused_and_nothing_is_recorded(string finding, string date, string reason)
    {
        var @case = await Responded();
        @case = await _host.ChangeAsync(@case, c => c.Close(_host.Clock.GetUtcNow()));

        var refusal = await _host.ClickAsync(_manager, "recordOmbudsman", @case.Id, @case.Version, new JsonObject { ["finding"] = finding, ["determinedOn"] = date });

        Assert.Contains(reason, refusal.ToJsonString(), StringComparison.Ordinal);
        Assert.Null((await _host.Cases.FindAsync(@case.Id))!.OmbudsmanDetermination);
    }

    [Fact]
    public async Task A_manager_reassigns_the_case_to_someone_allowed_to_own_the_stage()
    {
        var other = await _host.StaffAsync("Ruth Okafor", ["complaint-handler"], _manager);
        var @case = await _host.ComplaintAsync("hoc-2024", "HOC", _owner);

        var form = InvokeAssert.Card(await _host.ClickAsync(_manager, "reassign", @case.Id, @case.Version));
        Assert.Contains("Ruth Okafor", InvokeAssert.AllText(form));
        var card = InvokeAssert.Card(await _host.ClickAsync(_manager, "reassign", @case.Id, @case.Version, new JsonObject { ["newOwner"] = other.Id.ToString(System.Globalization.CultureInfo.InvariantCulture) }));

        Assert.Equal("Reassigned to Ruth Okafor. Ruth Okafor has been sent the case card in their chat.", InvokeAssert.Notice(card));
        Assert.Equal(other.Id, (await _host.Cases.FindAsync(@case.Id))!.OwnerId);
    }

    [Fact]
    public async Task A_new_owner_of_99999999999_on_the_reassign_card_is_refused_with_a_reason_and_the_case_keeps_its_owner()
    {
        var @case = await _host.ComplaintAsync("hoc-2024", "HOC", _owner);

        var message = InvokeAssert.Error(await _host.ClickAsync(_manager, "reassign", @case.Id, @case.Version, new JsonObject { ["newOwner"] = "99999999999" }), 400, "BadRequest");

        Assert.Contains("The new owner must be from 1 to", message);
        Assert.Equal(_owner.Id, (await _host.Cases.FindAsync(@case.Id))!.OwnerId);
    }

    [Fact]
    public async Task History_lists_who_did_what_and_how_the_deadlines_moved()
    {
        var @case = await _host.ComplaintAsync("hoc-2024", "HOC", _owner);
        var acknowledged = InvokeAssert.Card(await _host.ClickAsync(_owner, "acknowledge", @case.Id, @case.Version));

        var card = InvokeAssert.Card(await _host.ClickAsync(_manager, "history", @case.Id, @case.Version));

        var text = InvokeAssert.AllText(card);
        Assert.Contains("Acknowledged", text);
        Assert.Contains("Priya Shah", text);
        // Acknowledging on the day of receipt brings the response deadline forward from the provisional one
        // (10 working days after the acknowledgement's own due date, over Christmas and the Boxing Day substitute).
        Assert.Contains("Stage 1 response: Wed 30 Dec 2026 → Mon 21 Dec 2026", text, StringComparison.Ordinal);
        Assert.Contains("Acknowledged by Priya Shah.", InvokeAssert.Notice(acknowledged));
    }

    [Fact]
    public async Task Refresh_returns_the_current_card_with_the_buttons_that_viewer_may_use()
    {
        var @case = await _host.ComplaintAsync("hoc-2024", "HOC", _owner);
        var outsider = await _host.StaffAsync("Olu Ade", ["complaint-handler"]);

        var lead = await _host.StaffAsync("Lee Grant", ["complaint-handler"]);
        await _host.StaffAsync(_owner.DisplayName, ["complaint-handler"], lineManager: lead);

        var forOwner = InvokeAssert.Card(await _host.ClickAsync(_owner, "refreshCase", @case.Id, 1));
        var forLead = InvokeAssert.Card(await _host.ClickAsync(lead, "refreshCase", @case.Id, 1));
        var forOutsider = InvokeAssert.Error(await _host.ClickAsync(outsider, "refreshCase", @case.Id, 1), 404, "NotFound");

        Assert.Contains("acknowledge", InvokeAssert.Verbs(forOwner));
        Assert.DoesNotContain("acknowledge", InvokeAssert.Verbs(forLead)); // sees their report's case, acts on none of it
        Assert.Equal("This case is no longer there.", forOutsider);
        Assert.Contains(LifecycleHost.TeamsId(_owner), forOwner["refresh"]!["userIds"]!.AsArray().Select(n => (string)n!));
    }

    [Fact]
    public async Task Letter_posts_the_response_letter_into_the_chat()
    {
        var @case = await Responded();

        var response = await _host.ClickAsync(_owner, "letter", @case.Id, @case.Version);

        Assert.Equal("application/vnd.microsoft.activity.message", (string?)response["type"]);
        var letter = Assert.Single(_host.Connector.Sends, s => s.Text?.Contains("Our decision", StringComparison.Ordinal) == true);
        Assert.StartsWith($"/v3/conversations/{LifecycleHost.PersonalChat(_owner)}/activities", letter.Path);
        Assert.Contains("Stage 2", letter.Text);
    }

    private async Task<Case> Responded()
    {
        var @case = await _host.ChangeAsync(await _host.ComplaintAsync("hoc-2024", "HOC", _owner), c => c.Acknowledge(_host.Clock.GetUtcNow()));
        return await _host.ChangeAsync(@case, c => c.RecordResponse(new StageResponse(_host.Clock.GetUtcNow(), StageOutcome.Upheld, "We were late.", null, null, null)));
    }

    private static int? FindVersion(JsonNode? node) => node switch
    {
        JsonObject o when o["verb"] is not null && o["data"]?["version"] is JsonValue v => (int)v,
        JsonObject o => o.Select(p => FindVersion(p.Value)).FirstOrDefault(v => v is not null),
        JsonArray a => a.Select(FindVersion).FirstOrDefault(v => v is not null),
        _ => null,
    };
}
