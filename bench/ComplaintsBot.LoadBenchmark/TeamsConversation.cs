using System.Globalization;
using System.Text;

namespace ComplaintsBot.LoadBenchmark;

/// <summary>
/// One user's 1:1 chat with the bot as Teams would deliver it: Teams-shaped ids (29: user, 28: bot,
/// a: personal conversation), tenant in channelData, numeric message ids, local timestamps in Europe/London.
/// </summary>
public sealed class TeamsConversation
{
    public const string TenantId = "72f988bf-86f1-41af-91ab-2d7cd011db47";
    public const string BotId = "28:3f5b5c2e-8a0d-4f5e-9a77-0a3c1f6e2b11";
    public const int TurnCount = 5;

    private static readonly TimeZoneInfo London = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");
    private static long _lastMessageId = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();

    private readonly string _userId;
    private readonly string _aadObjectId;
    private readonly string _userName;
    private readonly string _kind;

    public TeamsConversation(int number)
    {
        ConversationId = "a:1" + RandomId(96);
        _userId = "29:1" + RandomId(68);
        _aadObjectId = Guid.NewGuid().ToString();
        _userName = $"Housing Officer {number}";
        _kind = ContactDialog.Kinds[number % ContactDialog.Kinds.Length];
        ActivityIds = new long[TurnCount];
    }

    public string ConversationId { get; }

    /// <summary>The id of each turn's message, filled as the turns are sent.</summary>
    public long[] ActivityIds { get; }

    /// <summary>The id and message ids, for the durability check once the conversation is over.</summary>
    public SentConversation Sent() => new(ConversationId, ActivityIds);

    /// <summary>What the user types at each step of the dialog.</summary>
    public string UserText(int turn) => turn switch
    {
        0 => "log a contact",
        1 => _kind,
        2 => "Tenant reports the boiler has failed twice this month and the repair visit was missed.",
        3 => "yes",
        4 => "Jane Smith",
        _ => throw new ArgumentOutOfRangeException(nameof(turn)),
    };

    /// <summary>The text the bot's answer to each turn must contain.</summary>
    public static string ExpectedReply(int turn) => turn switch
    {
        0 => ContactDialog.KindPrompt,
        1 => ContactDialog.DescriptionPrompt,
        2 => ContactDialog.RecentPrompt,
        3 => ContactDialog.NamePrompt,
        4 => ContactDialog.LoggedPrefix,
        _ => throw new ArgumentOutOfRangeException(nameof(turn)),
    };

    /// <summary>The JSON body Teams would POST to /api/messages for the user's message at <paramref name="turn"/>.</summary>
    public byte[] MessageJson(int turn, string serviceUrl)
    {
        var number = Interlocked.Increment(ref _lastMessageId);
        ActivityIds[turn] = number;
        var id = number.ToString(CultureInfo.InvariantCulture);
        var now = DateTimeOffset.UtcNow;
        var local = TimeZoneInfo.ConvertTime(now, London);
        var json = $$$"""
            {"text":"{{{UserText(turn)}}}","textFormat":"plain","type":"message","timestamp":"{{{now.ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture)}}}","localTimestamp":"{{{local.ToString("yyyy-MM-dd'T'HH:mm:ss.fffffffzzz", CultureInfo.InvariantCulture)}}}","id":"{{{id}}}","channelId":"msteams","serviceUrl":"{{{serviceUrl}}}","from":{"id":"{{{_userId}}}","name":"{{{_userName}}}","aadObjectId":"{{{_aadObjectId}}}"},"conversation":{"conversationType":"personal","tenantId":"{{{TenantId}}}","id":"{{{ConversationId}}}"},"recipient":{"id":"{{{BotId}}}","name":"ComplaintsBot"},"entities":[{"locale":"en-GB","country":"GB","platform":"Web","timezone":"Europe/London","type":"clientInfo"}],"channelData":{"tenant":{"id":"{{{TenantId}}}"}},"locale":"en-GB","localTimezone":"Europe/London"}
            """;
        return Encoding.UTF8.GetBytes(json);
    }

    // Ids only need to be unique and Teams-shaped, not secret: a cryptographic generator cost the driver ~6% of the run's CPU.
    private static string RandomId(int length)
    {
        const string alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
        return string.Create(length, 0, (span, _) =>
        {
            for (var i = 0; i < span.Length; i++) span[i] = alphabet[Random.Shared.Next(alphabet.Length)];
        });
    }
}
