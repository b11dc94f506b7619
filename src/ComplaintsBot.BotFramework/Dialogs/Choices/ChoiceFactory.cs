using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using ComplaintsBot.BotFramework.Builder;
using ComplaintsBot.BotFramework.Schema;

namespace ComplaintsBot.BotFramework.Dialogs.Choices;

/// <summary>Renders a prompt's choices as buttons, a card or text, the way the SDK does.</summary>
public static class ChoiceFactory
{
    /// <summary>
    /// The best style for the channel: suggested actions where supported (Teams: 1:1 chat, at most three),
    /// else a hero card where card buttons are supported (Teams group chats and channels), else an inline
    /// list for up to three short choices, else a numbered list. Titles over 20 characters always get text.
    /// </summary>
    public static Activity ForChannel(string? channelId, IList<Choice> choices, string? text = null, string? speak = null, ChoiceFactoryOptions? options = null, string? conversationType = null)
    {
        ArgumentNullException.ThrowIfNull(choices);
        var maxTitleLength = choices.Select(Title).DefaultIfEmpty(string.Empty).Max(t => t.Length);
        var longTitles = maxTitleLength > Channel.MaxActionTitleLength(channelId);

        if (!longTitles && Channel.SupportsSuggestedActions(channelId, choices.Count, conversationType)) return SuggestedAction(choices, text, speak);
        if (!longTitles && Channel.SupportsCardActions(channelId, choices.Count)) return HeroCard(choices, text, speak);
        if (!longTitles && choices.Count <= 3) return Inline(choices, text, speak, options);
        return List(choices, text, speak, options);
    }

    /// <summary>"text (1) A, (2) B, or (3) C".</summary>
    public static Activity Inline(IList<Choice> choices, string? text = null, string? speak = null, ChoiceFactoryOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(choices);
        var defaults = new ChoiceFactoryOptions();
        var separator = options?.InlineSeparator ?? defaults.InlineSeparator;
        var or = options?.InlineOr ?? defaults.InlineOr;
        var orMore = options?.InlineOrMore ?? defaults.InlineOrMore;
        var includeNumbers = options?.IncludeNumbers ?? true;

        var txt = new StringBuilder(text ?? string.Empty).Append(' ');
        var connector = string.Empty;
        for (var index = 0; index < choices.Count; index++)
        {
            txt.Append(connector);
            if (includeNumbers) txt.Append('(').Append((index + 1).ToString(CultureInfo.InvariantCulture)).Append(") ");
            txt.Append(Title(choices[index]));
            connector = index == choices.Count - 2 ? (index == 0 ? or : orMore) ?? string.Empty : separator ?? string.Empty;
        }
        return MessageFactory.Text(txt.ToString(), speak, InputHints.ExpectingInput);
    }

    /// <summary>"text" then "   1. A" / "   2. B" on their own lines (the SDK's layout).</summary>
    public static Activity List(IList<Choice> choices, string? text = null, string? speak = null, ChoiceFactoryOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(choices);
        var includeNumbers = options?.IncludeNumbers ?? true;
        var txt = new StringBuilder(text ?? string.Empty).Append("\n\n   ");
        var connector = string.Empty;
        for (var index = 0; index < choices.Count; index++)
        {
            txt.Append(connector)
                .Append(includeNumbers ? (index + 1).ToString(CultureInfo.InvariantCulture) + ". " : "- ")
                .Append(Title(choices[index]));
            connector = "\n   ";
        }
        return MessageFactory.Text(txt.ToString(), speak, InputHints.ExpectingInput);
    }

    /// <summary>The text with a quick-reply button per choice.</summary>
    public static Activity SuggestedAction(IList<Choice> choices, string? text = null, string? speak = null)
    {
        var activity = MessageFactory.Text(text ?? string.Empty, speak, InputHints.ExpectingInput);
        activity.SuggestedActions = new SuggestedActions { Actions = ExtractActions(choices) };
        return activity;
    }

    /// <summary>A hero card holding the text, with a button per choice; the activity itself has no text.</summary>
    public static Activity HeroCard(IList<Choice> choices, string? text = null, string? speak = null)
    {
        var card = new HeroCard(text: text, buttons: ExtractActions(choices));
        var activity = MessageFactory.Attachment(card.ToAttachment(), null, InputHints.ExpectingInput);
        activity.Speak = speak;
        return activity;
    }

    public static List<Choice> ToChoices(IEnumerable<string> choices) =>
        (choices ?? throw new ArgumentNullException(nameof(choices))).Where(c => !string.IsNullOrEmpty(c)).Select(c => new Choice(c)).ToList();

    /// <summary>Each choice's own action, or an imBack that posts its value.</summary>
    public static List<CardAction> ExtractActions(IList<Choice> choices)
    {
        ArgumentNullException.ThrowIfNull(choices);
        return choices.Select(c => c.Action ?? new CardAction(ActionTypes.ImBack, c.Value, JsonValue.Create(c.Value))).ToList();
    }

    private static string Title(Choice choice) =>
        !string.IsNullOrEmpty(choice.Action?.Title) ? choice.Action.Title : choice.Value;
}
