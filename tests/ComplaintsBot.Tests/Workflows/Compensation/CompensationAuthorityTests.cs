using System.Globalization;
using System.Text.Json.Nodes;
using ComplaintsBot.Cases.Domain;
using ComplaintsBot.Tests.CardActions;

namespace ComplaintsBot.Tests.Workflows.Compensation;

/// <summary>
/// Who may agree what amount of compensation, landlord by landlord, as each policy's text says; where the text is
/// silent or refers to a document the file does not hold, the fallback the file states (its rule-book reading).
/// Each test records a response from the case card: what the recorder may agree is recorded at once; anything more is
/// held and its approval card goes to the role the policy names.
/// </summary>
public sealed class CompensationAuthorityTests : IAsyncLifetime
{
    // Monday 7 December 2026, 10:00 in London (GMT).
    private readonly LifecycleHost _host = new(new DateTimeOffset(2026, 12, 7, 10, 0, 0, TimeSpan.Zero));

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task HiS_Compensation_a_Service_Lead_agrees_up_to_999_99_pounds_and_1000_pounds_goes_to_the_Executive_team()
    {
        var executive = await _host.StaffAsync("Dana Cole", ["executive-team"]);
        var lead = await _host.StaffAsync("Priya Shah", ["service-lead"]);

        await AssertRecordedAsync(await AcknowledgedAsync("his", "HIS", lead), lead, 999.99m);
        await AssertHeldForAsync(await AcknowledgedAsync("his", "HIS", lead), lead, 1000m, "executive-team", executive);
    }

    [Fact]
    public async Task HiS_Compensation_the_Customer_Services_Team_Leader_is_not_named_so_agrees_nothing_and_the_Customer_Focus_Manager_agrees_it()
    {
        var focusManager = await _host.StaffAsync("Sam Patel", ["customer-focus-manager"]);
        var teamLeader = await _host.StaffAsync("Lee Ward", ["customer-services-team-leader"]);

        await AssertHeldForAsync(await AcknowledgedAsync("his", "HIS", teamLeader), teamLeader, 10m, "customer-focus-manager", focusManager);
    }

    [Fact]
    public async Task WCH_9_and_11_no_levels_are_set_so_the_Customer_Experience_Manager_who_owns_the_policy_agrees_every_offer()
    {
        var owner = await _host.StaffAsync("Sam Patel", ["customer-experience-manager"]);
        var teamManager = await _host.StaffAsync("Priya Shah", ["team-manager"]);

        await AssertHeldForAsync(await AcknowledgedAsync("wch", "WCH", teamManager), teamManager, 25m, "customer-experience-manager", owner);
        await AssertRecordedAsync(await AcknowledgedAsync("wch", "WCH", owner), owner, 5000m);
    }

    [Fact]
    public async Task Whg_2_20_amounts_follow_internal_guidelines_so_a_Service_Manager_or_above_agrees_an_advisers_offer()
    {
        var manager = await _host.StaffAsync("Sam Patel", ["service-manager"]);
        var adviser = await _host.StaffAsync("Priya Shah", ["customer-experience-advisor"]);

        await AssertHeldForAsync(await AcknowledgedAsync("whg", "WHG", adviser), adviser, 25m, "service-manager", manager);
        await AssertRecordedAsync(await AcknowledgedAsync("whg", "WHG", manager), manager, 3000m);
    }

    [Fact]
    public async Task Cfp_5_small_amounts_are_set_by_guidance_the_file_does_not_hold_so_the_relevant_manager_agrees_every_payment()
    {
        var manager = await _host.StaffAsync("Sam Patel", ["relevant-manager"]);
        var investigator = await _host.StaffAsync("Priya Shah", ["service-improvement-team"]);

        await AssertHeldForAsync(await AcknowledgedAsync("cfp-2018", "CFP", investigator), investigator, 20m, "relevant-manager", manager);
        await AssertRecordedAsync(await AcknowledgedAsync("cfp-2018", "CFP", manager), manager, 2000m);
    }

