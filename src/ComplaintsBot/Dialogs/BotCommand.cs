using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using ComplaintsBot.BotFramework.Schema;
using ComplaintsBot.Reports;

namespace ComplaintsBot.Dialogs;

/// <summary>
/// A command read from a message: the words staff type ("log", "my cases", "case WCH-2026-00042", "cancel")
/// or a card button's data ({command: logContact | myCases | help | saveContact | changeAnswer}). Null-safe:
/// a card submit has no text, a typed message no value. Only a whole message is a command, so a description
/// that mentions "help" is still a description.
/// </summary>
public sealed partial record BotCommand(CommandKind Kind, string? Argument = null)
{
    public static readonly BotCommand None = new(CommandKind.None);

    /// <summary>The argument of a Log command that logs by cards (a card per step) rather than typed questions.</summary>
    public const string LogByCards = "(cards)";

    public static BotCommand Read(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        if (string.IsNullOrWhiteSpace(activity.Text)) return FromCard(activity.Value);

        var text = Spaces().Replace(activity.Text.Trim().TrimEnd('.', '!').ToLowerInvariant(), " ");
        var caseMatch = CaseCommand().Match(activity.Text.Trim());
        if (caseMatch.Success) return new BotCommand(CommandKind.Case, caseMatch.Groups["reference"].Value.Trim());
        if (ReportCommand.Matches(text)) return new BotCommand(CommandKind.Report, activity.Text.Trim());
        return text switch
        {
            "log" or "new" or "log a contact" or "new contact" or "log contact" => new BotCommand(CommandKind.Log),
            "my cases" or "mycases" => new BotCommand(CommandKind.MyCases),
            "case" => new BotCommand(CommandKind.Case, ""),
            "help" or "?" => new BotCommand(CommandKind.Help),
            "admin" => new BotCommand(CommandKind.Admin),
            "feed" or "feed status" => new BotCommand(CommandKind.Feed),
            "feed here" or "feed on" => new BotCommand(CommandKind.Feed, "here"),
            "feed off" or "feed stop" => new BotCommand(CommandKind.Feed, "off"),
            "cancel" or "quit" or "stop" => new BotCommand(CommandKind.Cancel),
            "start again" or "restart" or "start over" => new BotCommand(CommandKind.StartAgain),
            _ => LogShortcut(activity.Text.Trim()),
        };
    }

    /// <summary>
    /// "log complaint T-200417 Mr Sam Okafor: the repair was missed twice": Log, with the rest as its argument. Only
    /// "log" followed by a kind of contact, or with a colon, so an answer such as "log the leak" is still an answer.
    /// </summary>
    private static BotCommand LogShortcut(string text)
    {
        var match = LogShortcutCommand().Match(text);
        return match.Success ? new BotCommand(CommandKind.Log, match.Groups["rest"].Value.Trim()) : None;
    }

    private static BotCommand FromCard(JsonNode? value)
    {
        if (value is not JsonObject data || data["command"] is not JsonValue command || !command.TryGetValue<string>(out var name)) return None;
        return name switch
        {
            // The welcome card's button logs by cards; a button without "form" by typed questions.
            "logContact" => new BotCommand(CommandKind.Log, data["form"] is JsonValue form && form.TryGetValue<string>(out var how) && how == "cards" ? LogByCards : null),
            "myCases" => new BotCommand(CommandKind.MyCases),
            "help" => new BotCommand(CommandKind.Help),
            "saveContact" => new BotCommand(CommandKind.SaveContact, IntakeIdOf(data)),
            "changeAnswer" => new BotCommand(CommandKind.ChangeAnswer, IntakeIdOf(data)),
            "contactCard" => new BotCommand(CommandKind.ContactCard, IntakeIdOf(data)),
            _ => None,
        };
    }

    /// <summary>The draft a summary card belongs to (the server adds it to the card's buttons).</summary>
    public static string? IntakeIdOf(JsonObject data) =>
        data["intakeId"] is JsonValue id && id.TryGetValue<string>(out var text) ? text : null;

    [GeneratedRegex(@"^case\s+(?<reference>\S.*)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CaseCommand();

    [GeneratedRegex(@"^log\s+(?<rest>(?:(?:complaint|compliment|service|request|grumble|feedback|comment|suggestion|concern)\b.*|[^:]*:.*))$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Singleline)]
    private static partial Regex LogShortcutCommand();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
