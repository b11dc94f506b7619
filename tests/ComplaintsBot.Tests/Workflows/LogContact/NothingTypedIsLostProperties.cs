using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using ComplaintsBot.BotFramework.Schema;
using ComplaintsBot.Cases.Time;
using CsCheck;

using ComplaintsBot.Tests.Dialogs;

namespace ComplaintsBot.Tests.Workflows.LogContact;

/// <summary>
/// The real logging dialog on a TestAdapter, driven with random input at every question: random Unicode, dates
/// in other scripts' digits and out of range, huge numbers, empty and very long text, commands mid-dialog.
/// After every turn nothing already answered has been lost and the bot's last word is a question (or the
/// summary card), never an apology; at the end Save stores one case with the answers given.
/// </summary>
public sealed class NothingTypedIsLostProperties
{
    private const string Summary = "Check this contact before saving";

    // Digit zeros of scripts a person might type in: full-width, Arabic-Indic, Eastern Arabic-Indic, Devanagari, Bengali, Thai.
    private static readonly char[] DigitZeros = ['\uFF10', '\u0660', '\u06F0', '\u0966', '\u09E6', '\u0E50'];

    private static readonly Gen<string> Junk = Gen.OneOf(
        Gen.String[Gen.Char, 0, 40],
        Gen.String[Gen.Char.AlphaNumeric, 1, 12],
        Gen.Select(Gen.Int[1, 31], Gen.Int[1, 12], Gen.Int[1985, 2027], Gen.Int[0, DigitZeros.Length - 1],
            (d, m, y, script) => InScript($"{d:00}/{m:00}/{y}", DigitZeros[script])),
        Gen.OneOfConst("31/12/1999", "01/01/1900", "01/01/0001", "29/02/2026", "32/01/2026", "14/03/2026", "tomorrow", "1/1/89", "9999-12-31", "today 25:61"),
        Gen.OneOfConst("99999999999", "-1", "0", "1e308", "79228162514264337593543950336", "NaN", "１２３４５６７８９０１２"),
        Gen.Long.Select(n => n.ToString(CultureInfo.InvariantCulture)),
        Gen.OneOfConst("", " ", "\t\n", "\u200B", "\uFEFF"),
        Gen.Int[4001, 20000].Select(n => new string('x', n)),
        Gen.String[Gen.Char, 4001, 6000],
        Gen.OneOfConst("help", "my cases", "case HOC-2026-00001", "case 99999999999", "log", "new", "report", "save", "HELP!", "case"));

    /// <summary>Each move: answer the question properly, or type something random.</summary>
    private static readonly Gen<string?[]> Moves = Gen.Frequency((3, Gen.Const((string?)null)), (2, Junk.Select(j => (string?)j))).Array[10, 70];

    [Fact]
    public async Task Whatever_is_typed_at_any_question_every_earlier_answer_is_kept_and_the_question_is_asked_again()
    {
        await Moves.SampleAsync(PlayAsync, iter: 30, threads: 1,
            print: moves => string.Join(" | ", moves.Select(m => m is null ? "<answer>" : Show(m))));
    }

