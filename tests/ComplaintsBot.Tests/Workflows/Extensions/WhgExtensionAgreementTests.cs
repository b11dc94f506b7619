using System.Globalization;
using System.Text.Json.Nodes;
using ComplaintsBot.Cases.Domain;
using ComplaintsBot.Tests.CardActions;

namespace ComplaintsBot.Tests.Workflows.Extensions;

/// <summary>
/// whg 2.24: "If an extension beyond 10 working days is required ... this will be agreed by both parties". Up to 10
/// working days in all needs no agreement; beyond that the customer must agree, and then it is allowed.
/// </summary>
public sealed class WhgExtensionAgreementTests : IAsyncLifetime
{
    // Monday 7 December 2026, 10:00 in London (GMT).
    private readonly LifecycleHost _host = new(new DateTimeOffset(2026, 12, 7, 10, 0, 0, TimeSpan.Zero));
    private StaffMember _manager = null!;
    private StaffMember _owner = null!;

    public async Task InitializeAsync()
    {
        _manager = await _host.StaffAsync("Sam Patel", ["service-manager"]);
        _owner = await _host.StaffAsync("Priya Shah", ["customer-experience-advisor"], _manager);
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task Whg_2_24_an_extension_of_up_to_10_working_days_needs_no_customer_agreement()
    {
        var @case = await Acknowledged();

        var card = InvokeAssert.Card(await _host.ClickAsync(_owner, "requestExtension", @case.Id, @case.Version, Request(10, agreed: false)));

        Assert.StartsWith("Extension of 10 working days asked", InvokeAssert.Notice(card));
        var extension = (await _host.Cases.FindAsync(@case.Id))!.Stage(1)!.PendingExtension!;
        Assert.Equal((10, false), (extension.WorkingDays, extension.CustomerAgreed));
    }

    [Fact]
    public async Task Whg_2_24_an_extension_beyond_10_working_days_needs_the_customers_agreement_and_is_then_allowed()
    {
        var @case = await Acknowledged();
        var form = InvokeAssert.AllText(InvokeAssert.Card(await _host.ClickAsync(_owner, "requestExtension", @case.Id, @case.Version)));
        Assert.Contains("Up to 10 working days in all needs no agreement; beyond that the customer must agree first (whg 2.24).", form);

        var message = InvokeAssert.Error(await _host.ClickAsync(_owner, "requestExtension", @case.Id, @case.Version, Request(11, agreed: false)), 400, "CustomerMustAgree");
        Assert.Contains("needs the customer's agreement for an extension of more than 10 working days in all", message);
        Assert.Null((await _host.Cases.FindAsync(@case.Id))!.Stage(1)!.PendingExtension);

        var card = InvokeAssert.Card(await _host.ClickAsync(_owner, "requestExtension", @case.Id, @case.Version, Request(11, agreed: true)));

        Assert.StartsWith("Extension of 11 working days asked", InvokeAssert.Notice(card));
        var extension = (await _host.Cases.FindAsync(@case.Id))!.Stage(1)!.PendingExtension!;
        Assert.Equal((11, true), (extension.WorkingDays, extension.CustomerAgreed));
    }

    [Fact]
    public async Task Whg_2_24_the_10_working_days_count_every_extension_of_the_stage_together()
    {
        var @case = await Acknowledged();
        var now = _host.Clock.GetUtcNow();
        @case = await _host.ChangeAsync(@case, c =>
        {
            var first = c.RequestExtension(_owner.Id, now, 6, "Damp survey booked", customerAgreed: false);
            c.DecideExtension(first.Id, true, _manager.Id, now, null);
        });

        InvokeAssert.Error(await _host.ClickAsync(_owner, "requestExtension", @case.Id, @case.Version, Request(5, agreed: false)), 400, "CustomerMustAgree");
        var card = InvokeAssert.Card(await _host.ClickAsync(_owner, "requestExtension", @case.Id, @case.Version, Request(4, agreed: false)));

        Assert.StartsWith("Extension of 4 working days asked", InvokeAssert.Notice(card));
    }

    // whg 2.24 sets no length for an extension both parties agree: the form claims no cap the policy does not set (it
    // used to say "allows up to 20 working days"), and agreed extensions may come to more than 20 working days in all.
    [Fact]
    public async Task Whg_2_24_an_agreed_extension_has_no_set_length_so_the_form_claims_no_20_working_day_cap()
    {
        var @case = await Acknowledged();
        var form = InvokeAssert.AllText(InvokeAssert.Card(await _host.ClickAsync(_owner, "requestExtension", @case.Id, @case.Version)));
        Assert.Contains("sets no length for an extension the customer agrees to", form);
        Assert.DoesNotContain("allows up to", form);
        var now = _host.Clock.GetUtcNow();
        @case = await _host.ChangeAsync(@case, c =>
        {
            var first = c.RequestExtension(_owner.Id, now, 15, "Structural survey", customerAgreed: true);
            c.DecideExtension(first.Id, true, _manager.Id, now, null);
        });

        var card = InvokeAssert.Card(await _host.ClickAsync(_owner, "requestExtension", @case.Id, @case.Version, Request(10, agreed: true)));

        Assert.StartsWith("Extension of 10 working days asked", InvokeAssert.Notice(card));
        Assert.Equal(10, (await _host.Cases.FindAsync(@case.Id))!.Stage(1)!.PendingExtension!.WorkingDays);
    }

    private static JsonObject Request(int days, bool agreed) => new()
    {
        ["workingDays"] = days.ToString(CultureInfo.InvariantCulture),
        ["reason"] = "Damp survey booked for 18 Dec",
        ["customerAgreed"] = agreed ? "true" : "false",
    };

    private async Task<Case> Acknowledged() =>
        await _host.ChangeAsync(await _host.ComplaintAsync("whg", "WHG", _owner), c => c.Acknowledge(_host.Clock.GetUtcNow()));
}
