using System.Text.Json;
using System.Text.Json.Nodes;
using ComplaintsBot.Admin;
using ComplaintsBot.Cases.Domain;
using ComplaintsBot.Cases.Staff;
using Microsoft.Extensions.DependencyInjection;

using ComplaintsBot.Tests.CardActions;
using ComplaintsBot.BotFramework.Testing;

namespace ComplaintsBot.Tests.Admin;

/// <summary>
/// The admin card in Teams: an administrator sees people and changes their roles (the bot's and those the policy
/// names) and line managers, each change audited with the administrator as the actor; nobody else can, whatever the
/// card says. And a policy decider nobody holds is said so, to the requester and to the administrators.
/// </summary>
public sealed class AdminCardTests : IAsyncLifetime
{
    private readonly LifecycleHost _host = new(new DateTimeOffset(2026, 12, 7, 10, 0, 0, TimeSpan.Zero));
    private StaffMember _admin = null!;
    private StaffMember _owner = null!;
    private StaffMember _lead = null!;

    public async Task InitializeAsync()
    {
        _admin = await _host.StaffAsync("Ada Admin", [StaffRoles.Admin]);
        _lead = await _host.StaffAsync("Sam Patel", ["complaint-handler"]);
        _owner = await _host.StaffAsync("Priya Shah", ["complaint-handler"]);
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    private ConnectorCall? LastTo(StaffMember who) =>
        _host.Connector.Sends.LastOrDefault(s => s.Path.StartsWith($"/v3/conversations/{LifecycleHost.PersonalChat(who)}/", StringComparison.Ordinal));

    private static JsonObject Inputs(params (string Key, string Value)[] values)
    {
        var data = new JsonObject();
        foreach (var (key, value) in values) data[key] = value;
        return data;
    }

    [Fact]
    public async Task An_administrator_gives_a_policy_role_and_a_line_manager_from_the_card_and_each_change_is_audited()
    {
        await _host.SayAsync(_admin, "admin");
        var list = LastTo(_admin)!.Card!;
        Assert.Contains("People and roles (3)", InvokeAssert.AllText(list));
        Assert.Equal([AdminCards.PersonVerb], InvokeAssert.Verbs(list));

        var person = InvokeAssert.Card(await _host.ClickAsync(_admin, AdminCards.PersonVerb, 0, 0, Inputs((AdminCards.PersonInput, _lead.Id.ToString()))));
        Assert.Contains("Sam Patel", InvokeAssert.AllText(person));
        var roleChoices = person["body"]!.AsArray().Single(e => (string?)e!["id"] == AdminCards.RolesInput)!["choices"]!.AsArray().Select(c => (string)c!["value"]!);
        Assert.Contains("complaint-lead", roleChoices); // the policy's decider is a role to give

        var saved = InvokeAssert.Card(await _host.ClickAsync(_admin, AdminCards.SaveVerb, 0, 0, Inputs(
            (AdminCards.PersonInput, _lead.Id.ToString()), (AdminCards.RolesInput, "complaint-handler,complaint-lead"), (AdminCards.LineManagerInput, AdminCards.NoLineManager))));
        Assert.Equal("Saved for Sam Patel: +complaint-lead.", InvokeAssert.Notice(saved));
        var managed = InvokeAssert.Card(await _host.ClickAsync(_admin, AdminCards.SaveVerb, 0, 0, Inputs(
            (AdminCards.PersonInput, _owner.Id.ToString()), (AdminCards.RolesInput, "complaint-handler"), (AdminCards.LineManagerInput, _lead.AadObjectId))));
        Assert.Equal("Saved for Priya Shah: new line manager.", InvokeAssert.Notice(managed));

        var audit = await _host.Services.GetRequiredService<StaffAdministration>().AuditTrailAsync();
        Assert.Equal([StaffAdministration.RoleGrantedAction, StaffAdministration.LineManagerSetAction], audit.Select(a => a.Action));
        Assert.All(audit, a => Assert.Equal(_admin.AadObjectId, a.Actor));
        Assert.Equal(_lead.AadObjectId, JsonDocument.Parse(audit[1].After!).RootElement.GetProperty("lineManager").GetString());
        var people = await _host.Services.GetRequiredService<StaffAdministration>().ListAsync();
        Assert.Equal(["complaint-handler", "complaint-lead"], people.Single(p => p.Id == _lead.Id).Roles.Order());
        Assert.Equal(_lead.Id, people.Single(p => p.Id == _owner.Id).LineManagerId);
    }

    [Fact]
    public async Task Nobody_but_an_administrator_opens_or_uses_the_admin_card()
    {
        await _host.SayAsync(_owner, "admin");
        Assert.Equal(AdminAction.OnlyAdmins, LastTo(_owner)!.Text);

        foreach (var verb in new[] { AdminCards.PeopleVerb, AdminCards.PersonVerb, AdminCards.SaveVerb })
        {
            var refused = await _host.ClickAsync(_owner, verb, 0, 0, Inputs(
                (AdminCards.PersonInput, _owner.Id.ToString()), (AdminCards.RolesInput, "admin"), (AdminCards.LineManagerInput, AdminCards.NoLineManager)));
            Assert.Equal(AdminAction.OnlyAdmins, InvokeAssert.Error(refused, 403, "Forbidden"));
        }
        Assert.Empty(await _host.Services.GetRequiredService<StaffAdministration>().AuditTrailAsync());
        Assert.False((await _host.Services.GetRequiredService<StaffAdministration>().FindAsync(_owner.AadObjectId))!.HasRole(StaffRoles.Admin));
    }

    [Fact]
    public async Task An_extension_nobody_may_decide_goes_to_the_administrators_as_fallback_deciders_and_is_said_so_to_the_requester_at_once()
    {
        // hoc-2024: extensions are decided by the complaint lead (Code 4.1) or the line manager; Priya has neither.
        var @case = await _host.ChangeAsync(await _host.ComplaintAsync("hoc-2024", "HOC", _owner), c => c.Acknowledge(_host.Clock.GetUtcNow()));

        var card = InvokeAssert.Card(await _host.ClickAsync(_owner, "requestExtension", @case.Id, @case.Version, Inputs(
            ("workingDays", "5"), ("reason", "Damp survey booked for 18 Dec"), ("customerAgreed", "true"))));

        Assert.Equal(
            "Extension of 5 working days asked, but nobody may decide it: Complaint Handling Code (2024) has Person or team responsible for complaint handling (Code 4.1) (complaint-lead) decide, " +
            "nobody holds that role, and you have no line manager on the staff list. I sent it to the administrators (Ada Admin) to decide instead, or to give someone the role. " +
            "You can withdraw it, and record the response meanwhile.",
            InvokeAssert.Notice(card));
        var toAdmin = _host.Connector.Sends.Where(s => s.Path == $"/v3/conversations/{LifecycleHost.PersonalChat(_admin)}/activities").ToList();
        var told = Assert.Single(toAdmin, s => s.Card is null);
        Assert.StartsWith($"Priya Shah asked to extend {@case.Reference} by 5 working days, but nobody may decide it", told.Text, StringComparison.Ordinal);
        Assert.Contains("As an administrator you may decide it from the card I am sending you, or type **admin** to give someone the complaint-lead role.", told.Text);
        Assert.Equal(["refreshExtension", "approveExtension", "declineExtension"], InvokeAssert.Verbs(Assert.Single(toAdmin, s => s.Card is not null).Card));

        var asked = (await _host.Cases.FindAsync(@case.Id))!;
        var decided = InvokeAssert.Card(await _host.ClickAsync(_admin, "approveExtension", asked.Id, asked.Version));

        Assert.Contains("Ada Admin", InvokeAssert.AllText(decided));
        Assert.Equal(5, (await _host.Cases.FindAsync(@case.Id))!.Stage(1)!.ApprovedExtensionDays);
    }

    [Fact]
    public async Task Every_admin_card_button_falls_back_to_an_Action_Submit_and_a_save_from_the_fallback_gives_the_role()
    {
        await _host.SayAsync(_admin, "admin");
        var list = LastTo(_admin)!.Card!;
        var person = InvokeAssert.Card(await _host.ClickAsync(_admin, AdminCards.PersonVerb, 0, 0, Inputs((AdminCards.PersonInput, _lead.Id.ToString()))));
        // As the card templates' buttons do (ExecuteFallbackTemplateTests): the same title, the same data plus the verb.
        foreach (var action in new[] { list, person }.SelectMany(c => c["actions"]!.AsArray()).Select(a => a!.AsObject()))
        {
            Assert.Equal("Action.Execute", (string?)action["type"]);
            var fallback = action["fallback"]!.AsObject();
            Assert.Equal("Action.Submit", (string?)fallback["type"]);
            Assert.Equal((string?)action["title"], (string?)fallback["title"]);
            var expected = action["data"]!.DeepClone().AsObject();
            expected["verb"] = (string?)action["verb"];
            Assert.True(JsonNode.DeepEquals(expected, fallback["data"]), $"{action["verb"]}: {fallback["data"]!.ToJsonString()}");
        }

        // A client without Universal Actions presses Save's fallback: its data merged with the inputs, as a message.
        var save = person["actions"]!.AsArray().Single(a => (string?)a!["verb"] == AdminCards.SaveVerb)!["fallback"]!["data"]!.DeepClone().AsObject();
        save[AdminCards.RolesInput] = "complaint-handler,complaint-lead";
        save[AdminCards.LineManagerInput] = AdminCards.NoLineManager;
        await _host.SubmitAsync(_admin, save, replyToId: "admin-card-1");

        Assert.Equal(["complaint-handler", "complaint-lead"], (await _host.Services.GetRequiredService<StaffAdministration>().FindAsync(_lead.AadObjectId))!.Roles.Order());
        var granted = Assert.Single(await _host.Services.GetRequiredService<StaffAdministration>().AuditTrailAsync());
        Assert.Equal((StaffAdministration.RoleGrantedAction, _admin.AadObjectId), (granted.Action, granted.Actor));
        // The answer replaces the clicked card in the personal chat, with what was saved.
        var replaced = Assert.Single(_host.Connector.Updates, u => u.Path.EndsWith("/activities/admin-card-1", StringComparison.Ordinal));
        Assert.Contains("Saved for Sam Patel: +complaint-lead.", InvokeAssert.AllText(replaced.Card!));
    }

    [Fact]
    public async Task A_fallback_submit_from_someone_not_an_administrator_changes_nothing()
    {
        var data = new JsonObject { ["verb"] = AdminCards.SaveVerb, [AdminCards.PersonInput] = _owner.Id.ToString(), [AdminCards.RolesInput] = "admin" };

        await _host.SubmitAsync(_owner, data, replyToId: "admin-card-1");

        Assert.Equal(AdminAction.OnlyAdmins, LastTo(_owner)!.Text);
        Assert.Empty(await _host.Services.GetRequiredService<StaffAdministration>().AuditTrailAsync());
        Assert.False((await _host.Services.GetRequiredService<StaffAdministration>().FindAsync(_owner.AadObjectId))!.HasRole(StaffRoles.Admin));
    }
}