    private static async Task PlayAsync(string?[] moves)
    {
        await using var bot = await LoggingBot.StartAsync("hoc-2024");
        var transcript = new StringBuilder();
        var last = await SendAsync(bot, new Activity { Type = ActivityTypes.Message, Text = "log" }, transcript);
        JsonObject? before = null;
        var queue = new Queue<string?>(moves);
        for (var turn = 0; turn < 200; turn++)
        {
            var draft = await DraftAsync(bot) ?? throw new InvalidOperationException("No draft in the stored state:\n" + transcript);
            if (before is not null) AssertNothingLost(before, draft, transcript);
            before = draft;
            if (IsSummary(last)) break;
            var question = Question(last) ?? throw new InvalidOperationException("The bot's last reply is not a question:\n" + transcript);
            var move = queue.Count > 0 ? queue.Dequeue() : null;
            var text = move ?? question.Answer(bot, draft);
            last = await SendAsync(bot, new Activity { Type = ActivityTypes.Message, Text = text }, transcript);
        }
        if (!IsSummary(last)) throw new InvalidOperationException("Never reached the summary:\n" + transcript);

        var intakeId = before!["intakeId"]!.GetValue<string>();
        var saved = await SendAsync(bot, new Activity { Type = ActivityTypes.Message, Value = new JsonObject { ["command"] = "saveContact", ["intakeId"] = intakeId } }, transcript, all: true);
        // The reference carries the year received, which a random answer may have put years back (2000 at the earliest).
        var year = LondonTime.DateOf(DateTimeOffset.Parse(before["receivedAt"]!.GetValue<string>(), CultureInfo.InvariantCulture)).Year;
        if (!saved.Contains($"Saved as **HOC-{year}-00001**", StringComparison.Ordinal)) throw new InvalidOperationException("Save did not save:\n" + transcript);
        var @case = await bot.OnlyCaseAsync();
        Assert.Equal(before["customerName"]?.GetValue<string>(), @case.Customer.Name);
        Assert.Equal(before["description"]?.GetValue<string>(), @case.Description);
    }

    /// <summary>Sends one message; returns the last reply shown (or all of them), after checking none apologises.</summary>
    private static async Task<string> SendAsync(LoggingBot bot, Activity activity, StringBuilder transcript, bool all = false)
    {
        transcript.Append("> ").AppendLine(activity.Text is { } t ? Show(t) : activity.Value?.ToJsonString());
        await bot.Adapter.ProcessActivityAsync(activity, bot.TurnAsync);
        var replies = new List<string>();
        while (bot.Adapter.GetNextReply() is { } reply) replies.Add(TranscriptRecorder.Show(reply));
        foreach (var reply in replies) transcript.Append("< ").AppendLine(Show(reply));
        if (replies.Count == 0) throw new InvalidOperationException("The bot said nothing:\n" + transcript);
        if (replies.Any(r => r.Contains("went wrong", StringComparison.OrdinalIgnoreCase) || r.Contains("cancelled", StringComparison.OrdinalIgnoreCase)))
            throw new InvalidOperationException("The bot apologised or dropped the draft:\n" + transcript);
        return all ? string.Join("\n", replies) : replies[^1];
    }

    private static bool IsSummary(string reply) => reply.Contains(Summary, StringComparison.Ordinal);

    /// <summary>The draft as stored: the innermost copy on the dialog stack is the current one.</summary>
    private static Task<JsonObject?> DraftAsync(LoggingBot bot) => DraftOfAsync(bot);

    private static JsonObject? FindDraft(JsonObject? state)
    {
        JsonObject? found = null;
        var foundDepth = -1;
        void Walk(JsonNode? node, int depth)
        {
            switch (node)
            {
                case JsonObject obj:
                    foreach (var (key, child) in obj)
                    {
                        if (key == "draft" && child is JsonObject draft && depth >= foundDepth) (found, foundDepth) = (draft, depth);
                        Walk(child, depth + 1);
                    }
                    break;
                case JsonArray array:
                    foreach (var child in array) Walk(child, depth + 1);
                    break;
            }
        }
        Walk(state, 0);
        return found;
    }

    // Every answer recorded before is still recorded, with the same value.
    private static void AssertNothingLost(JsonObject before, JsonObject after, StringBuilder transcript)
    {
        var answeredBefore = before["answered"]!.AsArray().Select(k => k!.GetValue<string>()).ToList();
        var answeredAfter = after["answered"]!.AsArray().Select(k => k!.GetValue<string>()).ToHashSet();
        var lost = answeredBefore.Where(k => !answeredAfter.Contains(k)).ToList();
        if (lost.Count > 0) throw new InvalidOperationException($"Lost the answers {string.Join(", ", lost)}:\n{transcript}");
        foreach (var (name, value) in before)
        {
            if (name is "answered" or "changing" or "exclusionCursor" or "suggestedCategoryId" || value is null) continue;
            if (value is JsonValue v && ((v.TryGetValue<bool>(out var b) && !b) || (v.TryGetValue<int>(out var i) && i == 0))) continue;
            if (value is JsonObject { Count: 0 } or JsonArray { Count: 0 }) continue;
            if (!JsonNode.DeepEquals(value, after[name]))
                throw new InvalidOperationException($"{name} changed from {value.ToJsonString()} to {after[name]?.ToJsonString()}:\n{transcript}");
        }
    }