    [Fact]
    public async Task TCH_8_1_and_8_4_the_Customer_Experience_Manager_agrees_every_offer_as_they_approve_every_response()
    {
        var manager = await _host.StaffAsync("Sam Patel", ["customer-experience-manager"]);
        var officer = await _host.StaffAsync("Priya Shah", ["senior-customer-experience-officer"]);

        // The officer's response, £25 with it, waits for the manager; nothing is recorded until they sign it off.
        var @case = await AcknowledgedAsync("tch-rosebery", "TCH", officer);
        InvokeAssert.Card(await _host.ClickAsync(officer, "recordResponse", @case.Id, @case.Version, Response(25m)));
        var held = (await _host.Cases.FindAsync(@case.Id))!;
        Assert.Null(held.Stage(1)!.Response);
        Assert.Equal(25m, held.Stage(1)!.PendingSignOff!.Compensation);

        InvokeAssert.Card(await _host.ClickAsync(manager, "signOffResponse", held.Id, held.Version));
        Assert.Equal(25m, (await _host.Cases.FindAsync(@case.Id))!.Stage(1)!.Response!.Compensation);

        await AssertRecordedAsync(await AcknowledgedAsync("tch-rosebery", "TCH", manager), manager, 4000m);
    }

    [Fact]
    public async Task Code_7_sets_no_approval_levels_so_under_the_Code_alone_the_complaint_handler_agrees_the_remedy()
    {
        var handler = await _host.StaffAsync("Priya Shah", ["complaint-handler"]);
        await _host.StaffAsync("Sam Patel", ["complaint-lead"]);

        await AssertRecordedAsync(await AcknowledgedAsync("hoc-2024", "HOC", handler), handler, 2500m);
    }

    private async Task<Case> AcknowledgedAsync(string policyId, string prefix, StaffMember owner) =>
        await _host.ChangeAsync(await _host.ComplaintAsync(policyId, prefix, owner), c => c.Acknowledge(_host.Clock.GetUtcNow()));

    /// <summary>The recorder may agree the amount: the response is recorded with it and nobody is asked.</summary>
    private async Task AssertRecordedAsync(Case @case, StaffMember recorder, decimal amount)
    {
        var sendsBefore = _host.Connector.Sends.Count(s => s.Card is not null);
        InvokeAssert.Card(await _host.ClickAsync(recorder, "recordResponse", @case.Id, @case.Version, Response(amount)));

        var stage = (await _host.Cases.FindAsync(@case.Id))!.Stage(1)!;
        Assert.Equal(amount, stage.Response!.Compensation);
        Assert.Null(stage.PendingCompensationApproval);
        Assert.Equal(sendsBefore, _host.Connector.Sends.Count(s => s.Card is not null));
    }

    /// <summary>The recorder may not agree the amount: the response is held for the role the policy names, whose holder gets the card.</summary>
    private async Task AssertHeldForAsync(Case @case, StaffMember recorder, decimal amount, string role, StaffMember approver)
    {
        var card = InvokeAssert.Card(await _host.ClickAsync(recorder, "recordResponse", @case.Id, @case.Version, Response(amount)));

        Assert.Contains($"sent to {approver.DisplayName} to agree", InvokeAssert.Notice(card));
        var stage = (await _host.Cases.FindAsync(@case.Id))!.Stage(1)!;
        Assert.Null(stage.Response);
        Assert.Equal((amount, role), (stage.PendingCompensationApproval!.Amount, stage.PendingCompensationApproval.ApproverRole));
        var sent = Assert.Single(_host.Connector.Sends, s => s.Path == $"/v3/conversations/{LifecycleHost.PersonalChat(approver)}/activities" && s.Card is not null
            && InvokeAssert.AllText(s.Card).Contains(@case.Reference.ToString(), StringComparison.Ordinal));
        Assert.Equal(["refreshCompensation", "approveCompensation", "declineCompensation"], InvokeAssert.Verbs(sent.Card));
    }

    private static JsonObject Response(decimal compensation) => new()
    {
        ["outcome"] = "upheld",
        ["reasons"] = "We failed to repair the roof.",
        ["remedy"] = "Roof repaired.",
        ["compensation"] = compensation.ToString(CultureInfo.InvariantCulture),
        ["outstandingActions"] = "",
    };
}
