using System.Net;
using System.Text.Json.Nodes;
using ComplaintsBot.BotFramework.Schema;
using ComplaintsBot.Cases.Domain;
using ComplaintsBot.Cases.Store;
using ComplaintsBot.Tests.CardActions;
using ComplaintsBot.Workflows.LogContact;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ComplaintsBot.Tests.Workflows.MessageExtension;

/// <summary>
/// "Log as a contact" on a message, as Teams sends it: <c>composeExtension/fetchTask</c> with the message (HTML body,
/// author, time) opens the logging form prefilled from it; <c>composeExtension/submitAction</c> with the form's inputs
/// saves the case by the chat dialog's rules, writes its audit trail and posts the case card to the officer's personal
/// chat. A form with mistakes comes back with the mistakes shown and everything as typed; someone who may not log
/// contacts is refused in the dialog; in neither case is anything saved.
/// </summary>
public sealed class LogAsContactProtocolTests : IAsyncLifetime
{
    // Tue 24 Nov 2026 10:40 in London (GMT).
    private static readonly DateTimeOffset Now = new(2026, 11, 24, 10, 40, 0, TimeSpan.Zero);

    private const string Html =
        "<p>Hi team,&nbsp;<at id=\"0\">Olive</at> can you log this?</p><p>The boiler at no.&nbsp;14 has been <b>broken</b> for three weeks &amp; nobody came.<br>" +
        "Twice now.</p><ul><li>Missed 3 Nov</li><li>Missed 17 Nov</li></ul><img src=\"https://example.org/x.png\" alt=\"photo\"><p>&lt;script&gt; stays text</p>";

    private const string PlainText =
        "Hi team, Olive can you log this?\n\nThe boiler at no. 14 has been broken for three weeks & nobody came.\nTwice now.\n\n- Missed 3 Nov\n- Missed 17 Nov\n\n<script> stays text";

    private LifecycleHost _host = null!;
    private StaffMember _officer = null!;

