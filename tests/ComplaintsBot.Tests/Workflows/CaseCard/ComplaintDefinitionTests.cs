using System.Text.Json.Nodes;
using ComplaintsBot.Cases.Deadlines;
using ComplaintsBot.Cases.Domain;
using ComplaintsBot.Cases.Policies;
using ComplaintsBot.Tests.CardActions;
using ComplaintsBot.Workflows.Letters;
using Microsoft.Extensions.DependencyInjection;

namespace ComplaintsBot.Tests.Workflows.CaseCard;

/// <summary>
/// Why 10: a complaint is acknowledged, defined and logged (Code 5.6, 6.2, 6.11). The case card offers the definition,
/// the staff member corrects it and acknowledges, and the stage's letter gives that definition back to the customer
/// rather than the words typed when the contact was logged.
/// </summary>
public sealed class ComplaintDefinitionTests : IAsyncLifetime
{
    // Monday 7 December 2026, 10:00 in London (GMT).
    private readonly LifecycleHost _host = new(new DateTimeOffset(2026, 12, 7, 10, 0, 0, TimeSpan.Zero));
    private StaffMember _owner = null!;

    private const string Defined =
        "You are unhappy that the damp and mould in your back bedroom was reported three times since August and not treated. " +
        "You want the mould treated, the wall repaired and an apology.";

    public async Task InitializeAsync()
    {
        var manager = await _host.StaffAsync("Sam Patel", ["complaint-lead", "complaints-manager"]);
        _owner = await _host.StaffAsync("Priya Shah", ["complaint-handler"], manager);
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task Code_5_6_6_2_the_case_card_offers_the_definition_and_acknowledging_keeps_what_staff_set_out()
    {
        var @case = await _host.ComplaintAsync("hoc-2024", "HOC", _owner);

        var card = InvokeAssert.Card(await _host.ClickAsync(_owner, "refreshCase", @case.Id, @case.Version));
        var input = Input(card, "complaintDefinition");
        Assert.Equal($"{@case.Description} You told us you wanted: {@case.DesiredOutcome}", (string?)input["value"]);

        InvokeAssert.Card(await _host.ClickAsync(_owner, "acknowledge", @case.Id, @case.Version, new JsonObject { ["complaintDefinition"] = Defined }));

        var saved = (await _host.Cases.FindAsync(@case.Id))!;
        Assert.Equal(Defined, saved.Stage(1)!.ComplaintDefinition);
        Assert.Empty(Inputs(InvokeAssert.Card(await _host.ClickAsync(_owner, "refreshCase", saved.Id, saved.Version))));
    }

    [Fact]
    public async Task Code_5_6_the_letter_gives_the_complaint_as_defined_at_acknowledgement_not_the_text_typed_at_logging()
    {
        var @case = await _host.ComplaintAsync("hoc-2024", "HOC", _owner);
        InvokeAssert.Card(await _host.ClickAsync(_owner, "acknowledge", @case.Id, @case.Version, new JsonObject { ["complaintDefinition"] = Defined }));
        var answered = await _host.ChangeAsync((await _host.Cases.FindAsync(@case.Id))!, c => c.RecordResponse(
            new StageResponse(_host.Clock.GetUtcNow(), StageOutcome.Upheld, "The repairs were missed.", "Mould treatment", null, null)));

        var policy = _host.Services.GetRequiredService<PolicyCatalog>().Get("hoc-2024");
        var text = _host.Services.GetRequiredService<StageResponseLetters>().Compose(answered, policy, 1).Text;

        Assert.Contains($"We understood your complaint to be: {Defined}", text);
        Assert.DoesNotContain("reported three times since August; repairs never came", text);
    }

    [Fact]
    public async Task Code_6_11_stage_2_is_defined_afresh_when_acknowledged_and_its_letter_uses_that_definition()
    {
        var @case = await _host.ComplaintAsync("hoc-2024", "HOC", _owner);
        var escalated = await _host.ChangeAsync(@case, c =>
        {
            c.Acknowledge(_host.Clock.GetUtcNow(), Defined);
            c.RecordResponse(new StageResponse(_host.Clock.GetUtcNow(), StageOutcome.NotUpheld, "The repairs were on time.", null, null, null));
        });
        Assert.Equal(Defined, escalated.ProposedDefinition());
        const string stage2 = "You remain unhappy that the mould has come back since our Stage 1 response; you want the wall replastered.";
        var answered = await _host.ChangeAsync(escalated, c =>
        {
            c.Escalate(_host.Clock.GetUtcNow(), lastStage: 2, newOwnerId: null);
            c.Acknowledge(_host.Clock.GetUtcNow(), stage2);
            c.RecordResponse(new StageResponse(_host.Clock.GetUtcNow(), StageOutcome.Upheld, "The mould returned.", null, null, null));
        });

        var policy = _host.Services.GetRequiredService<PolicyCatalog>().Get("hoc-2024");
        var letters = _host.Services.GetRequiredService<StageResponseLetters>();
        Assert.Contains($"We understood your complaint to be: {stage2}", letters.Compose(answered, policy, 2).Text);
        Assert.Contains($"We understood your complaint to be: {Defined}", letters.Compose(answered, policy, 1).Text);
    }

    [Fact]
    public async Task A_blank_definition_is_refused_and_the_stage_stays_unacknowledged()
    {
        var @case = await _host.ComplaintAsync("hoc-2024", "HOC", _owner);

        var message = InvokeAssert.Error(await _host.ClickAsync(_owner, "acknowledge", @case.Id, @case.Version, new JsonObject { ["complaintDefinition"] = "  " }), 400, "BadRequest");

        Assert.Contains("Set out the complaint definition", message);
        Assert.Null((await _host.Cases.FindAsync(@case.Id))!.Stage(1)!.AcknowledgedAt);
    }

    private static List<JsonObject> Inputs(JsonNode? node) => node switch
    {
        JsonObject o when (string?)o["type"] is { } type && type.StartsWith("Input.", StringComparison.Ordinal) => [o],
        JsonObject o => [.. o.SelectMany(p => Inputs(p.Value))],
        JsonArray a => [.. a.SelectMany(Inputs)],
        _ => [],
    };

    private static JsonObject Input(JsonObject card, string id) => Inputs(card).Single(i => (string?)i["id"] == id);
}
