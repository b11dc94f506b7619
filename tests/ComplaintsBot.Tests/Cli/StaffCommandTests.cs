using System.Text;
using System.Text.Json;
using ComplaintsBot.Cases.Domain;
using ComplaintsBot.Cases.Staff;
using ComplaintsBot.Cases.Store;
using Microsoft.Extensions.DependencyInjection;

namespace ComplaintsBot.Tests.Cli;

/// <summary>
/// The operator's way in without a database tool: an HR export imported all or nothing, roles granted and revoked,
/// line managers set, the first administrator made on a fresh install; every change in the staff audit trail.
/// </summary>
public sealed class StaffCommandTests : IDisposable
{
    // As an HR system exports it for Excel: a byte order mark, CRLF, columns the bot does not use, a quoted job title
    // with a comma and one with a line break (so the file's line numbers and the record numbers differ).
    private const string Header =
        "Employee Number,First Name,Last Name,Job Title,Department,Work Email,Entra Object ID,Line Manager Email,ComplaintsBot Roles";

    private static readonly string[] GoodRows =
    [
        "E1001,Priya,Shah,\"Head of Customer Experience, Housing\",Customer Experience,priya.shah@riverside.example,6f1c2a10-0000-4000-8000-000000000001,,complaints-manager; admin",
        "E1002,Tom,Okafor,\"Neighbourhood Team Leader\nNorth\",Neighbourhoods,tom.okafor@riverside.example,6f1c2a10-0000-4000-8000-000000000002,priya.shah@riverside.example,Team Leader",
        "E1003,Olive,Hart,Housing Officer,Neighbourhoods,olive.hart@riverside.example,6f1c2a10-0000-4000-8000-000000000003,tom.okafor@riverside.example,",
        "E1004,Sam,Reid,Repairs Officer,Repairs,sam.reid@riverside.example,6f1c2a10-0000-4000-8000-000000000004,tom.okafor@riverside.example,officer",
    ];

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "complaintsbot-staff-cli", Guid.NewGuid().ToString("N"));

    public StaffCommandTests() => Directory.CreateDirectory(_folder);

    private string Db => Path.Combine(_folder, "cases.db");

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try { Directory.Delete(_folder, recursive: true); } catch (IOException) { }
    }

    private string Csv(string name, params string[] rows)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllText(path, string.Join("\r\n", [Header, .. rows]) + "\r\n", new UTF8Encoding(encoderShouldEmitUTF8Identifier: true));
        return path;
    }

    private CliRun Staff(params string[] args) => CliRun.Of(["staff", .. args, "--db", Db]);

    private async Task<(List<StaffMember> People, List<AuditEntry> Audit)> StoreAsync()
    {
        var services = new ServiceCollection();
        services.AddCaseStore(Db);
        await using var provider = services.BuildServiceProvider();
        var admin = provider.GetRequiredService<StaffAdministration>();
        return (await admin.ListAsync(), await admin.AuditTrailAsync());
    }

    [Fact]
    public async Task An_HR_export_adds_everyone_with_team_roles_and_line_manager_and_audits_each_person()
    {
        var run = Staff("import", Csv("hr.csv", GoodRows), "--by", "it.ops@riverside.example");

        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Contains("Imported 4 people", run.Output);
        Assert.Contains("4 added, 0 changed, 0 unchanged", run.Output);
        var (people, audit) = await StoreAsync();
        var priya = people.Single(p => p.Email == "priya.shah@riverside.example");
        Assert.Equal("Priya Shah", priya.DisplayName);
        Assert.Equal("6f1c2a10-0000-4000-8000-000000000001", priya.AadObjectId);
        Assert.Equal("Customer Experience", priya.Team);
        Assert.Equal([StaffRoles.Admin, StaffRoles.ComplaintsManager], priya.Roles.Order());
        var tom = people.Single(p => p.DisplayName == "Tom Okafor");
        Assert.Equal([StaffRoles.TeamLeader], tom.Roles); // "Team Leader" as HR writes it
        Assert.Equal(priya.Id, tom.LineManagerId);
        var olive = people.Single(p => p.DisplayName == "Olive Hart");
        Assert.Equal([StaffRoles.Officer], olive.Roles); // an empty roles cell: staff, so an officer
        Assert.Equal(tom.Id, olive.LineManagerId);

        Assert.Equal(4, audit.Count);
        Assert.All(audit, a =>
        {
            Assert.Equal(StaffAdministration.AddedAction, a.Action);
            Assert.Equal("it.ops@riverside.example", a.Actor);
            Assert.Null(a.CaseId);
            Assert.Null(a.Before);
        });
        var oliveAfter = JsonDocument.Parse(audit.Single(a => a.After!.Contains("olive.hart", StringComparison.Ordinal)).After!).RootElement;
        Assert.Equal("6f1c2a10-0000-4000-8000-000000000002", oliveAfter.GetProperty("lineManager").GetString());
        Assert.Equal("Neighbourhoods", oliveAfter.GetProperty("team").GetString());
    }

    [Fact]
    public async Task A_bad_row_is_reported_by_its_line_in_the_file_and_nothing_is_imported()
    {
        // Line 1 header; Priya line 2; Tom lines 3-4 (a line break inside his quoted job title); Olive 5; Sam 6; Kim 7.
        var kim = "E1005,Kim,Lowe,Officer,Repairs,kim.lowe@riverside.example,6f1c2a10-0000-4000-8000-000000000005,nobody@riverside.example,supervisor";
        var run = Staff("import", Csv("bad.csv", [.. GoodRows, kim]));

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("nothing was changed", run.Error);
        Assert.Contains("bad.csv:line 7: unknown role 'supervisor'", run.Error);
        Assert.DoesNotContain("line 6", run.Error);
        var (people, audit) = await StoreAsync();
        Assert.Empty(people);
        Assert.Empty(audit);
    }

    [Fact]
    public async Task A_line_manager_nobody_knows_and_a_loop_of_line_managers_are_refused_by_line()
    {
        var unknownManager = Staff("import", Csv("unknown.csv",
            GoodRows[0],
            "E1009,Ann,Cole,Officer,Repairs,ann.cole@riverside.example,6f1c2a10-0000-4000-8000-000000000009,gone@riverside.example,officer"));
        Assert.Equal(2, unknownManager.ExitCode);
        Assert.Contains("line 3: line manager 'gone@riverside.example' is neither in the file nor in the staff directory", unknownManager.Error);

        var loop = Staff("import", Csv("loop.csv",
            "A,Ann,Cole,Officer,Repairs,ann@riverside.example,aaaa,bob@riverside.example,officer",
            "B,Bob,Dee,Officer,Repairs,bob@riverside.example,bbbb,ann@riverside.example,officer"));
        Assert.Equal(2, loop.ExitCode);
        Assert.Contains("line 2: the line managers above Ann Cole go round in a loop", loop.Error);
        Assert.Empty((await StoreAsync()).People);
    }

    [Fact]
    public async Task A_second_export_with_one_bad_row_leaves_the_first_import_exactly_as_it_was()
    {
        Assert.Equal(0, Staff("import", Csv("first.csv", GoodRows)).ExitCode);
        var before = await StoreAsync();

        var moved = GoodRows[3].Replace("Repairs,sam.reid", "Neighbourhoods,sam.reid", StringComparison.Ordinal).Replace(",officer", ",manager", StringComparison.Ordinal);
        var dup = "E1010,Sam,Again,Officer,Repairs,sam.reid@riverside.example,6f1c2a10-0000-4000-8000-000000000010,,officer";
        var run = Staff("import", Csv("second.csv", GoodRows[0], GoodRows[1], GoodRows[2], moved, dup));

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("line 7: email sam.reid@riverside.example is already on line 6", run.Error);
        var after = await StoreAsync();
        var sam = after.People.Single(p => p.Email == "sam.reid@riverside.example");
        Assert.Equal("Repairs", sam.Team);
        Assert.Equal([StaffRoles.Officer], sam.Roles);
        Assert.Equal(before.Audit.Count, after.Audit.Count);
    }

    [Fact]
    public async Task Importing_the_same_export_again_changes_nothing_and_audits_nothing()
    {
        Assert.Equal(0, Staff("import", Csv("hr.csv", GoodRows)).ExitCode);
        var again = Staff("import", Csv("hr.csv", GoodRows));

        Assert.Contains("0 added, 0 changed, 4 unchanged", again.Output);
        Assert.Equal(4, (await StoreAsync()).Audit.Count);
    }

    [Fact]
    public void A_file_without_an_object_id_column_is_refused_naming_the_header()
    {
        var path = Path.Combine(_folder, "no-ids.csv");
        File.WriteAllText(path, "Name,Email\r\nAnn Cole,ann@riverside.example\r\n");

        var run = Staff("import", path);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("line 1: the header has no column for the person's Entra object id", run.Error);
        Assert.Contains("\"Name\", \"Email\"", run.Error);
    }

    [Fact]
    public async Task Grant_and_revoke_change_one_role_each_and_record_who_when_before_and_after()
    {
        Assert.Equal(0, Staff("import", Csv("hr.csv", GoodRows)).ExitCode);

        var grant = Staff("grant", "olive.hart@riverside.example", "manager", "--by", "priya.shah@riverside.example");
        Assert.True(grant.ExitCode == 0, grant.Error);
        Assert.Contains("Olive Hart <olive.hart@riverside.example> now has the roles manager, officer", grant.Output);
        var revoke = Staff("revoke", "6f1c2a10-0000-4000-8000-000000000003", "officer", "--by", "priya.shah@riverside.example");
        Assert.True(revoke.ExitCode == 0, revoke.Error);

        var (people, audit) = await StoreAsync();
        Assert.Equal([StaffRoles.Manager], people.Single(p => p.DisplayName == "Olive Hart").Roles);
        var granted = audit.Single(a => a.Action == StaffAdministration.RoleGrantedAction);
        Assert.Equal("priya.shah@riverside.example", granted.Actor);
        Assert.Equal(new DateTimeOffset(2026, 11, 24, 12, 0, 0, TimeSpan.Zero), granted.At); // the CLI's clock
        Assert.Equal(["officer"], Roles(granted.Before!));
        Assert.Equal(["manager", "officer"], Roles(granted.After!));
        var revoked = audit.Single(a => a.Action == StaffAdministration.RoleRevokedAction);
        Assert.Equal(["manager"], Roles(revoked.After!));
    }

    [Fact]
    public async Task Refused_changes_say_why_and_change_nothing()
    {
        Assert.Equal(0, Staff("import", Csv("hr.csv", GoodRows)).ExitCode);
        var audited = (await StoreAsync()).Audit.Count;

        var unknownRole = Staff("grant", "olive.hart@riverside.example", "boss");
        Assert.Equal(2, unknownRole.ExitCode);
        Assert.Contains("Unknown role 'boss'; the roles are officer, team-leader, manager, complaints-manager, senior-manager, admin, ", unknownRole.Error);
        Assert.Contains("customer-experience-manager", unknownRole.Error); // roles the policies name are roles too

        var nobody = Staff("grant", "who@riverside.example", "manager");
        Assert.Equal(2, nobody.ExitCode);
        Assert.Contains("Nobody in the staff directory has the email or object id 'who@riverside.example'", nobody.Error);

        var lastAdmin = Staff("revoke", "priya.shah@riverside.example", "admin");
        Assert.Equal(2, lastAdmin.ExitCode);
        Assert.Contains("Priya Shah is the only administrator", lastAdmin.Error);

        var loop = Staff("line-manager", "priya.shah@riverside.example", "olive.hart@riverside.example");
        Assert.Equal(2, loop.ExitCode);
        Assert.Contains("Olive Hart reports to Priya Shah already", loop.Error);

        Assert.Equal(audited, (await StoreAsync()).Audit.Count);
    }

    [Fact]
    public async Task Line_manager_is_set_and_cleared_with_an_audit_line_each()
    {
        Assert.Equal(0, Staff("import", Csv("hr.csv", GoodRows)).ExitCode);

        var set = Staff("line-manager", "sam.reid@riverside.example", "priya.shah@riverside.example");
        Assert.Contains("Sam Reid <sam.reid@riverside.example> reports to Priya Shah <priya.shah@riverside.example>", set.Output);
        var cleared = Staff("line-manager", "sam.reid@riverside.example", "none");
        Assert.Contains("reports to nobody", cleared.Output);

        var (people, audit) = await StoreAsync();
        Assert.Null(people.Single(p => p.DisplayName == "Sam Reid").LineManagerId);
        var changes = audit.Where(a => a.Action == StaffAdministration.LineManagerSetAction).ToList();
        Assert.Equal(2, changes.Count);
        Assert.Equal("6f1c2a10-0000-4000-8000-000000000001", JsonDocument.Parse(changes[0].After!).RootElement.GetProperty("lineManager").GetString());
        Assert.False(JsonDocument.Parse(changes[1].After!).RootElement.TryGetProperty("lineManager", out _));
    }

    [Fact]
    public async Task Bootstrap_admin_creates_the_store_on_a_fresh_install_and_is_refused_once_there_is_an_admin()
    {
        Assert.False(File.Exists(Db));

        var first = Staff("bootstrap-admin", "00000000-0000-0000-0000-0000000000aa", "--name", "Alex Wilber");
        Assert.True(first.ExitCode == 0, first.Error);
        Assert.Contains("Alex Wilber (00000000-0000-0000-0000-0000000000aa) is an administrator", first.Output);
        Assert.True(File.Exists(Db));

        var again = Staff("bootstrap-admin", "00000000-0000-0000-0000-0000000000aa");
        Assert.Equal(0, again.ExitCode); // the same person: nothing to do
        var second = Staff("bootstrap-admin", "00000000-0000-0000-0000-0000000000bb");
        Assert.Equal(2, second.ExitCode);
        Assert.Contains("There is already an administrator (Alex Wilber (00000000-0000-0000-0000-0000000000aa))", second.Error);
        var byUnknownEmail = CliRun.Of("staff", "bootstrap-admin", "someone@riverside.example", "--db", Path.Combine(_folder, "other.db"));
        Assert.Equal(2, byUnknownEmail.ExitCode);
        Assert.Contains("give their Entra object id", byUnknownEmail.Error);

        var list = Staff("list");
        Assert.Contains("Alex Wilber\t-\t00000000-0000-0000-0000-0000000000aa\t-\tadmin\t-", list.Output);
        var (people, audit) = await StoreAsync();
        Assert.Single(people);
        var entry = Assert.Single(audit);
        Assert.Equal(StaffAdministration.BootstrapAdminAction, entry.Action);
        Assert.StartsWith("cli:", entry.Actor, StringComparison.Ordinal);
    }

    private static string[] Roles(string json) =>
        [.. JsonDocument.Parse(json).RootElement.GetProperty("roles").EnumerateArray().Select(r => r.GetString()!)];
}
