using System.Globalization;
using System.Text.Json.Nodes;
using ComplaintsBot.Cases.Domain;
using ComplaintsBot.Tests.CardActions;

namespace ComplaintsBot.Tests.Workflows.Escalation;

/// <summary>
/// cfp-2018 Stage 2 (cfp 5): the senior manager's review is due "normally no more than 7 days" from the request, read
/// as calendar days (the policy file's reading 1); the policy sets no acknowledgement, so the Code's five working days
/// from the request apply (Code 6.11). Over Christmas 2026 the seventh day is Fri 25 Dec and Mon 28 Dec is the Boxing
/// Day bank holiday: the response is due on the next working day, and the acknowledgement never after the response.
/// </summary>
public sealed class CfpStage2ChristmasTests : IAsyncLifetime
{
    // Mon 2 Nov 2026 09:00 in London (GMT): the complaint arrives; the customer asks for a review on Fri 18 Dec.
    private static readonly DateTimeOffset Received = new(2026, 11, 2, 9, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset CustomerAsks = new(2026, 12, 18, 10, 0, 0, TimeSpan.Zero);
    private readonly LifecycleHost _host = new(Received);
    private StaffMember _senior = null!;
    private StaffMember _officer = null!;

    public async Task InitializeAsync()
    {
        _senior = await _host.StaffAsync("Kim Lee", ["senior-manager"]);
        _officer = await _host.StaffAsync("Priya Shah", ["service-improvement-team"], _senior);
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task Cfp_5_stage_2_asked_for_on_fri_18_dec_2026_is_answered_and_acknowledged_by_tue_29_dec_never_on_christmas_day()
    {
        var @case = await _host.ComplaintAsync("cfp-2018", "CFP", _officer);
        @case = await _host.ChangeAsync(@case, c => c.Acknowledge(Received));
        @case = await _host.ChangeAsync(@case, c => c.RecordResponse(new StageResponse(Received.AddDays(4), StageOutcome.NotUpheld, "The repair was on time.", null, null, null)));

        // The Stage 1 letter promises the review as the policy counts it: from the customer's request.
        using (var letter = await _host.GetAsync($"/cases/{@case.Reference}/letters/1.txt"))
        {
            var promised = await letter.Content.ReadAsStringAsync();
            Assert.Contains("We will acknowledge your request within 5 working days of your request (and never after our response) " +
                            "and respond within 7 days of your request.", promised);
            // As the deadline below does: the 7 days end on Christmas Day, so the response is due on the next working day.
            Assert.Contains("If the last of the 7 days falls on a weekend or bank holiday, we will respond by the next working day.", promised);
        }

        _host.Clock.SetUtcNow(CustomerAsks);
        var card = InvokeAssert.Card(await _host.ClickAsync(_officer, "escalate", @case.Id, @case.Version, new JsonObject
        {
            ["channel"] = "Phone", ["requestedOn"] = "2026-12-18", ["stage2Owner"] = _senior.Id.ToString(CultureInfo.InvariantCulture),
        }));

        Assert.StartsWith("Escalated to Stage 2 - Senior manager review; Kim Lee owns it now.", InvokeAssert.Notice(card));
        var text = InvokeAssert.AllText(card);
        // Day 7 is Fri 25 Dec (Christmas Day), Sat 26 and Sun 27 are not working days, Mon 28 is the Boxing Day bank holiday.
        Assert.Contains("Stage 2 response | Tue 29 Dec 2026", text);
        // Five working days from Fri 18 Dec (21, 22, 23, 24, 29 Dec) end the same day: the acknowledgement is never after the response.
        Assert.Contains("Stage 2 acknowledgement | Tue 29 Dec 2026", text);
        Assert.DoesNotContain("Fri 25 Dec 2026", text);
        Assert.DoesNotContain("Mon 28 Dec 2026", text);
    }
}