    private sealed record AskedQuestion(string Text, Func<LoggingBot, JsonObject, string> Answer);

    private static AskedQuestion? Question(string reply) => Questions.FirstOrDefault(q => reply.Contains(q.Text, StringComparison.Ordinal));

    /// <summary>A proper answer to the question in <paramref name="reply"/>, or null when it is not one of the dialog's questions.</summary>
    internal static string? ProperAnswer(LoggingBot bot, string reply, JsonObject draft) => Question(reply)?.Answer(bot, draft);

    internal static bool IsSummaryCard(string reply) => IsSummary(reply);

    /// <summary>The draft as stored for a person (the innermost copy on their dialog stack is the current one).</summary>
    internal static async Task<JsonObject?> DraftOfAsync(LoggingBot bot, string? userId = null) => FindDraft(await bot.StoredStateAsync(userId));

    private static string ReceivedDay(JsonObject draft) =>
        LondonTime.DateOf(DateTimeOffset.Parse(draft["receivedAt"]!.GetValue<string>(), CultureInfo.InvariantCulture)).ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);

    private static readonly AskedQuestion[] Questions =
    [
        new("What is the customer's name?", (_, _) => "Ada Jones"),
        new("tenancy or account reference", (_, _) => "T-10042"),
        new("tenant, leaseholder, applicant or other", (_, _) => "tenant"),
        new("Which tenure is their home", (_, _) => "LCRA"),
        new("Is anyone acting for them?", (_, _) => "no one"),
        new("'s name?", (_, _) => "Sam Jones"),
        new("to act for them recorded?", (_, _) => "yes"),
        new("vulnerability or reasonable adjustments", (_, _) => "none"),
        new("How did they contact us?", (_, _) => "phone"),
        new("When was it received?", (_, _) => "now"),
        new("What does the customer say?", (_, _) => "The boiler has failed three times since October."),
        new("What do they want us to do", (_, _) => "A working boiler"),
        new("Is the customer unhappy with our service", (_, _) => "yes"),
        new("health and safety or safeguarding concern", (_, _) => "no"),
        new("Is this the first time they have asked us for this?", (_, _) => "no"),
        new("Do they want it investigated", (_, _) => "yes"),
        new("Are they praising a colleague", (_, _) => "no"),
        new("Are they asking us to do something", (_, _) => "yes"),
        new("Did they get in touch to praise us", (_, _) => "yes"),
        new("Log it as", (_, _) => "Complaint"),
        new("Who did they praise?", (_, _) => "the repairs team"),
        new("When did the issue happen?", (_, draft) => ReceivedDay(draft)),
        new("When did the customer become aware", (_, draft) => ReceivedDay(draft)),
        new("Does one of the policy's exceptions apply?", (_, _) => "None of these"),
        new("Which service area", (_, _) => "Repairs"),
        new("And the theme", (_, _) => "Heating"),
        new("Who will own it?", (_, _) => "me"),
        .. LoggingBotPolicyQuestions(),
    ];

    // The policy's exclusion questions, each answered "no".
    private static IEnumerable<AskedQuestion> LoggingBotPolicyQuestions() =>
        ComplaintsBot.Cases.Policies.PolicyCatalog.Load().Get("hoc-2024").Exclusions.Select(e => new AskedQuestion(e.Question, (_, _) => "no"));

    private static string InScript(string text, char zero) =>
        string.Concat(text.Select(c => c is >= '0' and <= '9' ? (char)(zero + (c - '0')) : c));

    private static string Show(string text) => text.Length <= 120 ? text : $"{text[..120]}… ({text.Length:N0} characters)";
}
