namespace ComplaintsBot.BotFramework.Dialogs.Choices;

/// <summary>What <see cref="ChoiceRecognizers"/> may match besides the exact value and synonyms.</summary>
public class FindChoicesOptions
{
    /// <summary>Do not match the choice's value (only its action title and synonyms).</summary>
    public bool NoValue { get; set; }

    /// <summary>Do not match the title of the choice's action.</summary>
    public bool NoAction { get; set; }

    /// <summary>Accept "2" for the second choice.</summary>
    public bool RecognizeNumbers { get; set; } = true;

    /// <summary>Accept the start of a choice ("form" for "Formal complaint") when it fits only one choice.</summary>
    public bool RecognizePrefixes { get; set; } = true;

    /// <summary>The shortest start accepted, so "no" is not read as "Noise".</summary>
    public int MinimumPrefixLength { get; set; } = 3;
}
