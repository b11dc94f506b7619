using System.Net;
using ComplaintsBot.BotFramework.Schema;

namespace ComplaintsBot.BotFramework.Connector;

/// <summary>
/// 403 because the bot may not write to this user or conversation: the user blocked or uninstalled the
/// app (Teams: subCode MessageWritesBlocked; error codes ConversationBlockedByUser or
/// BotNotInConversationRoster). Retrying will not help; mark the conversation reference dead.
/// </summary>
public class MessageWritesBlockedException : ErrorResponseException
{
    public const string MessageWritesBlocked = "MessageWritesBlocked";
    public const string ConversationBlockedByUser = "ConversationBlockedByUser";
    public const string BotNotInConversationRoster = "BotNotInConversationRoster";

    /// <summary>The codes that mean the bot cannot write to this user, whatever field they arrive in.</summary>
    public static readonly IReadOnlySet<string> BlockedCodes =
        new HashSet<string>([MessageWritesBlocked, ConversationBlockedByUser, BotNotInConversationRoster], StringComparer.OrdinalIgnoreCase);

    public MessageWritesBlockedException(string blockedCode, ErrorResponse? body, string? responseContent, string operation)
        : base(HttpStatusCode.Forbidden, body, responseContent, operation)
    {
        BlockedCode = blockedCode;
    }

    /// <summary>Which of <see cref="BlockedCodes"/> the Connector sent.</summary>
    public string BlockedCode { get; }
}
