using System.Text.Json.Nodes;
using ComplaintsBot.Bot.Proactive;
using ComplaintsBot.Cards;
using ComplaintsBot.Cases.Deadlines;
using ComplaintsBot.Cases.Domain;
using ComplaintsBot.Cases.Policies;
using ComplaintsBot.Cases.Store;
using ComplaintsBot.Cases.Time;
using ComplaintsBot.Hosting;
using ComplaintsBot.Tests.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Xunit.Abstractions;

namespace ComplaintsBot.Tests.EndToEnd;

/// <summary>
/// An extension asked and approved by two people, each in their own Teams client: the case owner and their line
/// manager. Both click through a page; the server decides from each click's from.aadObjectId who acts, so the
/// manager cannot approve as the requester.
/// </summary>
/// <remarks>
/// Why two Playgrounds: the Agents Playground (0.2.28) has one person at the keyboard, its config's currentUser. Every
/// click in its page comes from them, and it shows only their personal chat (the other users its config lists are
/// members of its group chat and team). Its Connector accepts sends to the conversations it has, and nothing else:
/// a send to a conversation id it does not know is refused (404 ConversationNotFound); POST v3/conversations answers
/// with the existing personal chat only for the currentUser, and for anyone else makes a new conversation that its
/// page never shows (sends to it fail with 500 UserNotFound unless the config lists that user). So one Playground
/// either refuses the approval card meant for the manager, or shows it to the owner, whose Approve click is then
/// rightly refused as the requester's. Here each person has their own Playground: its own Connector (serviceUrl) and
/// personal chat, the same tenant and bot, as two people's Teams clients have.
/// </remarks>
[Trait("Category", "EndToEnd")]
public sealed class PlaygroundExtensionTests(ITestOutputHelper output)
{
    // Monday 7 December 2026, 10:00 in London (GMT): the host's clock starts here, so the deadlines are known.
    private static readonly DateTimeOffset Start = new(2026, 12, 7, 10, 0, 0, TimeSpan.Zero);
    private const int ExtensionWorkingDays = 5;

    private static readonly PlaygroundPerson Owner = new("29:1priya-shah", "Priya Shah", "7d1c7a52-5e0b-4c1e-9a57-0c6f3f1e2a01", "priya.shah@landlord.example", "a:1priya-shah-personal-chat");
    private static readonly PlaygroundPerson Manager = new("29:1sam-patel", "Sam Patel", "7d1c7a52-5e0b-4c1e-9a57-0c6f3f1e2a02", "sam.patel@landlord.example", "a:1sam-patel-personal-chat");

