namespace ComplaintsBot.Workflows.Letters;

/// <summary>One part of a letter: an optional heading and its paragraphs, written once and rendered as HTML and as text.</summary>
public sealed record LetterSection(string? Heading, IReadOnlyList<string> Paragraphs);
