namespace ComplaintsBot.BotFramework.Dialogs.Choices;

/// <summary>The words used to join an inline list, and whether choices are numbered.</summary>
public class ChoiceFactoryOptions
{
    public string? InlineSeparator { get; set; } = ", ";
    public string? InlineOr { get; set; } = " or ";
    public string? InlineOrMore { get; set; } = ", or ";
    public bool? IncludeNumbers { get; set; } = true;
}
