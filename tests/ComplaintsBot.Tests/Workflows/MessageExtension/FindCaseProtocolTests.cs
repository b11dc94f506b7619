using System.Net;
using System.Text.Json.Nodes;
using ComplaintsBot.Cases.Domain;
using ComplaintsBot.Cases.Store;
using ComplaintsBot.Tests.CardActions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ComplaintsBot.Tests.Workflows.MessageExtension;

/// <summary>
/// The compose-box search as Teams sends it (<c>composeExtension/query</c> with the searchText parameter): cases by
/// reference or customer, each as its case card to insert, and only the cases the person may see; each one shown is in
/// the case's audit trail.
/// </summary>
public sealed class FindCaseProtocolTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Now = new(2026, 12, 7, 10, 0, 0, TimeSpan.Zero);

    private LifecycleHost _host = null!;
    private StaffMember _owner = null!;
    private StaffMember _colleague = null!;
    private StaffMember _complaints = null!;

    public async Task InitializeAsync()
    {
        _host = new LifecycleHost(Now, new Dictionary<string, string?> { ["ComplaintsBot:Access:UnknownPeopleMayLog"] = "false" });
        _owner = await _host.StaffAsync("Olive Hart", [StaffRoles.Officer]);
        _colleague = await _host.StaffAsync("Ann Cole", [StaffRoles.Officer]);
        _complaints = await _host.StaffAsync("Priya Shah", [StaffRoles.ComplaintsManager]);
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    private async Task<JsonObject> SearchAsync(StaffMember who, string text, bool initialRun = false)
    {
        var parameters = initialRun
            ? new JsonArray(new JsonObject { ["name"] = "initialRun", ["value"] = "true" })
            : new JsonArray(new JsonObject { ["name"] = "searchText", ["value"] = text });
        var (status, body) = await _host.InvokeAsync(who, "composeExtension/query", new JsonObject
        {
            ["commandId"] = "findCase",
            ["parameters"] = parameters,
            ["queryOptions"] = new JsonObject { ["skip"] = 0, ["count"] = 25 },
            ["context"] = new JsonObject { ["theme"] = "default" },
        }, new ComplaintsBot.BotFramework.Schema.ConversationAccount { Id = "19:housing-team@thread.tacv2", ConversationType = "channel", IsGroup = true, TenantId = "tenant-1" });
        Assert.Equal(HttpStatusCode.OK, status);
        return body!["composeExtension"]!.AsObject();
    }

    private static List<string> References(JsonObject result) =>
        [.. result["attachments"]!.AsArray().Select(a => (string)a!["preview"]!["content"]!["title"]!)];

    [Fact]
    public async Task By_reference_the_owner_gets_the_case_card_to_insert()
    {
        var @case = await _host.ComplaintAsync("hoc-2024", "HOC", _owner);

        var result = await SearchAsync(_owner, @case.Reference.ToString());

        Assert.Equal("result", (string?)result["type"]);
        Assert.Equal("list", (string?)result["attachmentLayout"]);
        var attachment = Assert.Single(result["attachments"]!.AsArray())!;
        Assert.Equal("application/vnd.microsoft.card.adaptive", (string?)attachment["contentType"]);
        Assert.Equal("AdaptiveCard", (string?)attachment["content"]!["type"]);
        Assert.Contains(@case.Reference.ToString(), InvokeAssert.AllText(attachment["content"]), StringComparison.Ordinal);
        Assert.Equal("application/vnd.microsoft.card.thumbnail", (string?)attachment["preview"]!["contentType"]);
        Assert.Equal(@case.Reference.ToString(), (string?)attachment["preview"]!["content"]!["title"]);
    }

    [Fact]
    public async Task A_case_the_person_may_not_see_is_not_found_by_reference_nor_by_customer()
    {
        var @case = await _host.ComplaintAsync("hoc-2024", "HOC", _owner);

        Assert.Empty(References(await SearchAsync(_colleague, @case.Reference.ToString())));
        Assert.Empty(References(await SearchAsync(_colleague, "O'Neill")));
        Assert.Equal([@case.Reference.ToString()], References(await SearchAsync(_complaints, "o'neill"))); // sees every case
    }

    [Fact]
    public async Task By_customer_name_matches_any_part_of_it_whatever_the_case_and_each_shown_case_is_audited()
    {
        var first = await _host.ComplaintAsync("hoc-2024", "HOC", _owner);
        var second = await _host.ComplaintAsync("hoc-2024", "HOC", _owner);

        var found = References(await SearchAsync(_owner, "jo o'neill"));

        Assert.Equal([second.Reference.ToString(), first.Reference.ToString()], found); // newest first
        var contexts = _host.Services.GetRequiredService<IDbContextFactory<CasesDbContext>>();
        await using var db = await contexts.CreateDbContextAsync();
        Assert.Equal(2, await db.AuditEntries.CountAsync(e => e.Action == CaseAuditActions.Viewed && e.Actor == _owner.AadObjectId));
    }

    [Fact]
    public async Task Opening_the_search_lists_the_persons_own_open_cases()
    {
        var mine = await _host.ComplaintAsync("hoc-2024", "HOC", _owner);
        await _host.ComplaintAsync("hoc-2024", "HOC", _colleague);

        Assert.Equal([mine.Reference.ToString()], References(await SearchAsync(_owner, "", initialRun: true)));
    }

    [Fact]
    public async Task Someone_not_on_the_staff_list_is_told_so_and_sees_no_case()
    {
        var @case = await _host.ComplaintAsync("hoc-2024", "HOC", _owner);

        var result = await SearchAsync(new StaffMember("aad-stranger", "Stan Ger"), @case.Reference.ToString());

        Assert.Equal("message", (string?)result["type"]);
        Assert.Equal(ComplaintsBot.Workflows.CaseCard.CaseReplies.NotOnStaffList, (string?)result["text"]);
        Assert.Null(result["attachments"]);
    }
}