    [Fact]
    public async Task In_the_agents_playground_an_owner_asks_for_an_extension_their_manager_approves_it_in_their_own_chat_and_the_owners_case_card_shows_the_extended_deadline()
    {
        using var data = new TempFolder();
        var logs = new HostLogSink();
        await using var host = new BotHost(data.Path, overrides: services =>
        {
            services.AddSingleton<TimeProvider>(new RunningClock(Start));
            services.AddSingleton<ILoggerProvider>(logs);
        });
        var endpoint = host.StartOnLoopback();

        // The staff directory as an administrator sets it: Priya handles complaints, Sam is her line manager.
        var manager = await SeedStaffAsync(host, Manager, ["complaint-lead"], lineManager: null);
        var owner = await SeedStaffAsync(host, Owner, ["complaint-handler"], lineManager: manager);
        var @case = await SeedAcknowledgedComplaintAsync(host, owner);

        // What the case card must show, from the project's deadline calculator: due 10 working days after the
        // acknowledgement, then 5 more working days from that due date once the extension is approved.
        var policy = host.Services.GetRequiredService<ActivePolicy>().Policy;
        var calculator = new DeadlineCalculator();
        var dueNow = calculator.Compute(policy, @case.Timeline(policy)!.Value, Start).Get(DeadlineKind.Stage1Response).Due;
        var dueExtended = calculator.Extend(dueNow, Timescale.WorkingDays(ExtensionWorkingDays));

        var script = new JsonObject
        {
            ["tenantId"] = "5c7f0d0e-2f4b-4d8a-9d3e-1a2b3c4d5e6f",
            ["bot"] = new JsonObject { ["id"] = "28:complaintsbot-e2e", ["name"] = "ComplaintsBot" },
            ["owner"] = Owner.ToJson(),
            ["manager"] = Manager.ToJson(),
            ["caseReference"] = @case.Reference.ToString(),
            ["workingDays"] = ExtensionWorkingDays.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["reason"] = "Damp survey booked for 18 Dec; the response needs its findings.",
            ["dueNow"] = CardDates.Day(dueNow),
            ["dueExtended"] = CardDates.Day(dueExtended),
        };
        var scriptFile = Path.Combine(data.Path, "extension.json");
        await File.WriteAllTextAsync(scriptFile, script.ToJsonString());

        var result = await PlaygroundRun.RunScriptAsync("playground-extension.mjs", "--bot", endpoint, "--script", scriptFile,
            "--screenshots", Path.Combine(PlaygroundRun.E2eFolder, "screenshots"), "--timeout", "90000");

        output.WriteLine(result.ToJsonString());
        foreach (var line in logs.Lines) output.WriteLine(line);
        Assert.True((bool?)result["ok"] == true, result.ToJsonString() + "\n" + string.Join("\n", logs.Lines));

        // In the pages: the owner's case card before and after, and the approval card in the manager's chat.
        var before = (string)result["caseCardBefore"]!;
        Assert.Contains(CardDates.Day(dueNow), before);
        Assert.DoesNotContain(CardDates.Day(dueExtended), before);
        Assert.Contains($"Extension of {ExtensionWorkingDays} working days asked; sent to Sam Patel to decide.", (string?)result["requestNotice"]);
        Assert.DoesNotContain(CardDates.Day(dueExtended), (string?)result["caseCardPending"]); // asked is not approved
        var approval = (string)result["approvalCard"]!;
        Assert.Contains("Priya Shah", approval);
        Assert.Contains(CardDates.Day(dueExtended), approval);
        Assert.Contains("Approved by Sam Patel", (string?)result["approvalCardAfter"]);
        var after = (string)result["caseCardAfter"]!;
        Assert.Contains($"Case {@case.Reference}", after);
        Assert.Contains(CardDates.Day(dueExtended), after);
        Assert.Contains($"Sam Patel approved your extension on {@case.Reference}", (string?)result["ownerTold"]);
        // Neither Playground's Connector refused any of the bot's calls (sends, proactive sends, card updates).
        Assert.Equal("""{"owner":[],"manager":[]}""", result["refusedCalls"]!.ToJsonString());

        // On the server: the request was Priya's click and the approval Sam's, each from their own Teams user id.
        var audit = await host.GetService<CaseService>().AuditTrailAsync(@case.Id);
        Assert.Equal(Owner.AadObjectId, Assert.Single(audit, a => a.Action == "extension.requested").Actor);
        Assert.Equal(Manager.AadObjectId, Assert.Single(audit, a => a.Action == "extension.approved").Actor);
        var saved = await host.GetService<CaseService>().FindAsync(@case.Id);
        var extension = Assert.Single(saved!.Stage(1)!.Extensions);
        Assert.Equal((ExtensionDecision.Approved, owner.Id, manager.Id), (extension.Decision, extension.RequestedById, extension.DecidedById));
        // Each person was reached in their own client: two personal chats, each at its own Playground's Connector.
        await using var db = await host.GetService<IDbContextFactory<CasesDbContext>>().CreateDbContextAsync();
        var references = await db.ConversationReferences.AsNoTracking().OrderBy(r => r.ConversationId).ToListAsync();
        Assert.Equal(
            [(Owner.PersonalChatId, (string)result["ownerServiceUrl"]!), (Manager.PersonalChatId, (string)result["managerServiceUrl"]!)],
            references.Select(r => (r.ConversationId, r.ServiceUrl)).Distinct());
    }

    private static async Task<StaffMember> SeedStaffAsync(BotHost host, PlaygroundPerson person, string[] roles, StaffMember? lineManager)
    {
        var member = await host.GetService<StaffDirectory>().EnsureAsync(person.AadObjectId, person.Name, person.Email);
        await using var db = await host.GetService<IDbContextFactory<CasesDbContext>>().CreateDbContextAsync();
        var row = await db.Staff.AsTracking().SingleAsync(s => s.Id == member.Id);
        row.Roles = [.. roles];
        row.LineManagerId = lineManager?.Id;
        await db.SaveChangesAsync();
        return row;
    }

    /// <summary>A complaint owned by <paramref name="owner"/>, received and acknowledged at <see cref="Start"/> under the active policy.</summary>
    internal static async Task<Case> SeedAcknowledgedComplaintAsync(BotHost host, StaffMember owner)
    {
        var cases = host.GetService<CaseService>();
        var policy = host.GetService<ActivePolicy>().Policy;
        var opened = await cases.OpenAsync(new CaseIntake
        {
            PolicyId = policy.Id,
            CategoryId = "complaint",
            Kind = ComplaintsBot.Cases.Policies.ContactKind.Complaint,
            Customer = Customer.Named("Mrs Jo O'Neill", CustomerRelationship.Tenant),
            Channel = ContactChannel.Phone,
            ReceivedAt = Start,
            Description = "Damp and mould in the back bedroom, reported three times since August; repairs never came.",
            DesiredOutcome = "The mould treated and the wall fixed.",
            RecordedById = owner.Id,
            OwnerId = owner.Id,
        }, policy.ReferencePrefix, owner.AadObjectId);
        return await cases.ChangeAsync(opened.Id, opened.Version, owner.AadObjectId, "stage.acknowledged", c => c.Acknowledge(Start));
    }
}
