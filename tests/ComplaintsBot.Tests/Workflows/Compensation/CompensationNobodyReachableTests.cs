using System.Text.Json.Nodes;
using ComplaintsBot.Cases.Domain;
using ComplaintsBot.Tests.CardActions;

namespace ComplaintsBot.Tests.Workflows.Compensation;

/// <summary>
/// HiS: more than £999.99 of compensation needs the executive team. When none of them has a chat with the bot, the
/// owner and the administrators are told at once, instead of the request waiting on nobody.
/// </summary>
public sealed class CompensationNobodyReachableTests : IAsyncLifetime
{
    // Monday 7 December 2026, 10:00 in London (GMT).
    private readonly LifecycleHost _host = new(new DateTimeOffset(2026, 12, 7, 10, 0, 0, TimeSpan.Zero));
    private StaffMember _owner = null!;
    private StaffMember _admin = null!;

    public async Task InitializeAsync()
    {
        await _host.StaffAsync("Dana Cole", ["executive-team"], reachable: false);
        _admin = await _host.StaffAsync("Ada Admin", [StaffRoles.Admin]);
        _owner = await _host.StaffAsync("Priya Shah", ["service-lead"]);
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task Compensation_nobody_reachable_may_agree_is_said_to_the_owner_and_the_administrators_at_once()
    {
        var @case = await _host.ChangeAsync(await _host.ComplaintAsync("his", "HIS", _owner), c => c.Acknowledge(_host.Clock.GetUtcNow()));

        var card = InvokeAssert.Card(await _host.ClickAsync(_owner, "recordResponse", @case.Id, @case.Version, new JsonObject
        {
            ["outcome"] = "upheld", ["reasons"] = "We failed to repair the roof.", ["compensation"] = "1500",
        }));

        Assert.Contains("nobody who may agree it (Dana Cole) can be reached in Teams", InvokeAssert.Notice(card));
        Assert.Contains("I told the administrators (Ada Admin)", InvokeAssert.Notice(card));
        var told = Assert.Single(_host.Connector.Sends, s => s.Path == $"/v3/conversations/{LifecycleHost.PersonalChat(_admin)}/activities");
        Assert.StartsWith($"Priya Shah needs £1,500.00 of compensation on {@case.Reference} agreed, but nobody who may agree it (Dana Cole) can be reached", told.Text, StringComparison.Ordinal);
    }
}
