using System.Text.Json.Nodes;
using ComplaintsBot.Cases.Domain;
using ComplaintsBot.Tests.CardActions;

namespace ComplaintsBot.Tests.Workflows.Responses;

/// <summary>
/// whg Appendix 1: at Stage 2 a Senior Service Manager reviews and the "Response signed off by Director of Service".
/// The policy file's stage 2 sign-off-role is used: the review waits for a Director of Service before it is recorded
/// as sent, and the Stage 1 response (which names no sign-off) is recorded at once.
/// </summary>
public sealed class WhgStage2SignOffTests : IAsyncLifetime
{
    // Monday 7 December 2026, 10:00 in London (GMT).
    private readonly LifecycleHost _host = new(new DateTimeOffset(2026, 12, 7, 10, 0, 0, TimeSpan.Zero));
    private StaffMember _director = null!;
    private StaffMember _reviewer = null!;
    private StaffMember _serviceManager = null!;

    public async Task InitializeAsync()
    {
        _director = await _host.StaffAsync("Dee Shaw", ["director-of-service"]);
        _reviewer = await _host.StaffAsync("Ann Lowe", ["senior-service-manager"]);
        _serviceManager = await _host.StaffAsync("Tom Hart", ["service-manager"]);
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task Whg_app_1_a_stage_2_review_waits_for_a_director_of_service_to_sign_it_off_and_stage_1_needs_none()
    {
        var @case = await _host.ChangeAsync(await _host.ComplaintAsync("whg", "WHG", _serviceManager), c => c.Acknowledge(_host.Clock.GetUtcNow()));
        InvokeAssert.Card(await _host.ClickAsync(_serviceManager, "recordResponse", @case.Id, @case.Version, Written("The repair was late.")));
        @case = (await _host.Cases.FindAsync(@case.Id))!;
        Assert.NotNull(@case.Stage(1)!.Response); // whg sets no Stage 1 sign-off
        @case = await _host.ChangeAsync(@case, c =>
        {
            c.Escalate(_host.Clock.GetUtcNow(), lastStage: 2, newOwnerId: _reviewer.Id);
            c.Acknowledge(_host.Clock.GetUtcNow());
        });

        var card = InvokeAssert.Card(await _host.ClickAsync(_reviewer, "recordResponse", @case.Id, @case.Version, Written("The review finds the repair was late twice.")));

        Assert.Contains("has the Director of Service sign it off before it is sent (whg App 1); sent to Dee Shaw to sign off.", InvokeAssert.Notice(card));
        var held = (await _host.Cases.FindAsync(@case.Id))!;
        Assert.Null(held.Stage(2)!.Response);
        Assert.Equal("director-of-service", held.Stage(2)!.PendingSignOff!.SignOffRole);
        var sent = Assert.Single(_host.Connector.Sends, s => s.Path == $"/v3/conversations/{LifecycleHost.PersonalChat(_director)}/activities" && s.Card is not null);
        Assert.Equal(["refreshSignOff", "signOffResponse", "returnResponse"], InvokeAssert.Verbs(sent.Card));

        InvokeAssert.Card(await _host.ClickAsync(_director, "signOffResponse", held.Id, held.Version));

        Assert.Equal("The review finds the repair was late twice.", (await _host.Cases.FindAsync(@case.Id))!.Stage(2)!.Response!.Reasons);
    }

    private static JsonObject Written(string reasons) => new()
    {
        ["outcome"] = "upheld", ["reasons"] = reasons, ["remedy"] = "Repair done.", ["compensation"] = "", ["outstandingActions"] = "",
    };
}
