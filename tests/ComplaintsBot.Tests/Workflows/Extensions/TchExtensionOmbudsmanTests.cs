using System.Globalization;
using System.Text.Json.Nodes;
using ComplaintsBot.Cases.Domain;
using ComplaintsBot.Tests.CardActions;

namespace ComplaintsBot.Tests.Workflows.Extensions;

/// <summary>
/// TCH 9.9: "If at any stage of the complaints process an extension cannot be agreed with the customer, we will provide
/// details of the Housing Ombudsman to the complainant for escalation." The Customer Experience Manager decides the
/// extension (TCH 8.1); once it is approved the officer is given the words to send, with the Ombudsman's details.
/// </summary>
public sealed class TchExtensionOmbudsmanTests : IAsyncLifetime
{
    // Monday 7 December 2026, 10:00 in London (GMT).
    private readonly LifecycleHost _host = new(new DateTimeOffset(2026, 12, 7, 10, 0, 0, TimeSpan.Zero));
    private StaffMember _manager = null!;
    private StaffMember _officer = null!;

    public async Task InitializeAsync()
    {
        _manager = await _host.StaffAsync("Sam Patel", ["customer-experience-manager"]);
        _officer = await _host.StaffAsync("Priya Shah", ["senior-customer-experience-officer"], _manager);
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task TCH_9_9_an_extension_the_customer_did_not_agree_gives_them_the_ombudsmans_details_for_escalation_with_the_new_date_and_reason()
    {
        var @case = await _host.ChangeAsync(await _host.ComplaintAsync("tch-rosebery", "TCH", _officer), c => c.Acknowledge(_host.Clock.GetUtcNow()));

        var asked = InvokeAssert.Card(await _host.ClickAsync(_officer, "requestExtension", @case.Id, @case.Version, Request(agreed: false)));
        Assert.Equal("Extension of 5 working days asked; sent to Sam Patel to decide.", InvokeAssert.Notice(asked));
        var approvalCard = _host.Connector.Sends.Single(s => s.Path == $"/v3/conversations/{LifecycleHost.PersonalChat(_manager)}/activities");
        @case = (await _host.Cases.FindAsync(@case.Id))!;

        InvokeAssert.Card(await _host.ClickAsync(_manager, "approveExtension", @case.Id, @case.Version, new JsonObject(), replyToId: approvalCard.AnsweredId));

        var told = Assert.Single(_host.Connector.Sends, s => s.Path.StartsWith($"/v3/conversations/{LifecycleHost.PersonalChat(_officer)}/", StringComparison.Ordinal)
            && s.Text?.StartsWith("Sam Patel approved your extension", StringComparison.Ordinal) == true);
        Assert.Equal(
            $"Sam Patel approved your extension on {@case.Reference}: Stage 1 response is now due Wed 30 Dec 2026.\n\n"
            + "Tell the customer the new date, the reason and the Housing Ombudsman's contact details (Code 6.4-6.5; TCH 9.9, as the customer did not agree to the extension), for example:\n\n"
            + "Dear Mrs Jo O'Neill,\n\n"
            + $"We need more time to give you our Stage 1 - Formal investigation and resolution response to your complaint {@case.Reference}. We will now respond by Wed 30 Dec 2026.\n\n"
            + "This is because: The surveyor's report is not back yet.\n\n"
            + "You can contact the Housing Ombudsman Service at any point for free, independent and impartial advice about your complaint. "
            + "Once our complaints procedure is complete, you can ask the Ombudsman to investigate. Housing Ombudsman Service, PO Box 152, Liverpool L33 7WQ. "
            + "Telephone 0300 111 3000. Email info@housing-ombudsman.org.uk. Website www.housing-ombudsman.org.uk.",
            told.Text);
    }

    [Fact]
    public async Task TCH_9_9_an_agreed_extension_still_gives_the_ombudsmans_details_as_the_Code_asks_without_citing_TCH_9_9()
    {
        var @case = await _host.ChangeAsync(await _host.ComplaintAsync("tch-rosebery", "TCH", _officer), c => c.Acknowledge(_host.Clock.GetUtcNow()));
        InvokeAssert.Card(await _host.ClickAsync(_officer, "requestExtension", @case.Id, @case.Version, Request(agreed: true)));
        var approvalCard = _host.Connector.Sends.Single(s => s.Path == $"/v3/conversations/{LifecycleHost.PersonalChat(_manager)}/activities");
        @case = (await _host.Cases.FindAsync(@case.Id))!;

        InvokeAssert.Card(await _host.ClickAsync(_manager, "approveExtension", @case.Id, @case.Version, new JsonObject(), replyToId: approvalCard.AnsweredId));

        var told = Assert.Single(_host.Connector.Sends, s => s.Text?.StartsWith("Sam Patel approved your extension", StringComparison.Ordinal) == true).Text!;
        Assert.Contains("Housing Ombudsman's contact details (Code 6.4-6.5), for example:", told);
        Assert.DoesNotContain("TCH 9.9", told);
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(told, "PO Box 152, Liverpool L33 7WQ"));
    }

    private static JsonObject Request(bool agreed) => new()
    {
        ["workingDays"] = 5.ToString(CultureInfo.InvariantCulture),
        ["reason"] = "The surveyor's report is not back yet.",
        ["customerAgreed"] = agreed ? "true" : "false",
    };
}
