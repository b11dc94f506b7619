using System.Text.Json.Nodes;
using ComplaintsBot.Cases.Domain;
using ComplaintsBot.Cases.Policies;
using ComplaintsBot.Cases.Store;
using ComplaintsBot.Tests.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Xunit.Abstractions;

namespace ComplaintsBot.Tests.EndToEnd;

/// <summary>
/// No dead ends, clicked through in two Agents Playgrounds (one person at each keyboard, as two Teams clients): a case
/// escalated to a colleague reaches her own chat, and she acknowledges Stage 2 from that card; an extension asked while
/// the owner's line manager cannot be reached is said to be stuck at once, withdrawn by the owner, and the response
/// then recorded. Under the Code (hoc-2024): Stage 2 by someone other than the Stage 1 handler (Code 6.13).
/// </summary>
[Trait("Category", "EndToEnd")]
public sealed class PlaygroundLifecycleTests(ITestOutputHelper output)
{
    // Monday 7 December 2026, 10:00 in London (GMT): the host's clock starts here.
    private static readonly DateTimeOffset Start = new(2026, 12, 7, 10, 0, 0, TimeSpan.Zero);

    private static readonly PlaygroundPerson Owner = new("29:1tom-reed", "Tom Reed", "5a0e9c3b-1d2f-4e6a-8b7c-9d0e1f2a3b01", "tom.reed@landlord.example", "a:1tom-reed-personal-chat");
    private static readonly PlaygroundPerson Colleague = new("29:1megan-bowen", "Megan Bowen", "5a0e9c3b-1d2f-4e6a-8b7c-9d0e1f2a3b02", "megan.bowen@landlord.example", "a:1megan-bowen-personal-chat");

    [Fact]
    public async Task In_the_agents_playground_an_escalated_case_reaches_the_colleague_who_acknowledges_stage_2_and_a_stuck_extension_is_withdrawn_before_the_response_is_recorded()
    {
        using var data = new TempFolder();
        var logs = new HostLogSink();
        await using var host = new BotHost(data.Path, overrides: services =>
        {
            services.AddSingleton<TimeProvider>(new RunningClock(Start));
            services.AddSingleton<ILoggerProvider>(logs);
        });
        var endpoint = host.StartOnLoopback();

        // Tom handles complaints; his line manager Sam has never opened the bot (no Playground, no chat); Megan handles
        // complaints too and may take Stage 2. Nobody holds the complaint-lead role, so only Sam may decide Tom's extensions.
        var lineManager = await SeedStaffAsync(host, "aad-sam-patel", "Sam Patel", ["complaint-handler"], null);
        var owner = await SeedStaffAsync(host, Owner.AadObjectId, Owner.Name, ["complaint-handler"], lineManager);
        var colleague = await SeedStaffAsync(host, Colleague.AadObjectId, Colleague.Name, ["complaint-handler"], lineManager);
        var answered = await SeedAsync(host, owner, respond: true);
        var acknowledged = await SeedAsync(host, owner, respond: false);

        var script = new JsonObject
        {
            ["tenantId"] = "5c7f0d0e-2f4b-4d8a-9d3e-1a2b3c4d5e6f",
            ["bot"] = new JsonObject { ["id"] = "28:complaintsbot-e2e", ["name"] = "ComplaintsBot" },
            ["owner"] = Owner.ToJson(),
            ["colleague"] = Colleague.ToJson(),
            ["escalateReference"] = answered.Reference.ToString(),
            ["extendReference"] = acknowledged.Reference.ToString(),
            ["workingDays"] = "5",
            ["reason"] = "Damp survey booked for 18 Dec; the response needs its findings.",
            ["responseReasons"] = "The mould came from a roof leak we failed to repair; the roof and the wall are now repaired.",
        };
        var scriptFile = Path.Combine(data.Path, "lifecycle.json");
        await File.WriteAllTextAsync(scriptFile, script.ToJsonString());

        var result = await PlaygroundRun.RunScriptAsync("playground-lifecycle.mjs", "--bot", endpoint, "--script", scriptFile,
            "--screenshots", Path.Combine(PlaygroundRun.E2eFolder, "screenshots"), "--timeout", "150000");

        output.WriteLine(result.ToJsonString());
        foreach (var line in logs.Lines) output.WriteLine(line);
        Assert.True((bool?)result["ok"] == true, result.ToJsonString() + "\n" + string.Join("\n", logs.Lines));

        // Escalation: the owner is told where the case went; Megan was told in her own chat and acknowledged from the card.
        Assert.Equal("Escalated to Stage 2; Megan Bowen owns it now. Megan Bowen has been sent the case card in their chat. It leaves your my cases; type its reference to see it.",
            (string?)result["escalatedNotice"]);
        Assert.Contains($"{answered.Reference}: it is yours now", (string?)result["colleagueTold"]);
        Assert.Contains("Nothing for you: Megan Bowen holds this case now.", (string?)result["ownerCardAfterEscalation"]);
        var escalated = (await host.GetService<CaseService>().FindAsync(answered.Id))!;
        Assert.Equal((2, colleague.Id), (escalated.CurrentStage, escalated.OwnerId));
        Assert.NotNull(escalated.Stage(2)!.AcknowledgedAt);
        var escalatedAudit = await host.GetService<CaseService>().AuditTrailAsync(answered.Id);
        Assert.Equal(Colleague.AadObjectId, escalatedAudit.Last(a => a.Action == CaseAuditActions.Acknowledged).Actor);

        // The extension nobody could decide: said at once, withdrawn, then the response recorded.
        Assert.StartsWith("Extension of 5 working days asked, but nobody who may decide it (Sam Patel) can be reached in Teams.", (string?)result["extensionNotice"]);
        Assert.StartsWith("Extension of 5 working days withdrawn", (string?)result["withdrawnNotice"]);
        Assert.StartsWith("Stage 1 response recorded.", (string?)result["respondedNotice"]);
        var responded = (await host.GetService<CaseService>().FindAsync(acknowledged.Id))!;
        Assert.Equal(ExtensionDecision.Withdrawn, Assert.Single(responded.Stage(1)!.Extensions).Decision);
        Assert.Equal(StageOutcome.Upheld, responded.Stage(1)!.Response!.Outcome);
        Assert.Equal(
            [CaseAuditActions.ExtensionRequested, CaseAuditActions.ExtensionWithdrawn, CaseAuditActions.Responded],
            (await host.GetService<CaseService>().AuditTrailAsync(acknowledged.Id)).Select(a => a.Action).Where(a => a.StartsWith("extension.", StringComparison.Ordinal) || a == CaseAuditActions.Responded));
        // Neither Playground's Connector refused any of the bot's calls.
        Assert.Equal("""{"owner":[],"colleague":[]}""", result["refusedCalls"]!.ToJsonString());
    }

