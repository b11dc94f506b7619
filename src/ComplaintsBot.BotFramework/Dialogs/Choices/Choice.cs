using ComplaintsBot.BotFramework.Schema;

namespace ComplaintsBot.BotFramework.Dialogs.Choices;

/// <summary>An option offered to the user. Stored in dialog state as JSON, so keep it plain.</summary>
public class Choice
{
    public Choice() { }

    public Choice(string value) => Value = value;

    /// <summary>The value returned when chosen, and the button/list title unless <see cref="Action"/> has one.</summary>
    public string Value { get; set; } = string.Empty;

    /// <summary>The button to render, when the default imBack of <see cref="Value"/> is not wanted.</summary>
    public CardAction? Action { get; set; }

    /// <summary>Other words that choose this option.</summary>
    public List<string>? Synonyms { get; set; }
}