    public async Task InitializeAsync()
    {
        _host = new LifecycleHost(Now, new Dictionary<string, string?> { ["ComplaintsBot:Access:UnknownPeopleMayLog"] = "false" });
        _officer = await _host.StaffAsync("Olive Hart", [StaffRoles.Officer]);
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    /// <summary>A message's payload as Teams puts it on the invoke (messagePayload of MessagingExtensionAction).</summary>
    private static JsonObject MessagePayload(string authorAadId = "aad-customer-sam", string authorName = "Sam Okafor") => new()
    {
        ["id"] = "1732443300000",
        ["replyToId"] = null,
        ["createdDateTime"] = "2026-11-24T09:15:00.000Z",
        ["lastModifiedDateTime"] = null,
        ["deleted"] = false,
        ["subject"] = null,
        ["summary"] = null,
        ["importance"] = "normal",
        ["locale"] = "en-gb",
        ["linkToMessage"] = "https://teams.microsoft.com/l/message/19:abc@thread.skype/1732443300000",
        ["from"] = new JsonObject
        {
            ["device"] = null, ["conversation"] = null, ["application"] = null,
            ["user"] = new JsonObject { ["userIdentityType"] = "aadUser", ["id"] = authorAadId, ["displayName"] = authorName },
        },
        ["body"] = new JsonObject { ["contentType"] = "html", ["content"] = Html },
        ["attachmentLayout"] = null,
        ["attachments"] = new JsonArray(),
        ["mentions"] = new JsonArray(new JsonObject { ["id"] = 0, ["mentionText"] = "Olive" }),
        ["reactions"] = new JsonArray(),
    };

    private static JsonObject FetchValue(JsonObject? payload = null) => new()
    {
        ["commandId"] = "logAsContact",
        ["commandContext"] = "message",
        ["requestId"] = "a2f6d0a4b6b04b8a9f5c1b1e2f3a4b5c",
        ["messagePayload"] = payload ?? MessagePayload(),
        ["context"] = new JsonObject { ["theme"] = "default" },
    };

    private async Task<JsonObject> FetchFormAsync(StaffMember who, JsonObject? payload = null)
    {
        var (status, body) = await _host.InvokeAsync(who, "composeExtension/fetchTask", FetchValue(payload));
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("continue", (string?)body!["task"]!["type"]);
        Assert.Equal("Log as a contact", (string?)body["task"]!["value"]!["title"]);
        var card = body["task"]!["value"]!["card"]!;
        Assert.Equal(Attachment.AdaptiveCardContentType, (string?)card["contentType"]);
        return card["content"]!.AsObject();
    }

    /// <summary>What Teams submits: the Save button's data with every input's value merged in (all strings), as Teams does.</summary>
    private static JsonObject Submitted(JsonObject form, Action<JsonObject>? change = null)
    {
        var data = form["actions"]![0]!["data"]!.DeepClone().AsObject();
        foreach (var input in Inputs(form))
            if (input["value"] is JsonValue value && value.ToString() is { Length: > 0 } text) data[(string)input["id"]!] = text;
        change?.Invoke(data);
        return data;
    }

    private static IEnumerable<JsonObject> Inputs(JsonNode node) => node switch
    {
        JsonObject o when ((string?)o["type"])?.StartsWith("Input.", StringComparison.Ordinal) == true => [o],
        JsonObject o => o.SelectMany(p => p.Value is null ? [] : Inputs(p.Value)),
        JsonArray a => a.OfType<JsonNode>().SelectMany(Inputs),
        _ => [],
    };

    private static string? InputValue(JsonObject form, string id) => (string?)Inputs(form).Single(i => (string?)i["id"] == id)["value"];

    private Task<(HttpStatusCode Status, JsonObject? Body)> SubmitAsync(StaffMember who, JsonObject data, ConversationAccount? conversation = null) =>
        _host.InvokeAsync(who, "composeExtension/submitAction", new JsonObject
        {
            ["commandId"] = "logAsContact",
            ["commandContext"] = "message",
            ["messagePayload"] = MessagePayload(),
            ["context"] = new JsonObject { ["theme"] = "dark" },
            ["data"] = data,
        }, conversation);

    private async Task<List<Case>> SavedCasesAsync()
    {
        var contexts = _host.Services.GetRequiredService<IDbContextFactory<CasesDbContext>>();
        await using var db = await contexts.CreateDbContextAsync();
        return await db.Cases.AsNoTracking().ToListAsync();
    }

    private async Task<List<AuditEntry>> AuditAsync(int caseId)
    {
        var contexts = _host.Services.GetRequiredService<IDbContextFactory<CasesDbContext>>();
        await using var db = await contexts.CreateDbContextAsync();
        return await db.AuditEntries.AsNoTracking().Where(e => e.CaseId == caseId).ToListAsync();
    }

    [Fact]
    public async Task Fetch_task_prefills_the_form_with_the_message_text_as_plain_text_its_author_and_its_time()
    {
        var form = await FetchFormAsync(_officer);

        Assert.Equal(PlainText, InputValue(form, "description"));
        Assert.Equal("Sam Okafor", InputValue(form, "customerName")); // the customer wrote it (not on the staff list)
        Assert.Equal("2026-11-24", InputValue(form, "receivedDate"));
        Assert.Equal("09:15", InputValue(form, "receivedTime"));  // London time in November is GMT
        Assert.Equal("personal", InputValue(form, "postTo"));     // the officer's personal chat by default
        Assert.Contains("From Sam Okafor's message, Tue 24 Nov 2026 09:15", InvokeAssert.AllText(form), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Fetch_task_on_a_colleagues_message_leaves_the_customer_for_staff_to_name()
    {
        var colleague = await _host.StaffAsync("Ann Cole", [StaffRoles.Officer]);

        var form = await FetchFormAsync(_officer, MessagePayload(colleague.AadObjectId, colleague.DisplayName));

        Assert.Equal("", InputValue(form, "customerName"));
        Assert.Equal(PlainText, InputValue(form, "description"));
    }

    [Fact]
    public async Task Submit_action_saves_the_complaint_writes_its_audit_trail_and_posts_the_case_card_to_the_officers_personal_chat()
    {
        var form = await FetchFormAsync(_officer);
        var data = Submitted(form, d =>
        {
            d["category"] = "complaint";
            d["tenancyReference"] = "T-200417";
            d["issueDate"] = "2026-11-03";
        });

        var (status, body) = await SubmitAsync(_officer, data);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("message", (string?)body!["task"]!["type"]);
        var saved = Assert.Single(await SavedCasesAsync());
        Assert.Equal($"Saved as {saved.Reference}. The case card is in your chat with ComplaintsBot.", (string?)body["task"]!["value"]);
        Assert.Equal("complaint", saved.CategoryId);
        Assert.Equal(PlainText, saved.Description);
        Assert.Equal("Sam Okafor", saved.Customer.Name);
        Assert.Equal("T-200417", saved.Customer.TenancyReference);
        Assert.Equal(ContactChannel.Email, saved.Channel);
        Assert.Equal(new DateTimeOffset(2026, 11, 24, 9, 15, 0, TimeSpan.Zero), saved.ReceivedAt);
        Assert.Equal(new DateOnly(2026, 11, 3), saved.IssueOccurredOn);
        Assert.Equal(_officer.Id, saved.OwnerId);

        var audit = await AuditAsync(saved.Id);
        Assert.Contains(audit, e => e.Action == CaseAuditActions.Opened && e.Actor == _officer.AadObjectId);
        Assert.Contains(audit, e => e.Action == CaseAuditActions.ExclusionDecided); // the policy's exclusions, decided as in chat

        var chat = _host.Connector.Replies(LifecycleHost.PersonalChat(_officer));
        Assert.Contains(chat, c => c.Text?.StartsWith($"Saved as **{saved.Reference}**: Complaint, Stage 1", StringComparison.Ordinal) == true);
        var card = Assert.Single(chat, c => c.Card is not null).Card!;
        Assert.Contains(saved.Reference.ToString(), InvokeAssert.AllText(card), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_absolute_exclusion_answered_on_the_form_is_decided_as_in_chat_and_the_officer_is_told_what_to_tell_the_customer()
    {
        var data = Submitted(await FetchFormAsync(_officer), d =>
        {
            d["category"] = "complaint";
            d["issueDate"] = "2026-11-03";
            d["exclusionLegalProceedings"] = "true"; // HOC 2024, Code 2.2: a claim filed at court
        });

        await SubmitAsync(_officer, data);

        var saved = Assert.Single(await SavedCasesAsync());
        var decisions = (await _host.Cases.FindAsync(saved.Id))!.ExclusionDecisions;
        Assert.Contains(decisions, d => d.ExclusionId == "legal-proceedings" && d.Applies);
        var confirmation = _host.Connector.Replies(LifecycleHost.PersonalChat(_officer)).First(c => c.Text is not null).Text!;
        Assert.Contains("Complaint not accepted", confirmation, StringComparison.Ordinal);
        Assert.Contains("Not accepted. Tell the customer: Legal proceedings about this matter have started", confirmation, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Chosen_so_the_case_card_is_posted_in_the_channel_thread_the_message_is_in_and_not_in_the_personal_chat()
    {
        var thread = new ConversationAccount { Id = "19:housing-team@thread.tacv2;messageid=1732443300000", ConversationType = "channel", IsGroup = true, TenantId = "tenant-1" };
        var data = Submitted(await FetchFormAsync(_officer), d => { d["category"] = "service-request"; d["postTo"] = "conversation"; });

        var (_, body) = await SubmitAsync(_officer, data, thread);

        var saved = Assert.Single(await SavedCasesAsync());
        Assert.Equal($"Saved as {saved.Reference}. The case card is in this conversation.", (string?)body!["task"]!["value"]);
        Assert.Contains(_host.Connector.Replies(thread.Id), c => c.Card is { } card && InvokeAssert.AllText(card).Contains(saved.Reference.ToString(), StringComparison.Ordinal));
        Assert.Empty(_host.Connector.Replies(LifecycleHost.PersonalChat(_officer)));
    }

    [Fact]
    public async Task Code_5_14_a_customer_whose_contact_is_restricted_is_still_logged_and_the_officer_is_told_the_terms()
    {
        var earlier = await _host.ComplaintAsync("hoc-2024", "HOC", _officer); // Mrs Jo O'Neill
        await _host.ChangeAsync(earlier, c => c.RestrictContact("By email only.", "Abusive calls.", "No needs recorded; email suits them.",
            new DateOnly(2026, 12, 14), new DateOnly(2026, 11, 24), _officer.Id, "complaint-lead", Now));
        var data = Submitted(await FetchFormAsync(_officer), d => { d["category"] = "service-request"; d["customerName"] = "Mrs Jo O'Neill"; });

        await SubmitAsync(_officer, data);

        Assert.Equal(2, (await SavedCasesAsync()).Count);
        var confirmation = _host.Connector.Replies(LifecycleHost.PersonalChat(_officer)).First(c => c.Text?.StartsWith("Saved as", StringComparison.Ordinal) == true).Text!;
        Assert.Contains("By email only.", confirmation, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Submitting_the_same_form_twice_saves_one_case()
    {
        var data = Submitted(await FetchFormAsync(_officer), d => d["category"] = "service-request");

        await SubmitAsync(_officer, data);
        var (_, again) = await SubmitAsync(_officer, data.DeepClone().AsObject());

        var saved = Assert.Single(await SavedCasesAsync());
        Assert.StartsWith($"Saved as {saved.Reference}.", (string?)again!["task"]!["value"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_form_with_mistakes_comes_back_with_them_shown_and_everything_as_typed_and_nothing_is_saved()
    {
        var data = Submitted(await FetchFormAsync(_officer), d =>
        {
            d["category"] = "complaint";           // a complaint with no issue date
            d["receivedDate"] = "2026-11-25";      // tomorrow
            d["desiredOutcome"] = "A working boiler, and an apology.";
        });

        var (status, body) = await SubmitAsync(_officer, data);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("continue", (string?)body!["task"]!["type"]);
        var form = body["task"]!["value"]!["card"]!["content"]!.AsObject();
        var text = InvokeAssert.AllText(form);
        // The chat cards' words for the same mistakes (ContactProblems).
        Assert.Contains("Wed 25 Nov 2026 09:15 is in the future: the received date cannot be after now.", text, StringComparison.Ordinal);
        Assert.Contains(ContactProblems.IssueDateMissing, text, StringComparison.Ordinal);
        Assert.Equal(PlainText, InputValue(form, "description"));
        Assert.Equal("A working boiler, and an apology.", InputValue(form, "desiredOutcome"));
        Assert.Equal("2026-11-25", InputValue(form, "receivedDate"));
        Assert.Equal("complaint", InputValue(form, "category"));
        Assert.Equal((string?)data["intakeId"], (string?)form["actions"]![0]!["data"]!["intakeId"]);
        Assert.Empty(await SavedCasesAsync());
        Assert.Empty(_host.Connector.Sends);
    }

    [Fact]
    public async Task Someone_not_allowed_to_log_contacts_is_refused_in_the_dialog_and_nothing_is_saved()
    {
        var data = Submitted(await FetchFormAsync(_officer), d => d["category"] = "service-request");
        var stranger = new StaffMember("aad-stranger", "Stan Ger");

        var (status, body) = await SubmitAsync(stranger, data);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("message", (string?)body!["task"]!["type"]);
        Assert.Equal(ComplaintsBot.Workflows.CaseCard.CaseReplies.NotOnStaffList, (string?)body["task"]!["value"]);
        Assert.Empty(await SavedCasesAsync());
        var (_, fetched) = await _host.InvokeAsync(stranger, "composeExtension/fetchTask", FetchValue());
        Assert.Equal(ComplaintsBot.Workflows.CaseCard.CaseReplies.NotOnStaffList, (string?)fetched!["task"]!["value"]);
    }

    [Fact]
    public async Task A_form_not_sent_by_the_bot_is_refused_and_nothing_is_saved()
    {
        var data = Submitted(await FetchFormAsync(_officer), d => { d["category"] = "service-request"; d["intakeId"] = "not-an-id"; });

        var (_, body) = await SubmitAsync(_officer, data);

        Assert.Contains("not one I sent", InvokeAssert.AllText(body!["task"]!["value"]!["card"]!["content"]!.AsObject()), StringComparison.Ordinal);
        Assert.Empty(await SavedCasesAsync());
    }
}