    private static async Task<StaffMember> SeedStaffAsync(BotHost host, string aadObjectId, string name, string[] roles, StaffMember? lineManager)
    {
        var member = await host.GetService<StaffDirectory>().EnsureAsync(aadObjectId, name, null);
        await using var db = await host.GetService<IDbContextFactory<CasesDbContext>>().CreateDbContextAsync();
        var row = await db.Staff.AsTracking().SingleAsync(s => s.Id == member.Id);
        row.Roles = [.. roles];
        row.LineManagerId = lineManager?.Id;
        await db.SaveChangesAsync();
        return row;
    }

    private static async Task<Case> SeedAsync(BotHost host, StaffMember owner, bool respond)
    {
        var cases = host.GetService<CaseService>();
        var policy = host.GetService<ActivePolicy>().Policy;
        var opened = await cases.OpenAsync(new CaseIntake
        {
            PolicyId = policy.Id,
            CategoryId = "complaint",
            Kind = ContactKind.Complaint,
            Customer = Customer.Named("Mrs Jo O'Neill", CustomerRelationship.Tenant),
            Channel = ContactChannel.Phone,
            ReceivedAt = Start,
            Description = "Damp and mould in the back bedroom, reported three times since August; repairs never came.",
            DesiredOutcome = "The mould treated and the wall fixed.",
            RecordedById = owner.Id,
            OwnerId = owner.Id,
        }, policy.ReferencePrefix, owner.AadObjectId);
        var @case = await cases.ChangeAsync(opened.Id, opened.Version, owner.AadObjectId, CaseAuditActions.Acknowledged, c => c.Acknowledge(Start));
        return respond
            ? await cases.ChangeAsync(@case.Id, @case.Version, owner.AadObjectId, CaseAuditActions.Responded,
                c => c.RecordResponse(new StageResponse(Start, StageOutcome.NotUpheld, "The repair was done on time.", null, null, null)))
            : @case;
    }
}
