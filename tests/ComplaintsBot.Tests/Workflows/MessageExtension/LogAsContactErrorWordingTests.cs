using System.Net;
using System.Text.Json.Nodes;
using ComplaintsBot.Cases.Domain;
using ComplaintsBot.Cases.Policies;
using ComplaintsBot.Cases.Store;
using ComplaintsBot.Tests.CardActions;
using ComplaintsBot.Workflows.LogContact;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ComplaintsBot.Tests.Workflows.MessageExtension;

/// <summary>
/// A mistake on the "Log as a contact" dialog reads as the same mistake does on the logging cards in chat: each test
/// submits the dialog as Teams does (<c>composeExtension/submitAction</c>) with one answer wrong, and the same answer
/// to the chat card's own check. The dialog comes back with the card's words on top, every answer as typed, and nothing
/// saved.
/// </summary>
public sealed class LogAsContactErrorWordingTests : IAsyncLifetime
{
    // Tue 24 Nov 2026 10:40 in London (GMT).
    private static readonly DateTimeOffset Now = new(2026, 11, 24, 10, 40, 0, TimeSpan.Zero);

    private LifecycleHost _host = null!;
    private StaffMember _officer = null!;

    public async Task InitializeAsync()
    {
        _host = new LifecycleHost(Now);
        _officer = await _host.StaffAsync("Olive Hart", [StaffRoles.Officer]);
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    private Policy Policy => _host.Services.GetRequiredService<ActivePolicy>().Policy;

    // The contact details card's answers for the same contact, all good: each test spoils one.
    private static Dictionary<string, string> CardValues(Action<Dictionary<string, string>> spoil)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["anonymous"] = "false", ["customerName"] = "Sam Okafor", ["tenancyReference"] = "", ["relationship"] = "Tenant", ["tenure"] = "Other",
            ["representativeKind"] = ContactDetailsCard.NoRepresentative, ["channel"] = "Email", ["receivedDate"] = "2026-11-24", ["receivedTime"] = "09:15",
            ["description"] = "The boiler has been broken for three weeks.", ["desiredOutcome"] = "", ["serviceArea"] = "Repairs", ["category"] = "",
        };
        spoil(values);
        return values;
    }

    public static TheoryData<string, string, string> DetailsMistakes => new()
    {
        // input, value on both, what the card says it about
        { "customerName", "", "customerName" },
        { "customerName", new string('x', TextLimits.Name + 1), "customerName" },
        { "tenancyReference", new string('R', TextLimits.Reference + 1), "tenancyReference" },
        { "relationship", "Friend", "relationship" },
        { "channel", "Pigeon", "channel" },
        { "receivedDate", "", "receivedDate" },
        { "receivedDate", "2026-11-25", "receivedDate" }, // tomorrow
        { "receivedDate", "1999-12-31", "receivedDate" }, // before case references start
        { "receivedTime", "25:99", "receivedDate" },
        { "description", "", "description" },
        { "description", new string('d', TextLimits.Description + 1), "description" },
        { "desiredOutcome", new string('o', TextLimits.Note + 1), "desiredOutcome" },
    };

    [Theory]
    [MemberData(nameof(DetailsMistakes))]
    public async Task A_mistake_in_the_contact_details_reads_in_the_dialog_as_on_the_chat_card(string input, string value, string cardInput)
    {
        var card = new ContactDetailsCard(Policy, Now).Check(new ContactDraft(), CardValues(v => v[input] = value));
        var said = Assert.Contains(cardInput, card);

        var form = await SubmitWrongAsync(d => { d["category"] = "service-request"; d[input] = value; });

        Assert.Equal(new[] { said }, Errors(form));
        Assert.Equal(value, InputValue(form, input));
        Assert.Equal("service-request", InputValue(form, "category"));
    }

    [Fact]
    public async Task A_category_the_policy_does_not_have_reads_in_the_dialog_as_on_the_chat_classification_card()
    {
        var card = new ClassificationCard(Policy, Now).Check(new ContactDraft(), new Dictionary<string, string>(StringComparer.Ordinal) { ["category"] = "not-a-category" });

        var form = await SubmitWrongAsync(d => d["category"] = "not-a-category");

        Assert.Equal(new[] { card["category"] }, Errors(form));
        Assert.Equal(ContactProblems.Category, card["category"]);
    }

    public static TheoryData<string, string> IssueDates => new()
    {
        { "", "" },
        { "2026-11-25", "" },              // after the day it was received (today)
        { "1989-12-31", "" },              // before 1990
        { "2026-11-02", "2026-11-01" },    // aware before it happened
        { "2026-11-02", "2026-11-26" },    // aware after the day it was received
    };

    [Theory]
    [MemberData(nameof(IssueDates))]
    public async Task A_mistake_in_the_complaints_dates_reads_in_the_dialog_as_on_the_chat_exclusions_card(string issueDate, string awareDate)
    {
        var draft = new ContactDraft { ReceivedAt = new DateTimeOffset(2026, 11, 24, 9, 15, 0, TimeSpan.Zero), CategoryId = "complaint" };
        var values = new Dictionary<string, string>(StringComparer.Ordinal) { ["issueDate"] = issueDate, ["awareDate"] = awareDate };
        var card = new ExclusionsCard(Policy, Now).Check(draft, values);
        // The card asks when the customer became aware only once the issue date is out of time; its words are the same function's.
        var expected = card.TryGetValue("issueDate", out var onCard) ? onCard
            : ContactProblems.AwareDate(DateOnly.Parse(awareDate, System.Globalization.CultureInfo.InvariantCulture), DateOnly.Parse(issueDate, System.Globalization.CultureInfo.InvariantCulture), new DateOnly(2026, 11, 24), Now);

        var form = await SubmitWrongAsync(d => { d["category"] = "complaint"; d["issueDate"] = issueDate; d["awareDate"] = awareDate; });

        Assert.Equal(new[] { expected! }, Errors(form));
        Assert.Equal(issueDate, InputValue(form, "issueDate"));
        Assert.Equal(awareDate, InputValue(form, "awareDate"));
    }

    [Fact]
    public async Task No_name_and_not_ticked_anonymous_reads_as_on_the_chat_card_and_ticking_anonymous_saves_it_without_a_name()
    {
        var form = await SubmitWrongAsync(d => { d["category"] = "service-request"; d["customerName"] = ""; d["anonymous"] = "false"; });
        Assert.Equal(new[] { ContactProblems.NameMissing }, Errors(form));

        var (status, body) = await SubmitAsync(Submitted(form, d => d["anonymous"] = "true"));

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("message", (string?)body!["task"]!["type"]);
        Assert.StartsWith("Saved as ", (string?)body["task"]!["value"], StringComparison.Ordinal);
        Assert.True(Assert.Single(await SavedCasesAsync()).Customer.IsAnonymous);
    }

    [Fact]
    public async Task Teams_own_check_of_an_empty_required_input_uses_the_same_words_as_the_chat_cards()
    {
        var form = await FetchFormAsync();

        Assert.Equal(ContactProblems.Relationship, ErrorMessage(form, "relationship"));
        Assert.Equal(ContactProblems.Channel, ErrorMessage(form, "channel"));
        Assert.Equal(ContactProblems.ReceivedDateMissing, ErrorMessage(form, "receivedDate"));
        Assert.Equal(ContactProblems.Empty("the description"), ErrorMessage(form, "description"));
        Assert.Equal(ContactProblems.Category, ErrorMessage(form, "category"));
        // The name may be empty when Anonymous is ticked, so only the server checks it.
        Assert.Null(Inputs(form).Single(i => (string?)i["id"] == "customerName")["isRequired"]);
    }

    // Submits the fetched form with the change, and expects it back in the dialog with nothing saved or sent.
    private async Task<JsonObject> SubmitWrongAsync(Action<JsonObject> change)
    {
        var (status, body) = await SubmitAsync(Submitted(await FetchFormAsync(), change));
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("continue", (string?)body!["task"]!["type"]);
        Assert.Empty(await SavedCasesAsync());
        Assert.Empty(_host.Connector.Sends);
        return body["task"]!["value"]!["card"]!["content"]!.AsObject();
    }

    private async Task<JsonObject> FetchFormAsync()
    {
        var (status, body) = await _host.InvokeAsync(_officer, "composeExtension/fetchTask", new JsonObject
        {
            ["commandId"] = "logAsContact",
            ["commandContext"] = "message",
            ["messagePayload"] = new JsonObject
            {
                ["id"] = "1732443300000",
                ["createdDateTime"] = "2026-11-24T09:15:00.000Z",
                ["from"] = new JsonObject { ["user"] = new JsonObject { ["userIdentityType"] = "aadUser", ["id"] = "aad-customer-sam", ["displayName"] = "Sam Okafor" } },
                ["body"] = new JsonObject { ["contentType"] = "html", ["content"] = "<p>The boiler has been broken for three weeks.</p>" },
            },
        });
        Assert.Equal(HttpStatusCode.OK, status);
        return body!["task"]!["value"]!["card"]!["content"]!.AsObject();
    }

    private Task<(HttpStatusCode Status, JsonObject? Body)> SubmitAsync(JsonObject data) =>
        _host.InvokeAsync(_officer, "composeExtension/submitAction", new JsonObject
        {
            ["commandId"] = "logAsContact",
            ["commandContext"] = "message",
            ["data"] = data,
        });

    /// <summary>What Teams submits: the Save button's data with every input's value merged in (all strings).</summary>
    private static JsonObject Submitted(JsonObject form, Action<JsonObject> change)
    {
        var data = form["actions"]![0]!["data"]!.DeepClone().AsObject();
        foreach (var input in Inputs(form))
            if (input["value"] is JsonValue value && value.ToString() is { Length: > 0 } text) data[(string)input["id"]!] = text;
        change(data);
        return data;
    }

    // The mistakes listed on top of the form (its "attention" container).
    private static List<string> Errors(JsonObject form) =>
        form["body"]!.AsArray().OfType<JsonObject>()
            .Where(e => (string?)e["style"] == "attention")
            .SelectMany(e => e["items"]!.AsArray().OfType<JsonObject>().Select(i => (string)i["text"]!))
            .ToList();

    private static IEnumerable<JsonObject> Inputs(JsonNode node) => node switch
    {
        JsonObject o when ((string?)o["type"])?.StartsWith("Input.", StringComparison.Ordinal) == true => [o],
        JsonObject o => o.SelectMany(p => p.Value is null ? [] : Inputs(p.Value)),
        JsonArray a => a.OfType<JsonNode>().SelectMany(Inputs),
        _ => [],
    };

    private static string? InputValue(JsonObject form, string id) => (string?)Inputs(form).Single(i => (string?)i["id"] == id)["value"];

    private static string? ErrorMessage(JsonObject form, string id) => (string?)Inputs(form).Single(i => (string?)i["id"] == id)["errorMessage"];

    private async Task<List<Case>> SavedCasesAsync()
    {
        var contexts = _host.Services.GetRequiredService<IDbContextFactory<CasesDbContext>>();
        await using var db = await contexts.CreateDbContextAsync();
        return await db.Cases.AsNoTracking().ToListAsync();
    }
}
