using System.Text.Json.Nodes;
using ComplaintsBot.Cards;
using ComplaintsBot.Cases.Deadlines;
using ComplaintsBot.Cases.Domain;
using ComplaintsBot.Cases.Policies;
using ComplaintsBot.Cases.Store;
using ComplaintsBot.Cases.Time;
using ComplaintsBot.Tests.Cli;
using ComplaintsBot.Tests.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Xunit.Abstractions;

namespace ComplaintsBot.Tests.EndToEnd;

/// <summary>
/// A fresh install to a working manager, as the README's production setup goes: an empty database, the first
/// administrator made with the real <c>staff bootstrap-admin</c> command, the administrator giving a colleague the
/// role that decides extensions from the admin card in their Teams chat, and that colleague then approving an
/// extension from the approval card the bot sends them. Nobody else may decide it (the administrator asked for it and
/// has no line manager), so if the grant from the admin card does not take, the approval card never reaches the
/// colleague and the test fails.
/// </summary>
[Trait("Category", "EndToEnd")]
public sealed class PlaygroundAdminGrantTests(ITestOutputHelper output)
{
    // Monday 7 December 2026, 10:00 in London (GMT), as the extension test (whose complaint it seeds).
    private static readonly DateTimeOffset Start = new(2026, 12, 7, 10, 0, 0, TimeSpan.Zero);
    private const int ExtensionWorkingDays = 5;

    private static readonly PlaygroundPerson Admin = new("29:1priya-shah", "Priya Shah", "7d1c7a52-5e0b-4c1e-9a57-0c6f3f1e2b01", "priya.shah@landlord.example", "a:1priya-shah-admin-chat");
    private static readonly PlaygroundPerson Colleague = new("29:1sam-patel", "Sam Patel", "7d1c7a52-5e0b-4c1e-9a57-0c6f3f1e2b02", "sam.patel@landlord.example", "a:1sam-patel-colleague-chat");

    [Fact]
    public async Task On_a_fresh_install_the_bootstrapped_admin_grants_a_colleague_the_deciding_role_from_the_admin_card_and_the_colleague_approves_an_extension()
    {
        using var data = new TempFolder();
        var logs = new HostLogSink();
        await using var host = new BotHost(data.Path, overrides: services =>
        {
            services.AddSingleton<TimeProvider>(new RunningClock(Start));
            services.AddSingleton<ILoggerProvider>(logs);
        });
        Assert.False(File.Exists(host.SqlitePath), "The install must start with no database.");

        // The operator's first step on the server: the admin command creates the store and the first administrator.
        var bootstrap = CliRun.Of("staff", "bootstrap-admin", Admin.AadObjectId, "--name", Admin.Name, "--db", host.SqlitePath);
        Assert.True(bootstrap.ExitCode == 0, bootstrap.Output + bootstrap.Error);

        var endpoint = host.StartOnLoopback();
        var staff = host.GetService<StaffDirectory>();
        var admin = await staff.FindAsync(Admin.AadObjectId) ?? throw new InvalidOperationException("bootstrap-admin made nobody.");
        Assert.Equal([StaffRoles.Admin], admin.Roles);
        Assert.Single(await staff.AllAsync());
        var policy = host.GetService<ActivePolicy>().Policy;
        var role = policy.Stage(1).Extension.Approver;
        // A complaint the administrator handles, acknowledged: their extension needs someone holding the policy's role.
        var @case = await PlaygroundExtensionTests.SeedAcknowledgedComplaintAsync(host, admin);
        var dueNow = new DeadlineCalculator().Compute(policy, @case.Timeline(policy)!.Value, Start).Get(DeadlineKind.Stage1Response).Due;
        var dueExtended = new DeadlineCalculator().Extend(dueNow, Timescale.WorkingDays(ExtensionWorkingDays));

        var script = new JsonObject
        {
            ["tenantId"] = "5c7f0d0e-2f4b-4d8a-9d3e-1a2b3c4d5e6f",
            ["bot"] = new JsonObject { ["id"] = "28:complaintsbot-e2e", ["name"] = "ComplaintsBot" },
            ["owner"] = Admin.ToJson(),
            ["manager"] = Colleague.ToJson(),
            ["grant"] = new JsonObject { ["role"] = role },
            ["caseReference"] = @case.Reference.ToString(),
            ["workingDays"] = ExtensionWorkingDays.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["reason"] = "Damp survey booked for 18 Dec; the response needs its findings.",
            ["dueNow"] = CardDates.Day(dueNow),
            ["dueExtended"] = CardDates.Day(dueExtended),
        };
        var scriptFile = Path.Combine(data.Path, "admin-grant.json");
        await File.WriteAllTextAsync(scriptFile, script.ToJsonString());

        var result = await PlaygroundRun.RunScriptAsync("playground-extension.mjs", "--bot", endpoint, "--script", scriptFile,
            "--screenshots", Path.Combine(PlaygroundRun.E2eFolder, "screenshots", "admin-grant"), "--timeout", "120000");

        output.WriteLine(result.ToJsonString());
        foreach (var line in logs.Lines) output.WriteLine(line);
        Assert.True((bool?)result["ok"] == true, result.ToJsonString() + "\n" + string.Join("\n", logs.Lines));

        // The admin card said what it saved, and the directory holds it, audited as the administrator's change.
        Assert.Contains($"Saved for {Colleague.Name}: +{role}.", (string?)result["adminCardSaved"]);
        var colleague = await staff.FindAsync(Colleague.AadObjectId);
        Assert.Contains(role, colleague!.Roles);
        // The approval went to the colleague alone and was theirs to make.
        Assert.Contains("Approve", (string?)result["approvalCard"]);
        Assert.Contains($"Approved by {Colleague.Name}", (string?)result["approvalCardAfter"]);
        Assert.Contains(CardDates.Day(dueExtended), (string?)result["caseCardAfter"]);
        var audit = await host.GetService<CaseService>().AuditTrailAsync(@case.Id);
        Assert.Equal(Colleague.AadObjectId, Assert.Single(audit, a => a.Action == CaseAuditActions.ExtensionApproved).Actor);
        var saved = await host.GetService<CaseService>().FindAsync(@case.Id);
        var extension = Assert.Single(saved!.Stage(1)!.Extensions);
        Assert.Equal((ExtensionDecision.Approved, admin.Id, colleague.Id), (extension.Decision, extension.RequestedById, extension.DecidedById));
        Assert.Equal("""{"owner":[],"manager":[]}""", result["refusedCalls"]!.ToJsonString());
    }
}
